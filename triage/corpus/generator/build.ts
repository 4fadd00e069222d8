/** Builds the labelled corpus in memory (deterministic), so a test can check the committed files match. */
import { RIGHTS } from "../../types";
import { TEMPLATES } from "../templates/index";
import { composeMail } from "./compose";
import { hashSeed, seededRng } from "./rng";
import type { Template } from "./template";

const HOLDOUT_SHARE = 0.4;

export interface LabelLine {
  file: string;
  category: string;
  rights: string[];
  language: string;
  split: "tune" | "holdout";
}

function checkTemplates(templates: Template[]): void {
  const seen = new Set<string>();
  for (const template of templates) {
    if (seen.has(template.id)) throw new Error(`duplicate template id ${template.id}`);
    seen.add(template.id);
    const rights = template.rights ?? [];
    if ((template.category === "rights_request") !== rights.length > 0) throw new Error(`${template.id}: rights and category disagree`);
    const sorted = [...rights].sort((a, b) => RIGHTS.indexOf(a) - RIGHTS.indexOf(b));
    if (sorted.join() !== rights.join()) throw new Error(`${template.id}: rights not in canonical order`);
  }
}

/** Whole templates go to one split (their mails are near-duplicates), stratified by category, language and rights. */
function assignSplits(templates: Template[]): Map<string, "tune" | "holdout"> {
  const strata = new Map<string, Template[]>();
  for (const template of templates) {
    if (template.split) continue;
    const key = `${template.category}|${template.lang}|${template.rights?.[0] ?? ""}|${(template.rights?.length ?? 0) > 1 ? "multi" : ""}`;
    strata.set(key, [...(strata.get(key) ?? []), template]);
  }
  const splits = new Map<string, "tune" | "holdout">();
  const rng = seededRng(20241126);
  let carry = 0; // keeps the overall share close to 40 % across many small strata
  for (const key of [...strata.keys()].sort()) {
    const group = rng.shuffle(strata.get(key) ?? []);
    const total = group.reduce((sum, t) => sum + (t.count ?? 2), 0);
    let holdout = 0;
    let assigned = 0;
    for (const template of group) {
      const size = template.count ?? 2;
      const target = HOLDOUT_SHARE * (assigned + size) + carry;
      const toHoldout = holdout + size / 2 <= target;
      splits.set(template.id, toHoldout ? "holdout" : "tune");
      if (toHoldout) holdout += size;
      assigned += size;
    }
    carry = HOLDOUT_SHARE * total + carry - holdout;
  }
  return splits;
}

export interface Corpus {
  mails: Map<string, Buffer>;
  labels: LabelLine[];
}

/** The template a corpus file was written from: near-duplicates share it and so share a split. */
export function templateOf(file: string): string {
  return file.replace(/^mails\//, "").replace(/-\d+\.eml$/, "");
}

export function buildCorpus(templates: Template[] = TEMPLATES): Corpus {
  checkTemplates(templates);
  const splits = assignSplits(templates);
  const mails = new Map<string, Buffer>();
  const labels: LabelLine[] = [];
  for (const template of templates) {
    for (let n = 1; n <= (template.count ?? 2); n++) {
      const rng = seededRng(hashSeed(`${template.id}#${n}`));
      const file = `mails/${template.id}-${n}.eml`;
      mails.set(file, composeMail(template, rng).source);
      labels.push({
        file,
        category: template.category,
        rights: template.rights ?? [],
        language: template.lang,
        split: template.split ?? splits.get(template.id) ?? "tune",
      });
    }
  }
  return { mails, labels };
}

export function labelsJsonl(labels: LabelLine[]): string {
  return labels.map((line) => JSON.stringify(line)).join("\n") + "\n";
}
