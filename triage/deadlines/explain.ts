import type { Language } from "../types";
import { formatLongDate, formatShortDate, osloDateOf } from "./calendar";
import type { NonWorkingReason } from "./working-days";
import { traceReceiptDate, type DeadlineInputs, type DeadlineTrace } from "../deadlines";

function joinList(items: string[], language: Language): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${language === "nb" ? "og" : "and"} ${items.at(-1)}`;
}

function because(skipped: NonWorkingReason[], language: Language): string {
  return joinList(skipped.map((reason) => {
    const day = formatShortDate(reason.date, language);
    if (language === "nb") {
      if (reason.kind === "holiday") return `${day} er en helligdag (${reason.name.nb})`;
      return `${day} er en ${reason.kind === "saturday" ? "lørdag" : "søndag"}`;
    }
    if (reason.kind === "holiday") return `${day} is a public holiday (${reason.name.en})`;
    return `${day} is a ${reason.kind === "saturday" ? "Saturday" : "Sunday"}`;
  }), language);
}

function nb(t: DeadlineTrace): string[] {
  const long = (date: string) => formatLongDate(date, "nb");
  const lines = [`Mottatt ${long(t.receivedDate)} (dato i Oslo). Mottaksdagen telles ikke med.`];
  lines.push(t.firstMonth.clamped
    ? `Samme dato finnes ikke måneden etter, så én måned ender på månedens siste dag: ${long(t.firstMonth.date)}.`
    : `Én måned etter er ${long(t.firstMonth.date)}.`);
  if (t.pausedDays > 0) {
    const spans = joinList(t.pauses.map((p) => `${formatShortDate(p.from, "nb")}–${formatShortDate(p.to, "nb")}`), "nb");
    lines.push(`Klokken sto stille i ${t.pausedDays} dager mens vi ventet på svar fra avsenderen (${spans}), så alle frister skyves like mange dager: ${long(t.legal.unmoved)}.`);
  }
  lines.push(t.legal.skipped.length > 0
    ? `Den lovbestemte fristen (GDPR art. 12 nr. 3) flyttes til neste virkedag, ${long(t.legalDue)}, fordi ${because(t.legal.skipped, "nb")}.`
    : `Det er en virkedag, så den lovbestemte fristen (GDPR art. 12 nr. 3) er ${long(t.legalDue)}.`);
  lines.push(`Personvernerklæringen lover svar innen ${t.promisedDays} dager: ${long(t.promisedDue)}. Et løfte flyttes ikke til neste virkedag.`);
  lines.push(t.dueFrom === "extended"
    ? `Fristen er forlenget, så påminnelsene gjelder den forlengede fristen: ${long(t.due)}.`
    : `Påminnelsene gjelder den tidligste av de to, ${t.dueFrom === "promised" ? "løftet i erklæringen" : "den lovbestemte fristen"}: ${long(t.due)}.`);
  const twoMonths = t.extension.twoMonths.clamped
    ? `siste dag i måneden, ${formatShortDate(t.extension.twoMonths.date, "nb")}`
    : formatShortDate(t.extension.twoMonths.date, "nb");
  lines.push(`Forlenges fristen med to måneder, telles de fra månedsslutten før flytting (${formatShortDate(t.firstMonth.date, "nb")}) til ${twoMonths}`
    + (t.pausedDays > 0 ? `, pluss ${t.pausedDays} dager pause` : "")
    + (t.extension.skipped.length > 0
      ? `; den flyttes til ${long(t.extendedDue)} fordi ${because(t.extension.skipped, "nb")}.`
      : `: ${long(t.extendedDue)}.`)
    + " Forlengelsen må varsles med begrunnelse innen den første måneden.");
  return lines;
}

function en(t: DeadlineTrace): string[] {
  const long = (date: string) => formatLongDate(date, "en");
  const lines = [`Received ${long(t.receivedDate)} (Oslo date). The day of receipt does not count.`];
  lines.push(t.firstMonth.clamped
    ? `The same date does not exist in the next month, so one month ends on that month's last day: ${long(t.firstMonth.date)}.`
    : `One month later is ${long(t.firstMonth.date)}.`);
  if (t.pausedDays > 0) {
    const spans = joinList(t.pauses.map((p) => `${formatShortDate(p.from, "en")}–${formatShortDate(p.to, "en")}`), "en");
    lines.push(`The clock stood still for ${t.pausedDays} days while we waited for the sender's reply (${spans}), so every deadline moves as many days: ${long(t.legal.unmoved)}.`);
  }
  lines.push(t.legal.skipped.length > 0
    ? `The legal deadline (GDPR Art. 12(3)) moves to the next working day, ${long(t.legalDue)}, because ${because(t.legal.skipped, "en")}.`
    : `That is a working day, so the legal deadline (GDPR Art. 12(3)) is ${long(t.legalDue)}.`);
  lines.push(`The privacy notice promises an answer within ${t.promisedDays} days: ${long(t.promisedDue)}. A promise is not moved to the next working day.`);
  lines.push(t.dueFrom === "extended"
    ? `The deadline has been extended, so reminders follow the extended deadline: ${long(t.due)}.`
    : `Reminders follow the earlier of the two, ${t.dueFrom === "promised" ? "the notice's promise" : "the legal deadline"}: ${long(t.due)}.`);
  const twoMonths = t.extension.twoMonths.clamped
    ? `the month's last day, ${formatShortDate(t.extension.twoMonths.date, "en")}`
    : formatShortDate(t.extension.twoMonths.date, "en");
  lines.push(`If extended by two months, they run from the unmoved end of the first month (${formatShortDate(t.firstMonth.date, "en")}) to ${twoMonths}`
    + (t.pausedDays > 0 ? `, plus ${t.pausedDays} paused days` : "")
    + (t.extension.skipped.length > 0
      ? `; it moves to ${long(t.extendedDue)} because ${because(t.extension.skipped, "en")}.`
      : `: ${long(t.extendedDue)}.`)
    + " The extension must be announced, with reasons, within the first month.");
  return lines;
}

/** Sentences telling how each date was reached, for a request received on an Oslo date. */
export function explainReceiptDate(received: string, inputs: DeadlineInputs, language: Language = "nb"): string[] {
  const trace = traceReceiptDate(received, inputs);
  return language === "nb" ? nb(trace) : en(trace);
}

/** Sentences telling how each date was reached, for a request received at an instant. */
export function explain(at: Date, inputs: DeadlineInputs, language: Language = "nb"): string[] {
  return explainReceiptDate(osloDateOf(at), inputs, language);
}
