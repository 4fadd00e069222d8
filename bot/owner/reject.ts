import { setStatus } from "../../triage/cases";
import { refusalDraft } from "../drafts";
import { cardReply, findCase, notFound, say, type OwnerContext, type OwnerResult } from "./context";
import { draftCaseOf, prepareDraft } from "./draft-store";
import { isOpen } from "./card";

const CLOSE_WORDS = /^\s*(lukk|close|-)\s*$/i;

/** Without reasons: closes the case (recorded). With reasons: drafts a refusal that names them and how to complain. */
export async function rejectCase(ctx: OwnerContext, caseId: number, reasons?: string): Promise<OwnerResult> {
  const row = await findCase(ctx, caseId);
  if (!row) return notFound(ctx, caseId);
  if (!isOpen(row)) return { replies: [say(ctx, `Sak ${caseId} er allerede ${row.status === "closed" ? "lukket" : "besvart"}.`)] };
  if (!reasons || CLOSE_WORDS.test(reasons)) {
    await setStatus(ctx.tx, caseId, "closed", { actor: ctx.actor, note: "lukket uten svar", now: ctx.now });
    return { replies: [say(ctx, `Sak ${caseId} er lukket uten svar.`)] };
  }
  const text = refusalDraft(draftCaseOf(row), { businessName: ctx.deps.business.name }, { reasons });
  await prepareDraft(ctx.tx, row, { purpose: "refusal", text, actor: ctx.actor, now: ctx.now });
  return { replies: [await cardReply(ctx, caseId, "Utkast til avslag")] };
}
