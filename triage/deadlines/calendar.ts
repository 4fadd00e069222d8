// Calendar dates as "YYYY-MM-DD" strings. Arithmetic runs on UTC midnights, where every day has 24 hours,
// so no daylight-saving rule is ever needed; the Oslo date of an instant comes from Intl.

export const OSLO_TIME_ZONE = "Europe/Oslo";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const osloDateFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: OSLO_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit",
});

/** The calendar date in Oslo at the given instant. */
export function osloDateOf(at: Date): string {
  if (Number.isNaN(at.getTime())) throw new RangeError("invalid Date");
  const parts = Object.fromEntries(osloDateFormat.formatToParts(at).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** True for a real calendar date in YYYY-MM-DD form (2026-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return toIso(Date.UTC(y, m - 1, d)) === text && y >= 1;
}

function toUtcMs(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function toIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

export function addDays(date: string, days: number): string {
  return toIso(toUtcMs(date) + days * DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/**
 * The same date `months` later, or that month's last day when the date does not exist there
 * (31 January + 1 month = 28/29 February), as Regulation 1182/71 art. 3(2)(c) counts months.
 */
export function addMonthsClamped(date: string, months: number): { date: string; clamped: boolean } {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const last = daysInMonth(year, month);
  return { date: toIso(Date.UTC(year, month, Math.min(d, last))), clamped: d > last };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

const weekdayName = {
  nb: new Intl.DateTimeFormat("nb-NO", { timeZone: "UTC", weekday: "long" }),
  en: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "long" }),
};
const dayMonthYear = {
  nb: new Intl.DateTimeFormat("nb-NO", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" }),
  en: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" }),
};
const shortDate = {
  nb: new Intl.DateTimeFormat("nb-NO", { timeZone: "UTC", day: "numeric", month: "long" }),
  en: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long" }),
};

/** "16. mai 2026" / "16 May 2026". */
export function formatDate(date: string, language: "nb" | "en"): string {
  return dayMonthYear[language].format(new Date(toUtcMs(date)));
}

/** "lørdag 16. mai 2026" / "Saturday 16 May 2026". */
export function formatLongDate(date: string, language: "nb" | "en"): string {
  // Weekday and date formatted apart: ICU versions differ on the comma between them.
  return `${weekdayName[language].format(new Date(toUtcMs(date)))} ${formatDate(date, language)}`;
}

/** "17. mai" / "17 May". */
export function formatShortDate(date: string, language: "nb" | "en"): string {
  return shortDate[language].format(new Date(toUtcMs(date)));
}
