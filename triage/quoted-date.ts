/**
 * The calendar date in a quoted mail's attribution or header lines, as mail programs write it:
 * "Den tir. 3. nov. 2026 kl. 10:00 skrev …", "On Tue, Nov 3, 2026 at 10:00 AM … wrote:",
 * "Sendt: tirsdag 3. november 2026 10:00", "Date: Tue, 3 Nov 2026 10:00:00 +0100", "03.11.2026", "2026-11-03".
 * Slashed dates ("03/11/2026") are left alone: day and month order differ between programs.
 */

/** Month names by their first three letters (Norwegian, English, Danish, Swedish). */
const MONTHS: Record<string, { number: number; names: string[] }> = {
  jan: { number: 1, names: ["januar", "january", "januari"] },
  feb: { number: 2, names: ["februar", "february", "februari"] },
  mar: { number: 3, names: ["mars", "march", "marts"] },
  apr: { number: 4, names: ["april"] },
  mai: { number: 5, names: ["mai"] },
  may: { number: 5, names: ["may"] },
  maj: { number: 5, names: ["maj"] },
  jun: { number: 6, names: ["juni", "june"] },
  jul: { number: 7, names: ["juli", "july"] },
  aug: { number: 8, names: ["august", "augusti"] },
  sep: { number: 9, names: ["september", "sept"] },
  okt: { number: 10, names: ["oktober"] },
  oct: { number: 10, names: ["october"] },
  nov: { number: 11, names: ["november"] },
  des: { number: 12, names: ["desember"] },
  dec: { number: 12, names: ["december"] },
};

const MONTH_WORD = "([a-zæøå]{3,9})";
/** Each way of writing a date, and how its groups make year, month and day. */
const FORMS: { pattern: RegExp; date: (groups: string[]) => [number, number | undefined, number] }[] = [
  { pattern: new RegExp(`\\b(\\d{1,2})\\.?\\s+${MONTH_WORD}\\.?,?\\s+(\\d{4})\\b`, "gi"), date: ([day, month, year]) => [Number(year), monthOf(month!), Number(day)] },
  { pattern: new RegExp(`\\b${MONTH_WORD}\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, "gi"), date: ([month, day, year]) => [Number(year), monthOf(month!), Number(day)] },
  { pattern: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, date: ([day, month, year]) => [Number(year), Number(month), Number(day)] },
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g, date: ([year, month, day]) => [Number(year), Number(month), Number(day)] },
];

function monthOf(word: string): number | undefined {
  const lower = word.toLowerCase();
  const month = MONTHS[lower.slice(0, 3)];
  return month?.names.some((name) => name.startsWith(lower)) ? month.number : undefined;
}

function isoDate(year: number, month: number | undefined, day: number): string | undefined {
  if (month === undefined || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "YYYY-MM-DD", or undefined where the lines give no whole date (a year left out, a slashed date). */
export function dateInAttribution(lines: string): string | undefined {
  for (const form of FORMS) {
    for (const found of lines.matchAll(form.pattern)) {
      const date = isoDate(...form.date(found.slice(1)));
      if (date) return date;
    }
  }
  return undefined;
}
