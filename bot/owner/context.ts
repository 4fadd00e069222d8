import { lockCase } from "../../triage/cases";
import type { ChatChannel, OutgoingMessage } from "../core/messages";
import type { CoreDeps, Tx } from "../core/ports";
import { currentDraft, problemsOf, type CaseRow } from "./draft-store";
import { caseCard } from "./card";
import { attachmentsOf } from "./attachments";
import { todoOf } from "./todo-list";
import { pendingExtension } from "../../triage/cases";

/** Everything an owner action needs: the open transaction, the deps, and where the owner is. */
export interface OwnerContext {
  tx: Tx;
  deps: CoreDeps;
  channel: ChatChannel;
  conversationId: string;
  userId: string;
  actor: string;
  now: Date;
}

export interface OwnerResult {
  replies: OutgoingMessage[];
  /** Something went into the outbox: wake the worker after commit. */
  enqueued?: boolean;
}

export function say(ctx: OwnerContext, text: string, extra: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return { channel: ctx.channel, conversationId: ctx.conversationId, text, ...extra };
}

/** The case an owner action is about, locked until the action's transaction ends: parallel taps act one at a time. */
export async function findCase(ctx: OwnerContext, caseId: number): Promise<CaseRow | undefined> {
  if (!(await lockCase(ctx.tx, caseId))) return undefined;
  return (await ctx.tx.case.findUnique({ where: { id: caseId } })) ?? undefined;
}

export const notFound = (ctx: OwnerContext, caseId: number): OwnerResult => ({ replies: [say(ctx, `Fant ingen sak med nummer ${caseId}.`)] });

/** The case's card, fresh from the database, for the owner who is acting. */
export async function cardReply(ctx: OwnerContext, caseId: number, heading: string): Promise<OutgoingMessage> {
  const row = await ctx.tx.case.findUniqueOrThrow({ where: { id: caseId } });
  const draft = await currentDraft(ctx.tx, row, ctx.deps);
  const todo = await todoOf(ctx.tx, row, ctx.deps);
  const extension = await pendingExtension(ctx.tx, caseId);
  const attachments = await attachmentsOf(ctx.tx, caseId);
  return say(ctx, "", caseCard(row, draft, draft.sent ? [] : problemsOf(row, draft, ctx.deps), ctx.now, heading, todo, extension, attachments));
}
