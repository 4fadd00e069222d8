// One mail in, at most one case out: the step the IMAP watcher and the folder watcher share.
//
// The IngestedMail row, the case it opens and (for IMAP) the mailbox cursor are written in ONE
// transaction, so a crash before the commit leaves no trace (the mail is read again) and a crash
// after it leaves everything recorded (the mail is skipped). A mail that cannot be handled is
// recorded as `failed` in a transaction of its own, tried again on later passes, then `given_up`.
import type { Db } from "../../prisma/database";
import type { Prisma } from "../../prisma/generated/sqlite/client";
import type { Logger } from "../../log";
import { cutAtCharacter } from "../text-cut";
import { headerMessageId, sourceHash } from "./content";

export type Tx = Prisma.TransactionClient;

/** Where a mail was found: mailbox + UIDVALIDITY + UID for IMAP; for a folder, see folder-watcher.ts. */
export interface MailKey {
  mailbox: string;
  uidValidity: string;
  uid: number;
}

export interface IncomingMail {
  key: MailKey;
  source: Buffer;
  /** INTERNALDATE for IMAP, the file's mtime in folder mode: the receipt time that starts the clock. */
  receivedAt: Date;
  /** Only the start of the mail was read (it was larger than the size limit). */
  truncated: boolean;
}

export type ProcessResult = { outcome: "case" | "attached"; caseId: number } | { outcome: "automated" };

/** Turns one mail into a case (or not) inside the caller's transaction; throws when the mail cannot be handled. */
export type MailProcessor = (tx: Tx, source: Buffer, meta: { receivedAt: Date; truncated: boolean }) => Promise<ProcessResult>;

export type IngestOutcome = "case" | "attached" | "automated" | "failed" | "given_up";

export interface IngestResult {
  outcome: IngestOutcome;
  caseId?: number;
  /** True when this exact mail was already ingested (another UID, file or UIDVALIDITY): nothing new was created. */
  known: boolean;
  /** Nothing was done: this key was already recorded with a final outcome. */
  skipped: boolean;
}

/** Test seams to simulate a crash at a given point; a throw here is NOT a mail failure, it aborts the pass. */
export interface IngestHooks {
  /** Inside the transaction, after everything is written, before the commit. */
  beforeCommit?: (key: MailKey) => void | Promise<void>;
  /** After the commit. */
  afterCommit?: (key: MailKey, result: IngestResult) => void | Promise<void>;
}

export interface IngestOptions {
  process: MailProcessor;
  logger: Logger;
  /** Failed attempts before a mail is given up. */
  maxAttempts?: number;
  /** Move the mailbox cursor past this UID in the same transaction (IMAP). */
  advanceCursor?: boolean;
  hooks?: IngestHooks;
}

export const DEFAULT_MAX_ATTEMPTS = 3;
const FINAL_OUTCOMES = ["case", "attached", "automated", "given_up"];
const TRANSACTION = { maxWait: 10_000, timeout: 60_000 };

/** Wraps what went wrong with the mail itself (parse, classify, case rules), as opposed to the database or a crash. */
class MailFailure extends Error {
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}

/**
 * Ingests one mail: records it, opens or attaches its case, advances the cursor, all or nothing.
 * Database errors (and hook throws) propagate: the caller stops the pass and the mail is read again later.
 */
export async function ingestMail(db: Db, mail: IncomingMail, options: IngestOptions): Promise<IngestResult> {
  const contentHash = sourceHash(mail.source);
  const messageId = headerMessageId(mail.source) ?? null;
  let result: IngestResult;
  try {
    result = await db.$transaction(async (tx) => {
      const written = await recordMail(tx, mail, { contentHash, messageId }, options);
      if (!written.skipped) await options.hooks?.beforeCommit?.(mail.key);
      return written;
    }, TRANSACTION);
  } catch (error) {
    if (!(error instanceof MailFailure)) throw error;
    result = await db.$transaction((tx) => recordFailure(tx, mail, { contentHash, messageId }, error.reason, options), TRANSACTION);
  }
  if (!result.skipped) await options.hooks?.afterCommit?.(mail.key, result);
  return result;
}

async function recordMail(
  tx: Tx, mail: IncomingMail, identity: { contentHash: string; messageId: string | null }, options: IngestOptions,
): Promise<IngestResult> {
  const where = { mailbox_uidValidity_uid: mail.key };
  // One query for both: this key's own row (a retry, or already done) and the same mail seen elsewhere.
  const rows = await tx.ingestedMail.findMany({
    where: { OR: [mail.key, { contentHash: identity.contentHash, messageId: identity.messageId, outcome: { in: FINAL_OUTCOMES } }] },
    orderBy: { id: "asc" },
  });
  const isThisKey = (row: MailKey) => row.mailbox === mail.key.mailbox && row.uidValidity === mail.key.uidValidity && row.uid === mail.key.uid;
  const existing = rows.find(isThisKey);
  if (existing && FINAL_OUTCOMES.includes(existing.outcome)) {
    if (options.advanceCursor) await advanceCursor(tx, mail.key);
    return { outcome: existing.outcome as IngestOutcome, caseId: existing.caseId ?? undefined, known: true, skipped: true };
  }
  const known = rows.find((row) => !isThisKey(row));
  let outcome: IngestOutcome;
  let caseId: number | undefined;
  if (known) {
    outcome = known.outcome as IngestOutcome;
    caseId = known.caseId ?? undefined;
  } else {
    let processed: ProcessResult;
    try {
      processed = await options.process(tx, mail.source, { receivedAt: mail.receivedAt, truncated: mail.truncated });
    } catch (error) {
      throw new MailFailure(error);
    }
    outcome = processed.outcome;
    caseId = processed.outcome === "automated" ? undefined : processed.caseId;
  }

  const data = {
    messageId: identity.messageId, contentHash: identity.contentHash, receivedAt: mail.receivedAt,
    outcome, caseId: caseId ?? null, lastError: known ? `same mail as ingested mail #${known.id}` : null,
  };
  await tx.ingestedMail.upsert({ where, create: { ...mail.key, ...data }, update: data });
  if (options.advanceCursor) await advanceCursor(tx, mail.key);
  return { outcome, caseId, known: Boolean(known), skipped: false };
}

async function recordFailure(
  tx: Tx, mail: IncomingMail, identity: { contentHash: string; messageId: string | null }, reason: unknown, options: IngestOptions,
): Promise<IngestResult> {
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const existing = await tx.ingestedMail.findUnique({ where: { mailbox_uidValidity_uid: mail.key } });
  const attempts = (existing?.attempts ?? 0) + 1;
  const outcome: IngestOutcome = attempts >= maxAttempts ? "given_up" : "failed";
  const lastError = cutAtCharacter(describe(reason), 2000);
  const data = { messageId: identity.messageId, contentHash: identity.contentHash, receivedAt: mail.receivedAt, outcome, attempts, lastError };
  await tx.ingestedMail.upsert({ where: { mailbox_uidValidity_uid: mail.key }, create: { ...mail.key, ...data }, update: data });
  if (options.advanceCursor) await advanceCursor(tx, mail.key);
  const context = { mailbox: mail.key.mailbox, uid: mail.key.uid, file: mail.key.uidValidity, messageId: identity.messageId, attempts, reason: lastError };
  if (outcome === "given_up") options.logger.error(context, "e-post gitt opp etter gjentatte feil / mail given up after repeated failures");
  else options.logger.warn(context, "kunne ikke behandle e-post, prøver igjen senere / could not handle mail, will retry");
  return { outcome, known: false, skipped: false };
}

/** The cursor only moves forward, and only within the UIDVALIDITY it was set for. */
async function advanceCursor(tx: Tx, key: MailKey): Promise<void> {
  await tx.mailboxCursor.updateMany({
    where: { mailbox: key.mailbox, uidValidity: key.uidValidity, lastUid: { lt: key.uid } },
    data: { lastUid: key.uid },
  });
}

function describe(reason: unknown): string {
  if (reason instanceof Error) return `${reason.name}: ${reason.message}`;
  return String(reason);
}
