/**
 * How far the stated confidence is from how often the category is right, and the map that brings them together:
 * Platt scaling (two numbers) of the softmax's top probability, fitted by least log loss on out-of-fold scores,
 * for the mails the model weighs; for a message too short for it, the rules' own confidence shifted on the log-odds
 * scale to what the rules get right on such messages.
 */
import { type Combination, type ConfidenceMap, calibrated, combine, logit } from "../model/combine";
import { MAX_MAP_SIZE, type StoredCombination, withoutMaps } from "../model/combination-file";
import { disagrees, rulesAlone, statedConfidence } from "../model/model";
import type { OutOfFold } from "./unseen";

export const CONFIDENCE_BINS = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001];

export interface ReliabilityRow {
  from: number;
  to: number;
  mails: number;
  meanConfidence: number;
  accuracy: number;
}

/** The mails whose confidence the combination states (the others are the rules' alone). */
export const weighedByModel = (items: readonly OutOfFold[], combination: Combination) => items.filter((item) => !rulesAlone(item.example.words, combination));

/** The messages too short for the model: the rules decide alone. */
export const shortMessages = (items: readonly OutOfFold[], combination: Combination) => items.filter((item) => rulesAlone(item.example.words, combination));

interface Stated {
  confidence: number;
  right: boolean;
  /** The model's own category is not the rules' (a mail the rules decide alone: never). */
  disagree?: boolean;
}

/** Each mail's stated confidence and whether its category was right. */
function confidences(items: readonly OutOfFold[], combination: StoredCombination): Stated[] {
  return items.map(({ scores, example }) => {
    const verdict = combine(scores, example.rules, combination);
    const confidence = statedConfidence(verdict.confidence, scores, example.rules, combination);
    return { confidence, right: verdict.category === example.category, disagree: disagrees(scores, example.rules) };
  });
}

/** Each short message's stated confidence (the rules', through `map`) and whether the rules' category was right. */
function rulesAloneConfidences(items: readonly OutOfFold[], map: ConfidenceMap | undefined): Stated[] {
  return items.map(({ example }) => ({ confidence: calibrated(example.rules.confidence, map), right: example.rules.category === example.category }));
}

/** How often the category was right, by stated confidence. */
export function reliability(items: readonly OutOfFold[], combination: Combination, edges = CONFIDENCE_BINS): ReliabilityRow[] {
  return binned(confidences(items, combination), edges);
}

function binned(stated: readonly Stated[], edges = CONFIDENCE_BINS): ReliabilityRow[] {
  return edges.slice(0, -1).map((from, i) => {
    const to = edges[i + 1]!;
    const inBin = stated.filter(({ confidence }) => confidence >= from && confidence < to);
    return {
      from,
      to: Math.min(1, to),
      mails: inBin.length,
      meanConfidence: inBin.reduce((sum, s) => sum + s.confidence, 0) / Math.max(1, inBin.length),
      accuracy: inBin.filter((s) => s.right).length / Math.max(1, inBin.length),
    };
  });
}

/** Expected calibration error: the gap between mean confidence and share right in each bin, weighed by the bin's mails. */
export function calibrationError(rows: readonly ReliabilityRow[]): number {
  const mails = rows.reduce((sum, row) => sum + row.mails, 0);
  return rows.reduce((sum, row) => sum + (row.mails / Math.max(1, mails)) * Math.abs(row.accuracy - row.meanConfidence), 0);
}


/**
 * The Platt map of `combination`'s confidence (its own map left out) with the least log loss on these mails,
 * by Newton's method on the two numbers (the loss is convex in them).
 */
export function fitConfidenceMap(items: readonly OutOfFold[], combination: Combination): ConfidenceMap {
  const points = confidences(items, withoutMaps(combination)).map(({ confidence, right }) => ({ x: [logit(confidence), 1], y: right ? 1 : 0 }));
  const fitted = fitLogistic(points, [1, 0]);
  // A slope of 0 or below would make the surest scores the least sure: then the softmax as it is, too.
  if (!fitted || fitted[0]! <= 0) return { slope: 1, intercept: 0 };
  return { slope: fitted[0]!, intercept: fitted[1]! };
}

/**
 * As fitConfidenceMap, with a third number added to the log-odds where the model's own category is not the rules'
 * (disagrees in model.ts): there the verdict is a close call between two readers, and a map of the softmax alone
 * states the same for it as for a mail both read alike. Undefined where the fit runs off, or where the readers always agree.
 */
export function fitAgreementMap(items: readonly OutOfFold[], combination: Combination): AgreementMap | undefined {
  const points = confidences(items, withoutMaps(combination)).map(({ confidence, right, disagree }) => ({ x: [logit(confidence), 1, disagree ? 1 : 0], y: right ? 1 : 0 }));
  // Nothing to tell apart where the two readers always agree (or never do).
  if (new Set(points.map(({ x }) => x[2])).size < 2) return undefined;
  const fitted = fitLogistic(points, [1, 0, 0]);
  if (!fitted || fitted[0]! <= 0) return undefined;
  return { confidenceMap: { slope: fitted[0]!, intercept: fitted[1]! }, disagreementShift: fitted[2]! };
}

export type AgreementMap = Required<Pick<StoredCombination, "confidenceMap" | "disagreementShift">>;

/**
 * The weights w of σ(w · x) with the least log loss on these points, by Newton's method (the loss is convex in them),
 * rounded as the temperature is (the file stays readable; the same points give the same numbers). Undefined where
 * no finite best exists: points all right (or all wrong, or split cleanly) send Newton's steps off towards weights
 * that make every confidence 0 or 1, past MAX_MAP_SIZE.
 */
function fitLogistic(points: readonly { x: number[]; y: number }[], start: number[]): number[] | undefined {
  const w = [...start];
  const n = w.length;
  for (let step = 0; step < 100; step++) {
    const gradient = new Array<number>(n).fill(0);
    const hessian = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1e-9 : 0)));
    for (const { x, y } of points) {
      const q = 1 / (1 + Math.exp(-x.reduce((sum, xi, i) => sum + xi * w[i]!, 0)));
      for (let i = 0; i < n; i++) {
        gradient[i]! += (q - y) * x[i]!;
        for (let j = 0; j < n; j++) hessian[i]![j]! += q * (1 - q) * x[i]! * x[j]!;
      }
    }
    const change = solve(hessian, gradient);
    for (let i = 0; i < n; i++) w[i]! -= change[i]!;
    if (change.reduce((sum, c) => sum + Math.abs(c), 0) < 1e-12) break;
  }
  if (w.some((wi) => !Number.isFinite(wi) || Math.abs(wi) > MAX_MAP_SIZE)) return undefined;
  return w.map((wi) => Math.round(wi * 1e4) / 1e4);
}

/** x with a · x = b, by Gaussian elimination with partial pivoting (a is small and, here, positive definite). */
function solve(a: readonly number[][], b: readonly number[]): number[] {
  const rows = a.map((row, i) => [...row, b[i]!]);
  const n = b.length;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(rows[r]![col]!) > Math.abs(rows[pivot]![col]!)) pivot = r;
    [rows[col], rows[pivot]] = [rows[pivot]!, rows[col]!];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = rows[r]![col]! / rows[col]![col]!;
      for (let c = col; c <= n; c++) rows[r]![c]! -= factor * rows[col]![c]!;
    }
  }
  return rows.map((row, i) => row[n]! / row[i]!);
}

/**
 * The map fitted on all choice sets but one and applied to that one, for each in turn: its calibration error
 * out of fold, beside the softmax's alone on the same mails. The map is kept only where it is lower: on a few
 * hundred mails a fit can follow their noise, and a confidence no better than before is not worth a change.
 */
export function confidenceMapOutOfFold(items: readonly OutOfFold[], combination: Combination, sets: readonly string[]): { mapped: number; softmaxAlone: number; logLoss: number } {
  const softmaxAlone = withoutMaps(combination);
  const check = mapOutOfFold(items, sets, (training) => fitConfidenceMap(training, softmaxAlone), (held, map) => confidences(held, { ...softmaxAlone, confidenceMap: map }));
  return { mapped: check.mapped, softmaxAlone: check.unmapped, logLoss: check.logLoss };
}

/** As confidenceMapOutOfFold, for the map with a term for the model's disagreeing with the rules (fitAgreementMap). */
export function agreementMapOutOfFold(items: readonly OutOfFold[], combination: Combination, sets: readonly string[]): { mapped: number; logLoss: number } {
  const softmaxAlone = withoutMaps(combination);
  const check = mapOutOfFold(items, sets, (training) => fitAgreementMap(training, softmaxAlone), (held, map) => confidences(held, { ...softmaxAlone, ...map }));
  return { mapped: check.mapped, logLoss: check.logLoss };
}

/** As confidenceMapOutOfFold, for the short messages' map (fitRulesAloneMap) beside the rules' own confidence. */
export function rulesAloneMapOutOfFold(items: readonly OutOfFold[], sets: readonly string[]): { mapped: number; rulesOwn: number } {
  const check = mapOutOfFold(items, sets, fitRulesAloneMap, rulesAloneConfidences);
  return { mapped: check.mapped, rulesOwn: check.unmapped };
}

/**
 * Each set's confidences through a map fitted on the other sets, and without a map: the calibration error of each over
 * all the sets, and the log loss of the mapped ones (a second view: bins can hide a map that moves mails between them).
 */
function mapOutOfFold<Map>(
  items: readonly OutOfFold[], sets: readonly string[],
  fit: (training: OutOfFold[]) => Map | undefined, stated: (held: readonly OutOfFold[], map: Map | undefined) => Stated[],
): { mapped: number; unmapped: number; logLoss: number } {
  const mapped: Stated[] = [];
  for (const set of sets) {
    const map = fit(items.filter((item) => sets.includes(item.example.group) && item.example.group !== set));
    mapped.push(...stated(items.filter((item) => item.example.group === set), map));
  }
  const inSets = items.filter((item) => sets.includes(item.example.group));
  const logLoss = -mapped.reduce((sum, s) => sum + Math.log(Math.max(1e-12, s.right ? s.confidence : 1 - s.confidence)), 0) / Math.max(1, mapped.length);
  return { mapped: calibrationError(binned(mapped)), unmapped: calibrationError(binned(stated(inSets, undefined))), logLoss };
}

/**
 * The map σ(logit c + shift) of the rules' own confidence c on short messages whose mean over these messages is the
 * share of them the rules read right, counted by Laplace's rule ((right + 1) / (messages + 2)). One number, slope 1:
 * the rules' order among their verdicts is kept (an empty mail stays less sure than a request in plain words), and a
 * few dozen messages, all read right, say «sure», not «certain». Undefined without messages.
 */
export function fitRulesAloneMap(items: readonly OutOfFold[]): ConfidenceMap | undefined {
  if (items.length === 0) return undefined;
  const right = items.filter(({ example }) => example.rules.category === example.category).length;
  const target = (right + 1) / (items.length + 2);
  const meanAt = (shift: number) => rulesAloneConfidences(items, { slope: 1, intercept: shift }).reduce((sum, s) => sum + s.confidence, 0) / items.length;
  // The mean grows with the shift: bisection, to the map's rounding.
  let [low, high] = [-MAX_MAP_SIZE, MAX_MAP_SIZE];
  while (high - low > 1e-5) {
    const middle = (low + high) / 2;
    if (meanAt(middle) < target) low = middle;
    else high = middle;
  }
  return { slope: 1, intercept: Math.round(((low + high) / 2) * 1e4) / 1e4 };
}

/** A group's calibration error as stated (with its map) and without the map (the softmax alone; the rules' own confidence). */
export interface GroupError {
  name: string;
  mails: number;
  stated: number;
  unmapped: number;
}

export interface CalibrationReport {
  /** Every mail the model weighs, by stated confidence. */
  table: ReliabilityRow[];
  errors: GroupError[];
  /** Messages too short for the model, by the confidence stated for the rules' verdict (rulesAloneConfidenceMap). */
  shortTable: ReliabilityRow[];
  shortErrors: GroupError[];
}

export function calibrationReport(items: readonly OutOfFold[], combination: StoredCombination, groups: readonly { name: string; sets: readonly string[] }[]): CalibrationReport {
  const weighed = weighedByModel(items, combination);
  const short = shortMessages(items, combination);
  const softmaxAlone = withoutMaps(combination);
  const shortMap = combination.rulesAloneConfidenceMap;
  const errorsOf = (of: readonly OutOfFold[], stated: (items: readonly OutOfFold[]) => Stated[], unmapped: (items: readonly OutOfFold[]) => Stated[]) =>
    groups.map(({ name, sets }) => {
      const inGroup = of.filter((item) => sets.includes(item.example.group));
      return { name, mails: inGroup.length, stated: calibrationError(binned(stated(inGroup))), unmapped: calibrationError(binned(unmapped(inGroup))) };
    });
  return {
    table: reliability(weighed, combination),
    errors: errorsOf(weighed, (of) => confidences(of, combination), (of) => confidences(of, softmaxAlone)),
    shortTable: binned(rulesAloneConfidences(short, shortMap)),
    shortErrors: errorsOf(short, (of) => rulesAloneConfidences(of, shortMap), (of) => rulesAloneConfidences(of, undefined)),
  };
}
