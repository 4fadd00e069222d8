import { extendedDueOf, receivedDate } from "../deadlines";
import { inTransaction, type DbOrTx } from "./db";
import { CaseRuleError } from "./errors";
import { loadCase } from "./load-case";
import { pausesOf } from "./clock";
import { recordEvent } from "./record-event";

/** The reason the requester will be told, required. */
export function extensionReason(text: string): string {
  const reason = text.trim();
  if (!reason) throw new CaseRuleError("reason_required", "Oppgi en begrunnelse for forlengelsen / give the reason for the extension");
  return reason;
}

type ExtensibleRow = { id: number; status: string; category: string; extendedDue: string | null; legalDue: string };

/**
 * A case can be extended while open, once, and only within the first month (the requester must be told by
 * then). `rightsRequestOnly`: art. 12(3) speaks of requests under arts. 15–22, not complaints or questions.
 */
export function assertCanExtend(row: ExtensibleRow, now: Date, options: { rightsRequestOnly?: boolean } = {}): void {
  if (row.status === "answered" || row.status === "closed")
    throw new CaseRuleError("not_open", `Sak ${row.id} er ${row.status === "closed" ? "lukket" : "besvart"} / case ${row.id} is ${row.status}`);
  if (options.rightsRequestOnly && row.category !== "rights_request")
    throw new CaseRuleError("not_a_rights_request",
      `Sak ${row.id} er ${row.category === "complaint" ? "en klage" : "et spørsmål"}: bare forespørsler om rettigheter kan forlenges etter art. 12 nr. 3. `
      + `Er sorteringen feil, rett den med /endre ${row.id} kategori=rettigheter.`);
  if (row.extendedDue !== null)
    throw new CaseRuleError("already_extended", `Sak ${row.id} er allerede forlenget til ${row.extendedDue} / case ${row.id} is already extended`);
  if (receivedDate(now) > row.legalDue)
    throw new CaseRuleError("too_late",
      `For sent å forlenge sak ${row.id}: den første måneden gikk ut ${row.legalDue} / too late to extend case ${row.id}: the first month ended ${row.legalDue}`);
}

/**
 * Extends the answer deadline by two months (GDPR art. 12(3)). The requester must be told, with the
 * reasons, within the first month, so this refuses once the first month (legalDue) has passed.
 * The owner's path goes through ./extension.ts, which calls this once the notice has been sent.
 */
export async function extendCase(
  db: DbOrTx, caseId: number, input: { reason: string; actor: string; now: Date },
): Promise<{ extendedDue: string }> {
  const reason = extensionReason(input.reason);
  return inTransaction(db, async (tx) => {
    const row = await loadCase(tx, caseId);
    assertCanExtend(row, input.now);
    const { closed } = await pausesOf(tx, caseId);
    const extendedDue = extendedDueOf(row.receivedAt, closed);
    await tx.case.update({ where: { id: caseId }, data: { extendedDue, due: extendedDue, status: "extended" } });
    await recordEvent(tx, caseId, {
      actor: input.actor, type: "extended", at: input.now,
      detail: { reason, previousDue: row.due, extendedDue, previousStatus: row.status },
    });
    return { extendedDue };
  });
}
