import type { Language } from "../../triage/types";

/** Everything the assistant says to visitors, Norwegian first. */
export const VISITOR_TEXT = {
  welcome: {
    nb: (business: string) => `Hei! Jeg er personvernassistenten til ${business}. Spør meg om hvordan ${business} behandler personopplysninger, for eksempel:\n• Hvor lenge lagrer dere opplysningene mine?\n• Bruker dere informasjonskapsler?\n• Jeg vil at dere sletter opplysningene om meg.\nSkriv «avbryt» når som helst for å avbryte.`,
    en: (business: string) => `Hello! I am the privacy assistant of ${business}. Ask me how ${business} handles personal data, for example:\n• How long do you keep my data?\n• Do you use cookies?\n• I want you to delete my data.\nType "cancel" at any time to stop.`,
  },
  source: { nb: "Kilde", en: "Source" },
  nextStepRights: {
    nb: "For å sende det videre trenger jeg noen få opplysninger.",
    en: "To pass it on, I need a few details.",
  },
  offerPassOn: {
    nb: "Svar «ja» hvis du vil at spørsmålet sendes videre, eller still et nytt spørsmål.",
    en: "Answer \"yes\" if you want the question passed on, or ask something else.",
  },
  askName: {
    nb: "Hva heter du? (Skriv «hopp over» om du ikke vil oppgi navn, eller «avbryt» for å stoppe.)",
    en: "What is your name? (Type \"skip\" if you would rather not say, or \"cancel\" to stop.)",
  },
  askContact: {
    nb: "Hvilken e-postadresse skal svaret sendes til? Vi bruker den også til å bekrefte at det er deg. Skriv «her» om du heller vil ha svaret her i chatten.",
    en: "Which email address should the answer go to? We also use it to confirm it is you. Type \"here\" if you would rather have the answer here in the chat.",
  },
  contactNotUnderstood: {
    nb: "Det ser ikke ut som en e-postadresse. Skriv e-postadressen din, eller «her» for svar her i chatten.",
    en: "That does not look like an email address. Type your email address, or \"here\" to be answered here in the chat.",
  },
  askConsent: {
    nb: (business: string) => `Er det greit at vi lagrer det du har skrevet, navnet og kontaktinformasjonen din i en sak hos ${business}, slik at vi kan svare deg? Svar «ja» eller «nei».`,
    en: (business: string) => `Is it all right that we keep what you wrote, your name and contact details in a case at ${business}, so that we can answer you? Answer "yes" or "no".`,
  },
  consentNotUnderstood: { nb: "Svar «ja» eller «nei».", en: "Please answer \"yes\" or \"no\"." },
  declined: {
    nb: (contact?: string) => `Greit, da sender jeg ikke noe videre.${contact ? ` Du kan også skrive direkte til ${contact}.` : ""}`,
    en: (contact?: string) => `All right, I will not pass anything on.${contact ? ` You can also write directly to ${contact}.` : ""}`,
  },
  cancelled: {
    nb: "Avbrutt. Ingenting er sendt videre. Du kan stille et nytt spørsmål når du vil.",
    en: "Cancelled. Nothing has been passed on. You can ask a new question whenever you like.",
  },
  caseOpened: {
    nb: (caseId: number, due: string, business: string, email?: string) =>
      `Takk! Saken din har nummer ${caseId}. ${business} svarer deg ${email ? `på e-post til ${email}` : "her i chatten"} senest ${due}.`,
    en: (caseId: number, due: string, business: string, email?: string) =>
      `Thank you! Your case number is ${caseId}. ${business} will answer you ${email ? `by e-mail to ${email}` : "here in the chat"} by ${due} at the latest.`,
  },
  sentByEmail: {
    nb: (caseId: number, email: string) => `Sak ${caseId}: en melding om saken din sendes nå på e-post til ${email}. Finner du den ikke om litt, se i søppelpostmappen.`,
    en: (caseId: number, email: string) => `Case ${caseId}: a message about your case is being sent by e-mail to ${email}. If you do not see it shortly, check your spam folder.`,
  },
} as const;

export function said(language: Language, text: { nb: string; en: string }): string {
  return text[language];
}

const CANCEL = /^\s*(avbryt|cancel|stopp|stop)\s*[.!]?\s*$/i;
export function isCancel(text: string): boolean {
  return CANCEL.test(text);
}
