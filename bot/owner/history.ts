// A case's history in words, for the owner: what happened, who did it, and when in Oslo time.
import type { CaseEventView } from "../../triage/cases";
import { formatDate } from "../../triage/deadlines/calendar";
import { sizeText } from "./attachments";
import { CATEGORY_LABEL, PURPOSE_LABEL, RIGHT_LABEL, STATUS_LABEL, osloDateTime } from "./labels";

type Detail = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === "string" ? value : "");
const date = (value: unknown): string => (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value, "nb") : text(value));
const purpose = (detail: Detail): string => PURPOSE_LABEL[detail.purpose as keyof typeof PURPOSE_LABEL] ?? "utkast";
const status = (value: unknown): string => STATUS_LABEL[text(value)] ?? text(value);

function classification(value: unknown): string {
  const c = (value ?? {}) as { category?: string; rights?: string[]; language?: string };
  const rights = (c.rights ?? []).map((right) => RIGHT_LABEL[right] ?? right).join(", ");
  return `${CATEGORY_LABEL[c.category ?? ""] ?? c.category ?? "?"}${rights ? ` (${rights})` : ""}${c.language ? `, ${c.language === "en" ? "engelsk" : "norsk"}` : ""}`;
}

const DESCRIBE: Record<string, (detail: Detail) => string> = {
  received: (d) => `mottatt${d.due ? `; svar senest ${date(d.due)}` : ""}`,
  classified: (d) => `sortert som ${classification(d)}`,
  intake: (d) => `samtale i chatten avsluttet med samtykke${d.email ? `; svar til ${text(d.email)}` : "; svar i chatten"}`,
  draft_prepared: (d) => `utkast laget: ${purpose(d)}`,
  draft_sent: (d) => `godkjent og lagt i køen: ${purpose(d)}`,
  outbox_sent: (d) => `sendt${d.kind === "email" ? ` på e-post til ${text(d.recipient)}` : " i chatten"}`,
  outbox_failed: (d) => `kunne ikke sendes: ${text(d.error)}`,
  outbox_unknown: () => "usikkert om meldingen kom fram (avbrutt under sending)",
  status_changed: (d) => `status ${status(d.from)} → ${status(d.to)}${d.note ? ` (${text(d.note)})` : ""}${d.why === "reply_received" ? " (nytt svar fra avsenderen)" : ""}`,
  extension_prepared: (d) => `forlengelse til ${date(d.extendedDue)} forberedt – ${text(d.reason)}`,
  extension_notice_queued: () => "varselet om forlengelse er godkjent og lagt i køen",
  extension_dropped: (d) => `forlengelsen droppet${d.note ? ` (${text(d.note)})` : ""}`,
  extension_failed: (d) => `forlengelsen ble ikke gjennomført: ${text(d.note)}`,
  extended: (d) => `fristen forlenget til ${date(d.extendedDue)} (varselet er sendt) – ${text(d.reason)}`,
  clock_paused: (d) => `klokken stoppet${d.reason ? ` – ${text(d.reason)}` : ""}`,
  clock_resumed: () => "klokken går igjen",
  deadlines_moved: (d) => `fristene flyttet; svar senest ${date(d.due)}`,
  identity_verified: () => "identiteten er bekreftet",
  reply_received: (d) => `nytt svar fra ${text(d.from) || "avsenderen"}: «${text(d.excerpt)}»`,
  flagged_duplicate: (d) => `ser ut som en gjentakelse av sak ${String(d.duplicateOfId)}`,
  duplicate_received: (d) => `samme henvendelse kom igjen som sak ${String(d.caseId)}`,
  attachment_added: (d) => `fil lagt ved${d.fileName ? `: ${text(d.fileName)}` : ""}${typeof d.size === "number" ? ` (${sizeText(d.size)})` : ""}`,
  classification_corrected: (d) => `sortering rettet: ${classification(d.from)} → ${classification(d.to)}`,
};

export function actorLabel(actor: string): string {
  if (actor === "system") return "assistenten";
  if (actor === "requester") return "avsenderen";
  if (actor.startsWith("owner:")) return "eieren";
  return actor;
}

/** One line of history: "07.12.2026, 14:02 – utkast laget: svar (assistenten)". Unknown events keep their code. */
export function historyLine(event: Pick<CaseEventView, "at" | "actor" | "type" | "detail">): string {
  const describe = DESCRIBE[event.type];
  const what = describe ? describe(event.detail) : event.type;
  return `${osloDateTime(event.at)} – ${what} (${actorLabel(event.actor)})`;
}
