import type { Answer } from "../../knowledge/types";
import type { DraftCase, DraftContext } from "./types";
import { compose, greeting, signature } from "./wording";

/** An answer to a privacy question, drawn from the Q&A engine's answer and naming what it rests on. */
export function inquiryAnswerDraft(c: DraftCase, context: DraftContext, answer: Answer): string {
  const lang = c.language;
  const basis = answer.sources.length > 0
    ? (lang === "nb"
      ? `Svaret bygger på personvernerklæringen vår (${answer.sources.join("; ")}).`
      : `This answer is based on our privacy notice (${answer.sources.join("; ")}).`)
    : undefined;
  return compose(
    greeting(c.fromName, lang),
    lang === "nb" ? "Takk for spørsmålet ditt." : "Thank you for your question.",
    answer.answer.trim(),
    basis,
    lang === "nb" ? "Har du flere spørsmål, er det bare å svare på denne meldingen." : "If you have more questions, just reply to this message.",
    signature(context.businessName, lang),
  );
}
