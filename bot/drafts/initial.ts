import type { Answer } from "../../knowledge/types";
import { acknowledgementDraft } from "./acknowledgement";
import { finalReply } from "./final-reply";
import type { DraftCase, DraftContext, DraftPurpose } from "./types";

/**
 * The draft a case starts with: a question the knowledge base answers in full gets the answer; anything else gets
 * an acknowledgement with the dates first, and once that has gone out, the answer filled from the knowledge base.
 */
export function initialDraft(
  c: DraftCase, context: DraftContext, options: { acknowledged: boolean; question?: string; ask?: (question: string) => Answer },
): { purpose: DraftPurpose; text: string } {
  const reply = finalReply({ ...c, text: c.text ?? options.question }, { ...context, ask: context.ask ?? options.ask });
  if (c.category === "inquiry" && reply.gaps.length === 0) return { purpose: "reply", text: reply.text };
  if (!options.acknowledged) return { purpose: "acknowledgement", text: acknowledgementDraft(c, context) };
  return { purpose: "reply", text: reply.text };
}
