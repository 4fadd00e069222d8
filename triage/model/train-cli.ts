/**
 * `npm run train [-- --labels FILE …] [--out FILE]`: trains the model on the committed labelled mail,
 * SpamAssassin's training groups and any owner corrections (`cases export-labels`), and writes the
 * weights file. Deterministic: the same inputs give a byte-identical file. Never run by the app.
 */
import { existsSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { HEAD_NAMES } from "./combine";
import { CommonGramCounter } from "./common-grams";
import { type EachMail, trainingExamples } from "./dataset";
import { modelWordGrams } from "./features";
import { trainingInputsHash } from "./inputs";
import { DEFAULT_TRAIN } from "./linear";
import { WEIGHTS_FILE } from "./model";
import { trainWeights } from "./train";
import { encodeWeights } from "./weights-file";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { labels: { type: "string", multiple: true }, out: { type: "string" } } });
  const started = Date.now();
  const note = (text: string) => console.error(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${text}`);
  const labels = values.labels ?? [];
  for (const file of labels) if (!existsSync(file)) throw new Error(`--labels ${file}: no such file`);
  const common = new CommonGramCounter();
  const eachMail: EachMail = (mail, { language, category, rights }) => common.add({ language, category, rights, grams: modelWordGrams(mail).keys() });
  const examples = await trainingExamples({ labels, eachMail }, note);
  const weights = trainWeights(examples);
  note(`trained on ${examples.length} mails`);
  const inputsHash = trainingInputsHash({ labels, train: DEFAULT_TRAIN });
  const trainedOn: Record<string, number> = {};
  for (const example of examples) {
    const group = /^set\d+$/.test(example.group) ? "blind sets" : example.group;
    trainedOn[group] = (trainedOn[group] ?? 0) + 1;
  }
  const out = values.out ?? WEIGHTS_FILE;
  const text = encodeWeights({ headNames: HEAD_NAMES, weights, inputsHash }, trainedOn, common.result());
  writeFileSync(out, text);
  note(`wrote ${out} (${(text.length / 1024).toFixed(0)} KiB)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
