/**
 * Checks a raw rules file (rules/automated.yml, rules/intent.yml; see raw.ts) when it is built and in the tests:
 *   finds  what its rules find, each with the input it reads and the regular-expression flags of the group
 *   rules  each with an id, what it finds, its regular expression, and sentences it must match and must not match
 * A bad entry fails with the file and the rule id, all problems at once.
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { RuleError, schemaError } from "./check";
import { RAW_FAMILIES, RAW_INPUTS, RawRuleGroup, type RawRulesBuilt } from "./raw";

const RawRule = z
  .object({
    id: z.string().regex(/^[a-z_]+\.[a-z0-9-]+$/, "an id is «family.words-with-dashes», e.g. automated.subject-bounce"),
    finds: z.string().min(1),
    /** A JavaScript regular expression, with the flags of its group. */
    regex: z.string().min(1),
    match: z.array(z.string().min(1)).default([]),
    no_match: z.array(z.string().min(1)).default([]),
  })
  .strict();

const RawRuleFile = z
  .object({
    finds: z.record(z.string(), z.object({ input: z.enum(RAW_INPUTS), flags: z.string().regex(/^[imsu]*$/).default("") }).strict()),
    rules: z.array(RawRule).min(1),
  })
  .strict();

export interface CheckedRawRules {
  built: RawRulesBuilt;
  /** Each rule alone (as its own group), with its examples. */
  rules: { id: string; group: RawRuleGroup; match: string[]; noMatch: string[] }[];
}

export function loadRawRuleFile(file: string, knownFinds = RAW_FAMILIES[path.basename(file, ".yml")]): CheckedRawRules {
  if (!knownFinds) throw new RuleError(`${file}: no raw rule family of that name (known: ${Object.keys(RAW_FAMILIES).join(", ")})`);
  const where = file.replace(/^.*\/triage\//, "triage/");
  const parsed = RawRuleFile.safeParse(parse(fs.readFileSync(file, "utf8")));
  if (!parsed.success) throw schemaError(file, where, parsed.error);
  const { finds, rules } = parsed.data;
  const problems: string[] = [];
  const missing = knownFinds.filter((name) => !(name in finds));
  const unknown = Object.keys(finds).filter((name) => !knownFinds.includes(name));
  if (missing.length > 0 || unknown.length > 0) problems.push(`${where}: finds must be exactly ${knownFinds.join(", ")}${unknown.length ? ` (unknown: ${unknown.join(", ")})` : ""}`);
  const ids = new Set<string>();
  const regexes = new Map<string, string>();
  const checked: CheckedRawRules["rules"] = [];
  for (const rule of rules) {
    const fail = (message: string) => problems.push(`${where}: rule ${rule.id}: ${message}`);
    if (ids.has(rule.id)) fail("the id is used twice");
    ids.add(rule.id);
    const twin = regexes.get(rule.regex);
    if (twin) fail(`the same regex as rule ${twin}`);
    regexes.set(rule.regex, rule.id);
    if (rule.match.length === 0) fail("no text it must match (match:)");
    const group = finds[rule.finds];
    if (!group) {
      fail(`finds «${rule.finds}», known: ${Object.keys(finds).join(", ")}`);
      continue;
    }
    try {
      checked.push({ id: rule.id, group: new RawRuleGroup(rule.finds, group.input, [rule.id], [rule.regex], group.flags), match: rule.match, noMatch: rule.no_match });
    } catch (error) {
      fail(`it does not compile: ${(error as Error).message}`);
    }
  }
  const empty = Object.keys(finds).filter((name) => !rules.some((rule) => rule.finds === name));
  if (empty.length > 0) problems.push(`${where}: no rule finds ${empty.join(", ")}`);
  if (problems.length > 0) throw new RuleError(problems.join("\n"));
  return { built: { finds, rules: rules.map(({ id, finds: what, regex }) => ({ id, finds: what, regex })) }, rules: checked };
}

/** One rule a line, as the phrase rules are built. */
export function builtRawText(built: RawRulesBuilt): string {
  return `{\n"finds": ${JSON.stringify(built.finds)},\n"rules": [\n${built.rules.map((rule) => JSON.stringify(rule)).join(",\n")}\n]\n}\n`;
}
