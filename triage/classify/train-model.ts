/**
 * Retrains the second-opinion model: `npx tsx triage/classify/train-model.ts`.
 * Trains natural's naive Bayes on our own seed examples plus the corpus's TUNE split (never the
 * holdout), and writes the counts to bayes-model.json, which model.ts loads.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import BayesClassifier from "natural/lib/natural/classifiers/bayes_classifier.js";
import { parseMail } from "../parse";
import { stems } from "./model";
import { SEED_EXAMPLES } from "./seeds";

const here = import.meta.dirname;
const corpus = join(here, "../corpus");

async function main(): Promise<void> {
  const model = new BayesClassifier();
  for (const [category, text] of SEED_EXAMPLES) model.addDocument(stems(text), category);
  let tune = 0;
  for (const line of readFileSync(join(corpus, "labels.jsonl"), "utf8").split("\n")) {
    if (!line.trim()) continue;
    const label = JSON.parse(line) as { file: string; category: string; split: string };
    if (label.split !== "tune" || label.category === "automated") continue;
    const mail = await parseMail(readFileSync(join(corpus, label.file)));
    model.addDocument(stems(`${mail.subject}\n${mail.text}\n${mail.forwarded ?? ""}`), label.category);
    tune++;
  }
  model.train();
  const trained = model as unknown as { features: Record<string, number>; classifier: Record<string, unknown> };
  const { classFeatures, classTotals, totalExamples, smoothing } = trained.classifier;
  const out = { trainedOn: `${SEED_EXAMPLES.length} seed examples + ${tune} tune-split mails`, features: Object.keys(trained.features), classFeatures, classTotals, totalExamples, smoothing };
  writeFileSync(join(here, "bayes-model.json"), `${JSON.stringify(out)}\n`);
  console.error(`bayes-model.json: ${out.features.length} stems, ${out.trainedOn}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
