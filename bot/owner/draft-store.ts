// The draft a case waits with lives in Case.draft; what it is for and its revision live in the case's events.
import { dropPendingExtension, setStatus } from "../../triage/cases";
import { rightsOf } from "../../triage/cases/normalise";
import type { Language } from "../../triage/types";
import { attachmentsOf } from "./attachments";
import { checkDraft, initialDraft, withCopyAttached, type DraftCase, type DraftProblem, type DraftPurpose } from "../drafts";
import type { CoreDeps, Tx } from "../core/ports";

export type CaseRow = Awaited<ReturnType<Tx["case"]["findUniqueOrThrow"]>>;
export type DraftDeps = Pick<CoreDeps, "qa" | "business" | "clock">;

export const DRAFT_PREPARED = "draft_prepared";
export const DRAFT_SENT = "draft_sent";

export interface CurrentDraft {
  purpose: DraftPurpose;
  revision: number;
  text: string;
  sent: boolean;
  /** Who wrote this revision: "system" for a drafted one, the owner for their own text. */
  actor: string;
  /** The date the draft must promise, where it is not the case's due date (an extension notice's new date). */
  due?: string;
}

export function draftCaseOf(row: CaseRow): DraftCase {
  return {
    id: row.id, category: row.category, rights: rightsOf(row.rights), language: row.language as Language, channel: row.channel,
    fromName: row.fromName, receivedAt: row.receivedAt, due: row.due, extendedDue: row.extendedDue, text: `${row.subject}\n${row.body}`,
  };
}

interface DraftDetail { purpose?: DraftPurpose; revision?: number; due?: string }

function detailOf(detail: string): DraftDetail {
  try { return JSON.parse(detail) as DraftDetail; } catch { return {}; }
}

async function draftEvents(tx: Tx, caseId: number) {
  const events = await tx.caseEvent.findMany({ where: { caseId, type: { in: [DRAFT_PREPARED, DRAFT_SENT] } }, orderBy: { id: "asc" } });
  return events.map((event) => ({ type: event.type, actor: event.actor, ...detailOf(event.detail) }));
}

/** Records a new draft for the owner to approve; returns its revision (1, 2, …). */
export async function prepareDraft(
  tx: Tx, row: CaseRow, draft: { purpose: DraftPurpose; text: string; actor: string; now: Date; due?: string },
): Promise<number> {
  if (draft.purpose !== "extension") await dropPendingExtension(tx, row.id, { actor: draft.actor, now: draft.now, why: "et annet utkast erstattet varselet" });
  const revision = (await draftEvents(tx, row.id)).filter((event) => event.type === DRAFT_PREPARED).length + 1;
  await tx.case.update({ where: { id: row.id }, data: { draft: draft.text } });
  if (row.status === "new") await setStatus(tx, row.id, "awaiting_approval", { actor: "system", now: draft.now });
  await tx.caseEvent.create({
    data: { caseId: row.id, actor: draft.actor, type: DRAFT_PREPARED, at: draft.now, detail: JSON.stringify({ purpose: draft.purpose, revision, ...(draft.due ? { due: draft.due } : {}) }) },
  });
  return revision;
}

export async function markDraftSent(tx: Tx, caseId: number, draft: CurrentDraft, outboxId: number, actor: string, now: Date): Promise<void> {
  await tx.caseEvent.create({
    data: { caseId, actor, type: DRAFT_SENT, at: now, detail: JSON.stringify({ purpose: draft.purpose, revision: draft.revision, outboxId }) },
  });
}

export async function wasAcknowledged(tx: Tx, caseId: number): Promise<boolean> {
  return (await draftEvents(tx, caseId)).some((event) => event.type === DRAFT_SENT && event.purpose === "acknowledgement");
}

/** The draft the case's next step would start from, given what has gone out. */
export async function baseDraft(tx: Tx, row: CaseRow, deps: DraftDeps): Promise<{ purpose: DraftPurpose; text: string }> {
  const draft = initialDraft(draftCaseOf(row), { businessName: deps.business.name, knowledge: deps.business.knowledge }, {
    acknowledged: await wasAcknowledged(tx, row.id), question: row.body, ask: (question) => deps.qa.ask(question),
  });
  if (draft.purpose !== "reply") return draft;
  // A copy the owner attached before the reply was drafted fills its gap at once.
  const names = (await attachmentsOf(tx, row.id)).map((attachment) => attachment.fileName);
  return { ...draft, text: withCopyAttached(draft.text, names, row.language as Language) };
}

/** The case's current draft, preparing the first one if the case has none yet. */
export async function currentDraft(tx: Tx, row: CaseRow, deps: DraftDeps): Promise<CurrentDraft> {
  const events = await draftEvents(tx, row.id);
  const last = events.filter((event) => event.type === DRAFT_PREPARED).at(-1);
  if (!last?.revision || !last.purpose) {
    const first = await baseDraft(tx, row, deps);
    const revision = await prepareDraft(tx, row, { ...first, actor: "system", now: deps.clock() });
    return { ...first, revision, sent: false, actor: "system" };
  }
  const sent = events.some((event) => event.type === DRAFT_SENT && event.revision === last.revision);
  return { purpose: last.purpose, revision: last.revision, text: row.draft, sent, actor: last.actor, ...(last.due ? { due: last.due } : {}) };
}

export function problemsOf(row: CaseRow, draft: { purpose: DraftPurpose; text: string; due?: string }, deps: Pick<CoreDeps, "business">): DraftProblem[] {
  return checkDraft(draft.text, {
    purpose: draft.purpose, language: row.language as Language, receivedAt: row.receivedAt, due: draft.due ?? row.due,
    requesterAddress: row.fromAddress, ownAddresses: deps.business.contactEmail ? [deps.business.contactEmail] : [],
    identityStatus: row.identityStatus, category: row.category,
  });
}
