/** `npm run eval:triage -- --unseen`: loads every mail once, trains once per blind set (and tune fold), prints the table. */
import { writeFileSync } from "node:fs";
import { COMBINATION_FILE, type Combination, HEAD_NAMES } from "../model/combine";
import { STORED_COMBINATION, type StoredCombination } from "../model/combination-file";
import { blindSets, trainingExamples } from "../model/dataset";
import { formatMiss } from "./report";
import { isMiss, scoreTriage } from "./score";
import {
  FINAL_EXAM_SETS, type Method, type OutOfFold, METHODS, choiceSets, chooseCombination, fitTemperature, foldCorpus, formatUnseen, outOfFoldScores,
  readableForRuleWork, scoreSets, scored, withoutFittedMaps,
} from "./unseen";
import {
  agreementMapOutOfFold, calibrationReport, confidenceMapOutOfFold, fitAgreementMap, fitConfidenceMap, fitRulesAloneMap, rulesAloneMapOutOfFold, shortMessages,
  weighedByModel,
} from "./calibration";

/** The generated tune split's folds: five keep ≈ 56 mails (≈ 23 requests) in each. */
export const DEFAULT_FOLDS = 5;

export interface UnseenOptions {
  blindDir?: string;
  spam: boolean;
  corpus: boolean;
  save: boolean;
  /** Also cut the generated tune split into this many folds by template (0: none), score each out of fold and choose the rights' votes on them too. */
  folds?: number;
  /** List the combination's misses (never the final exam's or the choice sets'). */
  errors?: boolean;
}

export async function runUnseen(options: UnseenOptions): Promise<void> {
  const started = Date.now();
  const note = (text: string) => console.error(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${text}`);
  const loaded = await trainingExamples({ blindDir: options.blindDir, spam: options.spam, corpus: options.corpus }, note);
  const { examples, folds } = options.folds ? foldCorpus(loaded, options.folds) : { examples: loaded, folds: [] };
  const sets = blindSets(options.blindDir).map((set) => set.name);
  const items = outOfFoldScores(examples, [...sets, ...folds], undefined, (set) => note(`training without ${set}`));
  const blind = items.filter((item) => sets.includes(item.example.group));
  const tune = items.filter((item) => folds.includes(item.example.group));
  const chosenOn = choiceSets(sets);
  const chosen = chooseCombination(items, chosenOn, folds);
  const onChoiceSets = items.filter((item) => chosenOn.includes(item.example.group));
  // What the evaluation does not choose (the word count below which the rules decide alone) is kept as it is.
  const softmaxAlone = withoutFittedMaps(STORED_COMBINATION, chosen, fitTemperature(onChoiceSets, chosen));
  const weighedOnChoiceSets = weighedByModel(onChoiceSets, softmaxAlone);
  const mapCheck = confidenceMapOutOfFold(weighedOnChoiceSets, softmaxAlone, chosenOn);
  const keepMap = mapCheck.mapped < mapCheck.softmaxAlone;
  // The same map with a term for the model's disagreeing with the rules: kept only where it beats the plain map out of fold, too.
  const agreementCheck = agreementMapOutOfFold(weighedOnChoiceSets, softmaxAlone, chosenOn);
  const keepAgreement = agreementCheck.mapped < Math.min(mapCheck.softmaxAlone, keepMap ? mapCheck.mapped : Infinity);
  // The short messages' map is held to the same test: fitted on the other choice sets, better than the rules' own confidence on each in turn.
  const shortOnChoiceSets = shortMessages(onChoiceSets, softmaxAlone);
  const shortCheck = rulesAloneMapOutOfFold(shortOnChoiceSets, chosenOn);
  const keepShortMap = shortCheck.mapped < shortCheck.rulesOwn;
  const combination: StoredCombination = {
    ...softmaxAlone,
    confidenceMap: keepMap ? fitConfidenceMap(weighedOnChoiceSets, softmaxAlone) : undefined,
    ...(keepAgreement ? fitAgreementMap(weighedOnChoiceSets, softmaxAlone) : {}),
    rulesAloneConfidenceMap: keepShortMap ? fitRulesAloneMap(shortOnChoiceSets) : undefined,
  };
  if (tune.length > 0) console.log(`${formatTuneFolds(tune, folds.length, combination)}\n`);
  if (options.errors) console.log(`${formatMisses(items.filter((item) => readableForRuleWork(item.example.group, chosenOn)), combination)}\n`);
  const groups = [{ name: "chosen", sets: chosenOn }, { name: "exam", sets: FINAL_EXAM_SETS }, { name: "all", sets }];
  console.log(`Confidence map (Platt) fitted on the other choice sets, each in turn: calibration error ${pct(mapCheck.mapped, 3)} out of fold (log loss ${mapCheck.logLoss.toFixed(4)}), softmax alone ${pct(mapCheck.softmaxAlone, 3)}: ${keepMap && !keepAgreement ? "kept" : "not kept"}`);
  console.log(`… with a term where the model's own category is not the rules': calibration error ${pct(agreementCheck.mapped, 3)} out of fold (log loss ${agreementCheck.logLoss.toFixed(4)}): ${keepAgreement ? "kept" : "not kept"}`);
  console.log(`Short messages' map (the rules' confidence shifted on the log-odds scale), fitted on the other choice sets, each in turn: calibration error ${pct(shortCheck.mapped)} out of fold over ${shortOnChoiceSets.length} messages, the rules' own ${pct(shortCheck.rulesOwn)}: ${keepShortMap ? "kept" : "not kept"}\n`);
  console.log(formatUnseen(scoreSets(blind, combination), combination, calibrationReport(blind, combination, groups)));
  if (options.save) {
    writeFileSync(COMBINATION_FILE, `${JSON.stringify(combination)}\n`);
    note(`wrote ${COMBINATION_FILE}`);
  }
  note("done");
}

const pct = (value: number, digits = 1) => `${(value * 100).toFixed(digits)} %`;

/** The generated tune split, each fold scored by a model trained without it: mail like the hidden held-out set. */
function formatTuneFolds(tune: readonly OutOfFold[], folds: number, combination: Combination): string {
  const lines = [`Generated tune split, out of fold (${folds} folds by template; the rules were tuned on it): ${tune.length} mails`];
  for (const method of METHODS as readonly Method[]) {
    const report = scoreTriage(scored(tune, method, combination));
    lines.push(`  ${method.padEnd(12)} macro-F1 ${pct(report.macroF1)}, exact rights ${pct(report.exactRights.accuracy)} (${report.exactRights.correct} of ${report.exactRights.total})`);
  }
  return lines.join("\n");
}

/** The combination's misses with the model's scores and the rules' reasons, to read what goes wrong. */
function formatMisses(items: readonly OutOfFold[], combination: Combination): string {
  const lines: string[] = [];
  for (const [i, scoredCase] of scored(items, "combination", combination).entries()) {
    if (!isMiss(scoredCase)) continue;
    const { example, scores } = items[i]!;
    const model = HEAD_NAMES.map((head, h) => `${head} ${scores[h]! >= 0 ? "+" : ""}${scores[h]!.toFixed(2)}`).join(", ");
    lines.push(formatMiss({ ...scoredCase, file: `${example.group}/${scoredCase.file}` }, { reasons: [`model: ${model}`, `rules: ${example.rules.category}[${example.rules.rights.join(",")}]`, ...example.rules.reasons] }));
  }
  return [`${lines.length} misses of the combination, out of fold (the final exam and the choice sets left out):`, ...lines].join("\n");
}
