/**
 * Which rights a rights request asks for, when the model and the rules disagree (pure). The rules' evidence
 * is not all of one strength: a rule whose words name the right in the law's own term ("innsyn", "protest",
 * "restriction of", "trekker samtykket") is near-certain, a cue ("customer records", "take me off the list")
 * is not; and some rights are defined against another, so the words of one are expected in a request for
 * the other ("ikke slett den, men ikke bruk den": restriction, not erasure).
 */
import { RIGHTS, type FoundBy, type Right } from "../types";
import { namesRightOutright } from "../classify/law-terms";
import type { Combination } from "./combine";

/**
 * A right that stands against another (GDPR Art. 18(1)(b): restriction instead of erasure; the labelling
 * rules: a copy for moving is portability, not access): where the rules found the first, the model adds
 * the second only past the contrast margin.
 */
const DEFINED_AGAINST: Partial<Record<Right, Right>> = { restriction: "erasure", portability: "access" };

/** The rights the rules found in words that name the right in the law's term (law-terms.ts). */
export function rightsNamedOutright(foundBy: FoundBy): Set<Right> {
  return new Set(RIGHTS.filter((right) => namesRightOutright(right, foundBy[right]?.words)));
}

/**
 * The rights of a request: each right's model score plus the rules' vote for it (stronger where the rules
 * named it outright) must pass zero; a right the rules did not find, beside rights they did, must pass the
 * extra-right margin, or the contrast margin where a right the rules found stands against it.
 */
export function chooseRights(rightScores: ArrayLike<number>, rules: { rights: readonly Right[]; foundBy?: FoundBy }, combination: Combination): Right[] {
  const found = new Set(rules.rights);
  const named = rightsNamedOutright(rules.foundBy ?? {});
  const contrasted = new Set([...found].map((right) => DEFINED_AGAINST[right]).filter((right) => right !== undefined));
  const combined = RIGHTS.map((right, i) => {
    if (!found.has(right)) return rightScores[i]!;
    return rightScores[i]! + (named.has(right) ? (combination.namedRightsVote ?? combination.rightsVote) : combination.rightsVote);
  });
  const threshold = (right: Right): number => {
    if (found.has(right) || found.size === 0) return 0;
    const margin = combination.extraRightMargin ?? 0;
    return contrasted.has(right) ? Math.max(margin, combination.contrastMargin ?? 0) : margin;
  };
  const rights = RIGHTS.filter((right, i) => combined[i]! > threshold(right));
  if (rights.length > 0) return rights;
  // A request for no right in particular: the likeliest one.
  let top = 0;
  for (let i = 1; i < combined.length; i++) if (combined[i]! > combined[top]!) top = i;
  return [RIGHTS[top]!];
}
