import type { Language, Right } from "../../triage/types";
import type { DraftCase, DraftContext } from "./types";
import { compose, complaintLine, greeting, placeholder, rightsPhrase, signature } from "./wording";

function bodyFor(right: Right, lang: Language): string {
  const gap = (what: string) => placeholder(what, lang);
  switch (right) {
    case "access":
      return lang === "nb"
        ? `Opplysninger vi har om deg: ${gap("hvilke opplysninger")}\nHva vi bruker dem til, og på hvilket grunnlag: ${gap("formål og grunnlag")}\nHvem vi deler dem med: ${gap("mottakere")}\nHvor lenge vi tar vare på dem: ${gap("lagringstid")}`
        : `The data we hold about you: ${gap("which data")}\nWhat we use it for, and on what basis: ${gap("purposes and basis")}\nWho we share it with: ${gap("recipients")}\nHow long we keep it: ${gap("retention")}`;
    case "erasure":
      return lang === "nb"
        ? `Vi har nå slettet opplysningene om deg: ${gap("hva som er slettet, og eventuelt hva vi må beholde og hvilken lov som krever det")}`
        : `We have now erased the data about you: ${gap("what was erased, and what we must keep and which law requires it, if anything")}`;
    case "rectification":
      return lang === "nb" ? `Vi har rettet dette: ${gap("hva som er rettet")}` : `We have corrected the following: ${gap("what was corrected")}`;
    case "restriction":
      return lang === "nb" ? `Vi har begrenset bruken slik: ${gap("hva som er begrenset")}` : `We have restricted the use as follows: ${gap("what was restricted")}`;
    case "portability":
      return lang === "nb" ? `Opplysningene dine følger vedlagt / finnes her: ${gap("fil eller lenke")}` : `Your data is attached / available here: ${gap("file or link")}`;
    case "objection":
      return lang === "nb" ? `Vi har stanset behandlingen: ${gap("hvilken behandling")}` : `We have stopped the processing: ${gap("which processing")}`;
    case "withdraw_consent":
      return lang === "nb" ? `Vi har registrert at du har trukket tilbake samtykket til: ${gap("hva samtykket gjaldt")}` : `We have recorded that you withdrew your consent to: ${gap("what the consent covered")}`;
  }
}

/** The answer itself, with gaps the owner fills in (the draft cannot go out until they are filled). */
export function finalReplyDraft(c: DraftCase, context: DraftContext): string {
  const lang = c.language;
  const bodies = c.category === "rights_request" && c.rights.length > 0
    ? c.rights.map((right) => bodyFor(right, lang)).join("\n\n")
    : placeholder(lang === "nb" ? "svaret ditt" : "your answer", lang);
  const about = c.category === "rights_request"
    ? (lang === "nb" ? `Her er svaret på forespørselen din om ${rightsPhrase(c.rights, lang)} (sak ${c.id}).` : `Here is our answer to your request for ${rightsPhrase(c.rights, lang)} (case ${c.id}).`)
    : (lang === "nb" ? `Her er svaret vårt i sak ${c.id}.` : `Here is our answer in case ${c.id}.`);
  return compose(greeting(c.fromName, lang), about, bodies, complaintLine(lang), signature(context.businessName, lang));
}
