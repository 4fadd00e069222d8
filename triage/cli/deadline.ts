import { UserError } from "../../user-error";
import { knowledgeFileFromEnvironment } from "../../knowledge/cli/ask";
import { loadKnowledgeBase } from "../../knowledge/load";
import { deadlinesForReceiptDate, explainReceiptDate, promisedDaysOf, receivedDate } from "../deadlines";
import { isIsoDate } from "../deadlines/calendar";

const EXPECTED = "Forventet 2026-05-16 (dato i Oslo) eller et ISO 8601-tidspunkt med tidssone, f.eks. 2026-05-16T23:30:00Z eller 2026-05-17T01:30:00+02:00 "
  + "/ expected 2026-05-16 (an Oslo date) or an ISO 8601 time with a zone, e.g. 2026-05-16T23:30:00Z";

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** The Oslo receipt date the argument names: a bare date is an Oslo date; a time needs a zone. */
export function parseReceipt(text: string): string {
  const input = text.trim();
  if (isIsoDate(input)) return input;
  const match = DATE_TIME.exec(input);
  if (!match) {
    const hint = /^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(input) ? " Tidspunktet mangler tidssone / the time has no zone." : "";
    throw new UserError(`Ugyldig tidspunkt / invalid time: "${text}".${hint} ${EXPECTED}`);
  }
  const [, date, hours, minutes, seconds] = match;
  const at = new Date(input);
  const inRange = Number(hours) <= 23 && Number(minutes) <= 59 && Number(seconds ?? 0) <= 59;
  if (!isIsoDate(date!) || !inRange || Number.isNaN(at.getTime()))
    throw new UserError(`Ugyldig tidspunkt / invalid time: "${text}". ${EXPECTED}`);
  return receivedDate(at);
}

export async function deadlineCommand(received: string, options: { json?: boolean }): Promise<void> {
  const date = parseReceipt(received);
  const inputs = { promisedDays: promisedDaysOf(loadKnowledgeBase(knowledgeFileFromEnvironment())) };
  if (options.json) {
    const { receivedDate: r, promisedDue, legalDue, due, extendedDue } = deadlinesForReceiptDate(date, inputs);
    process.stdout.write(`${JSON.stringify({ receivedDate: r, promisedDue, legalDue, due, extendedDue })}\n`);
    return;
  }
  process.stdout.write(`${explainReceiptDate(date, inputs).join("\n")}\n`);
}
