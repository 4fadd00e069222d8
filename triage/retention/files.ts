// The mail files the assistant keeps on disk: .eml files in the inbox folder (moved to its processed folder
// once ingested) and copies of sent replies (data/sent-mail when SMTP is not configured).
import fs from "node:fs";
import path from "node:path";

export interface MailFolders {
  /** The watched inbox folder (INBOX_DIR); absent when the inbox is an IMAP mailbox. */
  inboxDir?: string;
  /** Where replies are written when SMTP is not configured. */
  sentMailDir?: string;
}

export const PROCESSED_FOLDER = "processed";

/** The folder watcher's IngestedMail mailbox name for an inbox folder (see triage/watch/folder-watcher.ts). */
export const folderMailbox = (inboxDir: string) => `folder:${path.resolve(inboxDir)}`;
/** The folder watcher records a file as "<name> sha256:<hash>" (IngestedMail.uidValidity). */
export const fileNameOf = (uidValidity: string) => uidValidity.replace(/ sha256:[0-9a-f]+$/, "");
export const processedDir = (inboxDir: string) => path.join(path.resolve(inboxDir), PROCESSED_FOLDER);

export interface MailFile {
  file: string;
  name: string;
  modified: Date;
}

/** The .eml files directly in a folder (none when it does not exist). */
export function mailFilesIn(dir: string | undefined): MailFile[] {
  if (!dir || !fs.existsSync(dir)) return [];
  const files: MailFile[] = [];
  for (const name of fs.readdirSync(dir).filter((entry) => entry.toLowerCase().endsWith(".eml")).sort()) {
    const file = path.join(dir, name);
    try {
      const stat = fs.statSync(file);
      if (stat.isFile()) files.push({ file, name, modified: stat.mtime });
    } catch {
      // removed meanwhile
    }
  }
  return files;
}

/** Moves a file into the processed folder under a name not yet taken there; keeps its time, which is its receipt. */
export function moveToProcessed(inboxDir: string, file: string): void {
  const target = processedDir(inboxDir);
  fs.mkdirSync(target, { recursive: true });
  const { name, ext } = path.parse(file);
  let destination = path.join(target, `${name}${ext}`);
  for (let n = 2; fs.existsSync(destination); n += 1) destination = path.join(target, `${name}-${n}${ext}`);
  fs.renameSync(file, destination);
}

/** Removes a file; one already gone is fine. */
export function removeFile(file: string): void {
  fs.rmSync(file, { force: true });
}
