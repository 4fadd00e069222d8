import { projectPath } from "../project-path";
import { loadBuiltRawRules } from "../triage/classify/rules/raw";
import { clauses, type Clause } from "../triage/understand/normalize";
import { understand } from "../triage/understand/index";
import type { Right } from "../triage/types";

/**
 * Whether a chat message hands the matter over to the owner. What it asks for comes from the one understanding
 * shared with the mail triage (triage/understand); the chat keeps only its own question: does the visitor USE a
 * right or complain ("slett alt om meg", "I want a copy of my data"), or ask ABOUT it before acting
 * ("kan jeg få slettet data?", "how do I object?", "Kan dere alltid slette alt om meg?")? A chat window invites
 * such questions, and they get the right's answer, not a hand-over.
 */
export interface Handover { kind: "rights_request" | "complaint"; rights: Right[] }

// Read on clauses as the understanding normalises them: triage/classify/rules/intent.yml, as built (rules/build.ts).
const rules = loadBuiltRawRules(projectPath("triage", "classify", "rules", "intent.yml"));
const QUESTION_OPENER = rules("question-opener");
const ASKING_ABOUT = rules("asking-about");
const POLITE = rules("polite");
const ORDER = rules("order");

function asksAboutUsing(parts: Clause[]): boolean {
  if (parts.some((clause) => POLITE.test(clause.words) || (ORDER.test(clause.words) && !clause.question))) return false;
  return parts.some((clause) => ASKING_ABOUT.test(clause.words) || (clause.question && QUESTION_OPENER.test(clause.words)));
}

/** A hand-over if the visitor uses a right or complains; undefined for questions, small talk and anything else. */
export function detectHandover(message: string): Handover | undefined {
  const reading = understand(message);
  if (reading.category !== "rights_request" && reading.category !== "complaint") return undefined;
  if (asksAboutUsing(clauses(message))) return undefined;
  return { kind: reading.category, rights: reading.rights };
}
