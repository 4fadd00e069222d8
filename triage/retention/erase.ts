// Erases one person everywhere at once: all their cases (down to the minimal record), chat lines, sessions,
// outbox texts and mail files. Recorded as one event that holds counts, never content.
import fs from "node:fs";
import path from "node:path";
import type { Logger } from "../../log";
import type { DbOrTx } from "../cases/db";
import { CaseNotFoundError, CaseRuleError } from "../cases/errors";
import { OPEN_STATUSES } from "../cases/normalise";
import { fileNameOf, folderMailbox, mailFilesIn, processedDir, removeFile, type MailFolders } from "./files";
import { removeCaseContent, UNSENT_STATUSES, type Tx } from "./remove-content";

export const ERASED = "person_erased";

export interface ErasureResult {
  caseIds: number[];
  chatLines: number;
  sessions: number;
  outboxMessages: number;
  mailFiles: number;
  /** Mails still in the IMAP mailbox: the assistant only reads there, so the owner deletes them. */
  mailboxCopies: number;
}

export interface Person {
  address: string;
  conversations: { channel: string; conversationId: string }[];
  caseIds: number[];
}

/**
 * In the caller's transaction when given one (an owner's chat command); the files go last, once the rows are
 * gone, so a failure before that leaves the person whole rather than half erased.
 */
export async function erasePerson(
  db: DbOrTx, caseId: number, options: { now: Date; actor: string; folders?: MailFolders; logger: Logger },
): Promise<ErasureResult> {
  const person = await findPerson(db, caseId);
  const outboxWhere = {
    OR: [
      { caseId: { in: person.caseIds } },
      ...(person.address ? [{ recipient: person.address }] : []),
      ...person.conversations.map((c) => ({ recipient: `${c.channel}:${c.conversationId}` })),
    ],
  };
  const unsent = await db.outboxMessage.count({ where: { ...outboxWhere, status: { in: UNSENT_STATUSES } } });
  if (unsent > 0)
    throw new CaseRuleError("unsent_messages",
      `${unsent} melding(er) til denne personen er ikke sendt ennå: send eller avvis dem først / ${unsent} message(s) to this person not sent yet: send or drop them first`);

  const files = await filesOf(db, person, options.folders ?? {});
  const counts = await inTransaction(db, async (tx: Tx) => {
    await closeOpenCases(tx, person.caseIds, options);
    const removed = await removeCaseContent(tx, person.caseIds, options.now, "erasure");
    const outbox = await tx.outboxMessage.updateMany({
      where: { ...outboxWhere, caseId: null }, data: { recipient: "", subject: "", body: "", inReplyTo: null, references: null, lastError: null },
    });
    const chatLines = (await tx.conversationMessage.deleteMany({
      where: { OR: [...person.conversations, ...(person.address.includes("@") ? [{ text: { contains: person.address } }] : [])] },
    })).count;
    const sessions = await deleteSessions(tx, person);
    const result = {
      caseIds: person.caseIds, chatLines, sessions, outboxMessages: removed.outboxMessages + outbox.count,
      mailFiles: files.toDelete.length, mailboxCopies: files.mailboxCopies,
    };
    const { caseIds: _ids, ...detail } = result;
    await tx.caseEvent.create({ data: { caseId, actor: options.actor, type: ERASED, at: options.now, detail: JSON.stringify({ cases: person.caseIds.length, ...detail }) } });
    return result;
  });
  for (const file of files.toDelete) removeFile(file);
  const { caseIds: _ids, ...logged } = counts;
  options.logger.info({ caseId, cases: counts.caseIds.length, ...logged }, "person slettet / person erased");
  return counts;
}

/** Whose data an erasure of this case would remove: the same address, or the same chat conversation. */
export async function findPerson(db: DbOrTx, caseId: number): Promise<Person> {
  const row = await db.case.findUnique({ where: { id: caseId } });
  if (!row) throw new CaseNotFoundError(caseId);
  if (row.contentRemovedAt) throw new CaseRuleError("already_erased", `Sak ${caseId} har ikke lenger personopplysninger / case ${caseId} holds no personal data any more`);
  const address = row.fromAddress.trim().toLowerCase();
  const rows = await db.case.findMany({
    where: {
      contentRemovedAt: null,
      OR: [
        { fromAddress: { in: [...new Set([row.fromAddress, address])] } },
        ...(row.conversationId ? [{ channel: row.channel, conversationId: row.conversationId }] : []),
      ],
    },
    select: { id: true, channel: true, conversationId: true },
    orderBy: { id: "asc" },
  });
  const conversations = new Map<string, { channel: string; conversationId: string }>();
  for (const entry of rows)
    if (entry.conversationId) conversations.set(`${entry.channel}:${entry.conversationId}`, { channel: entry.channel, conversationId: entry.conversationId });
  return { address, conversations: [...conversations.values()], caseIds: rows.map((entry) => entry.id) };
}

/** An erased person can no longer be answered: their open cases are closed, the record says why. */
async function closeOpenCases(tx: Tx, caseIds: number[], options: { now: Date; actor: string }): Promise<void> {
  const open = await tx.case.findMany({ where: { id: { in: caseIds }, status: { in: [...OPEN_STATUSES] } }, select: { id: true, status: true } });
  for (const row of open) {
    await tx.case.update({ where: { id: row.id }, data: { status: "closed" } });
    await tx.caseEvent.create({
      data: { caseId: row.id, actor: options.actor, type: "status_changed", at: options.now, detail: JSON.stringify({ from: row.status, to: "closed", why: "erased" }) },
    });
  }
}

async function deleteSessions(tx: Tx, person: Person): Promise<number> {
  const sessions = await tx.chatSession.findMany({ select: { key: true, state: true } });
  const theirs = sessions.filter(({ key, state }) =>
    person.conversations.some((c) => key.startsWith(`${c.channel}:${c.conversationId}:`)) ||
    // The owner half-way through editing or rejecting one of their cases.
    (key.startsWith("owner|") && person.caseIds.includes(caseIdOf(state) ?? -1)));
  return (await tx.chatSession.deleteMany({ where: { key: { in: theirs.map((entry) => entry.key) } } })).count;
}

function caseIdOf(state: string): number | undefined {
  try {
    const value = (JSON.parse(state) as { caseId?: unknown }).caseId;
    return typeof value === "number" ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Their mails in the inbox folder (and its processed folder), and copies of replies sent to them. */
async function filesOf(db: DbOrTx, person: Person, folders: MailFolders): Promise<{ toDelete: string[]; mailboxCopies: number }> {
  const rows = await db.ingestedMail.findMany({ where: { caseId: { in: person.caseIds } }, select: { mailbox: true, uidValidity: true } });
  const toDelete: string[] = [];
  let mailboxCopies = 0;
  for (const row of rows) {
    if (!row.mailbox.startsWith("folder:")) { mailboxCopies += 1; continue; }
    if (!folders.inboxDir || row.mailbox !== folderMailbox(folders.inboxDir)) continue;
    const name = fileNameOf(row.uidValidity);
    for (const dir of [path.resolve(folders.inboxDir), processedDir(folders.inboxDir)])
      if (fs.existsSync(path.join(dir, name))) toDelete.push(path.join(dir, name));
  }
  if (person.address.includes("@"))
    for (const entry of mailFilesIn(folders.sentMailDir))
      if (fs.readFileSync(entry.file, "utf8").toLowerCase().includes(person.address)) toDelete.push(entry.file);
  return { toDelete, mailboxCopies };
}

/** The outcome in the owner's words (Norwegian), for the CLI and the chat command alike. */
export function describeErasure(caseId: number, result: ErasureResult): string {
  const lines = [
    `Personen i sak ${caseId} er slettet: ${result.caseIds.length} sak(er) (${result.caseIds.join(", ")}) er nå minimumsposter; ` +
      `${result.chatLines} chatlinjer, ${result.sessions} samtaler, ${result.outboxMessages} utgående meldinger og ${result.mailFiles} e-postfiler er slettet.`,
  ];
  if (result.mailboxCopies > 0)
    lines.push(`Merk: ${result.mailboxCopies} e-post ligger fortsatt i postkassen (assistenten bare leser der): slett dem der også.`);
  return lines.join("\n");
}

/** The caller's transaction, or a new one with room for a person with a long history. */
function inTransaction<T>(db: DbOrTx, work: (tx: Tx) => Promise<T>): Promise<T> {
  return "$transaction" in db ? db.$transaction(work, { maxWait: 10_000, timeout: 60_000 }) : work(db);
}
