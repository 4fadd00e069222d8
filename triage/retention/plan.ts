// What the retention job would remove now: computed from the clock, the periods and what is stored; changes nothing.
import type { Db } from "../../prisma/database";
import { FINISHED_STATUSES, finishedAt } from "./minimal-record";
import { UNSENT_STATUSES } from "./remove-content";
import { cutoffsAt, type Cutoffs, type RetentionPeriods } from "./periods";
import { fileNameOf, folderMailbox, mailFilesIn, processedDir, type MailFolders } from "./files";

export interface RetentionPlan {
  now: Date;
  cutoffs: Cutoffs;
  /** Chat lines of conversations with no case whose content is kept. */
  chatLineIds: number[];
  /** Hand-overs (and owner prompts) nobody has touched within the period. */
  sessionKeys: string[];
  /** Answered or closed cases whose content goes, leaving the minimal record. */
  cases: { id: number; finishedAt: Date }[];
  /** Update keys older than a platform can resend them. */
  updateKeys: number;
  /** Bookkeeping rows that no longer stop any mail from being ingested twice. */
  ingestedMailIds: number[];
  /** Ingested inbox files to move to the processed folder. */
  inboxFilesToMove: string[];
  /** Mail files past their period: processed inbox files and sent-mail copies. */
  expiredMailFiles: string[];
}

const FINAL_OUTCOMES = ["case", "attached", "automated", "given_up"];

export async function planRetention(db: Db, now: Date, periods: RetentionPeriods, folders: MailFolders = {}): Promise<RetentionPlan> {
  const cutoffs = cutoffsAt(now, periods);
  const cases = await expiringCases(db, cutoffs.caseContent);
  const expiringIds = new Set(cases.map((entry) => entry.id));
  const files = await planFiles(db, cutoffs, folders);
  return {
    now,
    cutoffs,
    chatLineIds: await expiredChatLines(db, cutoffs.chatLines, expiringIds),
    sessionKeys: await abandonedSessions(db, cutoffs.sessions),
    cases,
    updateKeys: await db.processedUpdate.count({ where: { createdAt: { lt: cutoffs.updateKeys } } }),
    ingestedMailIds: [...(await supersededMailboxRows(db)), ...(await expiredFolderRows(db, cutoffs.mailFiles, folders))],
    ...files,
  };
}

async function expiringCases(db: Db, cutoff: Date): Promise<RetentionPlan["cases"]> {
  const rows = await db.case.findMany({
    // A message that may still go out keeps its case whole: the owner settles it first (it shows as unknown).
    where: { status: { in: [...FINISHED_STATUSES] }, contentRemovedAt: null, receivedAt: { lt: cutoff }, outbox: { none: { status: { in: UNSENT_STATUSES } } } },
    select: { id: true, receivedAt: true, events: { where: { type: "status_changed" }, select: { type: true, at: true, detail: true } } },
    orderBy: { id: "asc" },
  });
  return rows
    .map((row) => ({ id: row.id, finishedAt: finishedAt(row.receivedAt, row.events) }))
    .filter((entry) => entry.finishedAt < cutoff);
}

const conversationOf = (line: { channel: string; conversationId: string }) => `${line.channel}\u0000${line.conversationId}`;

async function expiredChatLines(db: Db, cutoff: Date, expiringCaseIds: ReadonlySet<number>): Promise<number[]> {
  const withCase = await db.case.findMany({
    where: { contentRemovedAt: null, conversationId: { not: null } },
    select: { id: true, channel: true, conversationId: true },
  });
  const kept = new Set(withCase.filter((row) => !expiringCaseIds.has(row.id)).map((row) => conversationOf({ channel: row.channel, conversationId: row.conversationId! })));
  const old = await db.conversationMessage.findMany({
    where: { createdAt: { lt: cutoff } }, select: { id: true, channel: true, conversationId: true }, orderBy: { id: "asc" },
  });
  return old.filter((line) => !kept.has(conversationOf(line))).map((line) => line.id);
}

/** "telegram:42:42" or "owner|slack:D1:U1" → whose chat it is; the user id is the last part. */
function sessionOwner(key: string): { channel: string; conversationId: string; userId: string } | undefined {
  const match = /^(?:owner\|)?([^:]+):(.*):([^:]*)$/.exec(key);
  return match ? { channel: match[1]!, conversationId: match[2]!, userId: match[3]! } : undefined;
}

async function abandonedSessions(db: Db, cutoff: Date): Promise<string[]> {
  // A session's own updatedAt is the engine's time, not our clock: the person's last chat line says when it was used.
  const sessions = await db.chatSession.findMany({ select: { key: true }, orderBy: { key: "asc" } });
  const abandoned: string[] = [];
  for (const { key } of sessions) {
    const who = sessionOwner(key);
    const last = who
      ? await db.conversationMessage.findFirst({ where: { ...who, direction: "in" }, orderBy: { createdAt: "desc" }, select: { createdAt: true } })
      : null;
    if (!last || last.createdAt < cutoff) abandoned.push(key);
  }
  return abandoned;
}

/**
 * After a UIDVALIDITY change the watcher re-scans the mailbox and records each mail again under the new
 * UIDVALIDITY. An old row whose mail (same Message-ID and content hash) is recorded under the mailbox's current
 * UIDVALIDITY prevents nothing more. Every other IMAP row stays: the mail is still in the mailbox (the assistant
 * never deletes there), and its row is what stops it from becoming a case again after the next UIDVALIDITY change.
 */
async function supersededMailboxRows(db: Db): Promise<number[]> {
  const superseded: number[] = [];
  for (const cursor of await db.mailboxCursor.findMany()) {
    const current = await db.ingestedMail.findMany({
      where: { mailbox: cursor.mailbox, uidValidity: cursor.uidValidity }, select: { messageId: true, contentHash: true },
    });
    const known = new Set(current.map((row) => `${row.messageId ?? ""} ${row.contentHash}`));
    const older = await db.ingestedMail.findMany({
      where: { mailbox: cursor.mailbox, uidValidity: { not: cursor.uidValidity }, outcome: { in: FINAL_OUTCOMES } },
      select: { id: true, messageId: true, contentHash: true },
    });
    superseded.push(...older.filter((row) => known.has(`${row.messageId ?? ""} ${row.contentHash}`)).map((row) => row.id));
  }
  return superseded;
}

/** A folder row stops a file from being ingested twice only while the file can still be in the inbox. */
async function expiredFolderRows(db: Db, cutoff: Date, folders: MailFolders): Promise<number[]> {
  if (!folders.inboxDir) return [];
  const inInbox = new Set(mailFilesIn(folders.inboxDir).map((entry) => entry.name));
  const rows = await db.ingestedMail.findMany({
    where: { mailbox: folderMailbox(folders.inboxDir), receivedAt: { lt: cutoff }, outcome: { in: FINAL_OUTCOMES } },
    select: { id: true, uidValidity: true },
  });
  return rows.filter((row) => !inInbox.has(fileNameOf(row.uidValidity))).map((row) => row.id);
}

async function planFiles(db: Db, cutoffs: Cutoffs, folders: MailFolders): Promise<Pick<RetentionPlan, "inboxFilesToMove" | "expiredMailFiles">> {
  const inboxFilesToMove: string[] = [];
  const expiredMailFiles: string[] = [];
  if (folders.inboxDir) {
    const finished = await db.ingestedMail.findMany({
      where: { mailbox: folderMailbox(folders.inboxDir), outcome: { in: ["case", "attached", "automated"] } },
      select: { uidValidity: true, receivedAt: true },
    });
    // The watcher keeps a file's time as its receipt time: the same name and time is the file it ingested.
    const ingested = new Set(finished.map((row) => `${fileNameOf(row.uidValidity)} ${row.receivedAt.getTime()}`));
    for (const entry of mailFilesIn(folders.inboxDir)) {
      if (!ingested.has(`${entry.name} ${entry.modified.getTime()}`)) continue;
      (entry.modified < cutoffs.mailFiles ? expiredMailFiles : inboxFilesToMove).push(entry.file);
    }
    expiredMailFiles.push(...mailFilesIn(processedDir(folders.inboxDir)).filter((entry) => entry.modified < cutoffs.mailFiles).map((entry) => entry.file));
  }
  expiredMailFiles.push(...mailFilesIn(folders.sentMailDir).filter((entry) => entry.modified < cutoffs.mailFiles).map((entry) => entry.file));
  return { inboxFilesToMove, expiredMailFiles };
}
