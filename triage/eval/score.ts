/** Pure scoring of triage results against labels. No I/O. */
import { CATEGORIES, type Category, type Language, RIGHTS, type Right } from "../types";

export interface Verdict {
  category: Category;
  rights: readonly Right[];
  language: Language;
}

export interface ScoredCase {
  file: string;
  expected: Verdict;
  predicted: Verdict;
}

export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  /** How many cases carry this label. */
  support: number;
  /** How many cases were predicted with this label. */
  predicted: number;
}

export interface Ratio {
  correct: number;
  total: number;
  accuracy: number;
}

export interface TriageReport {
  total: number;
  perCategory: Record<Category, ClassScore>;
  /** Unweighted mean of the four category F1 scores. */
  macroF1: number;
  /** Over mails labelled rights_request: predicted as rights_request with exactly the labelled set of rights. */
  exactRights: Ratio;
  perRight: Record<Right, ClassScore>;
  language: Ratio;
  /** confusion[expected][predicted] = count. */
  confusion: Record<Category, Record<Category, number>>;
}

/**
 * Rights only count when the mail is classified as a rights request: a complaint "with rights" is
 * not something the owner will act on as a request, so its rights are treated as none.
 */
export function effectiveRights(verdict: Verdict): Right[] {
  return verdict.category === "rights_request" ? [...new Set(verdict.rights)] : [];
}

export function sameRights(a: readonly Right[], b: readonly Right[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
}

export function isExactRightsMatch(expected: Verdict, predicted: Verdict): boolean {
  return predicted.category === "rights_request" && sameRights(effectiveRights(expected), effectiveRights(predicted));
}

/** Whether a case is wrong in any way the eval reports (category, rights or language). */
export function isMiss(scored: ScoredCase): boolean {
  return (
    scored.expected.category !== scored.predicted.category ||
    !sameRights(effectiveRights(scored.expected), effectiveRights(scored.predicted)) ||
    scored.expected.language !== scored.predicted.language
  );
}

/**
 * Precision with nothing predicted is 1 when there was nothing to find and 0 otherwise; recall with
 * nothing to find is 1 when nothing was predicted. That keeps empty classes from inflating or
 * sinking the macro average by accident.
 */
export function classScore(truePositives: number, support: number, predicted: number): ClassScore {
  const precision = predicted === 0 ? (support === 0 ? 1 : 0) : truePositives / predicted;
  const recall = support === 0 ? (predicted === 0 ? 1 : 0) : truePositives / support;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support, predicted };
}

function ratio(correct: number, total: number): Ratio {
  return { correct, total, accuracy: total === 0 ? 1 : correct / total };
}

export function scoreTriage(cases: readonly ScoredCase[]): TriageReport {
  const confusion = Object.fromEntries(
    CATEGORIES.map((expected) => [expected, Object.fromEntries(CATEGORIES.map((predicted) => [predicted, 0]))]),
  ) as Record<Category, Record<Category, number>>;
  for (const { expected, predicted } of cases) confusion[expected.category][predicted.category] += 1;

  const perCategory = Object.fromEntries(
    CATEGORIES.map((category) => {
      const support = CATEGORIES.reduce((sum, predicted) => sum + confusion[category][predicted], 0);
      const predictedCount = CATEGORIES.reduce((sum, expected) => sum + confusion[expected][category], 0);
      return [category, classScore(confusion[category][category], support, predictedCount)];
    }),
  ) as Record<Category, ClassScore>;
  const macroF1 = CATEGORIES.reduce((sum, category) => sum + perCategory[category].f1, 0) / CATEGORIES.length;

  const perRight = Object.fromEntries(
    RIGHTS.map((right) => {
      let truePositives = 0;
      let support = 0;
      let predicted = 0;
      for (const scored of cases) {
        const inExpected = effectiveRights(scored.expected).includes(right);
        const inPredicted = effectiveRights(scored.predicted).includes(right);
        if (inExpected) support += 1;
        if (inPredicted) predicted += 1;
        if (inExpected && inPredicted) truePositives += 1;
      }
      return [right, classScore(truePositives, support, predicted)];
    }),
  ) as Record<Right, ClassScore>;

  const requests = cases.filter((scored) => scored.expected.category === "rights_request");
  return {
    total: cases.length,
    perCategory,
    macroF1,
    exactRights: ratio(requests.filter((scored) => isExactRightsMatch(scored.expected, scored.predicted)).length, requests.length),
    perRight,
    language: ratio(cases.filter((scored) => scored.expected.language === scored.predicted.language).length, cases.length),
    confusion,
  };
}
