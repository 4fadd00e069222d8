import { getCase, listCases } from "../../triage/cases";
import { cardReply, notFound, say, type OwnerContext, type OwnerResult } from "./context";
import { caseListText, digestText } from "./digest";
import { HELP_TEXT } from "./commands";
import { osloDateTime } from "./labels";

export async function showOpenCases(ctx: OwnerContext): Promise<OwnerResult> {
  return { replies: [say(ctx, caseListText(await listCases(ctx.tx, { openOnly: true, now: ctx.now })))] };
}

export async function showDigest(ctx: OwnerContext): Promise<OwnerResult> {
  return { replies: [say(ctx, digestText(await listCases(ctx.tx, { openOnly: true, now: ctx.now })))] };
}

export function showHelp(ctx: OwnerContext): OwnerResult {
  return { replies: [say(ctx, HELP_TEXT)] };
}

/** One case: its card (with buttons) and its history. */
export async function showCase(ctx: OwnerContext, caseId: number): Promise<OwnerResult> {
  const detail = await getCase(ctx.tx, caseId, ctx.now);
  if (!detail) return notFound(ctx, caseId);
  const history = detail.events.map((event) => {
    const note = typeof event.detail.reason === "string" ? ` – ${event.detail.reason}` : typeof event.detail.note === "string" ? ` – ${event.detail.note}` : "";
    return `${osloDateTime(event.at)} ${event.type} (${event.actor})${note}`;
  });
  return { replies: [await cardReply(ctx, caseId, "Sak"), say(ctx, [`Historikk for sak ${caseId}:`, ...history].join("\n"))] };
}
