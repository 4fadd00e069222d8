import type { Right } from "../../triage/types";
import type { DraftCase, DraftContext } from "./types";
import { caseNumberLine, compose, complaintLine, greeting, longDate, longDateOf, NEXT_STEP, rightsPhrase, signature } from "./wording";

/** Confirms receipt and names both dates: when we got it, and when the answer comes at the latest. */
export function acknowledgementDraft(c: DraftCase, context: DraftContext): string {
  const lang = c.language;
  const received = longDateOf(c.receivedAt, lang);
  const due = longDate(c.extendedDue ?? c.due, lang);
  const opening = c.category === "complaint"
    ? (lang === "nb"
      ? `Takk for at du sa fra. Vi mottok klagen din på hvordan vi behandler personopplysninger ${received}.`
      : `Thank you for letting us know. We received your complaint about how we handle personal data on ${received}.`)
    : c.category === "rights_request"
      ? (lang === "nb"
        ? `Takk for henvendelsen. Vi mottok forespørselen din om ${rightsPhrase(c.rights, lang)} ${received}.`
        : `Thank you for getting in touch. We received your request for ${rightsPhrase(c.rights, lang)} on ${received}.`)
      : (lang === "nb"
        ? `Takk for spørsmålet ditt, som vi mottok ${received}.`
        : `Thank you for your question, which we received on ${received}.`);
  const promise = lang === "nb"
    ? `Vi svarer så snart vi kan, og senest ${due}. Skulle vi trenge mer tid fordi saken er sammensatt, sier vi fra før den datoen og forklarer hvorfor.`
    : `We will answer as soon as we can, and by ${due} at the latest. Should we need more time because the matter is complex, we will tell you before that date and explain why.`;
  const nextSteps = c.category === "rights_request" ? c.rights.map((right: Right) => NEXT_STEP[right][lang]).join(" ") : undefined;
  return compose(
    greeting(c.fromName, lang),
    opening,
    promise,
    nextSteps,
    c.category === "complaint" && complaintLine(lang),
    c.id > 0 && caseNumberLine(c.id, lang),
    signature(context.businessName, lang),
  );
}
