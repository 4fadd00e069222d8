import { recordEvent, setStatus } from "../../triage/cases";
import { refusalDraft } from "../drafts";
import { cardReply, findCase, notFound, say, type OwnerContext, type OwnerResult } from "./context";
import { draftCaseOf, prepareDraft } from "./draft-store";
import { isOpen } from "./card";
import { STATUS_LABEL } from "./labels";

/** Words that confirm closing without a reply: "/avvis 12 ja", or "lukk" after tapping «Avvis/lukk». */
const CLOSE_WORDS = /^\s*(ja|yes|bekreft|confirm|lukk|close|-)\s*[.!]?\s*$/i;
const CLOSED_WITHOUT_REPLY = "lukket uten svar";

/**
 * Without reasons: asks before closing the case without a reply. With a confirming word: closes it. With
 * reasons: drafts a refusal that names them and how to complain.
 */
export async function rejectCase(ctx: OwnerContext, caseId: number, reasons?: string): Promise<OwnerResult> {
  if (!reasons) return confirmClose(ctx, caseId);
  if (CLOSE_WORDS.test(reasons)) return closeCase(ctx, caseId);
  const row = await findCase(ctx, caseId);
  if (!row) return notFound(ctx, caseId);
  if (!isOpen(row)) return alreadyDone(ctx, row);
  const text = refusalDraft(draftCaseOf(row), { businessName: ctx.deps.business.name }, { reasons });
  await prepareDraft(ctx.tx, row, { purpose: "refusal", text, actor: ctx.actor, now: ctx.now });
  return { replies: [await cardReply(ctx, caseId, "Utkast til avslag")] };
}

function alreadyDone(ctx: OwnerContext, row: { id: number; status: string }): OwnerResult {
  return { replies: [say(ctx, `Sak ${row.id} er allerede ${row.status === "closed" ? "lukket" : "besvart"}.`)] };
}

/** The question before a case is closed without a word to the requester. */
export async function confirmClose(ctx: OwnerContext, caseId: number): Promise<OwnerResult> {
  const row = await findCase(ctx, caseId);
  if (!row) return notFound(ctx, caseId);
  if (!isOpen(row)) return alreadyDone(ctx, row);
  const text = [
    `Vil du lukke sak ${caseId} uten å svare? Den som spurte får ingen beskjed.`,
    `Bekreft med «/avvis ${caseId} ja» eller knappen «Lukk uten svar».`,
    `Vil du heller sende et begrunnet avslag, skriv «/avvis ${caseId} <grunn>».`,
  ].join("\n");
  return { replies: [say(ctx, text, { buttons: [[{ label: "Lukk uten svar", data: `close:${caseId}` }, { label: "Skriv avslag", data: `reject:${caseId}` }]] })] };
}

export async function closeCase(ctx: OwnerContext, caseId: number): Promise<OwnerResult> {
  const row = await findCase(ctx, caseId);
  if (!row) return notFound(ctx, caseId);
  if (!isOpen(row)) return alreadyDone(ctx, row);
  await setStatus(ctx.tx, caseId, "closed", { actor: ctx.actor, note: CLOSED_WITHOUT_REPLY, now: ctx.now });
  return {
    replies: [say(ctx, `Sak ${caseId} er lukket uten svar. Angre med «/gjenåpne ${caseId}».`, { buttons: [[{ label: "Angre (åpne igjen)", data: `reopen:${caseId}` }]] })],
  };
}

/** Undoes a close without a reply: the case gets the status it had before. */
export async function reopenCase(ctx: OwnerContext, caseId: number): Promise<OwnerResult> {
  const row = await findCase(ctx, caseId);
  if (!row) return notFound(ctx, caseId);
  if (row.status !== "closed") return { replies: [say(ctx, `Sak ${caseId} er ikke lukket (${STATUS_LABEL[row.status] ?? row.status}).`)] };
  const closing = (await ctx.tx.caseEvent.findMany({ where: { caseId, type: "status_changed" }, orderBy: { id: "desc" }, take: 1 }))[0];
  const detail = JSON.parse(closing?.detail ?? "{}") as { from?: string; to?: string; note?: string };
  if (detail.to !== "closed" || detail.note !== CLOSED_WITHOUT_REPLY)
    return { replies: [say(ctx, `Sak ${caseId} ble lukket etter et svar eller avslag og kan ikke åpnes igjen her.`)] };
  const status = detail.from && detail.from !== "closed" ? detail.from : "awaiting_approval";
  // Written directly: "extended" is a status setStatus will not set, and the case had it before.
  await ctx.tx.case.update({ where: { id: caseId }, data: { status } });
  await recordEvent(ctx.tx, caseId, { actor: ctx.actor, type: "status_changed", at: ctx.now, detail: { from: "closed", to: status, note: "åpnet igjen" } });
  return { replies: [say(ctx, `Sak ${caseId} er åpen igjen.`), await cardReply(ctx, caseId, "Åpnet igjen")] };
}
