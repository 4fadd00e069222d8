import type { CaseSummary, PendingExtension } from "../../triage/cases";
import { longDate } from "../drafts";
import { senderOf } from "./card";
import { CATEGORY_LABEL, RIGHT_LABEL, daysLeftText, extensionWaitingText } from "./labels";

/** A case in a list, with the extension it waits on, if any. */
export type ListedCase = CaseSummary & { extension?: PendingExtension };

export function caseLine(c: Pick<ListedCase, "id" | "category" | "rights" | "fromAddress" | "fromName" | "due" | "daysLeft" | "subject" | "extension">): string {
  const kind = [CATEGORY_LABEL[c.category] ?? c.category, c.rights.map((right) => RIGHT_LABEL[right] ?? right).join(", ")].filter(Boolean).join(": ");
  const who = senderOf(c);
  const waiting = c.extension ? ` · ${extensionWaitingText(c.extension)}` : "";
  return `Sak ${c.id} · ${daysLeftText(c.daysLeft)} (senest ${longDate(c.due, "nb")})${waiting} · ${kind} · ${who}`;
}

/** Open cases, soonest due first, as plain lines. */
export function caseListText(cases: readonly ListedCase[]): string {
  if (cases.length === 0) return "Ingen åpne saker.";
  return [`Åpne saker (${cases.length}), nærmeste frist først:`, ...cases.map(caseLine)].join("\n");
}

/** The daily summary: what is overdue, what is due within a week, and how many are open. */
export function digestText(cases: readonly ListedCase[]): string {
  if (cases.length === 0) return "Oversikt: ingen åpne saker.";
  const overdue = cases.filter((c) => c.daysLeft < 0);
  const soon = cases.filter((c) => c.daysLeft >= 0 && c.daysLeft <= 7);
  const later = cases.length - overdue.length - soon.length;
  const lines = [`Oversikt: ${cases.length} ${cases.length === 1 ? "åpen sak" : "åpne saker"}.`];
  if (overdue.length > 0) lines.push("", `På overtid (${overdue.length}):`, ...overdue.map(caseLine));
  if (soon.length > 0) lines.push("", `Frist innen en uke (${soon.length}):`, ...soon.map(caseLine));
  if (later > 0) lines.push("", `${later} ${later === 1 ? "sak har" : "saker har"} lengre tid.`);
  lines.push("", "Skriv /saker for alle, eller /sak <nummer> for én.");
  return lines.join("\n");
}
