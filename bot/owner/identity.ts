import { resumeClock } from "../../triage/cases";
import { pausesOf } from "../../triage/cases/clock";
import { promisedDaysOf } from "../../triage/deadlines";
import { identityRequestDraft } from "../drafts";
import { cardReply, findCase, notFound, say, type OwnerContext, type OwnerResult } from "./context";
import { draftCaseOf, prepareDraft } from "./draft-store";
import { isOpen } from "./card";

/** Drafts a request to confirm identity; the clock pauses once it is sent. */
export async function requestIdentity(ctx: OwnerContext, caseId: number): Promise<OwnerResult> {
  const row = await findCase(ctx, caseId);
  if (!row) return notFound(ctx, caseId);
  if (!isOpen(row)) return { replies: [say(ctx, `Sak ${caseId} er ikke åpen.`)] };
  if (row.identityStatus !== "unverified")
    return { replies: [say(ctx, `Identiteten i sak ${caseId} er allerede ${row.identityStatus === "verified" ? "bekreftet" : "etterspurt"}.`)] };
  const text = identityRequestDraft(draftCaseOf(row), { businessName: ctx.deps.business.name });
  await prepareDraft(ctx.tx, row, { purpose: "identity", text, actor: ctx.actor, now: ctx.now });
  return { replies: [await cardReply(ctx, caseId, "Utkast: be om bekreftet identitet")] };
}

/** The requester has shown who they are: the clock runs again and the dates move by the paused days. */
export async function markIdentityVerified(ctx: OwnerContext, caseId: number): Promise<OwnerResult> {
  const row = await findCase(ctx, caseId);
  if (!row) return notFound(ctx, caseId);
  await ctx.tx.case.update({ where: { id: caseId }, data: { identityStatus: "verified" } });
  await ctx.tx.caseEvent.create({ data: { caseId, actor: ctx.actor, type: "identity_verified", at: ctx.now } });
  const paused = (await pausesOf(ctx.tx, caseId)).openSince !== undefined;
  const moved = paused ? await resumeClock(ctx.tx, caseId, { actor: ctx.actor, now: ctx.now, promisedDays: promisedDaysOf(ctx.deps.business.knowledge) }) : undefined;
  const note = moved ? ` Klokken går igjen; ny frist ${moved.due}.` : "";
  return { replies: [say(ctx, `Identiteten i sak ${caseId} er bekreftet.${note}`), await cardReply(ctx, caseId, "Oppdatert")] };
}
