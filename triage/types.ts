/** Vocabulary shared by triage, the case log and the chat bot. */
export const RIGHTS = ["access", "erasure", "rectification", "restriction", "portability", "objection", "withdraw_consent"] as const;
export type Right = (typeof RIGHTS)[number];

export const CATEGORIES = ["rights_request", "complaint", "inquiry", "automated"] as const;
export type Category = (typeof CATEGORIES)[number];

export type Language = "nb" | "en";

export const CHANNELS = ["email", "telegram", "slack", "console"] as const;
export type Channel = (typeof CHANNELS)[number];

export const CASE_STATUSES = ["new", "awaiting_approval", "answered", "extended", "closed"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Which rule found each right, in which words: `{ erasure: { words: "slett dataene mine", ruleId: "erasure.slett-data" } }`. */
export type FoundBy = Partial<Record<Right, { words: string; ruleId: string }>>;

/** What the classifier says about one message, with the evidence the owner sees. */
export interface Classification {
  category: Category;
  rights: Right[];
  language: Language;
  confidence: number;
  reasons: string[];
}

/** The rules' verdict, with which rule found each right (the model's rights vote reads it: triage/model/rights-vote.ts). */
export interface RulesClassification extends Classification {
  foundBy: FoundBy;
}
