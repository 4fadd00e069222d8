import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { RIGHTS } from "../../triage/types";

/** The labelled questions for the bundled business that ship with the project. */
export const BUNDLED_QUESTION_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "questions", "questions.jsonl");

/** One line of a labelled question set (JSON Lines): what a visitor asks and what the engine should do. */
const labelledQuestionSchema = z
  .object({
    question: z.string().trim().min(1, "must not be empty"),
    language: z.enum(["nb", "en"]),
    action: z.enum(["answered", "handover", "fallback", "small_talk"]),
    topic: z.string().trim().min(1).optional(),
    rights: z.array(z.enum(RIGHTS)).optional(),
    // Optional so that another team's set without splits can be evaluated as a whole.
    split: z.enum(["tune", "holdout"]).optional(),
    /** Paraphrases of one question share a group, so they can be kept in the same split. */
    group: z.string().trim().min(1).optional(),
  })
  .superRefine((line, context) => {
    if (line.action === "answered" && !line.topic)
      context.addIssue({ code: "custom", path: ["topic"], message: "an answered question needs a topic" });
    if (line.action !== "answered" && line.topic)
      context.addIssue({ code: "custom", path: ["topic"], message: "only answered questions have a topic" });
    if (line.action === "handover" && !line.rights)
      context.addIssue({ code: "custom", path: ["rights"], message: "a handover needs rights ([] for a complaint)" });
    if (line.action !== "handover" && line.rights)
      context.addIssue({ code: "custom", path: ["rights"], message: "only handovers have rights" });
  });

export type LabelledQuestion = z.output<typeof labelledQuestionSchema>;
export type Split = "tune" | "holdout";
export type SplitChoice = Split | "all";

export interface ParsedQuestionSet {
  questions: LabelledQuestion[];
  /** One message per bad line, with its line number; empty when the file is valid. */
  problems: string[];
}

/** Parses a JSON Lines question set; blank lines are skipped, bad lines are reported (not thrown). */
export function parseQuestionSet(text: string): ParsedQuestionSet {
  const questions: LabelledQuestion[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const lineNumber = index + 1;
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      problems.push(`line ${lineNumber}: not valid JSON`);
      return;
    }
    const parsed = labelledQuestionSchema.safeParse(value);
    if (parsed.success) questions.push(parsed.data);
    else
      problems.push(
        ...parsed.error.issues.map((issue) => `line ${lineNumber}: ${issue.path.join(".") || "line"}: ${issue.message}`),
      );
  });
  return { questions, problems };
}

/** Questions without a split count as held out: a separate set is held out as a whole. */
export function splitOf(question: LabelledQuestion): Split {
  return question.split ?? "holdout";
}

export function selectSplit(questions: LabelledQuestion[], split: SplitChoice): LabelledQuestion[] {
  return split === "all" ? questions : questions.filter((question) => splitOf(question) === split);
}

/**
 * Folds away what visitors vary without meaning something else: case, punctuation, spacing, and
 * æøå typed as ae/oe/aa. Two questions equal after this are duplicates.
 */
export function normalizeQuestion(question: string): string {
  return question
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Problems that make a question set misleading as an evaluation: unknown topic ids, duplicates,
 * the same question (or paraphrase group) in both splits, and topics with too few questions.
 */
export function checkQuestionSet(
  questions: LabelledQuestion[],
  knownTopics: readonly string[],
  options: { minimumPerTopic?: number } = {},
): string[] {
  const problems: string[] = [];
  const known = new Set(knownTopics);
  for (const question of questions)
    if (question.topic && !known.has(question.topic))
      problems.push(`unknown topic "${question.topic}": ${question.question}`);

  const seen = new Map<string, LabelledQuestion>();
  for (const question of questions) {
    const key = normalizeQuestion(question.question);
    const earlier = seen.get(key);
    if (!earlier) seen.set(key, question);
    else if (splitOf(earlier) !== splitOf(question))
      problems.push(`in both splits: "${earlier.question}" / "${question.question}"`);
    else problems.push(`duplicate: "${earlier.question}" / "${question.question}"`);
  }

  const groupSplits = new Map<string, Set<Split>>();
  for (const question of questions) {
    if (!question.group) continue;
    const splits = groupSplits.get(question.group) ?? new Set<Split>();
    splits.add(splitOf(question));
    groupSplits.set(question.group, splits);
  }
  for (const [group, splits] of groupSplits)
    if (splits.size > 1) problems.push(`paraphrase group "${group}" is in both splits`);

  const minimum = options.minimumPerTopic ?? 1;
  for (const topic of knownTopics) {
    const count = questions.filter((question) => question.topic === topic).length;
    if (count < minimum) problems.push(`topic "${topic}" has ${count} question(s), needs at least ${minimum}`);
  }
  return problems;
}
