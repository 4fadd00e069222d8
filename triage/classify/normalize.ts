// Moved: the one normalisation for chat and mail lives in triage/understand/normalize.ts.
export * from "../understand/normalize";
