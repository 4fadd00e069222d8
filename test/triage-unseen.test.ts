import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { choiceSets, foldCorpus, readableForRuleWork, scored, withoutFittedMaps } from "../triage/eval/unseen";
import { calibrated, combine } from "../triage/model/combine";
import { STORED_COMBINATION } from "../triage/model/combination-file";
import {
  agreementMapOutOfFold, calibrationError, calibrationReport, confidenceMapOutOfFold, fitAgreementMap, fitConfidenceMap, fitRulesAloneMap, reliability,
  rulesAloneMapOutOfFold,
} from "../triage/eval/calibration";
import { statedConfidence } from "../triage/model/model";
import type { Example } from "../triage/model/dataset";

// The real command on a tiny fixture (two blind sets of eight mails, no SpamAssassin, no generated corpus).
describe("npm run eval:triage -- --unseen", () => {
  it("prints model, rules and combination per set and their mean, and ends with the chosen method's one line", { timeout: 120_000 }, async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      "--import", "tsx", "triage/eval/run.ts", "--unseen", "--blind", "test/fixtures/unseen-blind", "--no-spam", "--no-corpus",
    ]);
    const lines = stdout.trimEnd().split("\n");
    expect(lines.find((line) => line.startsWith("set"))).toMatch(/model F1 \/ exact\s+rules F1 \/ exact\s+combination F1 \/ exact/);
    expect(lines.filter((line) => /^set0[12]\s+8\s+(\s*[\d.]+ \/\s*[\d.]+\s+){3}$/.test(`${line} `))).toHaveLength(2);
    expect(lines.some((line) => /^mean\s+16\s/.test(line))).toBe(true);
    expect(stdout).toContain("calibration");
    // Both tables side by side: the mails the model weighs, and the short messages the rules decide alone.
    expect(stdout).toMatch(/the mails the model weighs\s+messages under \d+ words \(the rules' alone\)/);
    expect(lines.filter((line) => /^\s+0\.\d\d–[01]\.\d\d(\s+\d+\s+(\d+\.\d %\s+\d+\.\d %|–\s+–)){2}\s*$/.test(line))).toHaveLength(7);
    expect(lines.at(-1)).toMatch(/^mean: macro-F1 \d{1,3}\.\d %, exact rights \d{1,3}\.\d %$/);
  });
});

describe("the sets the votes are chosen on", () => {
  it("are those the rules were never tuned on, never the final exam; all but the exam when there are none", () => {
    const sets = Array.from({ length: 48 }, (_, i) => `set${String(i + 1).padStart(2, "0")}`);
    expect(choiceSets(sets)).toEqual(["set45", "set46", "set47", "set48"]);
    expect(choiceSets([...sets, "set49", "set50", "set54", "set57"])).toEqual(["set45", "set46", "set47", "set48", "set49", "set50"]);
    expect(choiceSets(["set01", "set02", "set27"])).toEqual(["set01", "set02"]);
  });

  it("are never listed by --errors, nor is the final exam: only the sets read for rule work", () => {
    const chosenOn = choiceSets(["set24", "set27", "set45", "set46"]);
    expect(["set24", "set27", "set45", "set46"].filter((set) => readableForRuleWork(set, chosenOn))).toEqual(["set24"]);
  });
});

describe("choosing the votes again", () => {
  it("starts from none of the stored maps, so a map not kept this time is not saved from the last", () => {
    const stored = { ...STORED_COMBINATION, confidenceMap: { slope: 0.9, intercept: 0.8 }, disagreementShift: -0.5, rulesAloneConfidenceMap: { slope: 1, intercept: 1.4 } };
    const fresh = withoutFittedMaps(stored, { vote: 1, rightsVote: 0.25, temperature: 1 }, 0.3);
    expect(JSON.parse(JSON.stringify(fresh))).toEqual({ ...JSON.parse(JSON.stringify(STORED_COMBINATION)), vote: 1, rightsVote: 0.25, temperature: 0.3, confidenceMap: undefined, disagreementShift: undefined, rulesAloneConfidenceMap: undefined });
    expect(Object.keys(JSON.parse(JSON.stringify(fresh)))).not.toContain("disagreementShift");
    expect(fresh.rulesAloneBelowWords).toBe(STORED_COMBINATION.rulesAloneBelowWords);
  });
});

describe("the generated tune split in folds", () => {
  it("keeps a template's near-copies in one fold, spreads the templates over k folds and leaves other groups alone", () => {
    const files = ["r-nb-access-1-1", "r-nb-access-1-2", "r-nb-access-2-1", "r-en-erase-3-1", "r-en-erase-3-2", "c-en-leak-1", "i-nb-hours-1"];
    const examples = [...files.map((name) => ({ group: "corpus", file: `mails/${name}.eml` })), { group: "set07", file: "mails/r01.eml" }] as Example[];
    const { examples: folded, folds } = foldCorpus(examples, 3);
    expect(folds).toEqual(["tune1", "tune2", "tune3"]);
    const foldOf = (file: string) => folded.find((e) => e.file === `mails/${file}.eml`)!.group;
    expect(foldOf("r-nb-access-1-1")).toBe(foldOf("r-nb-access-1-2"));
    expect(foldOf("r-en-erase-3-1")).toBe(foldOf("r-en-erase-3-2"));
    expect(new Set(folded.filter((e) => e.group.startsWith("tune")).map((e) => e.group))).toEqual(new Set(folds));
    expect(folded.at(-1)!.group).toBe("set07");
    expect(examples[0]!.group).toBe("corpus");
  });
});

describe("scoring the combination as it runs", () => {
  // The model's scores say inquiry with all its weight; the rules say erasure. Scores: 4 categories, 7 rights.
  const modelSaysInquiry = [-3, -3, 6, -3, -3, -3, -3, -3, -3, -3, -3];
  const item = (words: number) => ({
    example: {
      group: "set23", file: "mails/r01.eml", category: "rights_request", rights: ["erasure"], language: "nb", words,
      rules: { category: "rights_request", rights: ["erasure"], language: "nb", confidence: 0.9, reasons: [] },
    } as unknown as Example,
    scores: Float64Array.from(modelSaysInquiry),
  });
  const verdict = (words: number) => scored([item(words)], "combination", STORED_COMBINATION)[0]!.predicted;

  it("leaves a message shorter than the threshold to the rules alone, as withModel does, and weighs a longer one", () => {
    const threshold = STORED_COMBINATION.rulesAloneBelowWords!;
    expect(verdict(threshold - 1)).toMatchObject({ category: "rights_request", rights: ["erasure"] });
    expect(verdict(threshold)).toMatchObject({ category: "inquiry", rights: [] });
  });
});

describe("the confidence the owner reads", () => {
  // Scores of 11 heads; the rules agree with the model's category, and the vote is 0: the softmax alone decides.
  const softmaxAlone = { vote: 0, rightsVote: 0, temperature: 1 };
  const item = (top: number, category: string, group = "set23") => ({
    example: { group, file: "mails/x.eml", category, rights: [], language: "nb", words: 100, rules: { category: "rights_request", rights: [], language: "nb", confidence: 0.9, reasons: [] } } as unknown as Example,
    scores: Float64Array.from([top, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
  });
  // Stated 75 % (e^ln9 / (e^ln9 + 3)) but right half the time; stated ≈ 100 % and always right.
  const unsure = Array.from({ length: 40 }, (_, i) => item(Math.log(9), i % 2 ? "rights_request" : "inquiry"));
  const sure = Array.from({ length: 40 }, () => item(8, "rights_request"));
  const items = [...unsure, ...sure];

  it("says 75 % where the category is right half the time, an error of 25 points on those mails; the fitted map brings it down", () => {
    expect(reliability(unsure, softmaxAlone).find((row) => row.mails > 0)).toMatchObject({ from: 0.7, mails: 40, accuracy: 0.5 });
    expect(calibrationError(reliability(unsure, softmaxAlone))).toBeCloseTo(0.25, 3);
    const mapped = { ...softmaxAlone, confidenceMap: fitConfidenceMap(items, softmaxAlone) };
    expect(combine(unsure[0]!.scores, unsure[0]!.example.rules, mapped).confidence).toBeLessThan(0.65);
    expect(combine(sure[0]!.scores, sure[0]!.example.rules, mapped).confidence).toBeGreaterThan(0.99);
    expect(calibrationError(reliability(items, mapped))).toBeLessThan(calibrationError(reliability(items, softmaxAlone)) / 2);
  });

  it("fits no map where every mail is right: the softmax stays as it is, not a map that says 100 % of everything", () => {
    expect(fitConfidenceMap([...sure, ...unsure.filter((one) => one.example.category === "rights_request")], softmaxAlone)).toEqual({ slope: 1, intercept: 0 });
  });

  it("changes how sure a verdict says it is, never the verdict", () => {
    const map = { slope: 1.5, intercept: -1 };
    for (const one of [unsure[0]!, sure[0]!, item(0.1, "inquiry")]) {
      const plain = combine(one.scores, one.example.rules, softmaxAlone);
      const mapped = combine(one.scores, one.example.rules, { ...softmaxAlone, confidenceMap: map });
      expect({ ...mapped, confidence: 0 }).toEqual({ ...plain, confidence: 0 });
    }
    expect(calibrated(0.6, map)).toBeLessThan(calibrated(0.7, map));
    expect(calibrated(0.6, undefined)).toBe(0.6);
  });

  it("keeps the map only where, fitted on the other choice sets, it beats the softmax alone on each set in turn", () => {
    const inSets = items.map((one, i) => ({ ...one, example: { ...one.example, group: Math.floor(i / 2) % 2 ? "set23" : "set24" } }));
    const check = confidenceMapOutOfFold(inSets, softmaxAlone, ["set23", "set24"]);
    expect(check.mapped).toBeLessThan(check.softmaxAlone);
  });
});

describe("the confidence stated for a short message (the rules' alone)", () => {
  const short = (category: string, rulesSay: string, confidence: number, group = "set23") => ({
    example: { group, file: "mails/x.eml", category, rights: [], language: "nb", words: 5, rules: { category: rulesSay, rights: [], language: "nb", confidence, reasons: [] } } as unknown as Example,
    scores: Float64Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
  });
  // Ten inquiries the rules state at 65 %, ten requests at 85 %: all read right.
  const allRight = [...Array.from({ length: 10 }, () => short("inquiry", "inquiry", 0.65)), ...Array.from({ length: 10 }, () => short("rights_request", "rights_request", 0.85))];
  const mean = (map: ReturnType<typeof fitRulesAloneMap>) => allRight.reduce((sum, one) => sum + calibrated(one.example.rules.confidence, map), 0) / allRight.length;

  it("says as sure as the rules were right by Laplace's rule (21 of 22 for twenty messages all right), keeping the rules' order", () => {
    const map = fitRulesAloneMap(allRight)!;
    expect(map.slope).toBe(1);
    expect(mean(map)).toBeCloseTo(21 / 22, 3);
    expect(calibrated(0.65, map)).toBeLessThan(calibrated(0.85, map));
    expect(calibrated(0.85, map)).toBeLessThan(1);
    expect(fitRulesAloneMap([])).toBeUndefined();
  });

  it("says less where the rules were often wrong", () => {
    const halfWrong = allRight.map((one, i) => (i % 2 ? short("complaint", one.example.rules.category, one.example.rules.confidence) : one));
    expect(mean(fitRulesAloneMap(halfWrong)!)).toBeCloseTo(11 / 22, 3);
  });

  it("is kept only where, fitted on the other choice sets, it beats the rules' own confidence on each set in turn, and is reported beside it", () => {
    const inSets = allRight.map((one, i) => ({ ...one, example: { ...one.example, group: i % 2 ? "set23" : "set24" } }));
    const check = rulesAloneMapOutOfFold(inSets, ["set23", "set24"]);
    expect(check.rulesOwn).toBeCloseTo(0.25, 3);
    // Each set's map is fitted on the other's ten messages: (10 + 1) / (10 + 2) stated, all right.
    expect(check.mapped).toBeCloseTo(1 / 12, 3);
    const combination = { ...STORED_COMBINATION, rulesAloneConfidenceMap: fitRulesAloneMap(inSets) };
    const report = calibrationReport(inSets, combination, [{ name: "all", sets: ["set23", "set24"] }]);
    expect(report.shortErrors).toEqual([{ name: "all", mails: 20, stated: expect.closeTo(1 / 22, 3), unmapped: expect.closeTo(0.25, 3) }]);
    expect(report.shortTable.reduce((sum, row) => sum + row.mails, 0)).toBe(20);
    expect(report.table.every((row) => row.mails === 0)).toBe(true);
  });
});

describe("the confidence where the model and the rules read a mail differently", () => {
  const softmaxAlone = { vote: 0, rightsVote: 0, temperature: 1 };
  // The model says rights_request, surer (90 %) or less sure (75 %); the rules agree, or say inquiry.
  const item = (top: number, rulesSay: string, category: string, group: string) => ({
    example: { group, file: "mails/x.eml", category, rights: [], language: "nb", words: 100, rules: { category: rulesSay, rights: [], language: "nb", confidence: 0.9, reasons: [] } } as unknown as Example,
    scores: Float64Array.from([top, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
  });
  // Right this many times in 20: where they agree 19 (surer) and 17; where they do not, 12 and 8.
  const cell = (top: number, rulesSay: string, right: number, group: string) =>
    Array.from({ length: 20 }, (_, i) => item(top, rulesSay, i < right ? "rights_request" : "complaint", group));
  const mails = (group: string) => [
    ...cell(Math.log(27), "rights_request", 19, group), ...cell(Math.log(9), "rights_request", 17, group),
    ...cell(Math.log(27), "inquiry", 12, group), ...cell(Math.log(9), "inquiry", 8, group),
  ];
  const items = [...mails("set23"), ...mails("set24")];
  const [agreeing, disagreeing] = [items[0]!, items[40]!];

  it("states less where they disagree than where they agree, at the same scores, never changing the verdict", () => {
    const map = fitAgreementMap(items, softmaxAlone)!;
    expect(map.disagreementShift).toBeLessThan(-1);
    const mapped = { ...softmaxAlone, ...map };
    const stated = (one: typeof agreeing) => statedConfidence(combine(one.scores, one.example.rules, mapped).confidence, one.scores, one.example.rules, mapped);
    expect(stated(agreeing)).toBeGreaterThan(0.9);
    expect(stated(disagreeing)).toBeLessThan(0.7);
    expect(combine(disagreeing.scores, disagreeing.example.rules, mapped).category).toBe(combine(disagreeing.scores, disagreeing.example.rules, softmaxAlone).category);
    // Without a shift in the combination, the confidence as it is.
    expect(statedConfidence(0.9, disagreeing.scores, disagreeing.example.rules, softmaxAlone)).toBe(0.9);
  });

  it("tells agreeing mails from disagreeing ones out of fold (lower log loss), which the bins' error cannot see; no fit where every mail agrees", () => {
    const sets = ["set23", "set24"];
    const agreement = agreementMapOutOfFold(items, softmaxAlone, sets);
    const plain = confidenceMapOutOfFold(items, softmaxAlone, sets);
    expect(agreement.logLoss).toBeLessThan(plain.logLoss - 0.05);
    // The plain map states 77.5 % for the surer mails, right 31 times in 40: calibrated by the bins, though half of them are right 95 % of the time.
    expect(plain.mapped).toBeLessThan(0.001);
    expect(agreement.mapped).toBeLessThan(0.02);
    const allAgree = items.filter((one) => one.example.rules.category === "rights_request");
    expect(fitAgreementMap(allAgree, softmaxAlone)).toBeUndefined();
  });
});
