import { CASE_STATUSES, type CaseStatus } from "../types";
import { inTransaction, type DbOrTx } from "./db";
import { CaseRuleError } from "./errors";
import { loadCase } from "./load-case";
import { recordEvent } from "./record-event";

/** Moves a case to another status and records who did it. "extended" goes through `extendCase`. */
export async function setStatus(
  db: DbOrTx, caseId: number, status: CaseStatus, by: { actor: string; note?: string; now?: Date },
): Promise<void> {
  if (!(CASE_STATUSES as readonly string[]).includes(status)) throw new CaseRuleError("bad_status", `Ukjent status / unknown status: ${status}`);
  if (status === "extended") throw new CaseRuleError("use_extend", "Bruk forlengelse for å forlenge fristen / use extendCase to extend");
  await inTransaction(db, async (tx) => {
    const current = await loadCase(tx, caseId);
    if (current.status === status) return;
    await tx.case.update({ where: { id: caseId }, data: { status } });
    await recordEvent(tx, caseId, {
      actor: by.actor, type: "status_changed", at: by.now,
      detail: { from: current.status, to: status, ...(by.note ? { note: by.note } : {}) },
    });
  });
}
