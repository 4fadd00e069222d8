import type { DbOrTx } from "./db";
import { CaseNotFoundError } from "./errors";

export async function loadCase(tx: DbOrTx, caseId: number) {
  const found = await tx.case.findUnique({ where: { id: caseId } });
  if (!found) throw new CaseNotFoundError(caseId);
  return found;
}
