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

/** What the classifier says about one message, with the evidence the owner sees. */
export interface Classification {
  category: Category;
  rights: Right[];
  language: Language;
  confidence: number;
  reasons: string[];
}
