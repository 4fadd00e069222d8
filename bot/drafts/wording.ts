import type { Language, Right } from "../../triage/types";
import { formatDate, osloDateOf } from "../../triage/deadlines/calendar";

/** "28. desember 2026" / "28 December 2026" from "2026-12-28". */
export function longDate(isoDate: string, language: Language): string {
  return formatDate(isoDate, language);
}

/** The Oslo calendar date of an instant, written out. */
export function longDateOf(at: Date, language: Language): string {
  return longDate(osloDateOf(at), language);
}

/** What the requester asks for, as a phrase that completes "your request for …". */
export const RIGHT_PHRASES: Record<Right, Record<Language, string>> = {
  access: { nb: "innsyn i opplysningene vi har om deg", en: "access to the data we hold about you" },
  erasure: { nb: "sletting av personopplysningene dine", en: "erasure of your personal data" },
  rectification: { nb: "retting av opplysninger om deg", en: "correction of data about you" },
  restriction: { nb: "begrensning av hvordan vi bruker opplysningene dine", en: "restriction of how we use your data" },
  portability: { nb: "å få opplysningene dine utlevert i et maskinlesbart format", en: "a copy of your data in a machine-readable format" },
  objection: { nb: "å stanse en behandling du protesterer mot", en: "stopping a processing you object to" },
  withdraw_consent: { nb: "å trekke tilbake samtykket ditt", en: "withdrawing your consent" },
};

/** A heading for each right's part of a reply that answers several. */
export const RIGHT_HEADINGS: Record<Right, Record<Language, string>> = {
  access: { nb: "Innsyn", en: "Access" },
  erasure: { nb: "Sletting", en: "Erasure" },
  rectification: { nb: "Retting", en: "Rectification" },
  restriction: { nb: "Begrensning", en: "Restriction" },
  portability: { nb: "Dataportabilitet", en: "Data portability" },
  objection: { nb: "Protest", en: "Objection" },
  withdraw_consent: { nb: "Tilbaketrekking av samtykke", en: "Withdrawing consent" },
};

/** What the requester can expect, one sentence per right. */
export const NEXT_STEP: Record<Right, Record<Language, string>> = {
  access: {
    nb: "Du får en oversikt over hvilke opplysninger vi har om deg, hva vi bruker dem til, hvem vi deler dem med og hvor lenge vi tar vare på dem.",
    en: "You will get an overview of the data we hold about you, what we use it for, who we share it with and how long we keep it.",
  },
  erasure: {
    nb: "Vi sletter opplysningene, med mindre en lov pålegger oss å beholde dem (for eksempel regnskapsregler). Da forteller vi deg hva vi må beholde, og hvorfor.",
    en: "We will delete the data unless a law requires us to keep it (accounting rules, for example). If so, we will tell you what we must keep, and why.",
  },
  rectification: {
    nb: "Vi retter det som er feil, og bekrefter overfor deg når det er gjort.",
    en: "We will correct what is wrong and confirm to you when it is done.",
  },
  restriction: {
    nb: "Vi begrenser bruken av opplysningene slik du ber om, og sier fra før en eventuell begrensning blir opphevet.",
    en: "We will restrict the use of the data as you ask, and tell you before any restriction is lifted.",
  },
  portability: {
    nb: "Du får opplysningene du selv har gitt oss, i et vanlig, maskinlesbart format.",
    en: "You will receive the data you gave us yourself, in a common machine-readable format.",
  },
  objection: {
    nb: "Vi stanser behandlingen du protesterer mot, med mindre vi har tungtveiende grunner som går foran dine interesser. Da forklarer vi hvilke.",
    en: "We will stop the processing you object to, unless we have compelling grounds that override your interests. If so, we will explain them.",
  },
  withdraw_consent: {
    nb: "Vi slutter å bruke opplysninger som bygger på samtykket ditt. Det som ble gjort før du trakk det tilbake, er fortsatt lovlig.",
    en: "We will stop using data that relies on your consent. What was done before you withdrew it remains lawful.",
  },
};

export function rightsPhrase(rights: readonly Right[], language: Language): string {
  const phrases = rights.map((right) => RIGHT_PHRASES[right][language]);
  if (phrases.length === 0) return language === "nb" ? "å bruke personvernrettighetene dine" : "using your privacy rights";
  if (phrases.length === 1) return phrases[0]!;
  const and = language === "nb" ? " og " : " and ";
  return `${phrases.slice(0, -1).join(", ")}${and}${phrases.at(-1)}`;
}

export function greeting(name: string | null | undefined, language: Language): string {
  const first = name?.trim().split(/\s+/)[0];
  const hello = language === "nb" ? "Hei" : "Hello";
  return first ? `${hello} ${first},` : `${hello},`;
}

export function signature(businessName: string, language: Language): string {
  return `${language === "nb" ? "Vennlig hilsen" : "Kind regards"}\n${businessName}`;
}

export function caseNumberLine(caseId: number, language: Language): string {
  return language === "nb"
    ? `Saksnummeret ditt er ${caseId}. Oppgi det gjerne hvis du skriver til oss igjen.`
    : `Your case number is ${caseId}. Please mention it if you write to us again.`;
}

/** Where to complain: the supervisory authority (GDPR art. 77). */
export function complaintLine(language: Language): string {
  return language === "nb"
    ? "Er du uenig i hvordan vi har behandlet saken, kan du klage til Datatilsynet (datatilsynet.no)."
    : "If you disagree with how we have handled this, you can complain to the Norwegian Data Protection Authority, Datatilsynet (datatilsynet.no).";
}

/** Placeholders the owner must replace before a draft can go out. */
export const PLACEHOLDER: Record<Language, string> = { nb: "[FYLL INN", en: "[FILL IN" };
export function placeholder(what: string, language: Language): string {
  return `${PLACEHOLDER[language]}: ${what}]`;
}

/** The access reply's place for the copy of the data itself, which only the owner can supply (text or a file). */
export const COPY_HEADING: Record<Language, string> = { nb: "Kopi av opplysningene vi har om deg:", en: "A copy of the data we hold about you:" };
export const COPY_GAP: Record<Language, string> = { nb: "kopi av opplysningene om deg", en: "a copy of your data" };

/** «Norwegian quotes» / "English quotes". */
export function quoted(text: string, language: Language): string {
  return language === "nb" ? `«${text}»` : `"${text}"`;
}

export function compose(...paragraphs: (string | undefined | false)[]): string {
  return paragraphs.filter((paragraph): paragraph is string => Boolean(paragraph)).join("\n\n");
}
