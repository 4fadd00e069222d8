/** `npm run eval:triage -- --unseen`: loads every mail once, trains once per blind set, prints the table. */
import { writeFileSync } from "node:fs";
import { blindSets, trainingExamples } from "../model/dataset";
import { COMBINATION_FILE } from "../model/model";
import { COMBINATION, type Combination } from "../model/combine";
import { choiceSets, chooseCombination, fitTemperature, formatUnseen, outOfFoldScores, reliability, scoreSets } from "./unseen";

export async function runUnseen(options: { blindDir?: string; spam: boolean; corpus: boolean; save: boolean }): Promise<void> {
  const started = Date.now();
  const note = (text: string) => console.error(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${text}`);
  const examples = await trainingExamples({ blindDir: options.blindDir, spam: options.spam, corpus: options.corpus }, note);
  const sets = blindSets(options.blindDir).map((set) => set.name);
  const items = outOfFoldScores(examples, sets, undefined, (set) => note(`training without ${set}`));
  const chosenOn = choiceSets(sets);
  const chosen = chooseCombination(items, chosenOn);
  const onChoiceSets = items.filter((item) => chosenOn.includes(item.example.group));
  // What the evaluation does not choose (the word count below which the rules decide alone) is kept as it is.
  const combination: Combination = { ...COMBINATION, ...chosen, temperature: fitTemperature(onChoiceSets, chosen) };
  console.log(formatUnseen(scoreSets(items, combination), combination, reliability(items, combination)));
  if (options.save) {
    writeFileSync(COMBINATION_FILE, `${JSON.stringify(combination)}\n`);
    note(`wrote ${COMBINATION_FILE}`);
  }
  note("done");
}
