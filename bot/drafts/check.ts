import type { Language } from "../../triage/types";
import type { DraftPurpose } from "./types";
import { osloDateOf } from "../../triage/deadlines/calendar";
import { longDate, PLACEHOLDER } from "./wording";

export interface CheckContext {
  purpose: DraftPurpose;
  language: Language;
  receivedAt: Date;
  /** The date the requester must be told (the extended date for an extension notice). */
  due: string;
  /** The requester's own address: an email address or a chat id. */
  requesterAddress: string;
  /** Addresses the business itself publishes (its contact address), which may always appear. */
  ownAddresses?: string[];
  identityStatus: string;
  category: string;
}

export interface DraftProblem {
  code: "missing_due_date" | "missing_received_date" | "missing_complaint_route" | "unfilled_placeholder"
    | "foreign_email" | "phone_number" | "postal_address" | "identity_number" | "case_history" | "asks_too_much" | "empty";
  /** For the owner, in Norwegian. */
  message: string;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// Eight digits written the Norwegian ways, with or without +47; years and dates never match.
const PHONE = /(?:\+47\s?)?\b(?:\d{8}|\d{3} \d{2} \d{3}|\d{2} \d{2} \d{2} \d{2})\b/;
const STREET = /\b[A-ZÆØÅ][a-zæøå]+(?:veien|vegen|veg|vei|gata|gaten|gate|allé|plass|stien|bakken)\s+\d+\s?[A-Za-z]?\b/;
const POSTCODE_TOWN = /\b(?!19|20)\d{4} [A-ZÆØÅ][A-ZÆØÅa-zæøå]+/;
const NATIONAL_ID = /\b\d{6}\s?\d{5}\b/;
// Our own case log, not a processing purpose such as "å ha en historikk" that a reply quotes from the notice.
const HISTORY = /\b(sakshistorikk|historikk for sak|saksgang|hendelseslogg|case history|event log)\b|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/i;
const ASKS_FOR_ID = /(kopi av (pass|førerkort|legitimasjon)|send(e)? oss (ditt |en kopi av )?fødselsnummer|copy of your (passport|driving licen[cs]e|id)|send us your (national identity|social security) number)/i;

/** A demand for ID copies or identity numbers; "we do not ask for …" is fine. */
function asksForId(text: string): boolean {
  return [...text.matchAll(new RegExp(ASKS_FOR_ID.source, "gi"))].some((match) => {
    const before = text.slice(Math.max(0, (match.index ?? 0) - 25), match.index);
    return !/\b(ikke|aldri|not|never|no)\b/i.test(before);
  });
}

const PROMISE = /\b(senest|innen|svarer|svare deg|kommer tilbake|hører fra oss|frist|will answer|will reply|will respond|get back|at the latest|hear from us|deadline|within)\b/i;
const RECEIPT = /\b(mottok|mottatt|fikk vi|received|got your)\b/i;

/** The text promises an answer at a later time ("vi svarer senest …", "we will answer by …"). */
export function promisesAnswer(text: string): boolean {
  return PROMISE.test(text);
}

function mentionsReceipt(text: string): boolean {
  return RECEIPT.test(text);
}

function containsDate(text: string, isoDate: string, language: Language): boolean {
  return text.includes(isoDate) || text.includes(longDate(isoDate, language));
}

/** What must not go out yet. An empty list means the owner may send it. */
export function checkDraft(draft: string, context: CheckContext): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const text = draft.trim();
  if (!text) return [{ code: "empty", message: "Utkastet er tomt." }];
  const lang = context.language;

  if (context.purpose === "acknowledgement" || context.purpose === "extension") {
    // An extension notice exists to name the new date; a receipt only where it promises an answer later.
    if ((context.purpose === "extension" || promisesAnswer(text)) && !containsDate(text, context.due, lang))
      problems.push({ code: "missing_due_date", message: `Teksten lover et svar senere, men datoen for svar senest (${longDate(context.due, lang)}) mangler.` });
    const received = osloDateOf(context.receivedAt);
    if (mentionsReceipt(text) && !containsDate(text, received, lang))
      problems.push({ code: "missing_received_date", message: `Teksten sier når vi mottok henvendelsen, men datoen (${longDate(received, lang)}) mangler.` });
  }
  if (context.purpose === "refusal" && !/datatilsynet/i.test(text))
    problems.push({ code: "missing_complaint_route", message: "Et avslag må si at man kan klage til Datatilsynet." });
  if (text.includes(PLACEHOLDER.nb) || text.includes(PLACEHOLDER.en))
    problems.push({ code: "unfilled_placeholder", message: "Utkastet har felt som ikke er fylt inn ([FYLL INN …])." });
  if (context.purpose === "identity" && asksForId(text))
    problems.push({ code: "asks_too_much", message: "Be ikke om kopi av legitimasjon eller fødselsnummer; svar fra kjent adresse holder som regel." });

  if (context.identityStatus !== "verified") problems.push(...disclosureProblems(text, context));
  return problems;
}

/** Personal data that must not reach a requester whose identity is not confirmed. */
function disclosureProblems(text: string, context: CheckContext): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const allowed = new Set([context.requesterAddress, ...(context.ownAddresses ?? [])].map((address) => address.trim().toLowerCase()));
  const foreign = [...text.matchAll(EMAIL)].map((match) => match[0].toLowerCase()).filter((address) => !allowed.has(address));
  const why = "Identiteten er ikke bekreftet";
  if (foreign.length > 0)
    problems.push({ code: "foreign_email", message: `${why}, men utkastet nevner andre e-postadresser: ${[...new Set(foreign)].join(", ")}.` });
  if (PHONE.test(text)) problems.push({ code: "phone_number", message: `${why}, men utkastet inneholder et telefonnummer.` });
  if (STREET.test(text) || POSTCODE_TOWN.test(text)) problems.push({ code: "postal_address", message: `${why}, men utkastet inneholder en adresse.` });
  if (NATIONAL_ID.test(text)) problems.push({ code: "identity_number", message: `${why}, men utkastet inneholder noe som ligner et fødselsnummer.` });
  if (HISTORY.test(text)) problems.push({ code: "case_history", message: `${why}, men utkastet gjengir sakshistorikk.` });
  return problems;
}
