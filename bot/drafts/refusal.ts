import type { DraftCase, DraftContext } from "./types";
import { compose, greeting, placeholder, rightsPhrase, signature } from "./wording";

/** A refusal skeleton: names the reasons and how to complain (GDPR art. 12(4)). */
export function refusalDraft(c: DraftCase, context: DraftContext, refusal: { reasons: string }): string {
  const lang = c.language;
  const reasons = refusal.reasons.trim() || placeholder(lang === "nb" ? "grunnen til avslaget" : "the reason for refusing", lang);
  const what = c.category === "rights_request"
    ? (lang === "nb" ? `forespørselen din om ${rightsPhrase(c.rights, lang)}` : `your request for ${rightsPhrase(c.rights, lang)}`)
    : (lang === "nb" ? "henvendelsen din" : "your request");
  return compose(
    greeting(c.fromName, lang),
    lang === "nb"
      ? `Vi har vurdert ${what} (sak ${c.id}), og vi kan dessverre ikke gjøre det du ber om.`
      : `We have considered ${what} (case ${c.id}), and unfortunately we cannot do what you ask.`,
    lang === "nb" ? `Grunnen er: ${reasons}` : `The reason is: ${reasons}`,
    lang === "nb"
      ? "Er du uenig, kan du klage til Datatilsynet (datatilsynet.no). Du kan også bringe saken inn for domstolene."
      : "If you disagree, you can complain to the Norwegian Data Protection Authority, Datatilsynet (datatilsynet.no). You can also take the matter to the courts.",
    signature(context.businessName, lang),
  );
}
