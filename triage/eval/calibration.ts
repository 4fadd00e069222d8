/**
 * How far the stated confidence is from how often the category is right, and the map that brings them together:
 * Platt scaling (two numbers) of the softmax's top probability, fitted by least log loss on out-of-fold scores,
 * for the mails the model weighs; for a message too short for it, the rules' own confidence shifted on the log-odds
 * scale to what the rules get right on such messages.
 */
import { type Combination, type ConfidenceMap, calibrated, combine, logit } from "../model/combine";
import { MAX_MAP_SIZE, type StoredCombination } from "../model/combination-file";
import { rulesAlone } from "../model/model";
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
}

/** Each mail's stated confidence and whether its category was right. */
function confidences(items: readonly OutOfFold[], combination: Combination): Stated[] {
  return items.map((item) => {
    const verdict = combine(item.scores, item.example.rules, combination);
    return { confidence: verdict.confidence, right: verdict.category === item.example.category };
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
  const points = confidences(items, { ...combination, confidenceMap: undefined }).map(({ confidence, right }) => ({ x: logit(confidence), y: right ? 1 : 0 }));
  let [slope, intercept] = [1, 0];
  for (let step = 0; step < 100; step++) {
    let [gs, gi, hss, hsi, hii] = [0, 0, 1e-9, 0, 1e-9];
    for (const { x, y } of points) {
      const q = 1 / (1 + Math.exp(-(slope * x + intercept)));
      const w = q * (1 - q);
      [gs, gi] = [gs + (q - y) * x, gi + (q - y)];
      [hss, hsi, hii] = [hss + w * x * x, hsi + w * x, hii + w];
    }
    const det = hss * hii - hsi * hsi;
    const [ds, di] = [(hii * gs - hsi * gi) / det, (hss * gi - hsi * gs) / det];
    [slope, intercept] = [slope - ds, intercept - di];
    if (Math.abs(ds) + Math.abs(di) < 1e-12) break;
  }
  // Mails all right (or all wrong, or split cleanly by their confidence) have no finite best: Newton's steps run
  // off towards a map that makes every confidence 0 or 1 (past MAX_MAP_SIZE). Then the softmax as it is; so too for a
  // slope of 0 or below, which would make the surest scores the least sure.
  if (!Number.isFinite(slope) || !Number.isFinite(intercept) || slope <= 0 || Math.abs(slope) > MAX_MAP_SIZE || Math.abs(intercept) > MAX_MAP_SIZE) return { slope: 1, intercept: 0 };
  // Rounded as the temperature is: the file stays readable, and the same scores give the same numbers.
  return { slope: Math.round(slope * 1e4) / 1e4, intercept: Math.round(intercept * 1e4) / 1e4 };
}

/**
 * The map fitted on all choice sets but one and applied to that one, for each in turn: its calibration error
 * out of fold, beside the softmax's alone on the same mails. The map is kept only where it is lower: on a few
 * hundred mails a fit can follow their noise, and a confidence no better than before is not worth a change.
 */
export function confidenceMapOutOfFold(items: readonly OutOfFold[], combination: Combination, sets: readonly string[]): { mapped: number; softmaxAlone: number } {
  const softmaxAlone = { ...combination, confidenceMap: undefined };
  const check = mapOutOfFold(items, sets, (training) => fitConfidenceMap(training, softmaxAlone), (held, map) => confidences(held, { ...softmaxAlone, confidenceMap: map }));
  return { mapped: check.mapped, softmaxAlone: check.unmapped };
}

/** As confidenceMapOutOfFold, for the short messages' map (fitRulesAloneMap) beside the rules' own confidence. */
export function rulesAloneMapOutOfFold(items: readonly OutOfFold[], sets: readonly string[]): { mapped: number; rulesOwn: number } {
  const check = mapOutOfFold(items, sets, fitRulesAloneMap, rulesAloneConfidences);
  return { mapped: check.mapped, rulesOwn: check.unmapped };
}

/** Each set's confidences through a map fitted on the other sets, and without a map: the calibration error of each over all the sets. */
function mapOutOfFold(
  items: readonly OutOfFold[], sets: readonly string[],
  fit: (training: OutOfFold[]) => ConfidenceMap | undefined, stated: (held: readonly OutOfFold[], map: ConfidenceMap | undefined) => Stated[],
): { mapped: number; unmapped: number } {
  const mapped: Stated[] = [];
  for (const set of sets) {
    const map = fit(items.filter((item) => sets.includes(item.example.group) && item.example.group !== set));
    mapped.push(...stated(items.filter((item) => item.example.group === set), map));
  }
  const inSets = items.filter((item) => sets.includes(item.example.group));
  return { mapped: calibrationError(binned(mapped)), unmapped: calibrationError(binned(stated(inSets, undefined))) };
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
  const softmaxAlone = { ...combination, confidenceMap: undefined };
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
