// GDPR answer deadlines, as Europe/Oslo calendar dates ("YYYY-MM-DD").
//
// - legalDue: GDPR art. 12(3) "within one month of receipt", counted as Regulation (EEC, Euratom)
//   No 1182/71 counts periods: art. 3(1) the day of receipt does not count; art. 3(2)(c) a month
//   ends with the day that has the same date as the day of receipt, or the month's last day when that
//   date does not exist; art. 3(4) a period ending on a Saturday, Sunday or public holiday ends at the
//   end of the next working day.
// - promisedDue: the privacy notice's promise (the knowledge base's rights.response_time_days, 30 days if it
//   names none) counted from the day of receipt; a promise is not moved.
// - due: the earlier of the two, which is what the owner is reminded of (the extended date once extended).
// - extendedDue: art. 12(3) lets the controller extend by two further months. We add them to the
//   UNMOVED end of the first month (same date / last day rule), then move to a working day.
// - Pauses: EDPB Guidelines 01/2022 on the right of access (v2.1, section 5.3 on timing, and the
//   section on identity checks) accept that the clock does not run while the controller waits for
//   identity confirmation or a needed clarification it asked for without undue delay. Our rule: each
//   pause counts the Oslo calendar days from the day it began to the day it ended (a pause begun and
//   ended on the same day counts 0); overlapping pauses count once; the sum is added to every
//   unmoved period end, and the legal and extended dates are then moved to a working day.
import { addDays, addMonthsClamped, daysBetween, isIsoDate, osloDateOf } from "./deadlines/calendar";
import { toWorkingDay, type NonWorkingReason } from "./deadlines/working-days";

export { osloDateOf as receivedDate } from "./deadlines/calendar";
export { explain, explainReceiptDate } from "./deadlines/explain";

/** The promise when the knowledge base names none. */
export const DEFAULT_PROMISED_DAYS = 30;

/** The business's own promise: its knowledge base's rights.response_time_days, or the default when it names none. */
export function promisedDaysOf(knowledge: { rights: { response_time_days?: number | undefined } } | undefined): number {
  return knowledge?.rights.response_time_days ?? DEFAULT_PROMISED_DAYS;
}

export interface Deadlines {
  receivedDate: string;
  promisedDue: string;
  legalDue: string;
  due: string;
  extendedDue: string;
}

/** A stretch of time the clock stood still; `to` is when the awaited answer arrived. */
export interface ClockPause {
  from: Date;
  to: Date;
}

/** What the dates follow besides the day of receipt and the calendar. */
export interface DeadlineInputs {
  /** The business's promise in days (`promisedDaysOf` its knowledge base): each business has its own. */
  promisedDays: number;
  pauses?: ClockPause[];
  /** True once the extension has been announced: `due` becomes `extendedDue`. */
  extended?: boolean;
}

/** Every step behind the dates, for `explain`. */
export interface DeadlineTrace extends Deadlines {
  promisedDays: number;
  firstMonth: { date: string; clamped: boolean };
  pauses: { from: string; to: string; days: number }[];
  pausedDays: number;
  legal: { unmoved: string; skipped: NonWorkingReason[] };
  extension: { twoMonths: { date: string; clamped: boolean }; unmoved: string; skipped: NonWorkingReason[] };
  dueFrom: "promised" | "legal" | "extended";
}

/** Merged pause intervals as Oslo dates, starting no earlier than the receipt date. */
function pauseIntervals(received: string, pauses: ClockPause[]): { from: string; to: string; days: number }[] {
  const intervals = pauses
    .map((pause) => {
      const from = osloDateOf(pause.from) < received ? received : osloDateOf(pause.from);
      const to = osloDateOf(pause.to);
      return { from, to: to < from ? from : to };
    })
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: { from: string; to: string }[] = [];
  for (const interval of intervals) {
    const last = merged.at(-1);
    if (last && interval.from <= last.to) { if (interval.to > last.to) last.to = interval.to; }
    else merged.push({ ...interval });
  }
  return merged.map((interval) => ({ ...interval, days: daysBetween(interval.from, interval.to) }));
}

/** The full computation from an Oslo receipt date. */
export function traceReceiptDate(received: string, inputs: DeadlineInputs): DeadlineTrace {
  if (!isIsoDate(received)) throw new RangeError(`not a YYYY-MM-DD date: ${received}`);
  const { promisedDays } = inputs;
  const pauses = pauseIntervals(received, inputs.pauses ?? []);
  const pausedDays = pauses.reduce((sum, pause) => sum + pause.days, 0);

  const firstMonth = addMonthsClamped(received, 1);
  const legalUnmoved = addDays(firstMonth.date, pausedDays);
  const legal = toWorkingDay(legalUnmoved);

  const promisedDue = addDays(received, promisedDays + pausedDays);

  const twoMonths = addMonthsClamped(firstMonth.date, 2);
  const extendedUnmoved = addDays(twoMonths.date, pausedDays);
  const extended = toWorkingDay(extendedUnmoved);

  const dueFrom = inputs.extended ? "extended" : promisedDue <= legal.date ? "promised" : "legal";
  const due = dueFrom === "extended" ? extended.date : dueFrom === "promised" ? promisedDue : legal.date;
  return {
    receivedDate: received, promisedDue, legalDue: legal.date, due, extendedDue: extended.date, promisedDays,
    firstMonth, pauses, pausedDays,
    legal: { unmoved: legalUnmoved, skipped: legal.skipped },
    extension: { twoMonths, unmoved: extendedUnmoved, skipped: extended.skipped },
    dueFrom,
  };
}

function pick(trace: DeadlineTrace): Deadlines {
  const { receivedDate, promisedDue, legalDue, due, extendedDue } = trace;
  return { receivedDate, promisedDue, legalDue, due, extendedDue };
}

/** Deadlines for a request received on an Oslo calendar date. */
export function deadlinesForReceiptDate(received: string, inputs: DeadlineInputs): Deadlines {
  return pick(traceReceiptDate(received, inputs));
}

/** Deadlines for a request received at an instant (the mail's INTERNALDATE, the chat message's time). */
export function computeDeadlines(at: Date, inputs: DeadlineInputs): Deadlines {
  return deadlinesForReceiptDate(osloDateOf(at), inputs);
}

/** The date an extension moves the answer to (art. 12(3)): the business's promise plays no part in it. */
export function extendedDueOf(at: Date, pauses: ClockPause[]): string {
  return traceReceiptDate(osloDateOf(at), { promisedDays: 0, pauses, extended: true }).extendedDue;
}

/** Oslo calendar days from `now` to `due`: 0 on the day itself, negative when overdue. */
export function daysLeft(due: string, now: Date): number {
  return daysBetween(osloDateOf(now), due);
}
