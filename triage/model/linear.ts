/**
 * Linear models over hashed features: training by Pegasos (a linear SVM fitted by stochastic
 * sub-gradient steps, Shalev-Shwartz et al. 2007) with a seeded shuffle, so the same examples always
 * give the same weights; and int8 quantisation, so the weights file stays small.
 */
import { BUCKETS, type Features } from "./features";

export interface TrainOptions {
  /** Regularisation strength; 1 / (C · examples) in SVM terms. */
  lambda: number;
  epochs: number;
  seed: number;
}

export const DEFAULT_TRAIN: TrainOptions = { lambda: 1e-3, epochs: 4, seed: 20261207 };

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

function shuffledOrder(length: number, next: () => number): Uint32Array {
  const order = Uint32Array.from({ length }, (_, i) => i);
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/**
 * One binary SVM per head, all heads stepping through the same shuffled order. `targets[head][i]` is
 * +1, -1, or 0 to leave example i out of that head. Returns weights head after head, BUCKETS each.
 * The weights are kept bucket after bucket (all heads side by side) so one pass over a mail's
 * features serves every head.
 */
export function trainHeads(examples: readonly Features[], targets: readonly Int8Array[], options: TrainOptions = DEFAULT_TRAIN): Float64Array[] {
  const next = random(options.seed);
  const heads = targets.length;
  const v = new Float64Array(BUCKETS * heads);
  const scale = new Float64Array(heads).fill(1);
  const steps = new Float64Array(heads);
  const dots = new Float64Array(heads);
  const updates = new Float64Array(heads);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of shuffledOrder(examples.length, next)) {
      const { indices, values } = examples[i]!;
      dots.fill(0);
      for (let k = 0; k < indices.length; k++) {
        const base = indices[k]! * heads;
        const x = values[k]!;
        for (let h = 0; h < heads; h++) dots[h]! += v[base + h]! * x;
      }
      let anyUpdate = false;
      for (let h = 0; h < heads; h++) {
        updates[h] = 0;
        const y = targets[h]![i]!;
        if (y === 0) continue;
        steps[h]! += 1;
        // The first steps are tempered (+1000) so one early example cannot swing the weights far.
        const eta = 1 / (options.lambda * (steps[h]! + 1000));
        const margin = y * dots[h]! * scale[h]!;
        scale[h]! *= 1 - eta * options.lambda;
        if (margin < 1) {
          updates[h] = (eta * y) / scale[h]!;
          anyUpdate = true;
        }
      }
      if (!anyUpdate) continue;
      for (let k = 0; k < indices.length; k++) {
        const base = indices[k]! * heads;
        const x = values[k]!;
        for (let h = 0; h < heads; h++) v[base + h]! += updates[h]! * x;
      }
    }
  }
  return Array.from({ length: heads }, (_, h) => {
    const w = new Float64Array(BUCKETS);
    for (let f = 0; f < BUCKETS; f++) w[f] = v[f * heads + h]! * scale[h]!;
    return w;
  });
}

/** Weights feature after feature (all heads of one bucket side by side), as int8 with one scale per head. */
export interface QuantisedWeights {
  heads: number;
  values: Int8Array;
  scales: Float32Array;
}

export function quantise(weights: readonly Float64Array[]): QuantisedWeights {
  const heads = weights.length;
  const values = new Int8Array(BUCKETS * heads);
  const scales = new Float32Array(heads);
  weights.forEach((w, h) => {
    let max = 0;
    for (let f = 0; f < BUCKETS; f++) max = Math.max(max, Math.abs(w[f]!));
    const scale = max / 127 || 1;
    scales[h] = scale;
    for (let f = 0; f < BUCKETS; f++) values[f * heads + h] = Math.round(w[f]! / scale);
  });
  return { heads, values, scales };
}

/** Every head's score for one mail. */
export function scoreHeads(model: QuantisedWeights, features: Features): Float64Array {
  const { heads, values, scales } = model;
  const scores = new Float64Array(heads);
  const { indices, values: x } = features;
  for (let k = 0; k < indices.length; k++) {
    const base = indices[k]! * heads;
    const value = x[k]!;
    for (let h = 0; h < heads; h++) scores[h]! += values[base + h]! * value;
  }
  for (let h = 0; h < heads; h++) scores[h]! *= scales[h]!;
  return scores;
}
