/**
 * How far the stated confidence is from how often the category is right, and the map that brings them together:
 * Platt scaling (two numbers) of the softmax's top probability, fitted by least log loss on out-of-fold scores.
 * Only mails the model weighs count: a message too short for it carries the rules' own confidence at run time.
 */
import { type Combination, type ConfidenceMap, combine, logit } from "../model/combine";
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

/** Each mail's stated confidence and whether its category was right. */
function confidences(items: readonly OutOfFold[], combination: Combination): { confidence: number; right: boolean }[] {
  return items.map((item) => {
    const verdict = combine(item.scores, item.example.rules, combination);
    return { confidence: verdict.confidence, right: verdict.category === item.example.category };
  });
}

/** How often the category was right, by stated confidence. */
export function reliability(items: readonly OutOfFold[], combination: Combination, edges = CONFIDENCE_BINS): ReliabilityRow[] {
  return binned(confidences(items, combination), edges);
}

function binned(stated: readonly { confidence: number; right: boolean }[], edges = CONFIDENCE_BINS): ReliabilityRow[] {
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
/** Past this, a fitted slope or intercept is Newton's method running off, not a calibration. */
const MAX_MAP_SIZE = 10;

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
  // off towards a map that makes every confidence 0 or 1. Then the softmax as it is.
  if (!Number.isFinite(slope) || !Number.isFinite(intercept) || Math.abs(slope) > MAX_MAP_SIZE || Math.abs(intercept) > MAX_MAP_SIZE) return { slope: 1, intercept: 0 };
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
  const mapped: { confidence: number; right: boolean }[] = [];
  for (const set of sets) {
    const map = fitConfidenceMap(items.filter((item) => sets.includes(item.example.group) && item.example.group !== set), softmaxAlone);
    mapped.push(...confidences(items.filter((item) => item.example.group === set), { ...softmaxAlone, confidenceMap: map }));
  }
  const inSets = items.filter((item) => sets.includes(item.example.group));
  return { mapped: calibrationError(binned(mapped)), softmaxAlone: calibrationError(reliability(inSets, softmaxAlone)) };
}

export interface CalibrationReport {
  /** Every mail the model weighs, by stated confidence. */
  table: ReliabilityRow[];
  /** The calibration error of named groups of mails, as stated (with the map) and by the softmax alone. */
  errors: { name: string; mails: number; stated: number; softmaxAlone: number }[];
  /** Messages too short for the model: the rules' own confidence, which the map does not touch. */
  rulesAlone: { mails: number; meanConfidence: number; accuracy: number };
}

export function calibrationReport(items: readonly OutOfFold[], combination: Combination, groups: readonly { name: string; sets: readonly string[] }[]): CalibrationReport {
  const weighed = weighedByModel(items, combination);
  const softmaxAlone = { ...combination, confidenceMap: undefined };
  const errors = groups.map(({ name, sets }) => {
    const inGroup = weighed.filter((item) => sets.includes(item.example.group));
    return { name, mails: inGroup.length, stated: calibrationError(reliability(inGroup, combination)), softmaxAlone: calibrationError(reliability(inGroup, softmaxAlone)) };
  });
  const short = items.filter((item) => rulesAlone(item.example.words, combination)).map((item) => item.example);
  return {
    table: reliability(weighed, combination),
    errors,
    rulesAlone: {
      mails: short.length,
      meanConfidence: short.reduce((sum, e) => sum + e.rules.confidence, 0) / Math.max(1, short.length),
      accuracy: short.filter((e) => e.rules.category === e.category).length / Math.max(1, short.length),
    },
  };
}
