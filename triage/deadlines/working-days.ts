import Holidays from "date-holidays";
import { addDays, weekdayOf } from "./calendar";

/** Why a day is not a working day. */
export type NonWorkingReason =
  | { date: string; kind: "saturday" | "sunday" }
  | { date: string; kind: "holiday"; name: { nb: string; en: string } };

const norway = new Holidays("NO");
const holidaysByYear = new Map<number, Map<string, { nb: string; en: string }>>();

// Only type "public" counts: date-holidays also lists Christmas Eve and New Year's Eve as "bank"
// days and many "observance" days, which are ordinary working days under Norwegian law.
function publicHolidays(year: number): Map<string, { nb: string; en: string }> {
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Map();
    const english = new Map(norway.getHolidays(year, "en").map((holiday) => [holiday.date, holiday.name]));
    for (const holiday of norway.getHolidays(year, "no")) {
      if (holiday.type !== "public") continue;
      days.set(holiday.date.slice(0, 10), { nb: holiday.name, en: english.get(holiday.date) ?? holiday.name });
    }
    holidaysByYear.set(year, days);
  }
  return days;
}

/** The Norwegian public holiday on that date, if any. */
export function publicHolidayOn(date: string): { nb: string; en: string } | undefined {
  return publicHolidays(Number(date.slice(0, 4))).get(date);
}

export function nonWorkingReason(date: string): NonWorkingReason | undefined {
  const holiday = publicHolidayOn(date);
  if (holiday) return { date, kind: "holiday", name: holiday };
  const weekday = weekdayOf(date);
  if (weekday === 6) return { date, kind: "saturday" };
  if (weekday === 0) return { date, kind: "sunday" };
  return undefined;
}

/**
 * The date itself if it is a working day, else the next one (Regulation 1182/71 art. 3(4)),
 * with the days skipped and why.
 */
export function toWorkingDay(date: string): { date: string; skipped: NonWorkingReason[] } {
  const skipped: NonWorkingReason[] = [];
  let current = date;
  for (let reason = nonWorkingReason(current); reason; reason = nonWorkingReason(current)) {
    skipped.push(reason);
    current = addDays(current, 1);
  }
  return { date: current, skipped };
}
