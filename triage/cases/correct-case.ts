import type { Category, Language, Right } from "../types";
import { inTransaction, type DbOrTx } from "./db";
import { CaseRuleError } from "./errors";
import { loadCase } from "./load-case";
import { rightsOf, rightsText } from "./normalise";
import { recordEvent } from "./record-event";

export const CORRECTED = "classification_corrected";

export interface CaseClassification {
  category: Exclude<Category, "automated">;
  rights: Right[];
  language: Language;
}

/**
 * The owner corrects what the classifier got wrong. The event keeps both the classifier's answer and the
 * owner's, with the classifier's confidence, so corrections can later serve as labelled examples.
 * Only a rights request has rights: another category drops them.
 */
export async function correctClassification(
  db: DbOrTx, caseId: number, change: Partial<CaseClassification>, by: { actor: string; now: Date },
): Promise<{ from: CaseClassification; to: CaseClassification; changed: boolean }> {
  return inTransaction(db, async (tx) => {
    const row = await loadCase(tx, caseId);
    const from: CaseClassification = { category: row.category as CaseClassification["category"], rights: rightsOf(row.rights), language: row.language as Language };
    const category = change.category ?? (change.rights?.length ? "rights_request" : from.category);
    const rights = category === "rights_request" ? rightsOf(rightsText(change.rights ?? from.rights)) : [];
    if (category === "rights_request" && rights.length === 0)
      throw new CaseRuleError("rights_required", `En forespørsel om rettigheter må gjelde minst én rettighet. Skriv for eksempel /endre ${caseId} rettigheter=innsyn.`);
    const to: CaseClassification = { category, rights, language: change.language ?? from.language };
    const changed = to.category !== from.category || rightsText(to.rights) !== rightsText(from.rights) || to.language !== from.language;
    if (!changed) return { from, to, changed };
    await tx.case.update({ where: { id: caseId }, data: { category: to.category, rights: rightsText(to.rights), language: to.language } });
    await recordEvent(tx, caseId, {
      actor: by.actor, type: CORRECTED, at: by.now,
      detail: { from, to, classifierConfidence: row.confidence, subject: row.subject },
    });
    return { from, to, changed };
  });
}
