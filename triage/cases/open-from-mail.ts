import { computeDeadlines, receivedDate, type Deadlines } from "../deadlines";
import { formatDate } from "../deadlines/calendar";
import type { ParsedMail } from "../mail";
import type { Classification } from "../types";
import { inTransaction, type DbOrTx } from "./db";
import {
  BODY_LIMIT, EXCERPT_LIMIT, OPEN_STATUSES, WARNING_MARK, contentHashOf, excerpt, normaliseMessageId, rightsText, threadCandidates,
} from "./normalise";
import { recordEvent } from "./record-event";
import { wellFormed } from "../text-cut";
import { remindedRequest } from "../classify/reminder";
import { dateInAttribution } from "../quoted-date";
import { newestQuotedMail } from "../split-body";
import type { Prisma } from "../../prisma/generated/sqlite/client";

export interface OpenCaseFromMailInput {
  mail: ParsedMail;
  /** Never "automated": automated mail gets no case. */
  classification: Classification;
  /** The server's INTERNALDATE: the receipt time that starts the clock. */
  receivedAt: Date;
  /** The business's promise in days (its knowledge base's), counted from `receivedAt`. */
  promisedDays: number;
  channel?: "email";
}

export interface OpenCaseFromMailResult {
  outcome: "case" | "attached";
  caseId: number;
  /** Set when the same sender already has an open case asking the same thing. */
  duplicateOfId?: number;
}

type Tx = Prisma.TransactionClient;

export const MESSAGE_ID_REUSED = "message_id_reused";

/** The first reason the owner reads on such a case: it may be a forgery or a broken mail program. */
export function reusedMessageIdWarning(earlierCaseId: number): string {
  return `${WARNING_MARK} Samme Message-ID som sak ${earlierCaseId}, men fra en annen avsender eller med annet innhold. Sjekk at e-posten er ekte før du svarer.`;
}

/** What the owner reads of the mail: its own text, and the forwarded mail or the earlier request a reminder points at ("Se under"). */
function caseBody(mail: ParsedMail): string {
  if (mail.forwarded) return `${mail.text}\n\n---- Videresendt / forwarded ----\n${mail.forwarded}`;
  const reminded = remindedRequest(mail);
  return reminded ? `${mail.text}\n\n---- Tidligere henvendelse / earlier request ----\n${reminded}` : mail.text;
}

/**
 * A reminder quoting a request of an earlier date: had that request reached the business then, the month ran from
 * that day. The case keeps the dates of this mail (the business may never have had the first), and the owner is told.
 */
function earlierRequestWarning(mail: ParsedMail, deadlines: Deadlines, promisedDays: number): string | undefined {
  if (remindedRequest(mail) === undefined) return undefined;
  const dated = dateInAttribution(newestQuotedMail(mail.quoted)?.writer ?? "");
  if (dated === undefined || dated >= deadlines.receivedDate) return undefined;
  const due = computeDeadlines(new Date(`${dated}T12:00:00Z`), { promisedDays }).due;
  return `${WARNING_MARK} Purring på en henvendelse datert ${formatDate(dated, "nb")} (sitert under). Kom den fram til dere da, `
    + `er svarfristen regnet fra den dagen: ${formatDate(due, "nb")}, ikke ${formatDate(deadlines.due, "nb")}.`;
}

/**
 * Opens a case for a mail that needs an answer, or attaches a reply to the case of its thread.
 * Calling it again for a mail already recorded (same Message-ID) changes nothing.
 */
export async function openCaseFromMail(db: DbOrTx, input: OpenCaseFromMailInput): Promise<OpenCaseFromMailResult> {
  if (input.classification.category === "automated") throw new Error("openCaseFromMail: automated mail gets no case");
  return inTransaction(db, async (tx) => {
    const messageId = normaliseMessageId(input.mail.messageId);
    const known = messageId ? await casesWithMessageId(tx, messageId) : [];
    for (const row of known) {
      if (await isSameMail(tx, row, messageId!, input.mail)) return { outcome: row.messageId === messageId ? "case" : "attached", caseId: row.id };
    }
    // A Message-ID we know on a mail from someone else, or saying something else: never swallowed, never
    // threaded by that id; a case of its own that tells the owner.
    if (known.length > 0) return openNewCase(tx, input, messageId, { earlierCaseId: known[0]!.id });
    const thread = await findThreadCase(tx, input.mail);
    if (thread) {
      await attachReply(tx, thread, input, messageId);
      return { outcome: "attached", caseId: thread.id };
    }
    return openNewCase(tx, input, messageId);
  });
}

/** Cases this Message-ID opened or reached (or our own sent answer, seen again), oldest first. */
async function casesWithMessageId(tx: Tx, messageId: string) {
  const rows = await tx.case.findMany({
    where: { OR: [{ messageId }, { threadIds: { contains: messageId } }] },
    orderBy: { id: "asc" },
  });
  // `contains` is a LIKE on SQLite (case-insensitive): keep exact matches only.
  return rows.filter((row) => row.messageId === messageId || row.threadIds.split(" ").includes(messageId));
}

/**
 * Whether the mail is the one already recorded under its Message-ID (a redelivery): same sender and same
 * content. A reply attached to a case is compared with its `reply_received` event; an id we only know
 * from our own sent answer has nothing to compare with and counts as the same.
 */
async function isSameMail(tx: Tx, row: { id: number; messageId: string | null; fromAddress: string; contentHash: string }, messageId: string, mail: ParsedMail) {
  const sender = mail.from.address.trim().toLowerCase();
  const contentHash = contentHashOf(mail);
  if (row.messageId === messageId) return row.fromAddress === sender && (!row.contentHash || row.contentHash === contentHash);
  const replies = await tx.caseEvent.findMany({ where: { caseId: row.id, type: "reply_received" }, select: { detail: true } });
  const reply = replies.map((event) => JSON.parse(event.detail) as { messageId?: string; from?: string; contentHash?: string })
    .find((detail) => detail.messageId === messageId);
  if (!reply) return true;
  return reply.from?.trim().toLowerCase() === sender && (!reply.contentHash || reply.contentHash === contentHash);
}

/** The case whose thread the mail answers: the one its In-Reply-To names, else the newest one its References name. */
async function findThreadCase(tx: Tx, mail: ParsedMail) {
  const candidates = threadCandidates(mail);
  if (candidates.length === 0) return undefined;
  const matches = await tx.case.findMany({
    where: { OR: [{ messageId: { in: candidates } }, ...candidates.map((id) => ({ threadIds: { contains: id } }))] },
    // Oldest first: should a Message-ID ever be on two cases (reused by someone else), the case it began with keeps its thread.
    orderBy: { id: "asc" },
  });
  const inThread = (row: { messageId: string | null; threadIds: string }, id: string) =>
    row.messageId === id || row.threadIds.split(" ").includes(id);
  for (const id of candidates) {
    const match = matches.find((row) => inThread(row, id));
    if (match) return match;
  }
  return undefined;
}

// A reply to an answered or closed case reopens it: the requester wrote again, so someone must read it.
// A case awaiting approval or extended keeps its status; the reply shows in its history.
const REOPEN_FROM = new Set(["answered", "closed"]);

async function attachReply(
  tx: Tx, thread: { id: number; status: string; threadIds: string }, input: OpenCaseFromMailInput, messageId: string | undefined,
) {
  const { mail } = input;
  await recordEvent(tx, thread.id, {
    actor: "requester",
    type: "reply_received",
    detail: {
      messageId, from: mail.from.address, subject: mail.subject, receivedAt: input.receivedAt.toISOString(),
      excerpt: excerpt(mail.text, EXCERPT_LIMIT), contentHash: contentHashOf(mail),
      // The owner reads the follow-up in chat, so its new text is kept whole (as far as a case body is).
      text: excerpt(mail.text, BODY_LIMIT),
    },
  });
  const reopen = REOPEN_FROM.has(thread.status);
  const threadIds = messageId ? [...thread.threadIds.split(" ").filter(Boolean), messageId].join(" ") : thread.threadIds;
  await tx.case.update({ where: { id: thread.id }, data: { threadIds, ...(reopen ? { status: "new" } : {}) } });
  if (reopen) await recordEvent(tx, thread.id, { actor: "system", type: "status_changed", detail: { from: thread.status, to: "new", why: "reply_received" } });
}

async function openNewCase(
  tx: Tx, input: OpenCaseFromMailInput, messageId: string | undefined, reused?: { earlierCaseId: number },
): Promise<OpenCaseFromMailResult> {
  const { mail, classification, receivedAt } = input;
  const fromAddress = mail.from.address.trim().toLowerCase();
  const rights = rightsText(classification.rights);
  const deadlines = computeDeadlines(receivedAt, { promisedDays: input.promisedDays });
  const warnings = [reused && reusedMessageIdWarning(reused.earlierCaseId), earlierRequestWarning(mail, deadlines, input.promisedDays)];
  const reasons = [...warnings.filter((warning) => typeof warning === "string"), ...classification.reasons];
  const original = await tx.case.findFirst({
    where: {
      fromAddress, category: classification.category, rights,
      status: { in: [...OPEN_STATUSES] }, due: { gte: receivedDate(receivedAt) },
    },
    orderBy: { id: "asc" },
  });
  // Only Message-IDs of mail that reached this case (and our answers, via addThreadId) go here: the
  // References of the first mail may name mail we never saw, which must not count as already handled.
  const threadIds = messageId ?? "";
  const created = await tx.case.create({
    data: {
      channel: input.channel ?? "email",
      messageId,
      threadIds,
      fromAddress,
      fromName: mail.from.name ? wellFormed(mail.from.name) : null,
      subject: wellFormed(mail.subject),
      body: excerpt(caseBody(mail), BODY_LIMIT),
      category: classification.category,
      rights,
      language: classification.language,
      confidence: classification.confidence,
      reasons: JSON.stringify(reasons),
      receivedAt,
      promisedDue: deadlines.promisedDue,
      legalDue: deadlines.legalDue,
      due: deadlines.due,
      status: "new",
      duplicateOfId: original?.id ?? null,
      contentHash: contentHashOf(mail),
    },
  });
  await recordEvent(tx, created.id, {
    actor: "system", type: "received",
    detail: { channel: created.channel, messageId, from: fromAddress, subject: mail.subject, receivedAt: receivedAt.toISOString(), ...deadlines },
  });
  await recordEvent(tx, created.id, {
    actor: "system", type: "classified",
    detail: { category: classification.category, rights: classification.rights, language: classification.language,
      confidence: classification.confidence, reasons: classification.reasons },
  });
  if (reused) {
    await recordEvent(tx, created.id, { actor: "system", type: MESSAGE_ID_REUSED, detail: { messageId, earlierCaseId: reused.earlierCaseId } });
    await recordEvent(tx, reused.earlierCaseId, { actor: "system", type: "message_id_reused_later", detail: { messageId, caseId: created.id } });
  }
  if (original) {
    await recordEvent(tx, created.id, { actor: "system", type: "flagged_duplicate", detail: { duplicateOfId: original.id } });
    await recordEvent(tx, original.id, { actor: "system", type: "duplicate_received", detail: { caseId: created.id } });
    return { outcome: "case", caseId: created.id, duplicateOfId: original.id };
  }
  return { outcome: "case", caseId: created.id };
}
