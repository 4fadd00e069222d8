import { cardReply, findCase, notFound, say, type OwnerContext, type OwnerResult } from "./context";
import { currentDraft, prepareDraft } from "./draft-store";
import { isOpen } from "./card";

/** The owner's own text replaces the draft (same purpose, next revision); a new card shows it. */
export async function replaceDraft(ctx: OwnerContext, caseId: number, text: string): Promise<OwnerResult> {
  const row = await findCase(ctx, caseId);
  if (!row) return notFound(ctx, caseId);
  if (!isOpen(row)) return { replies: [say(ctx, `Sak ${caseId} er ikke åpen, så utkastet kan ikke endres.`)] };
  const draft = await currentDraft(ctx.tx, row, ctx.deps);
  await prepareDraft(ctx.tx, row, { purpose: draft.purpose, text: text.trim(), actor: ctx.actor, now: ctx.now });
  return { replies: [await cardReply(ctx, caseId, "Nytt utkast")] };
}
