/** The phrases that show a right being exercised: rules/rights.yml, as built (rules/build.ts), compiled once at module load. */
import { projectPath } from "../../project-path";
import type { Right } from "../types";
import { loadBuiltRules, type CompiledRule } from "./rules/compile";

const RIGHT_RULES_FILE = projectPath("triage", "classify", "rules", "rights.yml");

export interface RightRule extends CompiledRule {
  right: Right;
}

export const RIGHT_RULES: RightRule[] = loadBuiltRules(RIGHT_RULES_FILE).map((rule) => ({ ...rule, right: rule.finds as Right }));
