/** From labelled examples to quantised weights: one category head per category, one right head per right. */
import { CATEGORIES, RIGHTS } from "../types";
import type { Example } from "./dataset";
import { DEFAULT_TRAIN, type QuantisedWeights, type TrainOptions, quantise, shiftBias, trainHeads } from "./linear";

export function trainWeights(examples: readonly Pick<Example, "category" | "rights" | "features">[], options: TrainOptions = DEFAULT_TRAIN): QuantisedWeights {
  const categoryTargets = CATEGORIES.map((category) => Int8Array.from(examples, (e) => (e.category === category ? 1 : -1)));
  // The rights heads learn only from requests: which right, given that a right is asked for.
  const rightTargets = RIGHTS.map((right) =>
    Int8Array.from(examples, (e) => (e.category !== "rights_request" ? 0 : e.rights.includes(right) ? 1 : -1)),
  );
  const heads = CATEGORIES.length + RIGHTS.length;
  const weights = trainHeads(examples.map((e) => e.features), [...categoryTargets, ...rightTargets], options);
  shiftBias(weights, heads, RIGHTS.map((_, i) => CATEGORIES.length + i), options.rightsOffset);
  return quantise(weights, heads);
}
