import type { Clause } from "../understand/normalize";
import { projectPath } from "../../project-path";
import { anyCue, isDisclaimer } from "./cues";
import { matchedWords, PhraseIndex } from "./phrase";
import { loadBuiltRules } from "./rules/compile";

// Dissatisfaction with how the business handled personal data or its service: rules/complaint.yml, as built.
const COMPLAINT_RULES_FILE = projectPath("triage", "classify", "rules", "complaint.yml");
export const COMPLAINT_RULES = loadBuiltRules(COMPLAINT_RULES_FILE);

// Asking how to complain is a question, not a complaint.
const ASKING_HOW = anyCue("asking_how");
/** "Kan jeg klage på karakteren?", "can I file a complaint about …?": whether they may complain, asked. */
const ASKING_IF = anyCue("asking_if");

const COMPLAINTS = new PhraseIndex(COMPLAINT_RULES.map((rule) => rule.re));

export interface ComplaintFinding {
  reasons: string[];
}

/** "Hvis jeg er misfornøyd …, kan jeg gå rett til Datatilsynet?": a case that may never come. */
const HYPOTHETICAL = anyCue("hypothetical");
/** "Er den fra dere, eller er det svindel?": asking whether a mail is a scam. */
const IS_IT_A_SCAM = anyCue("is_it_a_scam");
const NOT_ABOUT_YOU = anyCue("not_about_you");
const SOMEONE_ELSE = anyCue("someone_else");
/** "Har ingen konkret sak nå", "purely hypothetical": the mail says it complains of nothing. */
const NO_CASE = anyCue("no_case");
/** "Bare lurer", "just curious, nothing specific": the questions are only questions (what the mail states may still complain). */
const ONLY_ASKING = anyCue("only_asking");

/** `subjectClauses`: how many of the clauses, from the start, are the subject's. */
export function findComplaint(clauses: Clause[], subjectClauses = 0): ComplaintFinding {
  const reasons: string[] = [];
  if (NO_CASE.some(clauses)) return { reasons };
  // "Not about you – another company mishandled my data; how do I go to Datatilsynet?": the trouble is someone else's.
  if (NOT_ABOUT_YOU.some(clauses) && SOMEONE_ELSE.some(clauses)) return { reasons };
  // Then a topic in the subject ("Klage?") or a question is no complaint either.
  const onlyAsking = ONLY_ASKING.some(clauses);
  let askedHow = false;
  const subject: string[] = [];
  for (const [i, clause] of clauses.entries()) {
    if (isDisclaimer(clause)) continue;
    if (onlyAsking && (clause.question || i < subjectClauses)) continue;
    if (clause.question && (HYPOTHETICAL.test(clause) || ASKING_IF.test(clause) || IS_IT_A_SCAM.test(clause))) {
      askedHow = true;
      continue;
    }
    const found = COMPLAINTS.firstMatching(clause);
    if (!found) continue;
    if (ASKING_HOW.test(clause)) askedHow = true;
    else (i < subjectClauses ? subject : reasons).push(`«${matchedWords(found.match)}» → complaint [${COMPLAINT_RULES[found.index]!.id}]`);
  }
  // "Klage" over "Hvordan sender jeg en klage?": the subject names the topic asked about.
  if (!askedHow || reasons.length > 0) reasons.unshift(...subject);
  return { reasons };
}
