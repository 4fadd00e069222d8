import { extendCase } from "../../triage/cases";
import { extensionNoticeDraft } from "../drafts";
import { cardReply, findCase, notFound, type OwnerContext, type OwnerResult } from "./context";
import { draftCaseOf, prepareDraft } from "./draft-store";

/** Extends the deadline by two months (art. 12(3)) and drafts the notice that tells the requester why. */
export async function extendDeadline(ctx: OwnerContext, caseId: number, reason: string): Promise<OwnerResult> {
  const row = await findCase(ctx, caseId);
  if (!row) return notFound(ctx, caseId);
  const { extendedDue } = await extendCase(ctx.tx, caseId, { reason, actor: ctx.actor, now: ctx.now });
  const extended = await ctx.tx.case.findUniqueOrThrow({ where: { id: caseId } });
  const text = extensionNoticeDraft(draftCaseOf(extended), { businessName: ctx.deps.business.name }, { reason, newDue: extendedDue });
  await prepareDraft(ctx.tx, extended, { purpose: "extension", text, actor: ctx.actor, now: ctx.now });
  return { replies: [await cardReply(ctx, caseId, "Fristen er forlenget – varselet må sendes")] };
}
