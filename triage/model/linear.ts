/**
 * Linear models over hashed features: an L2-regularised linear SVM with squared hinge loss per head,
 * fitted by dual coordinate descent (Hsieh et al. 2008, what liblinear and scikit-learn's LinearSVC
 * do), one example at a time in a seeded order, so the same examples always give the same weights;
 * and int8 quantisation, so the weights file stays small.
 */
import { BIAS_BUCKET, BUCKETS, type Features, type QuantisedWeights, scoreSparse } from "./features";

export type { QuantisedWeights };
/** Every head's score for one sparse vector. */
export const scoreHeads = scoreSparse;

export interface TrainOptions {
  /** The SVM's C: how much a margin violation costs against small weights. */
  C: number;
  /** Passes over the examples; dual coordinate descent is close to converged after a few. */
  passes: number;
  seed: number;
  /** Weigh each class of a head inversely to its size (scikit-learn's class_weight="balanced"). */
  balanced: boolean;
  /**
   * Added to every right head's bias after training: a right is named when its score passes zero,
   * and the heads, each trained on few examples, err towards naming too few rights.
   */
  rightsOffset: number;
}

export const DEFAULT_TRAIN: TrainOptions = { C: 30, passes: 10, seed: 20261207, balanced: true, rightsOffset: 0.2 };

/** mulberry32: a small seeded generator, the same sequence on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(order: Uint32Array, next: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const swap = order[i]!;
    order[i] = order[j]!;
    order[j] = swap;
  }
}

/** The cost of a margin violation for each class of one head: [negatives, positives]. */
function classCosts(target: Int8Array, options: TrainOptions): [number, number] {
  if (!options.balanced) return [options.C, options.C];
  let positives = 0;
  let negatives = 0;
  for (const y of target) {
    if (y > 0) positives++;
    else if (y < 0) negatives++;
  }
  const total = positives + negatives;
  return [(options.C * total) / (2 * Math.max(1, negatives)), (options.C * total) / (2 * Math.max(1, positives))];
}

/**
 * One binary SVM per head, all heads stepping through the same shuffled order. `targets[head][i]` is
 * +1, -1, or 0 to leave example i out of that head. Returns the weights bucket after bucket (all heads
 * of a bucket side by side), so one pass over a mail's features serves every head.
 */
export function trainHeads(examples: readonly Features[], targets: readonly Int8Array[], options: TrainOptions = DEFAULT_TRAIN): Float64Array {
  const next = random(options.seed);
  const heads = targets.length;
  const w = new Float64Array(BUCKETS * heads);
  const alphas = targets.map(() => new Float64Array(examples.length));
  // The squared hinge's dual adds 1 / (2C) to the diagonal.
  const diagonal = targets.map((target) => classCosts(target, options).map((cost) => 1 / (2 * cost)) as [number, number]);
  const squaredNorms = examples.map(({ values }) => values.reduce((sum, x) => sum + x * x, 0));
  const dots = new Float64Array(heads);
  const steps = new Float64Array(heads);
  const order = Uint32Array.from({ length: examples.length }, (_, i) => i);
  for (let pass = 0; pass < options.passes; pass++) {
    shuffle(order, next);
    for (const i of order) {
      const { indices, values } = examples[i]!;
      dots.fill(0);
      for (let k = 0; k < indices.length; k++) {
        const base = indices[k]! * heads;
        const x = values[k]!;
        for (let h = 0; h < heads; h++) dots[h]! += w[base + h]! * x;
      }
      let anyStep = false;
      for (let h = 0; h < heads; h++) {
        steps[h] = 0;
        const y = targets[h]![i]!;
        if (y === 0) continue;
        const d = diagonal[h]![y > 0 ? 1 : 0]!;
        const alpha = alphas[h]![i]!;
        const gradient = y * dots[h]! - 1 + alpha * d;
        if (alpha === 0 && gradient >= 0) continue;
        const updated = Math.max(0, alpha - gradient / (squaredNorms[i]! + d));
        if (updated === alpha) continue;
        alphas[h]![i] = updated;
        steps[h] = (updated - alpha) * y;
        anyStep = true;
      }
      if (!anyStep) continue;
      for (let k = 0; k < indices.length; k++) {
        const base = indices[k]! * heads;
        const x = values[k]!;
        for (let h = 0; h < heads; h++) w[base + h]! += steps[h]! * x;
      }
    }
  }
  return w;
}

/** Moves the bias of the given heads by `offset`. */
export function shiftBias(weights: Float64Array, heads: number, which: readonly number[], offset: number): void {
  for (const h of which) weights[BIAS_BUCKET * heads + h]! += offset;
}

/** Int8 weights with one scale per head and the biases apart (the bias bucket's weights; `weights` is changed). */
export function quantise(weights: Float64Array, heads: number): QuantisedWeights {
  const values = new Int8Array(BUCKETS * heads);
  const scales = new Float32Array(heads);
  const biases = new Float32Array(heads);
  for (let h = 0; h < heads; h++) {
    biases[h] = weights[BIAS_BUCKET * heads + h]!;
    weights[BIAS_BUCKET * heads + h] = 0;
    let max = 0;
    for (let f = 0; f < BUCKETS; f++) max = Math.max(max, Math.abs(weights[f * heads + h]!));
    const scale = max / 127 || 1;
    scales[h] = scale;
    for (let f = 0; f < BUCKETS; f++) values[f * heads + h] = Math.round(weights[f * heads + h]! / scale);
  }
  return { heads, values, scales, biases };
}
