/** How the model's scores and the rules' verdict make one verdict (pure). */
import { CATEGORIES, type Category, type Classification, RIGHTS, type Right } from "../types";
import { chooseRights } from "./rights-vote";
import type { Combination } from "./weights-file";

/** Heads in the weights file: the four categories, then the seven rights. */
export const HEAD_NAMES: string[] = [...CATEGORIES, ...RIGHTS];
const RIGHTS_FROM = CATEGORIES.length;

export interface Verdict {
  category: Category;
  rights: Right[];
  /** Calibrated probability of the category. */
  confidence: number;
  /** The combined category scores, before the softmax. */
  categoryScores: number[];
}

export function softmax(scores: readonly number[], temperature: number): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp((s - max) / temperature));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** `rules.reasons`, where given, show which rights the rules named outright (rights-vote.ts). */
export function combine(scores: ArrayLike<number>, rules: Pick<Classification, "category" | "rights"> & { reasons?: readonly string[] }, combination: Combination): Verdict {
  const categoryScores = CATEGORIES.map((category, i) => scores[i]! + (rules.category === category ? combination.vote : 0));
  let best = 0;
  for (let i = 1; i < categoryScores.length; i++) if (categoryScores[i]! > categoryScores[best]!) best = i;
  const category = CATEGORIES[best]!;
  const confidence = softmax(categoryScores, combination.temperature)[best]!;
  if (category !== "rights_request") return { category, rights: [], confidence, categoryScores };
  const rights = chooseRights(RIGHTS.map((_, i) => scores[RIGHTS_FROM + i]!), rules, combination);
  return { category, rights, confidence, categoryScores };
}
