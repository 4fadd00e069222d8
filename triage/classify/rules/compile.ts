/**
 * The rules at run time: the checked, expanded entries that `npm run -s rules:build` writes beside each
 * rules/*.yml as JSON, compiled to regular expressions. Neither YAML nor the checks are loaded in production.
 */
import fs from "node:fs";
import { phrase, together } from "../phrase";

/** One rule as the build writes it: fragments and placeholders of phrases expanded, guards as regex sources. */
export interface RuleSpec {
  id: string;
  finds: string;
  /** One phrase, matched in order. */
  pattern?: string;
  /** Phrases that must all occur in the clause, in any order. */
  all?: string[];
  /** Phrases none of which may occur anywhere in the clause (with `all`). */
  unless?: string[];
  /** Lookarounds the match must pass, in order. */
  guards?: string[];
  /** Lookaheads after the match (with `pattern`). */
  guardsAfter?: string[];
  /** The words right after the match must not match this. */
  unlessAfter?: string;
  negatable: boolean;
}

export interface CompiledRule {
  id: string;
  finds: string;
  re: RegExp;
  /** False where the negation is part of the request itself ("ønsker ikke lenger å motta"). */
  negatable: boolean;
  /** For rules whose words come in any order: each part, to show what was found. */
  parts?: RegExp[];
  /** The words right after the match must not match this ("slett meg fra nyhetsbrevet" is not erasure). */
  unlessFollowedBy?: RegExp;
}

export function compileRule(spec: RuleSpec): CompiledRule {
  const guards = (spec.guards ?? []).join("");
  let re: RegExp;
  let parts: RegExp[] | undefined;
  if (spec.pattern !== undefined) {
    const bare = phrase(spec.pattern);
    const after = (spec.guardsAfter ?? []).join("");
    re = guards || after ? new RegExp(guards + bare.source + after) : bare;
  } else {
    const all = spec.all ?? [];
    const nots = (spec.unless ?? []).map((u) => `(?!.*?${phrase(u).source})`).join("");
    re = new RegExp(guards + together(all).source + nots);
    parts = all.map(phrase);
  }
  return { id: spec.id, finds: spec.finds, re, negatable: spec.negatable, ...(parts ? { parts } : {}), ...(spec.unlessAfter ? { unlessFollowedBy: new RegExp(spec.unlessAfter) } : {}) };
}

/** The built JSON beside a rules/*.yml file. */
export function builtFileOf(ymlFile: string): string {
  return ymlFile.replace(/\.yml$/, ".json");
}

export function loadBuiltSpecs(ymlFile: string): RuleSpec[] {
  return JSON.parse(fs.readFileSync(builtFileOf(ymlFile), "utf8")) as RuleSpec[];
}

export function loadBuiltRules(ymlFile: string): CompiledRule[] {
  return loadBuiltSpecs(ymlFile).map(compileRule);
}
