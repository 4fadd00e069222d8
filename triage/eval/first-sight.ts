/**
 * `npm run eval:triage -- --first-sight --labels DIR/labels.jsonl …`: a new blind set scored once, on
 * arrival, by the rules, the committed model and the two combined, before it joins the training data.
 */
import { dirname, basename } from "node:path";
import { labelledExamples } from "../model/dataset";
import { scoreHeads } from "../model/linear";
import { STORED_COMBINATION } from "../model/combination-file";
import { committedInt8Weights } from "../model/model";
import { readLabels } from "./labels";
import { formatUnseen, scoreSets } from "./unseen";
import { calibrationReport } from "./calibration";

export async function runFirstSight(labelsFiles: readonly string[]): Promise<void> {
  const model = committedInt8Weights();
  if (!model) throw new Error("no weights file: run npm run train first");
  const items = [];
  for (const file of labelsFiles) {
    for (const example of await labelledExamples(basename(dirname(file)), readLabels(file))) items.push({ example, scores: scoreHeads(model.weights, example.features) });
  }
  const title = "First sight: new blind sets scored by the committed model (never trained on them), the rules and the combination";
  console.log(formatUnseen(scoreSets(items, STORED_COMBINATION), STORED_COMBINATION, calibrationReport(items, STORED_COMBINATION, [{ name: "all", sets: [...new Set(items.map((item) => item.example.group))] }]), title));
}
