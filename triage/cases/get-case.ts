import type { DbOrTx } from "./db";
import { pausesOf } from "./clock";
import { summarise, type CaseSummary } from "./list-cases";

export interface CaseEventView {
  id: number;
  at: Date;
  actor: string;
  type: string;
  detail: Record<string, unknown>;
}

/** One case with everything the owner needs to act on it, and its history oldest first. */
export interface CaseDetail extends CaseSummary {
  body: string;
  confidence: number;
  reasons: string[];
  identityStatus: string;
  threadIds: string[];
  /** When the clock was paused, if it still is. */
  pausedSince?: Date;
  events: CaseEventView[];
}

function parseJson<T>(text: string, fallback: T): T {
  try { return JSON.parse(text) as T; } catch { return fallback; }
}

export async function getCase(db: DbOrTx, id: number, now: Date = new Date()): Promise<CaseDetail | undefined> {
  const row = await db.case.findUnique({ where: { id } });
  if (!row) return undefined;
  const events = await db.caseEvent.findMany({ where: { caseId: id }, orderBy: { id: "asc" } });
  const { openSince } = await pausesOf(db, id);
  return {
    ...summarise(row, now),
    body: row.body,
    confidence: row.confidence,
    reasons: parseJson<string[]>(row.reasons, []),
    identityStatus: row.identityStatus,
    threadIds: row.threadIds.split(" ").filter(Boolean),
    ...(openSince ? { pausedSince: openSince } : {}),
    events: events.map((event) => ({
      id: event.id, at: event.at, actor: event.actor, type: event.type, detail: parseJson<Record<string, unknown>>(event.detail, {}),
    })),
  };
}
