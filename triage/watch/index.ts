// The inbox watcher: IMAP (createMailboxWatcher) or a local folder (createFolderWatcher), same pipeline.
export { createMailboxWatcher, type MailboxWatcher, type MailboxWatcherDeps } from "./mailbox-watcher";
export { ingestMail, type IngestResult, type IncomingMail, type MailProcessor, type MailKey, type IngestHooks } from "./ingest";
export { createMailPipeline } from "./pipeline";
export { mailboxKey } from "./mailbox-sync";
export { createFolderWatcher, type FolderWatcher, type FolderWatcherDeps, type FolderScan } from "./folder-watcher";
