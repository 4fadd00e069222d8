// What stays of a case once its content is gone: dates, category, rights, outcome and whether the deadline
// was met, as proof that the request was answered in time. Pure functions.
import { osloDateOf } from "../deadlines/calendar";
import { CASE_STATUSES, RIGHTS } from "../types";

export const FINISHED_STATUSES = ["answered", "closed"] as const;

export interface HistoryEvent {
  type: string;
  at: Date;
  detail: string;
}

const parse = (detail: string): Record<string, unknown> => {
  try {
    const value: unknown = JSON.parse(detail);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

const isFinishedChange = (event: HistoryEvent) =>
  event.type === "status_changed" && (FINISHED_STATUSES as readonly unknown[]).includes(parse(event.detail).to);

/** When the case was last answered or closed (the period runs from then); its receipt if its history says nothing. */
export function finishedAt(receivedAt: Date, events: readonly HistoryEvent[]): Date {
  const times = events.filter(isFinishedChange).map((event) => event.at.getTime());
  return new Date(Math.max(receivedAt.getTime(), ...times));
}

export interface MinimalRecord {
  answeredOn: string | null;
  dueOn: string;
  deadlineMet: boolean | null;
}

/** The first answer or closing against the case's own (possibly extended) deadline. */
export function minimalRecordOf(row: { due: string; extendedDue: string | null }, events: readonly HistoryEvent[]): MinimalRecord {
  const first = events.filter(isFinishedChange).sort((a, b) => a.at.getTime() - b.at.getTime())[0];
  const dueOn = row.extendedDue ?? row.due;
  const answeredOn = first ? osloDateOf(first.at) : null;
  return { answeredOn, dueOn, deadlineMet: answeredOn === null ? null : answeredOn <= dueOn };
}

const DATE_KEYS = new Set(["receivedAt", "promisedDue", "legalDue", "due", "extendedDue", "previousDue"]);
const CODE_KEYS = new Set(["purpose", "kind", "why", "category", "language", "channel"]);
const STATUS_KEYS = new Set(["from", "to", "previousStatus"]);
const CODE = /^[a-z_]{1,40}$/;
const DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/;

/**
 * An event's detail with only what cannot be content: numbers, yes/no, dates, status and right codes. Names,
 * addresses, subjects, reasons and notes go, whatever the event type, so a new event type is safe by default.
 */
export function contentFreeDetail(detail: string): string {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parse(detail))) {
    const keep =
      typeof value === "number" || typeof value === "boolean" ||
      (key === "rights" && Array.isArray(value) && value.every((right) => (RIGHTS as readonly unknown[]).includes(right))) ||
      (typeof value === "string" && (
        (DATE_KEYS.has(key) && DATE.test(value)) ||
        (CODE_KEYS.has(key) && CODE.test(value)) ||
        (STATUS_KEYS.has(key) && (CASE_STATUSES as readonly string[]).includes(value))));
    if (keep) kept[key] = value;
  }
  return JSON.stringify(kept);
}
