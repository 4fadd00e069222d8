import type { Answer } from "../../knowledge/types";
import { acknowledgementDraft } from "./acknowledgement";
import { finalReplyDraft } from "./final-reply";
import { inquiryAnswerDraft } from "./inquiry-answer";
import type { DraftCase, DraftContext, DraftPurpose } from "./types";

/**
 * The draft a case starts with: a question the knowledge base answers gets the answer; anything else gets an
 * acknowledgement with the dates first, and once that has gone out, the answer with gaps to fill.
 */
export function initialDraft(
  c: DraftCase, context: DraftContext, options: { acknowledged: boolean; question?: string; ask?: (question: string) => Answer },
): { purpose: DraftPurpose; text: string } {
  if (c.category === "inquiry" && options.question && options.ask) {
    const answer = options.ask(options.question);
    if (answer.action === "answered") return { purpose: "reply", text: inquiryAnswerDraft(c, context, { ...answer, language: c.language }) };
  }
  if (!options.acknowledged) return { purpose: "acknowledgement", text: acknowledgementDraft(c, context) };
  return { purpose: "reply", text: finalReplyDraft(c, context) };
}
