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
}

export interface DraftContext {
  /** Signs every draft; from the knowledge base. */
  businessName: string;
}
