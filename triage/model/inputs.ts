/**
 * A fingerprint of everything `npm run train` reads: labels, mails, the training options and the code
 * that turns mail into features and weights (not the combination: run time reads combination.json).
 * The weights file carries it, so a test can tell stale weights without retraining.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_LABELS, readLabels } from "../eval/labels";
import { TRAINING_SPAM_GROUPS, blindSets, spamAssassinSources } from "./dataset";
import type { TrainOptions } from "./linear";

const here = dirname(fileURLToPath(import.meta.url));
const CODE = ["features.ts", "linear.ts", "train.ts", "dataset.ts", "combine.ts", "rights-vote.ts", "common-grams.ts"].map((name) => join(here, name));

export function trainingInputsHash(options: { labels?: readonly string[]; train: TrainOptions }): string {
  const hash = createHash("sha256");
  const add = (name: string, content: string | Buffer) => hash.update(`${name}\0${content.length}\0`).update(content);
  for (const file of CODE) add(file.slice(here.length), readFileSync(file));
  add("options", JSON.stringify(options.train));
  const labelsFiles = [DEFAULT_LABELS, ...blindSets().map((set) => set.labels), ...(options.labels ?? [])];
  for (const labels of labelsFiles) {
    add("labels", readFileSync(labels));
    for (const mail of readLabels(labels)) add(mail.file, readFileSync(mail.path));
  }
  for (const group of TRAINING_SPAM_GROUPS) for (const { file, source } of spamAssassinSources(group)) add(file, source);
  return hash.digest("hex");
}
