/**
 * Rules as data: triage/classify/rules/*.yml, one file per family, checked here when they are built
 * (`npm run -s rules:build`, and by test/triage-rules.test.ts). Each file holds
 *   fragments  named pieces of the phrase language shared by its rules ("DATA", "WISH"), used as {DATA}
 *   guards     named hand-written lookarounds (regular expressions) a rule's match must pass, or a phrase
 *              that must not come right after the match
 *   rules      each with an id, what it finds, its pattern (or parts found in any order), what must not be
 *              around it, and sentences it must match and must not match
 * Every entry is checked, and a bad one fails with the file and the rule id: it stops the build and the tests,
 * never a mail in production (which reads the built JSON: compile.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { PLACEHOLDER_WORDS } from "../../understand/business-names";
import { correctTypo, fold, standardWord } from "../../understand/normalize";
import { projectPath } from "../../../project-path";
import { RIGHTS } from "../../types";
import { phrase } from "../phrase";
import { compileRule, type RuleSpec } from "./compile";
import { RAW_FAMILIES } from "./raw";

const Guard = z.union([
  z.string().min(1),
  z.object({ phrase: z.string().min(1), then_not: z.string().min(1).optional() }).strict(),
]);

const Rule = z
  .object({
    id: z.string().regex(/^[a-z_]+\.[a-z0-9-]+$/, "an id is «family-or-right.words-with-dashes», e.g. erasure.slett-data"),
    finds: z.string().min(1),
    /** One phrase, matched in order. */
    pattern: z.string().min(1).optional(),
    /** Phrases that must all occur in the clause, in any order. */
    all: z.array(z.string().min(1)).min(1).optional(),
    /** Phrases none of which may occur anywhere in the clause. */
    unless_in_clause: z.array(z.string().min(1)).optional(),
    /** Guards (lookarounds) the match must pass, in order. */
    guards: z.array(z.string()).optional(),
    /** Guards (lookaheads) for what comes right after the match: "(?!(?:for|med|til) )", "(?=$)". */
    guards_after: z.array(z.string()).optional(),
    /** A guard the words right after the match must not match ("slett meg fra nyhetsbrevet"). */
    unless_after: z.string().optional(),
    /** Whether a negation right before the match cancels it; false where the negation is part of the request itself ("ønsker ikke lenger å motta"). By default true for rights, false for other families. */
    negatable: z.boolean().optional(),
    match: z.array(z.string().min(1)).default([]),
    no_match: z.array(z.string().min(1)).default([]),
  })
  .strict();

const RuleFile = z
  .object({
    fragments: z.record(z.string().regex(/^[A-Z][A-Z_]*$/), z.string().min(1)).default({}),
    guards: z.record(z.string().regex(/^[A-Z][A-Z_]*$/), Guard).default({}),
    rules: z.array(Rule).min(1),
  })
  .strict();

export type RuleEntry = z.infer<typeof Rule>;

/** A rule read and checked: what the build writes, and the examples the tests hold it to. */
export interface CheckedRule {
  spec: RuleSpec;
  match: string[];
  noMatch: string[];
}

export class RuleError extends Error {}

const REFERENCE = /\{([A-Za-z_]+)\}/g;

/** The families, by file name, and what a rule of each may find. */
export const RULE_FAMILIES: Record<string, readonly string[]> = {
  rights: RIGHTS,
  complaint: ["complaint"],
  "asking-about": ["asking_about"],
  cues: ["not_a_request", "need_nothing_more", "received", "disclaimer", "how_to_myself", "asking_how", "asking_if", "hypothetical", "is_it_a_scam", "not_about_you", "someone_else", "no_case", "only_asking", "written_for", "points_at_earlier_mail", "takes_it_back"],
};

export const RULES_DIR = projectPath("triage", "classify", "rules");

/** The phrase rule files; `raw`: the raw rule files instead (check-raw.ts). */
export function ruleFiles(raw = false): string[] {
  const isRaw = (name: string) => path.basename(name, ".yml") in RAW_FAMILIES;
  return fs.readdirSync(RULES_DIR).filter((name) => name.endsWith(".yml") && isRaw(name) === raw).sort().map((name) => path.join(RULES_DIR, name));
}

/** Reads and checks one rule file. `knownFinds`: what a rule of this family may find (by default, by the file's name). */
export function loadRuleFile(file: string, knownFinds = RULE_FAMILIES[path.basename(file, ".yml")]): CheckedRule[] {
  if (!knownFinds) throw new RuleError(`${file}: no rule family of that name (known: ${Object.keys(RULE_FAMILIES).join(", ")})`);
  const where = file.replace(/^.*\/triage\//, "triage/");
  const parsed = RuleFile.safeParse(parse(fs.readFileSync(file, "utf8")));
  if (!parsed.success) throw schemaError(file, where, parsed.error);
  // Only the rights' reading (rights.ts, applyRule) looks past a match; elsewhere unless_after would be silently ignored.
  const readsUnlessAfter = knownFinds.every((finds) => (RIGHTS as readonly string[]).includes(finds));
  return checkRules(parsed.data, knownFinds, where, path.basename(file, ".yml") === "rights", readsUnlessAfter);
}

/** A file the schema rejects: the first problem, at the rule (by id) where it is. */
export function schemaError(file: string, where: string, error: z.ZodError): RuleError {
  const issue = error.issues[0]!;
  const at = issue.path.length > 1 && issue.path[0] === "rules" ? ruleAt(file, Number(issue.path[1])) : issue.path.join(".");
  return new RuleError(`${where}: ${at}: ${issue.path.slice(2).join(".") || ""} ${issue.message}`.replace(/\s+/g, " "));
}

function ruleAt(file: string, index: number): string {
  const rules = (parse(fs.readFileSync(file, "utf8")) as { rules?: { id?: string }[] }).rules;
  return `rule ${rules?.[index]?.id ?? `#${index + 1}`}`;
}

function checkRules(data: z.infer<typeof RuleFile>, knownFinds: readonly string[], where: string, negatableByDefault: boolean, readsUnlessAfter: boolean): CheckedRule[] {
  const { fragments, guards } = data;
  const ids = new Set<string>();
  const patterns = new Map<string, string>();
  const checked: CheckedRule[] = [];
  const used = new Set<string>();
  const problems: string[] = [];
  for (const rule of data.rules) {
    try {
      checked.push(checkRule(rule));
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      problems.push(error.message);
    }
  }
  const unused = [...Object.keys(fragments), ...Object.keys(guards)].filter((name) => !used.has(name));
  if (unused.length > 0) problems.push(`${where}: ${unused.join(", ")} defined but used by no rule`);
  if (problems.length > 0) throw new RuleError(problems.join("\n"));
  return checked;

  function checkRule(rule: RuleEntry): CheckedRule {
    const fail = (message: string): never => {
      throw new RuleError(`${where}: rule ${rule.id}: ${message}`);
    };
    if (ids.has(rule.id)) fail("the id is used twice");
    ids.add(rule.id);
    if (!knownFinds.includes(rule.finds)) fail(`finds «${rule.finds}», known: ${knownFinds.join(", ")}`);
    if ((rule.pattern === undefined) === (rule.all === undefined)) fail("give either pattern or all");
    if (rule.all === undefined && rule.unless_in_clause) fail("unless_in_clause goes with all");
    if (rule.match.length === 0) fail("no sentence it must match (match:)");
    const expand = (text: string): string => expandReferences(text, fragments, guards, used, fail);
    const phrases = [rule.pattern, ...(rule.all ?? []), ...(rule.unless_in_clause ?? [])].filter((p) => p !== undefined);
    for (const text of phrases) checkWords(expandReferences(text, fragments, {}, used, fail, true), fail);
    const key = JSON.stringify([rule.finds, rule.pattern ?? rule.all, rule.unless_in_clause, rule.guards, rule.guards_after, rule.unless_after]);
    const twin = patterns.get(key);
    if (twin) fail(`the same pattern as rule ${twin}`);
    patterns.set(key, rule.id);
    const lookaround = (name: string): string => {
      used.add(name);
      const guard = guards[name];
      if (typeof guard !== "string") return fail(`unknown guard ${name} (a guard around a match is a lookaround; known: ${Object.keys(guards).join(", ")})`);
      return guard;
    };
    const lookarounds = (rule.guards ?? []).map(lookaround);
    const lookaheads = (rule.guards_after ?? []).map(lookaround);
    if (lookaheads.length > 0 && rule.pattern === undefined) fail("guards_after goes with pattern");
    if (rule.unless_after !== undefined && !readsUnlessAfter) fail("unless_after is read only by the rules that find rights (use guards_after)");
    if (rule.unless_after !== undefined && rule.pattern === undefined) fail("unless_after goes with pattern (with all, use unless_in_clause)");
    let unlessAfter: string | undefined;
    if (rule.unless_after !== undefined) {
      used.add(rule.unless_after);
      const guard = guards[rule.unless_after];
      if (guard === undefined) fail(`unless_after names ${rule.unless_after}, which is no guard (known: ${Object.keys(guards).join(", ")})`);
      else unlessAfter = typeof guard === "string" ? guard : `^${phrase(expand(guard.phrase)).source}${guard.then_not ? `(?!${guard.then_not})` : ""}`;
    }
    const spec: RuleSpec = {
      id: rule.id,
      finds: rule.finds,
      ...(rule.pattern !== undefined ? { pattern: expand(rule.pattern) } : { all: rule.all!.map(expand) }),
      ...(rule.unless_in_clause ? { unless: rule.unless_in_clause.map(expand) } : {}),
      ...(lookarounds.length > 0 ? { guards: lookarounds } : {}),
      ...(lookaheads.length > 0 ? { guardsAfter: lookaheads } : {}),
      ...(unlessAfter !== undefined ? { unlessAfter } : {}),
      negatable: rule.negatable ?? negatableByDefault,
    };
    try {
      compileRule(spec);
    } catch (error) {
      fail(`it does not compile: ${(error as Error).message}`);
    }
    return { spec, match: rule.match, noMatch: rule.no_match };
  }
}

/**
 * {NAME} → the fragment (or, in a pattern, an inline guard); {business}/{processor} stay for `phrase`.
 * A fragment that is a whole alternative of a group joins the group: "({DATA}|konto*)" is one flat group,
 * as if its alternatives were written there. `checking`: guards drop out, leaving the words to check.
 */
function expandReferences(text: string, fragments: Record<string, string>, guards: Record<string, unknown>, used: Set<string>, fail: (m: string) => never, checking = false): string {
  return text.replace(REFERENCE, (whole, name: string, offset: number) => {
    if (name in PLACEHOLDER_WORDS) return whole;
    used.add(name);
    const guard = guards[name];
    if (typeof guard === "string") return guard;
    const fragment = fragments[name];
    if (fragment === undefined) {
      if (checking && /^[A-Z_]+$/.test(name)) return ""; // a guard, checked as such on the real expansion
      return fail(`unknown fragment or placeholder {${name}} (fragments: ${Object.keys(fragments).join(", ")}; placeholders: ${Object.keys(PLACEHOLDER_WORDS).join(", ")})`);
    }
    const inner = expandReferences(fragment, fragments, guards, used, fail, checking);
    const before = text[offset - 1];
    const after = text[offset + whole.length];
    const alone = (before === "(" || before === "|") && (after === ")" || after === "|");
    return alone && isOneGroup(inner) ? inner.slice(1, -1) : inner;
  });
}

function isOneGroup(text: string): boolean {
  if (!text.startsWith("(") || !text.endsWith(")")) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0 && i < text.length - 1) return false;
  }
  return true;
}

/**
 * The folded text has only words of [a-z0-9@] (and commas), dialect already read as Bokmål and typos corrected:
 * a pattern word that folding, the dialect map or the typo corrector changes can never match.
 */
function checkWords(written: string, fail: (m: string) => never): void {
  const text = fold(written); // as `phrase` reads it: "ennå" is "enna"
  for (const group of text.match(/\(([^()]*)\)/g) ?? []) {
    const alternatives = group.slice(1, -1).split("|");
    const twice = alternatives.find((a, i) => alternatives.indexOf(a) !== i);
    if (twice !== undefined) fail(`«${twice}» appears twice in ${group}`);
  }
  for (const raw of text.replace(/\{[a-z]+\}/g, " ").split(/[\s()|[\]?]+/)) {
    const word = raw.replace(/^\*+|\*+$/g, "");
    if (!word || word === "_" || word === "__" || word === "~" || word === "^" || word === ",") continue;
    if (!/^[a-z0-9@*]+$/.test(word)) {
      const joined = word.replace(/['’-]/g, "");
      fail(`the word «${raw}» never occurs in folded text${/^[a-z0-9*]+$/.test(joined) ? `: write «${raw.replace(word, joined)}»` : ""}`);
    }
    if (raw.includes("*")) continue;
    if (standardWord(word) !== word) fail(`the word «${word}» is read as «${standardWord(word)}» before rules run: write that`);
    if (correctTypo(word) !== word) fail(`the word «${word}» is corrected to «${correctTypo(word)}» before rules run: write that`);
  }
}
