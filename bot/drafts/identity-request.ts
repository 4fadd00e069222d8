import type { DraftCase, DraftContext } from "./types";
import { compose, greeting, signature } from "./wording";

/**
 * Asks the requester to show the request is theirs, asking for no more than needed: a reply from the
 * address we already know (or, from a chat, that address), never ID copies or national identity numbers.
 */
export function identityRequestDraft(c: DraftCase, context: DraftContext): string {
  const lang = c.language;
  const fromChat = c.channel !== "email";
  const how = lang === "nb"
    ? (fromChat
      ? "Det enkleste er at du skriver hvilken e-postadresse du har brukt hos oss. Vi sender en bekreftelse dit, og du svarer på den."
      : "Det enkleste er at du svarer på denne e-posten fra adressen du har brukt i kontakten med oss.")
    : (fromChat
      ? "The simplest way is to tell us the email address you have used with us. We will send a confirmation there for you to answer."
      : "The simplest way is to reply to this email from the address you have used with us.");
  return compose(
    greeting(c.fromName, lang),
    lang === "nb"
      ? "For å være sikre på at vi gir opplysninger til rett person, må vi bekrefte at forespørselen kommer fra deg."
      : "To be sure we give information to the right person, we need to confirm that the request comes from you.",
    how,
    lang === "nb"
      ? "Vi ber ikke om kopi av legitimasjon eller fødselsnummer. Fristen for å svare deg står stille til vi har fått bekreftelsen."
      : "We do not ask for copies of ID documents or national identity numbers. The deadline for our answer is paused until we have your confirmation.",
    signature(context.businessName, lang),
  );
}
