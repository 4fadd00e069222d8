import type { ImapFlow } from "imapflow";
import type { Db } from "../../prisma/database";
import type { Logger } from "../../log";
import { cursorFor } from "./cursor";
import { fetchSources, listMail } from "./fetch";
import { DEFAULT_MAX_ATTEMPTS, ingestMail, type IngestHooks, type IngestResult, type MailProcessor } from "./ingest";

export interface SyncOptions {
  db: Db;
  logger: Logger;
  /** The cursor's name: account and mailbox (see mailboxKey). */
  mailboxKey: string;
  maxBodyBytes: number;
  markSeen: boolean;
  process: MailProcessor;
  maxAttempts?: number;
  hooks?: IngestHooks;
  onIngested?: (result: IngestResult) => void;
  clock?: () => Date;
  /** Checked between mails: a stopping watcher finishes the mail in hand and no more. */
  stopping?: () => boolean;
}

export interface SyncSummary {
  uidValidity: string;
  seen: number;
  ingested: number;
}

/** The cursor's name for a mailbox of an account: the same account and mailbox always map to the same cursor. */
export function mailboxKey(imap: { user: string; host: string; mailbox: string }): string {
  return `imap:${imap.user}@${imap.host}/${imap.mailbox}`;
}

/**
 * One pass over the open mailbox: every mail above the cursor, plus earlier mails that failed and
 * may be tried again, each ingested in UID order.
 */
export async function syncMailbox(client: ImapFlow, options: SyncOptions): Promise<SyncSummary> {
  const { db, logger, mailboxKey: mailbox } = options;
  if (!client.mailbox) throw new Error("syncMailbox: no mailbox is open");
  const uidValidity = String(client.mailbox.uidValidity);
  const cursor = await cursorFor(db, mailbox, uidValidity);
  if (cursor.rescan && cursor.previousUidValidity !== undefined)
    logger.warn({ mailbox, uidValidity, previous: cursor.previousUidValidity },
      "UIDVALIDITY er endret: leser hele postkassen på nytt / UIDVALIDITY changed: re-reading the whole mailbox");

  const retry = await db.ingestedMail.findMany({
    where: { mailbox, uidValidity, outcome: "failed", attempts: { lt: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS } },
    select: { uid: true },
  });
  const retryUids = retry.map((row) => row.uid).filter((uid) => uid <= cursor.lastUid);
  const mails = client.mailbox.exists === 0 ? [] : await listMail(client, cursor.lastUid, retryUids, options.clock);
  await giveUpVanished(db, mailbox, uidValidity, retryUids, new Set(mails.map((mail) => mail.uid)));

  let ingested = 0;
  for await (const mail of fetchSources(client, mails, options.maxBodyBytes)) {
    if (options.stopping?.()) break;
    const result = await ingestMail(db, {
      key: { mailbox, uidValidity, uid: mail.uid }, source: mail.source, receivedAt: mail.internalDate, truncated: mail.truncated,
    }, { process: options.process, logger, maxAttempts: options.maxAttempts, advanceCursor: true, hooks: options.hooks });
    if (!result.skipped) ingested += 1;
    options.onIngested?.(result);
    if (options.markSeen && !result.skipped && result.outcome !== "failed")
      await client.messageFlagsAdd(String(mail.uid), ["\\Seen"], { uid: true });
  }
  return { uidValidity, seen: mails.length, ingested };
}

/** A failed mail that is no longer in the mailbox cannot be tried again. */
async function giveUpVanished(db: Db, mailbox: string, uidValidity: string, retryUids: number[], present: Set<number>) {
  const gone = retryUids.filter((uid) => !present.has(uid));
  if (gone.length === 0) return;
  await db.ingestedMail.updateMany({
    where: { mailbox, uidValidity, uid: { in: gone }, outcome: "failed" },
    data: { outcome: "given_up", lastError: "e-posten finnes ikke lenger i postkassen / the mail is no longer in the mailbox" },
  });
}
