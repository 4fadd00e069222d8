import type { DraftCase, DraftContext } from "./types";
import { compose, complaintLine, greeting, longDate, longDateOf, rightsPhrase, signature } from "./wording";

/** Tells the requester, within the first month, that we need longer (GDPR art. 12(3)): why, and the new date. */
export function extensionNoticeDraft(c: DraftCase, context: DraftContext, extension: { reason: string; newDue: string }): string {
  const lang = c.language;
  const received = longDateOf(c.receivedAt, lang);
  const newDue = longDate(extension.newDue, lang);
  const what = c.category === "rights_request" ? rightsPhrase(c.rights, lang) : undefined;
  return compose(
    greeting(c.fromName, lang),
    lang === "nb"
      ? `Vi mottok henvendelsen din${what ? ` om ${what}` : ""} ${received}, og vi trenger dessverre mer tid for å gi deg et fullstendig svar.`
      : `We received your request${what ? ` for ${what}` : ""} on ${received}, and unfortunately we need more time to give you a complete answer.`,
    lang === "nb"
      ? `Personvernforordningen artikkel 12 nr. 3 lar oss forlenge fristen med inntil to måneder når en sak er sammensatt eller vi har mange henvendelser. Grunnen i din sak: ${extension.reason.trim()}`
      : `Article 12(3) of the GDPR allows us to extend the deadline by up to two months when a matter is complex or we have many requests. The reason in your case: ${extension.reason.trim()}`,
    lang === "nb" ? `Du får svar senest ${newDue}.` : `You will have our answer by ${newDue} at the latest.`,
    complaintLine(lang),
    signature(context.businessName, lang),
  );
}
