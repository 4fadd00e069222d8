import { assertExtensionNoticeAllowed, pauseClock, queueExtensionNotice, setStatus } from "../../triage/cases";
import { longDate } from "../drafts";
import { cardReply, findCase, notFound, say, type OwnerContext, type OwnerResult } from "./context";
import { baseDraft, currentDraft, markDraftSent, prepareDraft, problemsOf } from "./draft-store";
import { isOpen } from "./card";
import { replyMessages } from "./outgoing-reply";
import { PURPOSE_LABEL } from "./labels";
import { openTodoQuestion } from "./todo";
import { attachmentsOf } from "./attachments";

/**
 * "Godkjenn og send": puts the current draft in the outbox once, whatever number of taps, then moves the case
 * on according to what the draft was for.
 */
export async function approveDraft(ctx: OwnerContext, caseId: number, revision?: number): Promise<OwnerResult> {
  const row = await findCase(ctx, caseId);
  if (!row) return notFound(ctx, caseId);
  if (!isOpen(row)) return { replies: [say(ctx, `Sak ${caseId} er allerede ${row.status === "closed" ? "lukket" : "besvart"}. Ingenting ble sendt.`)] };
  const draft = await currentDraft(ctx.tx, row, ctx.deps);
  if (draft.sent || (revision !== undefined && revision !== draft.revision))
    return { replies: [say(ctx, `Utkastet i sak ${caseId} er allerede godkjent og sendt.`)] };
  const problems = problemsOf(row, draft, ctx.deps);
  if (problems.length > 0)
    return { replies: [say(ctx, `Sak ${caseId} ble ikke sendt. Rett dette først (trykk «Rediger»):\n${problems.map((problem) => `- ${problem.message}`).join("\n")}`)] };

  const question = await openTodoQuestion(ctx, row, draft);
  if (question) return question;

  const extension = draft.purpose === "extension" ? await assertExtensionNoticeAllowed(ctx.tx, caseId, ctx.now) : undefined;
  // The first message is the draft itself; a chat visitor answered by e-mail also gets a note in the chat.
  const attachmentIds = (await attachmentsOf(ctx.tx, caseId)).map((attachment) => attachment.id);
  const [answer, ...notes] = replyMessages(row, draft, ctx.now, attachmentIds);
  const { id: outboxId, created } = await ctx.deps.outbox.enqueue(ctx.tx, answer!);
  // A tap racing another on the same draft finds its message already queued: the other tap sent it.
  if (!created) return { replies: [say(ctx, `Utkastet i sak ${caseId} er allerede godkjent og sendt.`)] };
  for (const note of notes) await ctx.deps.outbox.enqueue(ctx.tx, note);
  await markDraftSent(ctx.tx, caseId, draft, outboxId, ctx.actor, ctx.now);

  switch (draft.purpose) {
    case "reply":
      await setStatus(ctx.tx, caseId, "answered", { actor: ctx.actor, now: ctx.now });
      break;
    case "refusal":
      await setStatus(ctx.tx, caseId, "closed", { actor: ctx.actor, note: "avslag sendt", now: ctx.now });
      break;
    case "identity":
      await ctx.tx.case.update({ where: { id: caseId }, data: { identityStatus: "requested" } });
      await pauseClock(ctx.tx, caseId, { kind: "identity", actor: ctx.actor, now: ctx.now, reason: "venter på bekreftet identitet" });
      break;
    case "extension":
      // The dates move when the notice has been sent (the outbox worker tells the case), not now.
      await queueExtensionNotice(ctx.tx, caseId, { outboxId, actor: ctx.actor, now: ctx.now });
      break;
    case "acknowledgement":
      break;
  }
  const after = await ctx.tx.case.findUniqueOrThrow({ where: { id: caseId } });
  const moves = extension ? ` Fristen flyttes til ${longDate(extension.extendedDue, "nb")} når varselet er sendt.` : "";
  const replies = [say(ctx, `Sendt til køen: ${PURPOSE_LABEL[draft.purpose]} i sak ${caseId}.${moves}`)];
  if (isOpen(after)) {
    const next = await baseDraft(ctx.tx, after, ctx.deps);
    await prepareDraft(ctx.tx, after, { ...next, actor: "system", now: ctx.now });
    replies.push(await cardReply(ctx, caseId, "Neste steg"));
  }
  return { replies, enqueued: true };
}
