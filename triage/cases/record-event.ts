import type { DbOrTx } from "./db";

export interface CaseEventInput {
  /** system | owner:<id> | requester */
  actor: string;
  type: string;
  detail?: Record<string, unknown>;
  /** When it happened; defaults to now. */
  at?: Date;
}

/** Appends one event to a case's history. Events are never updated or deleted. */
export async function recordEvent(tx: DbOrTx, caseId: number, event: CaseEventInput) {
  return tx.caseEvent.create({
    data: { caseId, actor: event.actor, type: event.type, detail: JSON.stringify(event.detail ?? {}), ...(event.at ? { at: event.at } : {}) },
  });
}
