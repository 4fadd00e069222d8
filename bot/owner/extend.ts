import { prepareExtension } from "../../triage/cases";
import { extensionNoticeDraft, longDate } from "../drafts";
import { cardReply, findCase, notFound, say, type OwnerContext, type OwnerResult } from "./context";
import { draftCaseOf, prepareDraft } from "./draft-store";

/**
 * Drafts the notice that tells the requester why we need two more months (art. 12(3)). The deadline moves only
 * once the notice has been approved and sent; until then the first month's date stands.
 */
export async function extendDeadline(ctx: OwnerContext, caseId: number, reason: string): Promise<OwnerResult> {
  const row = await findCase(ctx, caseId);
  if (!row) return notFound(ctx, caseId);
  const { extendedDue } = await prepareExtension(ctx.tx, caseId, { reason, actor: ctx.actor, now: ctx.now });
  const text = extensionNoticeDraft(draftCaseOf(row), { businessName: ctx.deps.business.name }, { reason, newDue: extendedDue });
  await prepareDraft(ctx.tx, row, { purpose: "extension", text, actor: ctx.actor, now: ctx.now, due: extendedDue });
  return {
    replies: [
      say(ctx, `Varselet om forlenget frist i sak ${caseId} er klart. Fristen er fortsatt ${longDate(row.due, "nb")}: `
        + `den flyttes til ${longDate(extendedDue, "nb")} først når du har godkjent varselet og det er sendt.`),
      await cardReply(ctx, caseId, "Utkast: varsel om forlenget frist"),
    ],
  };
}
