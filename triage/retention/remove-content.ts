// Strips a case down to its minimal record, in the caller's transaction: the one place both the retention
// job and an erasure remove case content.
import type { Prisma } from "../../prisma/generated/sqlite/client";
import { contentFreeDetail, minimalRecordOf } from "./minimal-record";

export type Tx = Prisma.TransactionClient;

export const CONTENT_REMOVED = "content_removed";

/** Outbox states in which a message may still go out: its text must stay until it has. */
export const UNSENT_STATUSES = ["pending", "sending", "unknown"];

export interface RemovedContent {
  cases: number;
  events: number;
  outboxMessages: number;
}

/** Removes bodies, names, addresses, subjects, drafts, outbox texts and event details; records when and why. */
export async function removeCaseContent(tx: Tx, caseIds: readonly number[], now: Date, why: "retention" | "erasure"): Promise<RemovedContent> {
  const removed: RemovedContent = { cases: 0, events: 0, outboxMessages: 0 };
  for (const caseId of caseIds) {
    const row = await tx.case.findUnique({ where: { id: caseId }, include: { events: { orderBy: { id: "asc" } } } });
    if (!row || row.contentRemovedAt) continue;
    const record = minimalRecordOf(row, row.events);
    for (const event of row.events) {
      const detail = contentFreeDetail(event.detail);
      if (detail === event.detail) continue;
      await tx.caseEvent.update({ where: { id: event.id }, data: { detail } });
      removed.events += 1;
    }
    await tx.case.update({
      where: { id: caseId },
      data: {
        fromAddress: "", fromName: null, subject: "", body: "", reasons: "", draft: "", conversationId: null,
        messageId: null, threadIds: "", contentHash: "", contentRemovedAt: now,
      },
    });
    const outbox = await tx.outboxMessage.updateMany({
      where: { caseId },
      data: { recipient: "", subject: "", body: "", inReplyTo: null, references: null, lastError: null },
    });
    removed.outboxMessages += outbox.count;
    await tx.ingestedMail.updateMany({ where: { caseId }, data: { lastError: null } });
    await tx.caseEvent.create({ data: { caseId, actor: "system", type: CONTENT_REMOVED, at: now, detail: JSON.stringify({ why, ...record }) } });
    removed.cases += 1;
  }
  return removed;
}
