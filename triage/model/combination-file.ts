/**
 * combination.json as run time reads it: checked when loaded, so a hand-edited or stale file fails with the field
 * that is wrong instead of stating nonsense. Apart from combine.ts, whose text training's fingerprint covers
 * (inputs.ts): what only the confidence uses can change without retraining.
 */
import { z } from "zod";
import chosen from "./combination.json" with { type: "json" };
import { COMBINATION_FILE, type Combination, type ConfidenceMap } from "./combine";

export interface StoredCombination extends Combination {
  /**
   * The same kind of map of the rules' own confidence, for a message too short for the model (rulesAloneBelowWords): a shift
   * on the log-odds scale fitted on the choice sets' short messages (eval/calibration.ts); without it, the rules' confidence as it is.
   */
  rulesAloneConfidenceMap?: ConfidenceMap;
  /**
   * Added to the log-odds of the confidence (after confidenceMap, fitted with it) where the model's own category is not
   * the rules' (disagrees in model.ts); without it, none.
   */
  disagreementShift?: number;
}

/** The combination with none of its fitted maps: the softmax alone, and the rules' own confidence on short messages. */
export function withoutMaps(combination: Combination): StoredCombination {
  return { ...combination, confidenceMap: undefined, disagreementShift: undefined, rulesAloneConfidenceMap: undefined };
}

/** Past this, a map's slope or intercept says every confidence is 0 or 1: no calibration (eval/calibration.ts stops there too). */
export const MAX_MAP_SIZE = 10;

// A slope of 0 or below would say nothing, or say «sure» where the scores say «unsure».
const ConfidenceMapSchema = z.object({ slope: z.number().gt(0).max(MAX_MAP_SIZE), intercept: z.number().min(-MAX_MAP_SIZE).max(MAX_MAP_SIZE) }).strict();
const CombinationSchema = z.object({
  vote: z.number().min(0),
  rightsVote: z.number().min(0),
  temperature: z.number().gt(0),
  extraRightMargin: z.number().min(0).optional(),
  namedRightsVote: z.number().min(0).optional(),
  contrastMargin: z.number().min(0).optional(),
  rulesAloneBelowWords: z.number().int().min(0).optional(),
  confidenceMap: ConfidenceMapSchema.optional(),
  rulesAloneConfidenceMap: ConfidenceMapSchema.optional(),
  disagreementShift: z.number().min(-MAX_MAP_SIZE).max(MAX_MAP_SIZE).optional(),
}).strict();

/** A combination as read from `source`: every number where it belongs, or an error naming the file and each field that is wrong. */
export function checkCombination(value: unknown, source: string): StoredCombination {
  const parsed = CombinationSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(fila / the file)"}: ${issue.message}`).join("; ");
  throw new Error(
    `Kombinasjonsfila ${source} er ugyldig (kjør npm run eval:triage -- --unseen --save) / the combination file ${source} is invalid ` +
      `(run npm run eval:triage -- --unseen --save): ${problems}`,
  );
}

/** combination.json, checked: what `npm run eval:triage -- --unseen --save` chose. */
export const STORED_COMBINATION: StoredCombination = checkCombination(chosen, COMBINATION_FILE);
