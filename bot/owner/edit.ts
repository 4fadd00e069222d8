import { promisesAnswer } from "../drafts/check";
import { cardReply, findCase, notFound, say, type OwnerContext, type OwnerResult } from "./context";
import { currentDraft, prepareDraft } from "./draft-store";
import { isOpen } from "./card";

/** The owner's own text replaces the draft (same purpose, next revision); a new card shows it. */
export async function replaceDraft(ctx: OwnerContext, caseId: number, text: string): Promise<OwnerResult> {
  const row = await findCase(ctx, caseId);
  if (!row) return notFound(ctx, caseId);
  if (!isOpen(row)) return { replies: [say(ctx, `Sak ${caseId} er ikke åpen, så utkastet kan ikke endres.`)] };
  const draft = await currentDraft(ctx.tx, row, ctx.deps);
  await prepareDraft(ctx.tx, row, { purpose: draft.purpose, text: text.trim(), actor: ctx.actor, now: ctx.now, ...(draft.due ? { due: draft.due } : {}) });
  const card = await cardReply(ctx, caseId, "Nytt utkast");
  if (draft.purpose !== "acknowledgement" || promisesAnswer(text)) return { replies: [card] };
  // A receipt that promises nothing later may be the answer itself ("we have deleted your data"): the owner says so.
  const offer = say(ctx, `Teksten lover ikke noe svar senere. Er den svaret i sak ${caseId}, trykk «Send som svar»: da blir saken besvart når du godkjenner.`, {
    buttons: [[{ label: "Send som svar", data: `as_answer:${caseId}` }]],
  });
  return { replies: [card, offer] };
}

/** The waiting receipt is the answer itself: the same text becomes the reply, so approving it answers the case. */
export async function draftIsAnswer(ctx: OwnerContext, caseId: number): Promise<OwnerResult> {
  const row = await findCase(ctx, caseId);
  if (!row) return notFound(ctx, caseId);
  if (!isOpen(row)) return { replies: [say(ctx, `Sak ${caseId} er ikke åpen.`)] };
  const draft = await currentDraft(ctx.tx, row, ctx.deps);
  if (draft.sent || draft.purpose !== "acknowledgement") return { replies: [say(ctx, `Utkastet i sak ${caseId} er ikke en kvittering som venter.`)] };
  await prepareDraft(ctx.tx, row, { purpose: "reply", text: draft.text, actor: ctx.actor, now: ctx.now });
  return { replies: [await cardReply(ctx, caseId, "Utkastet sendes som svar")] };
}
