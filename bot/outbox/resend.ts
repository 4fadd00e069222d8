import type { Db } from "../../prisma/database";

export type ResendResult = { ok: true } | { ok: false; reason: "not_found" | "already_sent" | "in_progress" };

/** The owner tapped "Send igjen": an unknown or failed message goes back in line, with fresh tries. */
export async function resendOutboxMessage(db: Pick<Db, "outboxMessage">, id: number, now: Date = new Date()): Promise<ResendResult> {
  const changed = await db.outboxMessage.updateMany({
    where: { id, status: { in: ["unknown", "failed"] } },
    data: { status: "pending", attempts: 0, nextAttemptAt: now, lastError: null },
  });
  if (changed.count === 1) return { ok: true };
  const row = await db.outboxMessage.findUnique({ where: { id }, select: { status: true } });
  if (!row) return { ok: false, reason: "not_found" };
  return { ok: false, reason: row.status === "sent" ? "already_sent" : "in_progress" };
}

/** The owner confirmed an in-doubt message did arrive: close it without sending. */
export async function markOutboxMessageSent(db: Pick<Db, "outboxMessage">, id: number, now: Date = new Date()): Promise<boolean> {
  const changed = await db.outboxMessage.updateMany({
    where: { id, status: { in: ["unknown", "failed"] } },
    data: { status: "sent", sentAt: now },
  });
  return changed.count === 1;
}
