/** How the model's scores and the rules' verdict make one verdict (pure). */
import { CATEGORIES, type Category, RIGHTS, type Right, type RulesClassification } from "../types";
import { chooseRights } from "./rights-vote";
import { projectPath } from "../../project-path";

export interface Combination {
  /** Added to the score of the category the rules chose. */
  vote: number;
  /** Added to a right's score when the rules found that right. */
  rightsVote: number;
  /** Softmax temperature over the category scores, fitted on out-of-fold scores. */
  temperature: number;
  /** Where the rules found rights, the model adds another only when its score passes this. */
  extraRightMargin?: number;
  /** Added instead of rightsVote where the rules' words name the right in the law's term (rights-vote.ts). */
  namedRightsVote?: number;
  /** Where the rules found a right that stands against another (restriction/erasure), the model adds that other only past this. */
  contrastMargin?: number;
  /** A message of fewer words than this is the rules' alone: the model learned from whole mails. */
  rulesAloneBelowWords?: number;
  /** Platt scaling of the softmax's top probability, fitted out of fold on the choice sets (eval/calibration.ts); without it, the softmax as it is. */
  confidenceMap?: ConfidenceMap;
}

/** σ(slope · logit(p) + intercept): monotone, so it changes how sure the verdict says it is, never the verdict. */
export interface ConfidenceMap {
  slope: number;
  intercept: number;
}

/** The log-odds of a probability, kept finite at 0 and 1. */
export function logit(probability: number): number {
  const p = Math.min(1 - 1e-9, Math.max(1e-9, probability));
  return Math.log(p / (1 - p));
}

export function calibrated(probability: number, map: ConfidenceMap | undefined): number {
  if (!map) return probability;
  return 1 / (1 + Math.exp(-(map.slope * logit(probability) + map.intercept)));
}

/** Where `npm run eval:triage -- --unseen --save` writes the votes and temperature it chose. */
export const COMBINATION_FILE = projectPath("triage", "model", "combination.json");

/** Heads in the weights file: the four categories, then the seven rights. */
export const HEAD_NAMES: string[] = [...CATEGORIES, ...RIGHTS];
const RIGHTS_FROM = CATEGORIES.length;

export interface Verdict {
  category: Category;
  rights: Right[];
  /** Calibrated probability of the category (softmax at the fitted temperature, then the confidence map). */
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

/** `foundBy`, where given, shows which rights the rules named outright (rights-vote.ts). */
type RulesVerdict = Pick<RulesClassification, "category" | "rights"> & Partial<Pick<RulesClassification, "foundBy">>;

/** The model's scores of one mail: the category heads', and the rights heads' read only when asked for. */
export interface HeadScores {
  categories: ArrayLike<number>;
  rights(): ArrayLike<number>;
}

/** The index of the highest of the first `count` scores (the first, on a tie). */
export function topIndex(scores: ArrayLike<number>, count = scores.length): number {
  let best = 0;
  for (let i = 1; i < count; i++) if (scores[i]! > scores[best]!) best = i;
  return best;
}

/** Every head's scores (the categories, then the rights) and the rules' verdict → one verdict. */
export function combine(scores: ArrayLike<number>, rules: RulesVerdict, combination: Combination): Verdict {
  return combineHeads({ categories: scores, rights: () => Array.prototype.slice.call(scores, RIGHTS_FROM) as number[] }, rules, combination);
}

/** As `combine`; the rights heads' scores are asked for only when the verdict is a rights request. */
export function combineHeads(scores: HeadScores, rules: RulesVerdict, combination: Combination): Verdict {
  const categoryScores = CATEGORIES.map((category, i) => scores.categories[i]! + (rules.category === category ? combination.vote : 0));
  const best = topIndex(categoryScores);
  const category = CATEGORIES[best]!;
  const confidence = calibrated(softmax(categoryScores, combination.temperature)[best]!, combination.confidenceMap);
  if (category !== "rights_request") return { category, rights: [], confidence, categoryScores };
  const rights = chooseRights(scores.rights(), rules, combination);
  return { category, rights, confidence, categoryScores };
}
