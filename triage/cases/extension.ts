// An extension (GDPR art. 12(3)) counts only once the requester has been told: the owner prepares it, the notice
// is approved and queued, and the dates move when the notice has actually been sent. Until then the first
// month's date stands, and the owner is told that the notice is waiting.
import { extendedDueOf } from "../deadlines";
import { inTransaction, type DbOrTx } from "./db";
import { CaseRuleError } from "./errors";
import { loadCase } from "./load-case";
import { pausesOf } from "./clock";
import { recordEvent } from "./record-event";
import { assertCanExtend, extendCase, extensionReason } from "./extend-case";

export const EXTENSION_PREPARED = "extension_prepared";
export const EXTENSION_QUEUED = "extension_notice_queued";
export const EXTENSION_DROPPED = "extension_dropped";
export const EXTENSION_FAILED = "extension_failed";
const EXTENDED = "extended";
const EXTENSION_EVENTS = [EXTENSION_PREPARED, EXTENSION_QUEUED, EXTENSION_DROPPED, EXTENSION_FAILED, EXTENDED];

/** drafted: the notice waits for the owner's approval; queued: approved, not yet sent. */
export interface PendingExtension {
  state: "drafted" | "queued";
  reason: string;
  extendedDue: string;
  /** The notice's outbox message, once queued. */
  outboxId?: number;
}

function parse(detail: string): Record<string, unknown> {
  try { return JSON.parse(detail) as Record<string, unknown>; } catch { return {}; }
}

/** The extension each case is waiting on, if any: the last extension event decides. */
export async function pendingExtensions(db: DbOrTx, caseIds: readonly number[]): Promise<Map<number, PendingExtension>> {
  const pending = new Map<number, PendingExtension>();
  if (caseIds.length === 0) return pending;
  const events = await db.caseEvent.findMany({ where: { caseId: { in: [...caseIds] }, type: { in: EXTENSION_EVENTS } }, orderBy: { id: "asc" } });
  for (const event of events) {
    const detail = parse(event.detail);
    if (event.type === EXTENSION_PREPARED || event.type === EXTENSION_QUEUED)
      pending.set(event.caseId, {
        state: event.type === EXTENSION_PREPARED ? "drafted" : "queued", reason: String(detail.reason ?? ""), extendedDue: String(detail.extendedDue ?? ""),
        ...(typeof detail.outboxId === "number" ? { outboxId: detail.outboxId } : {}),
      });
    else pending.delete(event.caseId);
  }
  return pending;
}

export async function pendingExtension(db: DbOrTx, caseId: number): Promise<PendingExtension | undefined> {
  return (await pendingExtensions(db, [caseId])).get(caseId);
}

/** The owner wants more time: records the reason and the date the notice will promise. Nothing moves yet. */
export async function prepareExtension(
  db: DbOrTx, caseId: number, input: { reason: string; actor: string; now: Date },
): Promise<{ extendedDue: string }> {
  const reason = extensionReason(input.reason);
  return inTransaction(db, async (tx) => {
    const row = await loadCase(tx, caseId);
    assertCanExtend(row, input.now, { rightsRequestOnly: true });
    if ((await pendingExtension(tx, caseId))?.state === "queued")
      throw new CaseRuleError("notice_queued", `Varselet om forlenget frist i sak ${caseId} er allerede godkjent og venter på å bli sendt.`);
    const { closed } = await pausesOf(tx, caseId);
    const extendedDue = extendedDueOf(row.receivedAt, closed);
    await recordEvent(tx, caseId, { actor: input.actor, type: EXTENSION_PREPARED, at: input.now, detail: { reason, extendedDue, due: row.due } });
    return { extendedDue };
  });
}

/** Before the notice goes in the outbox: an extension waits for it, and the first month has not passed. */
export async function assertExtensionNoticeAllowed(db: DbOrTx, caseId: number, now: Date): Promise<PendingExtension> {
  const row = await loadCase(db, caseId);
  const pending = await pendingExtension(db, caseId);
  if (!pending) throw new CaseRuleError("no_extension", `Sak ${caseId} har ingen forlengelse som venter på varsel.`);
  assertCanExtend(row, now, { rightsRequestOnly: true });
  return pending;
}

/** The owner approved the notice: it is in the outbox. */
export async function queueExtensionNotice(db: DbOrTx, caseId: number, input: { outboxId: number; actor: string; now: Date }): Promise<void> {
  await inTransaction(db, async (tx) => {
    const pending = await assertExtensionNoticeAllowed(tx, caseId, input.now);
    await recordEvent(tx, caseId, { actor: input.actor, type: EXTENSION_QUEUED, at: input.now, detail: { outboxId: input.outboxId, reason: pending.reason, extendedDue: pending.extendedDue } });
  });
}

/** Another step replaced the extension notice before it was approved: the extension is off. */
export async function dropPendingExtension(db: DbOrTx, caseId: number, input: { actor: string; now: Date; why: string }): Promise<boolean> {
  if ((await pendingExtension(db, caseId))?.state !== "drafted") return false;
  await recordEvent(db, caseId, { actor: input.actor, type: EXTENSION_DROPPED, at: input.now, detail: { note: input.why } });
  return true;
}

/**
 * An outbox message was sent (or the owner confirmed it arrived). If it was a case's extension notice, the
 * extension now counts and the dates move. Safe to call for any message, and more than once.
 */
export async function extensionNoticeSent(db: DbOrTx, caseId: number, outboxId: number, now: Date): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const queued = (await tx.caseEvent.findMany({ where: { caseId, type: EXTENSION_QUEUED }, orderBy: { id: "asc" } }))
      .map((event) => parse(event.detail)).find((detail) => detail.outboxId === outboxId);
    if (!queued) return false;
    const row = await loadCase(tx, caseId);
    if (row.extendedDue !== null || (await pendingExtension(tx, caseId))?.state !== "queued") return false;
    try {
      await extendCase(tx, caseId, { reason: String(queued.reason ?? ""), actor: "system", now });
      return true;
    } catch (error) {
      if (!(error instanceof CaseRuleError)) throw error;
      await recordEvent(tx, caseId, { actor: "system", type: EXTENSION_FAILED, at: now, detail: { note: error.message, outboxId } });
      return false;
    }
  });
}

/** Extensions whose notice went out without the case hearing of it (a crash just after sending): applied now. */
export async function catchUpSentExtensionNotices(db: DbOrTx, caseIds: readonly number[], now: Date): Promise<number> {
  let applied = 0;
  for (const [caseId, pending] of await pendingExtensions(db, caseIds)) {
    if (pending.state !== "queued" || pending.outboxId === undefined) continue;
    const notice = await db.outboxMessage.findUnique({ where: { id: pending.outboxId }, select: { status: true, sentAt: true } });
    if (notice?.status === "sent" && (await extensionNoticeSent(db, caseId, pending.outboxId, notice.sentAt ?? now))) applied++;
  }
  return applied;
}
