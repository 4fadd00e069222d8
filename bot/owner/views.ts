import { getCase, listCases, pendingExtensions } from "../../triage/cases";
import { cardReply, notFound, say, type OwnerContext, type OwnerResult } from "./context";
import { caseListText, digestText, type ListedCase } from "./digest";
import { HELP_TEXT } from "./commands";
import { historyLine } from "./history";

/** Open cases, each with the extension it waits on. */
async function openCases(ctx: OwnerContext): Promise<ListedCase[]> {
  const cases = await listCases(ctx.tx, { openOnly: true, now: ctx.now });
  const pending = await pendingExtensions(ctx.tx, cases.map((c) => c.id));
  return cases.map((c) => ({ ...c, extension: pending.get(c.id) }));
}

export async function showOpenCases(ctx: OwnerContext): Promise<OwnerResult> {
  return { replies: [say(ctx, caseListText(await openCases(ctx)))] };
}

export async function showDigest(ctx: OwnerContext): Promise<OwnerResult> {
  return { replies: [say(ctx, digestText(await openCases(ctx)))] };
}

export function showHelp(ctx: OwnerContext): OwnerResult {
  return { replies: [say(ctx, HELP_TEXT)] };
}

/** One case: its card (with buttons) and its history. */
export async function showCase(ctx: OwnerContext, caseId: number): Promise<OwnerResult> {
  const detail = await getCase(ctx.tx, caseId, ctx.now);
  if (!detail) return notFound(ctx, caseId);
  return { replies: [await cardReply(ctx, caseId, "Sak"), say(ctx, [`Historikk for sak ${caseId} (norsk tid):`, ...detail.events.map(historyLine)].join("\n"))] };
}
