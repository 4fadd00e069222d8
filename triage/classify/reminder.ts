/**
 * A reminder over an unanswered request: a short reply that only points at the mail quoted below it ("Se under,
 * gjelder fortsatt!", "Any news on this?", "Purrer på denne"), where that quoted mail, the newest in the thread, is
 * the sender's own. By the labelling rules a reminder that repeats an unanswered request is that request, so the
 * quoted request is read as the sender's own words. A reply over the business's answer, or over someone else's
 * mail (a mailing list), is no reminder; nor is a thank-you that points at nothing ("Takk, da venter jeg").
 */
import type { ParsedMail } from "../mail";
import { newestQuotedMail } from "../split-body";
import { clauses } from "../understand/normalize";
import { forwardsMachineMail } from "./automated";
import { anyCue } from "./cues";

const POINTS_AT_EARLIER_MAIL = anyCue("points_at_earlier_mail");
const TAKES_IT_BACK = anyCue("takes_it_back");
/** Longer than this, the reply says something of its own: it is read as it is. */
const MAX_REMINDER_CHARS = 400;

/** A quoted mail: who wrote it and when, as its attribution or header lines say, and its own text. */
export type QuotedMail = NonNullable<ReturnType<typeof newestQuotedMail>>;

const remembered = new WeakMap<ParsedMail, QuotedMail | null>();

/** The sender's own earlier mail this mail reminds of, or undefined (computed once a mail). */
export function remindedMail(mail: ParsedMail): QuotedMail | undefined {
  let found = remembered.get(mail);
  if (found === undefined) {
    found = findRemindedMail(mail) ?? null;
    remembered.set(mail, found);
  }
  return found ?? undefined;
}

/** The text of the sender's own earlier request this mail reminds of, or undefined. */
export function remindedRequest(mail: ParsedMail): string | undefined {
  return remindedMail(mail)?.text;
}

function findRemindedMail(mail: ParsedMail): QuotedMail | undefined {
  if (mail.forwarded !== undefined || mail.text.length > MAX_REMINDER_CHARS || !/\S/.test(mail.quoted)) return undefined;
  // "Purring: innsyn" as the subject points as well as "Purrer på denne" in the text. Tested first: most replies point at nothing.
  const said = clauses(`${mail.subject}.\n${mail.text}`);
  if (!POINTS_AT_EARLIER_MAIL.some(said) || TAKES_IT_BACK.some(said)) return undefined;
  const earlier = newestQuotedMail(mail.quoted);
  return earlier?.text && writtenBy(earlier.writer, mail.from) ? earlier : undefined;
}

/**
 * Whether an attribution or "Fra:" line names the sender: by address, or, where it gives none, by the sender's full
 * name as whole words. A first name alone is too weak: "Ann" is in "Hanne Berg", and staff share customers' first names.
 */
function writtenBy(writer: string, from: ParsedMail["from"]): boolean {
  const line = writer.toLowerCase();
  if (from.address && line.includes(from.address.toLowerCase())) return true;
  const name = from.name?.trim().toLowerCase().split(/\s+/) ?? [];
  if (name.length < 2 || line.includes("@")) return false;
  const words = line.split(/[^\p{L}\p{N}'-]+/u);
  return words.some((_, at) => name.every((part, i) => words[at + i] === part));
}

/**
 * What the sender hands on beyond their own words, for the model to read with them: a forward's text (not a
 * newsletter's or a notice's, which asks the business for nothing), or the earlier request a reminder points at.
 */
export function handedOnText(mail: ParsedMail): string {
  if (mail.forwarded !== undefined) return forwardsMachineMail(mail) ? "" : mail.forwarded;
  return remindedRequest(mail) ?? "";
}
