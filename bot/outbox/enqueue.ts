import type { Db } from "../../prisma/database";
import type { NewOutboxMessage } from "./types";

/** The part of a Prisma client (or transaction) the outbox writes to. */
export type OutboxTx = Pick<Db, "outboxMessage">;

/**
 * Records a message to be sent. Call it inside the transaction that decides to send, so the decision
 * and the message commit together. Idempotent: the same key returns the row already there.
 */
export async function enqueueOutboxMessage(tx: OutboxTx, message: NewOutboxMessage): Promise<{ id: number; created: boolean }> {
  const existing = await tx.outboxMessage.findUnique({ where: { idempotencyKey: message.idempotencyKey }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const row = await tx.outboxMessage.create({
    data: {
      idempotencyKey: message.idempotencyKey,
      caseId: message.caseId ?? null,
      kind: message.kind,
      recipient: message.recipient,
      subject: message.subject ?? "",
      body: message.body,
      inReplyTo: message.inReplyTo ?? null,
      references: message.references ?? null,
      attachmentIds: (message.attachmentIds ?? []).join(" "),
      nextAttemptAt: message.notBefore,
    },
    select: { id: true },
  });
  return { id: row.id, created: true };
}
