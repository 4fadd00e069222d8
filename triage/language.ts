// Moved: language detection for chat and mail lives in triage/understand/language.ts.
export * from "./understand/language";
