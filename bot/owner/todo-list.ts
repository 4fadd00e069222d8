// The owner's to-do list on a card: derived from the knowledge base and the case, ticks kept as case events.
import { finalReply } from "../drafts";
import type { CoreDeps, Tx } from "../core/ports";
import { draftCaseOf, type CaseRow } from "./draft-store";

export const TODO_TICKED = "todo_ticked";
export const TODO_CONFIRM_ASKED = "todo_confirm_asked";

export interface TodoEntry {
  text: string;
  done: boolean;
}

export function eventDetail(detail: string): Record<string, unknown> {
  try { return JSON.parse(detail) as Record<string, unknown>; } catch { return {}; }
}

/** The case's to-do items in order, each ticked or not; a tick belongs to the item's text, so a changed list keeps what still applies. */
export async function todoOf(tx: Tx, row: CaseRow, deps: Pick<CoreDeps, "business">): Promise<TodoEntry[]> {
  if (row.category !== "rights_request") return [];
  const items = finalReply(draftCaseOf(row), { businessName: deps.business.name, knowledge: deps.business.knowledge }).todo;
  if (items.length === 0) return [];
  const done = new Map<string, boolean>();
  for (const event of await tx.caseEvent.findMany({ where: { caseId: row.id, type: TODO_TICKED }, orderBy: { id: "asc" } })) {
    const detail = eventDetail(event.detail);
    if (typeof detail.item === "string") done.set(detail.item, detail.done === true);
  }
  return items.map((text) => ({ text, done: done.get(text) ?? false }));
}

