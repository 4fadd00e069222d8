import { promisesAnswer } from "../drafts/check";
import { cardReply, findCase, notFound, say, type OwnerContext, type OwnerResult } from "./context";
import { currentDraft, prepareDraft } from "./draft-store";
import { isOpen } from "./card";

/**
 * The owner's own text replaces the draft (next revision); a new card shows it. A receipt the owner rewrites
 * into an answer that promises nothing later ("we have deleted your data") is the answer itself: it is sent
 * as the reply, and approving it answers the case.
 */
export async function replaceDraft(ctx: OwnerContext, caseId: number, text: string): Promise<OwnerResult> {
  const row = await findCase(ctx, caseId);
  if (!row) return notFound(ctx, caseId);
  if (!isOpen(row)) return { replies: [say(ctx, `Sak ${caseId} er ikke åpen, så utkastet kan ikke endres.`)] };
  const draft = await currentDraft(ctx.tx, row, ctx.deps);
  const answersNow = draft.purpose === "acknowledgement" && !promisesAnswer(text);
  await prepareDraft(ctx.tx, row, { purpose: answersNow ? "reply" : draft.purpose, text: text.trim(), actor: ctx.actor, now: ctx.now, ...(draft.due ? { due: draft.due } : {}) });
  const card = await cardReply(ctx, caseId, "Nytt utkast");
  if (!answersNow) return { replies: [card] };
  const note = say(ctx, `Teksten lover ikke noe svar senere, så den sendes som svaret i sak ${caseId}, og saken blir besvart når du godkjenner. `
    + "Skal den være en kvittering, ta med når du svarer senest.");
  return { replies: [note, card] };
}
