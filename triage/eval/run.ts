/**
 * Triage eval: `npm run eval` (after the Q&A eval), or
 *   npx tsx triage/eval/run.ts [--split tune|holdout|all] [--labels FILE …] [--errors]
 * Several --labels files are scored as one set, e.g. every blind set:
 *   npm run eval:triage -- --split all $(printf -- '--labels %s ' triage/corpus/blind/set??/labels.jsonl)
 * The honest number, the model trained without each blind set in turn (unseen.ts):
 *   npm run eval:triage -- --unseen [--folds K] [--errors] [--blind DIR] [--no-spam] [--no-corpus] [--save]
 * (--folds K, 5 unless given, 0 for none: the generated tune split too, in K folds by template, each scored by a model trained without it)
 * A new blind set, once on arrival: npm run eval:triage -- --first-sight --labels DIR/labels.jsonl
 * Real mail that asks for nothing (SpamAssassin's kept-out groups): npm run eval:triage -- --spam
 * Hits per rule, so dead rules show: npm run eval:triage -- --split all --rule-hits
 */
import { parseArgs } from "node:util";
import { evaluateMails } from "./evaluate";
import { DEFAULT_LABELS, SPLITS, readLabels } from "./labels";
import { formatMiss, formatReport } from "./report";
import { isMiss, scoreTriage } from "./score";
import { runFirstSight } from "./first-sight";
import { DEFAULT_FOLDS, runUnseen } from "./run-unseen";
import { runSpam } from "./spam";
import { formatRuleHits } from "../classify/rules/hits";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      split: { type: "string", default: "holdout" },
      labels: { type: "string", multiple: true },
      errors: { type: "boolean", default: false },
      unseen: { type: "boolean", default: false },
      blind: { type: "string" },
      "no-spam": { type: "boolean", default: false },
      "no-corpus": { type: "boolean", default: false },
      save: { type: "boolean", default: false },
      folds: { type: "string" },
      "first-sight": { type: "boolean", default: false },
      spam: { type: "boolean", default: false },
      groups: { type: "string" },
      "rule-hits": { type: "boolean", default: false },
    },
  });
  if (values["first-sight"]) {
    await runFirstSight(values.labels ?? []);
    return;
  }
  if (values.spam) {
    await runSpam(values.groups?.split(","));
    return;
  }
  if (values.unseen) {
    const folds = Number(values.folds ?? DEFAULT_FOLDS);
    if (!(Number.isInteger(folds) && (folds === 0 || folds >= 2))) throw new Error(`--folds must be 0 (none) or a whole number of at least 2 (got ${values.folds})`);
    await runUnseen({ blindDir: values.blind, spam: !values["no-spam"], corpus: !values["no-corpus"], save: values.save, folds, errors: values.errors });
    return;
  }
  const split = values.split ?? "holdout";
  if (split !== "all" && !(SPLITS as readonly string[]).includes(split)) {
    throw new Error(`--split must be tune, holdout or all (got ${split})`);
  }
  const labelsFiles = values.labels ?? [DEFAULT_LABELS];
  const labelled = labelsFiles.flatMap(readLabels).filter((mail) => split === "all" || mail.split === split);
  const source = labelsFiles.length === 1 ? labelsFiles[0] : `${labelsFiles.length} labels files`;
  if (labelled.length === 0) throw new Error(`no labelled mails in split "${split}" of ${source}`);

  const results = await evaluateMails(labelled);
  console.log(`\n${formatReport(scoreTriage(results), `split ${split}, ${source}`)}`);
  if (values["rule-hits"]) console.log(`\n${await formatRuleHits(labelled)}`);
  if (values.errors) {
    const misses = results.filter(isMiss);
    console.log(`\n${misses.length} mails with a wrong category, rights or language:`);
    for (const miss of misses) console.log(formatMiss(miss, { subject: miss.subject, reasons: miss.classification.reasons }));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
