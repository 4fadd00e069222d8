/**
 * Raw rules: regular expressions over one named input (a header value, an address, the subject, the text, a
 * normalised clause), for what the phrase language cannot say: machine-sent mail (rules/automated.yml) and the
 * chat's question-or-request reading (rules/intent.yml). Checked when built (check-raw.ts); read here from the JSON.
 *
 * The rules that find one thing are joined into one alternation, in file order, so a group finds what one
 * hand-written expression would (the leftmost match, the earlier rule first at the same place) and names the rule.
 */
import fs from "node:fs";
import { builtFileOf } from "./compile";

/**
 * The inputs a raw rule may read; `clause`: the words of one normalised clause (folded, dialect read as Bokmål);
 * `header:NAME`: that header's value, trimmed.
 */
export const RAW_INPUTS = ["header:precedence", "address", "subject", "text", "clause", "header:auto-submitted", "header:content-type", "header:return-path", "header:from"] as const;
export type RawInput = (typeof RAW_INPUTS)[number];

/** What each raw family finds, by file name; the code asks for a group by this name. */
export const RAW_FAMILIES: Record<string, readonly string[]> = {
  automated: ["bulk-precedence", "machine-sender", "automated-subject", "machine-footer", "short-machine-text", "platform-notice", "notice-to-customer", "auto-submitted", "delivery-report", "null-return-path", "machine-sender-name", "answered-subject"],
  intent: ["question-opener", "asking-about", "polite", "order"],
};

/** How one group of rules reads its input, as the build writes it. */
export interface RawFindsSpec {
  input: RawInput;
  flags: string;
}

export interface RawRuleSpec {
  id: string;
  finds: string;
  regex: string;
}

export interface RawRulesBuilt {
  finds: Record<string, RawFindsSpec>;
  rules: RawRuleSpec[];
}

export interface RawHit {
  id: string;
  /** The matched text. */
  text: string;
}

export class RawRuleGroup {
  readonly re: RegExp;

  constructor(
    readonly finds: string,
    readonly input: RawInput,
    readonly ids: readonly string[],
    sources: readonly string[],
    flags: string,
  ) {
    this.re = new RegExp(sources.map((source, i) => `(?<r${i}>${source})`).join("|"), flags);
  }

  exec(text: string): RawHit | undefined {
    const found = this.re.exec(text);
    if (!found) return undefined;
    const at = this.ids.findIndex((_, i) => found.groups![`r${i}`] !== undefined);
    return { id: this.ids[at]!, text: found[0] };
  }

  test(text: string): boolean {
    return this.re.test(text);
  }
}

function compileRawRules(built: RawRulesBuilt): Map<string, RawRuleGroup> {
  const groups = new Map<string, RawRuleGroup>();
  for (const [finds, { input, flags }] of Object.entries(built.finds)) {
    const rules = built.rules.filter((rule) => rule.finds === finds);
    groups.set(finds, new RawRuleGroup(finds, input, rules.map((rule) => rule.id), rules.map((rule) => rule.regex), flags));
  }
  return groups;
}

/** The built rules of a raw rules/*.yml, by what they find; a group the code needs and the file lacks is an error at load. */
export function loadBuiltRawRules(ymlFile: string): (finds: string) => RawRuleGroup {
  const groups = compileRawRules(JSON.parse(fs.readFileSync(builtFileOf(ymlFile), "utf8")) as RawRulesBuilt);
  return (finds) => {
    const group = groups.get(finds);
    if (!group) throw new Error(`${ymlFile}: no rules find ${finds}`);
    return group;
  };
}
