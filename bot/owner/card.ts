import { daysLeft } from "../../triage/deadlines";
import type { Language } from "../../triage/types";
import { longDate, type DraftProblem } from "../drafts";
import type { Button, CaseCardView, OutgoingMessage } from "../core/messages";
import type { CaseRow, CurrentDraft } from "./draft-store";
import type { TodoEntry } from "./todo-list";
import { todoItemLines, TODO_TITLE } from "../card-fields";
import { excerpt as excerptOf, rightsOf, warningsOf } from "../../triage/cases/normalise";
import { CATEGORY_LABEL, CHANNEL_LABEL, PURPOSE_LABEL, RIGHT_LABEL, STATUS_LABEL, daysLeftText, extensionWaitingText, osloDateTime } from "./labels";
import type { PendingExtension } from "../../triage/cases";
import { attachmentLabel, type AttachmentInfo } from "./attachments";

const EXCERPT = 280;

/** "Kari <kari@example.no>", or for a chat visitor who gave no address, where they are. */
export function senderOf(row: Pick<CaseRow, "fromName" | "fromAddress">): string {
  const address = row.fromAddress.includes("@") ? `<${row.fromAddress}>` : `(svar i chatten, ${row.fromAddress})`;
  return row.fromName ? `${row.fromName} ${address}` : address;
}

export function isOpen(row: Pick<CaseRow, "status">): boolean {
  return row.status !== "answered" && row.status !== "closed";
}

/** The owner's buttons for a case; only the steps that make sense now. */
export function caseButtons(row: CaseRow, draft: CurrentDraft, todo: TodoEntry[] = [], extension?: PendingExtension): Button[][] {
  if (!isOpen(row)) return [];
  const id = row.id;
  const first: Button[] = [];
  // The revision ties the tap to the draft on this card: a second tap never approves the next step's draft.
  if (!draft.sent) first.push({ label: "Godkjenn og send", data: `approve:${id}:${draft.revision}` });
  first.push({ label: "Rediger", data: `edit:${id}` });
  const second: Button[] = [];
  // Only a rights request can be extended (art. 12(3)), once, and not while a notice is already approved.
  if (row.category === "rights_request" && row.extendedDue === null && extension?.state !== "queued") second.push({ label: "Forleng frist", data: `extend:${id}` });
  if (row.identityStatus === "unverified") second.push({ label: "Be om legitimasjon", data: `identity:${id}` });
  return [first, second, ...todoButtons(id, todo), [{ label: "Endre sortering", data: `correct:${id}` }, { label: "Avvis/lukk", data: `reject:${id}` }]].filter((row) => row.length > 0);
}

/** One button per to-do item, four to a row: "☐ 2" ticks item 2, "☑ 2" unticks it. */
function todoButtons(caseId: number, todo: TodoEntry[]): Button[][] {
  const buttons = todo.map((entry, index) => ({ label: `${entry.done ? "☑" : "☐"} ${index + 1}`, data: `tick:${caseId}:${index + 1}` }));
  const rows: Button[][] = [];
  for (let start = 0; start < buttons.length; start += 4) rows.push(buttons.slice(start, start + 4));
  return rows;
}

/** The to-do list as lines of text, for the card. */
export function todoLines(caseId: number, todo: TodoEntry[]): string[] {
  if (todo.length === 0) return [];
  return [
    `${TODO_TITLE} – huk av med knappene eller /huk ${caseId} N:`,
    ...todoItemLines(todo),
  ];
}

/** A case as the owner sees it: the facts, the draft waiting for approval, and what is wrong with it. */
export function caseCard(
  row: CaseRow, draft: CurrentDraft, problems: DraftProblem[], now: Date, heading: string, todo: TodoEntry[] = [], extension?: PendingExtension,
  attachments: Pick<AttachmentInfo, "fileName" | "size">[] = [],
): Omit<OutgoingMessage, "channel" | "conversationId"> {
  const attached = attachments.map(attachmentLabel);
  const rights = rightsOf(row.rights);
  const left = daysLeft(row.due, now);
  const excerpt = excerptOf(row.body, EXCERPT);
  const card: CaseCardView = {
    caseId: row.id, channel: row.channel, category: row.category, rights, from: senderOf(row), subject: row.subject, excerpt,
    receivedAt: row.receivedAt, due: row.due, daysLeft: left, status: row.status, draft: draft.text, language: row.language as Language,
    draftPurpose: draft.purpose, problems: problems.map((problem) => problem.message), todo,
    ...(attached.length > 0 ? { attachments: attached } : {}),
    ...(extension ? { extension: { state: extension.state, extendedDue: extension.extendedDue } } : {}),
  };
  const kind = [CATEGORY_LABEL[row.category] ?? row.category, rights.map((right) => RIGHT_LABEL[right] ?? right).join(", ")].filter(Boolean).join(": ");
  const lines = [
    `${heading} – sak ${row.id}: ${kind} (${CHANNEL_LABEL[row.channel] ?? row.channel})`,
    ...warningsOf(row.reasons),
    `Fra: ${card.from}`,
    ...(row.subject ? [`Emne: ${row.subject}`] : []),
    `Mottatt: ${osloDateTime(row.receivedAt)} · svar senest ${longDate(row.due, "nb")} (${daysLeftText(left)}) · ${STATUS_LABEL[row.status] ?? row.status}`,
    ...(extension ? [`Fristen over gjelder: ${extensionWaitingText(extension)}.`] : []),
    ...(row.identityStatus !== "unverified" ? [`Identitet: ${row.identityStatus === "verified" ? "bekreftet" : "etterspurt, klokken står"}`] : []),
    ...(attached.length > 0 ? [`Vedlegg: ${attached.join(", ")}`] : []),
    `«${excerpt}»`,
    "",
    draft.sent ? `Sendt (${PURPOSE_LABEL[draft.purpose]}):` : `Utkast (${PURPOSE_LABEL[draft.purpose]}, ${row.language === "en" ? "engelsk" : "norsk"}):`,
    draft.text,
  ];
  if (problems.length > 0) lines.push("", "Må rettes før sending:", ...problems.map((problem) => `- ${problem.message}`));
  if (todo.length > 0 && isOpen(row)) lines.push("", ...todoLines(row.id, todo));
  return { text: lines.join("\n"), card, buttons: caseButtons(row, draft, todo, extension) };
}
