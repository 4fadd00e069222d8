/**
 * Cues that read a clause as something other than a request or a complaint ("dette er ikke et krav", a disclaimer,
 * "hvordan endrer jeg …?", "ingen klage, bare et spørsmål"): rules/cues.yml, as built (rules/build.ts).
 */
import { projectPath } from "../../project-path";
import type { Clause } from "../understand/normalize";
import { anyOf, ClausePattern } from "./phrase";
import { loadBuiltRules } from "./rules/compile";

export const CUE_RULES = loadBuiltRules(projectPath("triage", "classify", "rules", "cues.yml"));

function cueRules(finds: string): RegExp[] {
  const found = CUE_RULES.filter((rule) => rule.finds === finds).map((rule) => rule.re);
  if (found.length === 0) throw new Error(`rules/cues.yml: no rule finds ${finds}`);
  return found;
}

/** The rules that find `finds`, in file order. */
export function cues(finds: string): ClausePattern[] {
  return cueRules(finds).map((re) => new ClausePattern(re));
}

/** Any one of the rules that find `finds`, as one pattern tested once. */
export function anyCue(finds: string): ClausePattern {
  return new ClausePattern(anyOf(cueRules(finds)));
}

/**
 * A confidentiality disclaimer that a mail client or a company appends, when it is left in the new text:
 * "If you are not the intended recipient, please delete it", "Dersom du har mottatt denne e-posten ved en feil,
 * vennligst slett den". Its "delete it" asks nothing of the business.
 */
const DISCLAIMER = anyCue("disclaimer");

export function isDisclaimer(clause: Clause): boolean {
  return DISCLAIMER.test(clause);
}
