import type { DraftCase, DraftContext } from "./types";
import { compose, greeting, placeholder, signature } from "./wording";

/** An answer to the requester's follow-up mail, once the case's own answer has gone out: the owner writes it. */
export function followUpDraft(c: DraftCase, context: DraftContext): string {
  const lang = c.language;
  return compose(
    greeting(c.fromName, lang),
    lang === "nb" ? `Takk for meldingen din i sak ${c.id}.` : `Thank you for your message in case ${c.id}.`,
    placeholder(lang === "nb" ? "svaret ditt" : "your answer", lang),
    signature(context.businessName, lang),
  );
}
