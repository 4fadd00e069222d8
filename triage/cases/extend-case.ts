import { computeDeadlines, receivedDate } from "../deadlines";
import { inTransaction, type DbOrTx } from "./db";
import { CaseRuleError } from "./errors";
import { loadCase } from "./load-case";
import { pausesOf } from "./clock";
import { recordEvent } from "./record-event";

/**
 * Extends the answer deadline by two months (GDPR art. 12(3)). The requester must be told, with the
 * reasons, within the first month, so this refuses once the first month (legalDue) has passed.
 */
export async function extendCase(
  db: DbOrTx, caseId: number, input: { reason: string; actor: string; now: Date },
): Promise<{ extendedDue: string }> {
  const reason = input.reason.trim();
  if (!reason) throw new CaseRuleError("reason_required", "Oppgi en begrunnelse for forlengelsen / give the reason for the extension");
  return inTransaction(db, async (tx) => {
    const row = await loadCase(tx, caseId);
    if (row.status === "answered" || row.status === "closed")
      throw new CaseRuleError("not_open", `Sak ${caseId} er ${row.status === "closed" ? "lukket" : "besvart"} / case ${caseId} is ${row.status}`);
    if (row.extendedDue !== null)
      throw new CaseRuleError("already_extended", `Sak ${caseId} er allerede forlenget til ${row.extendedDue} / case ${caseId} is already extended`);
    const today = receivedDate(input.now);
    if (today > row.legalDue)
      throw new CaseRuleError("too_late",
        `For sent å forlenge sak ${caseId}: den første måneden gikk ut ${row.legalDue} / too late to extend case ${caseId}: the first month ended ${row.legalDue}`);
    const { closed } = await pausesOf(tx, caseId);
    const deadlines = computeDeadlines(row.receivedAt, { pauses: closed, extended: true });
    await tx.case.update({ where: { id: caseId }, data: { extendedDue: deadlines.extendedDue, due: deadlines.due, status: "extended" } });
    await recordEvent(tx, caseId, {
      actor: input.actor, type: "extended", at: input.now,
      detail: { reason, previousDue: row.due, extendedDue: deadlines.extendedDue, previousStatus: row.status },
    });
    return { extendedDue: deadlines.extendedDue };
  });
}
