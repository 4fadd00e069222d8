import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { businessNamesOf } from "../knowledge/business-names";
import { loadKnowledgeBase } from "../knowledge/load";
import { applyRule, findRights } from "../triage/classify/rights";
import { ASKING_ABOUT_RULES } from "../triage/classify/asking-about";
import { COMPLAINT_RULES, findComplaint } from "../triage/classify/complaint";
import { RIGHT_RULES } from "../triage/classify/right-rules";
import { findAutomated } from "../triage/classify/automated";
import { CUE_RULES } from "../triage/classify/cues";
import { builtText } from "../triage/classify/rules/build";
import { builtRawText, loadRawRuleFile } from "../triage/classify/rules/check-raw";
import type { RawRuleGroup } from "../triage/classify/rules/raw";
import { parseMail } from "../triage/parse";
import { loadRuleFile, ruleFiles, RuleError } from "../triage/classify/rules/check";
import { builtFileOf, compileRule, type CompiledRule } from "../triage/classify/rules/compile";
import { ClausePattern, PhraseIndex } from "../triage/classify/phrase";
import { clauses, fold } from "../triage/understand/normalize";
import { RIGHTS } from "../triage/types";

const RULE_FILES = ruleFiles();
// Checking the files is the test: a bad entry throws here, naming the file and the rule.
const CHECKED = RULE_FILES.flatMap((file) => loadRuleFile(file));
const RAW_RULE_FILES = ruleFiles(true);
const CHECKED_RAW = RAW_RULE_FILES.flatMap((file) => loadRawRuleFile(file).rules);

/** Whether the rule fires in some clause of the sentence, as the classifier reads it (not negated, for a rule that may be). */
function fires(rule: CompiledRule, sentence: string): boolean {
  return clauses(sentence).some((clause) => {
    const found = applyRule(rule, clause);
    return found !== undefined && !found.negated;
  });
}

// The classifier runs a rule only on clauses holding its literal words (PhraseIndex): each rule's words as the index derives them.
const RUN = [...ASKING_ABOUT_RULES, ...COMPLAINT_RULES, ...RIGHT_RULES];
const INDEX = new PhraseIndex(RUN.map((rule) => rule.re));
const INDEX_POSITION = new Map(RUN.map((rule, i) => [rule.id, i]));
// The cues (rules/cues.yml) are read one by one, each through the prefilter too (ClausePattern).
const CUE_IDS = new Set(CUE_RULES.map((rule) => rule.id));

// One test per rule, from the examples written beside it in the data.
describe.each(CHECKED.map((rule) => [rule.spec.id, rule] as const))("rule %s", (_, { spec, match, noMatch }) => {
  const rule = compileRule(spec);
  it.each(match)("fires on «%s»", (sentence) => {
    expect(fires(rule, sentence)).toBe(true);
  });
  if (INDEX_POSITION.has(spec.id)) {
    it.each(match)("is not passed over by the literal prefilter on «%s»", (sentence) => {
      const firing = clauses(sentence).filter((clause) => applyRule(rule, clause)?.negated === false);
      expect(firing.some((clause) => INDEX.candidates(clause).includes(INDEX_POSITION.get(spec.id)!))).toBe(true);
    });
  }
  if (CUE_IDS.has(spec.id)) {
    const cue = new ClausePattern(rule.re);
    it.each(match)("is not passed over by the literal prefilter on «%s»", (sentence) => {
      const said = clauses(sentence);
      expect(said.some((clause) => cue.test(clause))).toBe(true);
      expect(cue.some(said)).toBe(true);
    });
  }
  if (noMatch.length > 0) {
    it.each(noMatch)("does not fire on «%s»", (sentence) => {
      expect(fires(rule, sentence)).toBe(false);
    });
  }
});

/** Whether a raw rule finds something in an example: the example is its input, or a message whose clauses it reads. */
function rawFires(group: RawRuleGroup, example: string): boolean {
  return group.input === "clause" ? clauses(example).some((clause) => group.test(clause.words)) : group.test(example);
}

describe.each(CHECKED_RAW.map((rule) => [rule.id, rule] as const))("raw rule %s", (_, { group, match, noMatch }) => {
  it.each(match)("fires on «%s»", (example) => {
    expect(rawFires(group, example)).toBe(true);
  });
  if (noMatch.length > 0) {
    it.each(noMatch)("does not fire on «%s»", (example) => {
      expect(rawFires(group, example)).toBe(false);
    });
  }
});

describe("rule data", () => {
  it("holds no name of a business, its products or its processors: they come from the knowledge base", () => {
    const knowledgeBases = [path.join(import.meta.dirname, "../knowledge/bedre-bedrift.yaml"), path.join(import.meta.dirname, "fixtures/knowledge/solbakken-bakeri.yaml")];
    const names = knowledgeBases.flatMap((file) => {
      const kb = loadKnowledgeBase(file);
      const { business, processors } = businessNamesOf(kb);
      return [...business, ...processors].map((name) => fold(name).replace(/[\s,]+(as|asa|ltd|llc|inc)\.?$/, "")).filter((name) => name.length >= 4);
    });
    expect(names).toEqual(expect.arrayContaining(["bedre bedrift", "solbakken bakeri", "whereby"]));
    for (const file of [...RULE_FILES, ...RAW_RULE_FILES]) {
      const text = fold(fs.readFileSync(file, "utf8"));
      const found = names.filter((name) => new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(text));
      expect({ file: path.basename(file), found }).toEqual({ file: path.basename(file), found: [] });
    }
  });

  it.each(RULE_FILES)("%s is built: the JSON the classifier reads is the checked YAML (npm run -s rules:build)", (file) => {
    expect(fs.readFileSync(builtFileOf(file), "utf8")).toBe(builtText(loadRuleFile(file).map((rule) => rule.spec)));
  });

  it.each(RAW_RULE_FILES)("%s is built: the JSON the code reads is the checked YAML (npm run -s rules:build)", (file) => {
    expect(fs.readFileSync(builtFileOf(file), "utf8")).toBe(builtRawText(loadRawRuleFile(file).built));
  });

  it("is what the classifier runs, in the same order", () => {
    const runs = [...RUN, ...CUE_RULES].map((rule) => [rule.id, rule.re.source]);
    const cuesLast = [...CHECKED.filter(({ spec }) => !CUE_IDS.has(spec.id)), ...CHECKED.filter(({ spec }) => CUE_IDS.has(spec.id))];
    expect(runs).toEqual(cuesLast.map(({ spec }) => [spec.id, compileRule(spec).re.source]));
  });

  it("gives every rule a distinct id across the files", () => {
    const ids = [...CHECKED.map((rule) => rule.spec.id), ...CHECKED_RAW.map((rule) => rule.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("loading a rule file rejects a bad entry, naming the rule", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rules-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  const load = (yaml: string, finds: readonly string[] = RIGHTS) => {
    const file = path.join(dir, `bad-${n++}.yml`);
    fs.writeFileSync(file, yaml);
    return () => loadRuleFile(file, finds).map((rule) => compileRule(rule.spec));
  };
  const rule = (id: string, pattern: string, match = "Slett meg.") => `  - id: ${id}\n    finds: erasure\n    pattern: "${pattern}"\n    match: ["${match}"]\n`;

  it("accepts a good file and compiles its fragments", () => {
    const rules = load(`fragments:\n  DATA: "(data|opplysning*)"\nrules:\n${rule("erasure.slett-data", "slett* _ {DATA}", "Slett dataene mine.")}`)();
    expect(rules.map((r) => r.id)).toEqual(["erasure.slett-data"]);
    expect(rules[0]!.re.test(" slett alle opplysningene mine ")).toBe(true);
  });

  it.each([
    ["a duplicate id", `rules:\n${rule("erasure.a", "slett meg")}${rule("erasure.a", "fjern meg")}`, /rule erasure\.a: the id is used twice/],
    ["a duplicate pattern", `rules:\n${rule("erasure.a", "slett meg")}${rule("erasure.b", "slett meg")}`, /rule erasure\.b: the same pattern as rule erasure\.a/],
    ["an unknown fragment", `rules:\n${rule("erasure.a", "slett {DATAS}")}`, /rule erasure\.a: unknown fragment or placeholder \{DATAS\}/],
    ["an unknown placeholder", `rules:\n${rule("erasure.a", "slett {kunde}")}`, /rule erasure\.a: unknown fragment or placeholder \{kunde\}/],
    ["an unknown guard", `rules:\n  - id: erasure.a\n    finds: erasure\n    pattern: "slett meg"\n    guards: [NOT_ME]\n    match: ["Slett meg."]\n`, /rule erasure\.a: unknown guard NOT_ME/],
    ["a rule without a must-match example", `rules:\n  - id: erasure.a\n    finds: erasure\n    pattern: "slett meg"\n`, /rule erasure\.a: no sentence it must match/],
    ["an unknown right", `rules:\n  - id: erasure.a\n    finds: deletion\n    pattern: "slett meg"\n    match: ["Slett meg."]\n`, /rule erasure\.a: finds «deletion»/],
    ["a word with punctuation the folded text never has", `rules:\n${rule("erasure.a", "slett (e-post|data)")}`, /rule erasure\.a: the word «e-post» never occurs in folded text: write «epost»/],
    ["alternatives that fold to one", `rules:\n${rule("erasure.a", "slett (ikke ennå|ikke enna)")}`, /rule erasure\.a: «ikke enna» appears twice/],
    ["a dialect word the text is read past", `rules:\n${rule("erasure.a", "(ikkje|ikke) slett")}`, /rule erasure\.a: the word «ikkje» is read as «ikke»/],
    ["a word the typo corrector rewrites", `rules:\n${rule("erasure.a", "(makulerer|slett) meg")}`, /rule erasure\.a: the word «makulerer» is corrected to «makulere»/],
    ["a fragment no rule uses", `fragments:\n  DATA: "(data)"\nrules:\n${rule("erasure.a", "slett meg")}`, /DATA defined but used by no rule/],
    ["a lookahead after words that come in any order", `guards:\n  ON: "(on)"\nrules:\n  - id: erasure.a\n    finds: erasure\n    all: ["slett meg"]\n    unless_after: ON\n    match: ["Slett meg."]\n`, /rule erasure\.a: unless_after goes with pattern/],
    ["a field that does not exist", `rules:\n  - id: erasure.a\n    finds: erasure\n    patern: "slett meg"\n    match: ["Slett meg."]\n`, /rule erasure\.a: .*patern/],
  ])("%s", (_, yaml, message) => {
    expect(load(yaml)).toThrow(RuleError);
    expect(load(yaml)).toThrow(message);
  });

  it("rejects unless_after where nothing reads it (outside the rules that find rights), and names guards_after", () => {
    const yaml = `guards:\n  ON: "(on)"\nrules:\n  - id: complaint.a\n    finds: complaint\n    pattern: "klage"\n    unless_after: ON\n    match: ["Jeg vil klage."]\n`;
    expect(load(yaml, ["complaint"])).toThrow(/rule complaint\.a: unless_after is read only by the rules that find rights \(use guards_after\)/);
    expect(load(yaml.replace("unless_after: ON", "guards_after: [ON]"), ["complaint"])()).toHaveLength(1);
  });
});

describe("loading a raw rule file rejects a bad entry, naming the rule", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "raw-rules-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  const load = (rules: string, finds = `finds:\n  machine-footer: { input: text, flags: i }\n`) => {
    const file = path.join(dir, `bad-${n++}.yml`);
    fs.writeFileSync(file, `${finds}rules:\n${rules}`);
    return () => loadRawRuleFile(file, ["machine-footer"]);
  };
  const rule = (id: string, regex: string, match = "please do not reply") => `  - id: ${id}\n    finds: machine-footer\n    regex: '${regex}'\n    match: ["${match}"]\n`;

  it("accepts a good file and names the rule that matched", () => {
    const { rules } = load(rule("automated.a", "do not reply") + rule("automated.b", "unsubscribe here", "unsubscribe here"))();
    expect(rules.map((r) => r.group.exec("Please do not reply.")?.id)).toEqual(["automated.a", undefined]);
  });

  it.each([
    ["a regex that does not compile", rule("automated.a", "(do not reply"), /rule automated\.a: it does not compile/],
    ["a duplicate id", rule("automated.a", "do not reply") + rule("automated.a", "unsubscribe"), /rule automated\.a: the id is used twice/],
    ["a duplicate regex", rule("automated.a", "do not reply") + rule("automated.b", "do not reply"), /rule automated\.b: the same regex as rule automated\.a/],
    ["a rule without a must-match example", `  - id: automated.a\n    finds: machine-footer\n    regex: 'do not reply'\n`, /rule automated\.a: no text it must match/],
    ["an unknown finds", `  - id: automated.a\n    finds: footer\n    regex: 'do not reply'\n    match: [x]\n`, /rule automated\.a: finds «footer»/],
    ["a field that does not exist", `  - id: automated.a\n    finds: machine-footer\n    regex: 'do not reply'\n    examples: [x]\n    match: [x]\n`, /rule automated\.a: .*examples/],
  ])("%s", (_, rules, message) => {
    expect(load(rules)).toThrow(RuleError);
    expect(load(rules)).toThrow(message);
  });

  it("a group the code asks for that the file lacks, or an input no code reads", () => {
    expect(load(rule("automated.a", "do not reply"), `finds:\n  footer: { input: text }\n`)).toThrow(/finds must be exactly machine-footer \(unknown: footer\)/);
    expect(load(rule("automated.a", "do not reply"), `finds:\n  machine-footer: { input: body }\n`)).toThrow(/finds\.machine-footer\.input/);
  });
});

describe("reasons the owner reads name what found the right", () => {
  const reasonsOf = (text: string) => findRights(clauses(text)).reasons;

  it("a rule, by its id", () => {
    expect(reasonsOf("Vennligst slett alle opplysninger om meg.")).toEqual(["«slett alle opplysninger» → erasure [erasure.slett-data]"]);
  });

  it("a negated mention, by its rule's id", () => {
    expect(findRights(clauses("Jeg vil ikke slette kontoen min.")).negated.join()).toMatch(/\(nektet \/ negated\) \[erasure\.[a-z0-9-]+\]$/);
  });

  it("a complaint, by its rule's id", () => {
    expect(findComplaint(clauses("Dette er helt uakseptabelt.")).reasons).toEqual(["«uakseptabelt» → complaint [complaint.uakseptabel]"]);
  });

  it("a right only a whole-mail resolver finds, by the resolver's name", () => {
    const reasons = reasonsOf("Jeg meldte meg på nyhetsbrevet i fjor. Fint om dere stryker meg.");
    expect(reasons).toEqual([expect.stringMatching(/→ withdraw_consent \[withdrawal-said-with-a-pronoun\]$/)]);
  });

  it.each([
    [
      "a machine-sent mail, by the raw rule's id",
      "From: Nettbutikken <no-reply@butikk.example>\r\nTo: post@example.no\r\nSubject: Automatisk svar: Slett meg\r\nPrecedence: bulk\r\n\r\nDette er en automatisk melding. Vennligst ikke svar på denne e-posten.\r\n",
      {
        strong: [
          "header Precedence: bulk [automated.precedence-bulk]",
          "avsender / sender no-reply@butikk.example [automated.sender-machine-name]",
          "tekst / text «Dette er en automatisk» [automated.footer-automatic]",
        ],
        weak: ["emne / subject «Automatisk svar» [automated.subject-auto-reply]"],
      },
    ],
    [
      "a bounce's headers, each by the raw rule that read it; a person's «SV:» keeps the subject from counting",
      'From: MAILER-DAEMON\r\nTo: post@example.no\r\nSubject: SV: Undelivered Mail Returned to Sender\r\nReturn-Path: <>\r\nAuto-Submitted: auto-replied\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nThis is the mail system.\r\n--b1--\r\n',
      {
        strong: [
          "header Auto-Submitted: auto-replied [automated.auto-submitted]",
          "header Content-Type: multipart/report [automated.content-type-report]",
          "header Return-Path: <> [automated.return-path-null]",
          'avsender / sender "MAILER-DAEMON" [automated.from-name-mailer-daemon]',
        ],
        weak: [],
      },
    ],
  ])("%s", async (_, source, reasons) => {
    expect(findAutomated(await parseMail(source))).toEqual(reasons);
  });
});
