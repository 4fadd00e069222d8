// Strips a case down to its minimal record, in the caller's transaction: the one place both the retention
// job and an erasure remove case content.
import type { Prisma } from "../../prisma/generated/sqlite/client";
import { contentFreeDetail, FINISHED_STATUSES, minimalRecordOf } from "./minimal-record";

export type Tx = Prisma.TransactionClient;

export const CONTENT_REMOVED = "content_removed";

/** Outbox states in which a message may still go out: its text must stay until it has. */
export const UNSENT_STATUSES = ["pending", "sending", "unknown"];

export interface RemovedContent {
  cases: number;
  events: number;
  outboxMessages: number;
}

/**
 * Removes bodies, names, addresses, subjects, drafts, outbox texts and event details; records when and why.
 * For retention it checks again inside the transaction that the case is still finished with nothing left to
 * send: a reply may have reopened it since the plan was made.
 */
export async function removeCaseContent(tx: Tx, caseIds: readonly number[], now: Date, why: "retention" | "erasure"): Promise<RemovedContent> {
  const rows = await tx.case.findMany({ where: { id: { in: [...caseIds] }, contentRemovedAt: null }, include: { events: { orderBy: { id: "asc" } } } });
  const waiting = why === "retention"
    ? new Set((await tx.outboxMessage.findMany({ where: { caseId: { in: [...caseIds] }, status: { in: UNSENT_STATUSES } }, select: { caseId: true } })).map((row) => row.caseId))
    : new Set<number | null>();
  const cases = rows.filter((row) => why === "erasure" || ((FINISHED_STATUSES as readonly string[]).includes(row.status) && !waiting.has(row.id)));
  const ids = cases.map((row) => row.id);
  let events = 0;
  for (const event of cases.flatMap((row) => row.events)) {
    const detail = contentFreeDetail(event.detail);
    if (detail === event.detail) continue;
    await tx.caseEvent.update({ where: { id: event.id }, data: { detail } });
    events += 1;
  }
  await tx.case.updateMany({
    where: { id: { in: ids } },
    data: {
      fromAddress: "", fromName: null, subject: "", body: "", reasons: "", draft: "", conversationId: null,
      messageId: null, threadIds: "", contentHash: "", contentRemovedAt: now,
    },
  });
  const outbox = await tx.outboxMessage.updateMany({
    where: { caseId: { in: ids } },
    data: { recipient: "", subject: "", body: "", inReplyTo: null, references: null, lastError: null, attachmentIds: "" },
  });
  await tx.ingestedMail.updateMany({ where: { caseId: { in: ids } }, data: { lastError: null } });
  // The files the owner attached (the copy of the person's data) are content too.
  await tx.caseAttachment.deleteMany({ where: { caseId: { in: ids } } });
  await tx.caseEvent.createMany({
    data: cases.map((row) => ({ caseId: row.id, actor: "system", type: CONTENT_REMOVED, at: now, detail: JSON.stringify({ why, ...minimalRecordOf(row, row.events) }) })),
  });
  return { cases: ids.length, events, outboxMessages: outbox.count };
}
