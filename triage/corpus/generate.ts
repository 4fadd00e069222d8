/**
 * Writes the labelled triage corpus: mails/*.eml and labels.jsonl (see README.md for the labelling rules).
 * Run: npx tsx triage/corpus/generate.ts  (deterministic; the output is committed).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { RIGHTS } from "../types";
import { type LabelLine, buildCorpus, labelsJsonl } from "./generator/build";

const here = dirname(fileURLToPath(import.meta.url));

function main(): void {
  const { mails, labels } = buildCorpus();
  const mailDir = join(here, "mails");
  mkdirSync(mailDir, { recursive: true });
  for (const file of readdirSync(mailDir)) if (file.endsWith(".eml")) rmSync(join(mailDir, file));
  for (const [file, source] of mails) writeFileSync(join(here, file), source);
  writeFileSync(join(here, "labels.jsonl"), labelsJsonl(labels));
  printSummary(labels);
}

function printSummary(lines: LabelLine[]): void {
  const count = (predicate: (line: LabelLine) => boolean) => lines.filter(predicate).length;
  console.log(`${lines.length} mails, holdout ${count((l) => l.split === "holdout")}`);
  for (const category of ["rights_request", "complaint", "inquiry", "automated"]) {
    console.log(`  ${category}: ${count((l) => l.category === category)} (nb ${count((l) => l.category === category && l.language === "nb")}, holdout ${count((l) => l.category === category && l.split === "holdout")})`);
  }
  for (const right of RIGHTS) {
    console.log(`  ${right}: ${count((l) => l.rights.includes(right))} (holdout ${count((l) => l.rights.includes(right) && l.split === "holdout")})`);
  }
  console.log(`  several rights: ${count((l) => l.rights.length > 1)}; nb ${count((l) => l.language === "nb")}`);
}

main();
