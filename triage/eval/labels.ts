/** Reads a labelled mail set (JSON lines); file paths are relative to the labels file. */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { CATEGORIES, RIGHTS } from "../types";

export const SPLITS = ["tune", "holdout"] as const;
export type Split = (typeof SPLITS)[number];

const labelSchema = z
  .object({
    file: z.string().min(1),
    category: z.enum(CATEGORIES),
    rights: z.array(z.enum(RIGHTS)),
    language: z.enum(["nb", "en"]),
    split: z.enum(SPLITS),
  })
  .refine((label) => (label.category === "rights_request") === label.rights.length > 0, {
    message: "rights must be non-empty exactly when the category is rights_request",
  });

export type Label = z.infer<typeof labelSchema>;

export interface LabelledMail extends Label {
  /** Absolute path of the .eml file. */
  path: string;
}

export const DEFAULT_LABELS = resolve(dirname(fileURLToPath(import.meta.url)), "../corpus/labels.jsonl");

export function parseLabels(text: string, baseDir: string, source = "labels"): LabelledMail[] {
  const mails: LabelledMail[] = [];
  text.split("\n").forEach((line, index) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`${source}:${index + 1}: not valid JSON`);
    }
    const parsed = labelSchema.safeParse(json);
    if (!parsed.success) throw new Error(`${source}:${index + 1}: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`);
    mails.push({ ...parsed.data, path: resolve(baseDir, parsed.data.file) });
  });
  return mails;
}

export function readLabels(labelsFile: string): LabelledMail[] {
  return parseLabels(readFileSync(labelsFile, "utf8"), dirname(resolve(labelsFile)), labelsFile);
}
