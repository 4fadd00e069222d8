import type { DraftPurpose } from "../drafts";
import { formatDate } from "../../triage/deadlines/calendar";

export const CATEGORY_LABEL: Record<string, string> = {
  rights_request: "Forespørsel om rettigheter", complaint: "Klage", inquiry: "Spørsmål",
};

export const RIGHT_LABEL: Record<string, string> = {
  access: "innsyn", erasure: "sletting", rectification: "retting", restriction: "begrensning",
  portability: "dataportabilitet", objection: "protest", withdraw_consent: "trekke samtykke",
};

export const PURPOSE_LABEL: Record<DraftPurpose, string> = {
  acknowledgement: "kvittering med frister", reply: "svar", extension: "varsel om forlenget frist",
  identity: "forespørsel om bekreftet identitet", refusal: "avslag",
};

export const STATUS_LABEL: Record<string, string> = {
  new: "ny", awaiting_approval: "venter på deg", answered: "besvart", extended: "forlenget", closed: "lukket",
};

export const CHANNEL_LABEL: Record<string, string> = {
  email: "e-post", telegram: "Telegram", slack: "Slack", console: "konsoll", folder: "innboksmappe",
};

const osloTime = new Intl.DateTimeFormat("nb-NO", { timeZone: "Europe/Oslo", dateStyle: "short", timeStyle: "short" });
export function osloDateTime(at: Date): string {
  return osloTime.format(at);
}

/** "forlengelse til 26. februar 2027 venter: varselet er ikke godkjent" – the first month's date still holds. */
export function extensionWaitingText(extension: { state: "drafted" | "queued"; extendedDue: string }): string {
  const waiting = extension.state === "drafted" ? "varselet er ikke godkjent ennå" : "varselet er godkjent, men ikke sendt ennå";
  return `forlengelse til ${formatDate(extension.extendedDue, "nb")} venter: ${waiting}`;
}

export function daysLeftText(days: number): string {
  if (days < 0) return `${-days} ${-days === 1 ? "dag" : "dager"} på overtid`;
  if (days === 0) return "frist i dag";
  return `${days} ${days === 1 ? "dag" : "dager"} igjen`;
}
