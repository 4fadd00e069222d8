import { inTransaction, type DbOrTx } from "./db";
import { CaseRuleError } from "./errors";
import { loadCase } from "./load-case";
import { PAUSED, RESUMED, currentDeadlines, pausesOf } from "./clock";
import { recordEvent } from "./record-event";

/** Why the clock stands still (EDPB Guidelines 01/2022): waiting for proof of identity or a needed clarification. */
export type PauseKind = "identity" | "clarification";

/** Stops the clock while we wait for the requester. The dates move when the clock is resumed. */
export async function pauseClock(
  db: DbOrTx, caseId: number, input: { kind: PauseKind; reason?: string; actor: string; now: Date },
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const row = await loadCase(tx, caseId);
    if (row.status === "answered" || row.status === "closed")
      throw new CaseRuleError("not_open", `Sak ${caseId} er ikke åpen / case ${caseId} is not open`);
    if ((await pausesOf(tx, caseId)).openSince)
      throw new CaseRuleError("already_paused", `Klokken står allerede stille i sak ${caseId} / the clock of case ${caseId} is already paused`);
    await recordEvent(tx, caseId, { actor: input.actor, type: PAUSED, at: input.now, detail: { kind: input.kind, ...(input.reason ? { reason: input.reason } : {}) } });
  });
}

/** Starts the clock again and moves the case's dates by the paused days. Returns the new due date. `promisedDays`: the business's promise. */
export async function resumeClock(
  db: DbOrTx, caseId: number, input: { actor: string; now: Date; promisedDays: number },
): Promise<{ due: string; pausedDays: number }> {
  return inTransaction(db, async (tx) => {
    const row = await loadCase(tx, caseId);
    const { openSince } = await pausesOf(tx, caseId);
    if (!openSince) throw new CaseRuleError("not_paused", `Klokken går allerede i sak ${caseId} / the clock of case ${caseId} is running`);
    await recordEvent(tx, caseId, { actor: input.actor, type: RESUMED, at: input.now });
    const deadlines = await currentDeadlines(tx, row, input.promisedDays);
    await tx.case.update({
      where: { id: caseId },
      data: {
        promisedDue: deadlines.promisedDue, legalDue: deadlines.legalDue, due: deadlines.due,
        ...(row.extendedDue !== null ? { extendedDue: deadlines.extendedDue } : {}),
      },
    });
    await recordEvent(tx, caseId, {
      actor: "system", type: "deadlines_moved", at: input.now,
      detail: { previousDue: row.due, promisedDue: deadlines.promisedDue, legalDue: deadlines.legalDue, due: deadlines.due,
        ...(row.extendedDue !== null ? { extendedDue: deadlines.extendedDue } : {}) },
    });
    return { due: deadlines.due, pausedDays: deadlines.pausedDays };
  });
}
