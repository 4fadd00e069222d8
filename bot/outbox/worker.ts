import crypto from "node:crypto";
import type { Db } from "../../prisma/database";
import type { Logger } from "../../log";
import type { ChatChannel, ChatSender } from "../core/messages";
import type { MailAttachment, Mailer } from "./mailer";
import type { NotifyOwner } from "./types";
import { addThreadId, extensionNoticeSent, recordEvent } from "../../triage/cases";
import { classifyChatError, classifyMailError, describeError } from "./delivery-errors";
import { failedDeliveryNotice, unknownDeliveryNotice } from "./owner-notices";
import { bracketed, referencesFor, replySubject } from "./threading";

export interface OutboxWorkerDeps {
  db: Db;
  mailer: Mailer;
  chat: ChatSender;
  clock?: () => Date;
  logger: Logger;
  notifyOwner: NotifyOwner;
  /** Tries per message before giving up (transient errors only; permanent ones fail at once). */
  maxAttempts?: number;
  /** Wait before the 2nd try; doubles each time up to `maxDelayMs`. */
  firstRetryDelayMs?: number;
  maxRetryDelayMs?: number;
  /** How often start() looks for due messages when nobody kicks it. */
  pollIntervalMs?: number;
  batchSize?: number;
}

export interface OutboxRunResult {
  sent: number;
  retrying: number;
  failed: number;
  /** Went out, but no confirmation came back: left for the owner, never re-sent by itself. */
  unknown: number;
}

type Row = NonNullable<Awaited<ReturnType<Db["outboxMessage"]["findFirst"]>>>;

const CHAT_CHANNELS: ChatChannel[] = ["telegram", "slack", "console"];

/** Splits "telegram:12345" into channel and conversation; the conversation may itself contain colons. */
export function parseChatRecipient(recipient: string): { channel: ChatChannel; conversationId: string } {
  const colon = recipient.indexOf(":");
  const channel = recipient.slice(0, colon) as ChatChannel;
  const conversationId = recipient.slice(colon + 1);
  if (colon < 1 || !CHAT_CHANNELS.includes(channel) || !conversationId) throw Object.assign(new Error(`not a chat recipient: ${recipient}`), { permanentDelivery: true });
  return { channel, conversationId };
}

/** A Message-ID fixed per outbox row, so a re-send the owner asks for is recognisably the same mail. */
export function outboxMessageId(row: { id: number; idempotencyKey: string }, from: string): string {
  const domain = from.match(/@([^>\s]+)/)?.[1] ?? "localhost";
  const digest = crypto.createHash("sha256").update(row.idempotencyKey).digest("hex").slice(0, 16);
  return `<outbox-${row.id}.${digest}@${domain}>`;
}

export function retryDelayMs(attempts: number, firstMs: number, maxMs: number): number {
  return Math.min(maxMs, firstMs * 2 ** Math.max(0, attempts - 1));
}

/**
 * Sends what the outbox holds. Each message is marked `sending` (committed) before it leaves and `sent`
 * after, so after a crash a row still in `sending` is known to be in doubt: it becomes `unknown` and the
 * owner decides. Nothing in doubt is ever re-sent automatically.
 */
export function createOutboxWorker(deps: OutboxWorkerDeps) {
  const clock = deps.clock ?? (() => new Date());
  const maxAttempts = deps.maxAttempts ?? 8;
  const firstDelay = deps.firstRetryDelayMs ?? 60_000;
  const maxDelay = deps.maxRetryDelayMs ?? 60 * 60_000;
  const pollInterval = deps.pollIntervalMs ?? 5_000;
  const batchSize = deps.batchSize ?? 20;
  const { db, logger } = deps;

  let running: Promise<OutboxRunResult> | undefined;
  let runAgain = false;
  let loop: Promise<void> | undefined;
  let stopped = true;
  let wake: (() => void) | undefined;

  async function tellOwner(notice: Parameters<NotifyOwner>[0]): Promise<void> {
    try { await deps.notifyOwner(notice); } catch (error) { logger.error({ err: error, outboxId: notice.outboxId }, "notifyOwner failed"); }
  }

  async function recordCaseEvent(caseId: number | null, type: string, detail: Record<string, unknown>): Promise<void> {
    if (!caseId) return;
    await recordEvent(db, caseId, { actor: "system", type, detail, at: clock() });
  }

  /** The case files the message carries; one removed since (an erasure) is no longer sent. */
  async function attachmentsFor(row: Row): Promise<MailAttachment[]> {
    const ids = row.attachmentIds.split(" ").filter(Boolean).map(Number);
    if (ids.length === 0) return [];
    const files = await db.caseAttachment.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    return files.map((file) => ({ filename: file.fileName, contentType: file.contentType, content: Buffer.from(file.bytes) }));
  }

  async function deliver(row: Row): Promise<void> {
    if (row.kind === "chat") {
      const { channel, conversationId } = parseChatRecipient(row.recipient);
      await deps.chat.send({ channel, conversationId, text: row.body });
      return;
    }
    const inReplyTo = bracketed(row.inReplyTo);
    const messageId = outboxMessageId(row, deps.mailer.from);
    await deps.mailer.send({
      to: row.recipient,
      subject: inReplyTo ? replySubject(row.subject) : row.subject,
      text: row.body,
      messageId,
      inReplyTo,
      references: referencesFor(inReplyTo, row.references),
      attachments: await attachmentsFor(row),
    });
    // The requester's answer to our mail must land in the same case.
    if (row.caseId) await addThreadId(db, row.caseId, messageId);
  }

  async function sendOne(row: Row, result: OutboxRunResult): Promise<void> {
    const claimed = await db.outboxMessage.updateMany({
      where: { id: row.id, status: "pending" },
      data: { status: "sending", attempts: { increment: 1 } },
    });
    if (claimed.count === 0) return; // someone else took it, or the owner changed it
    const attempts = row.attempts + 1;
    try {
      await deliver(row);
    } catch (error) {
      const failure = (error as { permanentDelivery?: boolean })?.permanentDelivery
        ? "permanent" : row.kind === "email" ? classifyMailError(error) : classifyChatError(error);
      const permanent = failure === "permanent";
      const description = describeError(error);
      if (failure === "unknown") {
        await markUnknown(row, `usikker levering: ${description}`, unknownDeliveryNotice(row, "lost_confirmation"));
        result.unknown++;
        return;
      }
      if (!permanent && attempts < maxAttempts) {
        const nextAttemptAt = new Date(clock().getTime() + retryDelayMs(attempts, firstDelay, maxDelay));
        await db.outboxMessage.update({ where: { id: row.id }, data: { status: "pending", lastError: description, nextAttemptAt } });
        logger.warn({ outboxId: row.id, attempts, nextAttemptAt, error: description }, "outbox: delivery failed, will retry");
        result.retrying++;
        return;
      }
      await db.outboxMessage.update({ where: { id: row.id }, data: { status: "failed", lastError: description } });
      await recordCaseEvent(row.caseId, "outbox_failed", { outboxId: row.id, kind: row.kind, error: description, attempts });
      logger.error({ outboxId: row.id, attempts, error: description, permanent }, "outbox: delivery failed for good");
      result.failed++;
      await tellOwner(failedDeliveryNotice({ ...row, attempts }, description, permanent));
      return;
    }
    const sentAt = clock();
    await db.outboxMessage.update({ where: { id: row.id }, data: { status: "sent", sentAt, lastError: null } });
    await recordCaseEvent(row.caseId, "outbox_sent", { outboxId: row.id, kind: row.kind, recipient: row.recipient });
    // An extension counts from the moment its notice has gone out.
    if (row.caseId) await extensionNoticeSent(db, row.caseId, row.id, sentAt);
    logger.info({ outboxId: row.id, kind: row.kind }, "outbox: sent");
    result.sent++;
  }

  /** In doubt: `unknown`, recorded on the case, and the owner asked. Only a row still `sending` can become unknown. */
  async function markUnknown(row: Row, lastError: string, notice: Parameters<NotifyOwner>[0]): Promise<boolean> {
    const changed = await db.outboxMessage.updateMany({ where: { id: row.id, status: "sending" }, data: { status: "unknown", lastError } });
    if (changed.count === 0) return false;
    await recordCaseEvent(row.caseId, "outbox_unknown", { outboxId: row.id, kind: row.kind, recipient: row.recipient });
    logger.warn({ outboxId: row.id, error: lastError }, "outbox: delivery in doubt; owner asked, not re-sent");
    await tellOwner(notice);
    return true;
  }

  async function runBatch(): Promise<OutboxRunResult> {
    const result: OutboxRunResult = { sent: 0, retrying: 0, failed: 0, unknown: 0 };
    for (;;) {
      const due = await db.outboxMessage.findMany({
        where: { status: "pending", nextAttemptAt: { lte: clock() } },
        orderBy: { id: "asc" },
        take: batchSize,
      });
      for (const row of due) await sendOne(row, result);
      if (due.length < batchSize) return result;
    }
  }

  /** Sends every message that is due now. Concurrent calls share one run (and trigger one more after it). */
  async function runOnce(): Promise<OutboxRunResult> {
    if (running) { runAgain = true; return running; }
    running = (async () => {
      try {
        const total: OutboxRunResult = { sent: 0, retrying: 0, failed: 0, unknown: 0 };
        do {
          runAgain = false;
          const r = await runBatch();
          total.sent += r.sent; total.retrying += r.retrying; total.failed += r.failed; total.unknown += r.unknown;
        } while (runAgain);
        return total;
      } finally { running = undefined; }
    })();
    return running;
  }

  /** Rows left in `sending` by a previous run may or may not have gone out: mark them and ask the owner. */
  async function recoverInterrupted(): Promise<number> {
    const interrupted = await db.outboxMessage.findMany({ where: { status: "sending" }, orderBy: { id: "asc" } });
    let count = 0;
    for (const row of interrupted) {
      if (await markUnknown(row, "avbrutt under sending / interrupted while sending", unknownDeliveryNotice(row, "interrupted"))) count++;
    }
    return count;
  }

  async function runLoop(): Promise<void> {
    while (!stopped) {
      try { await runOnce(); } catch (error) { logger.error({ err: error }, "outbox: run failed"); }
      if (stopped) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollInterval);
        wake = () => { clearTimeout(timer); resolve(); };
      });
      wake = undefined;
    }
  }

  return {
    runOnce,
    recoverInterrupted,
    /** Recovers interrupted sends, then keeps sending until stop(). */
    async start(): Promise<void> {
      if (!stopped) return;
      stopped = false;
      await recoverInterrupted();
      loop = runLoop();
    },
    async stop(): Promise<void> {
      stopped = true;
      wake?.();
      await loop;
      await running;
      loop = undefined;
    },
    /** Something was just enqueued: look now instead of at the next poll. */
    kick(): void {
      if (running) runAgain = true; // enqueued while a run is under way: that run goes round once more
      wake?.();
    },
  };
}

export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
