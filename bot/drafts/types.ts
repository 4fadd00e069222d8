import type { Answer } from "../../knowledge/types";
import type { KnowledgeBase } from "../../knowledge/schema";
import type { Language, Right } from "../../triage/types";

/** What a draft is for; it decides what happens when the owner approves it. */
export type DraftPurpose = "acknowledgement" | "reply" | "extension" | "identity" | "refusal";
export const DRAFT_PURPOSES: readonly DraftPurpose[] = ["acknowledgement", "reply", "extension", "identity", "refusal"];

/** The facts of a case a draft may use. Nothing else of the case reaches a draft. */
export interface DraftCase {
  id: number;
  category: string;
  rights: Right[];
  language: Language;
  channel: string;
  fromName?: string | null;
  receivedAt: Date;
  due: string;
  extendedDue?: string | null;
  /** What the requester wrote (subject and body): tells which processing activities they are part of, and their questions. */
  text?: string;
}

export interface DraftContext {
  /** Signs every draft; from the knowledge base. */
  businessName: string;
  /** The facts the final reply is written from; without it the reply is all gaps. */
  knowledge?: KnowledgeBase;
  /** The Q&A engine, for the questions in an inquiry. */
  ask?: (question: string) => Answer;
}
