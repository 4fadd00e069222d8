/**
 * The learned model at run time: the committed weights, read once on first use; a mail's scores
 * combined with the rules' verdict; reasons the owner can read.
 */
import { existsSync, readFileSync } from "node:fs";
import { projectPath } from "../../project-path";
import type { ParsedMail } from "../mail";
import { CATEGORIES, type Category, type Classification, type Right, type RulesClassification } from "../types";
import { type Combination, calibrated, combineHeads, topIndex } from "./combine";
import { STORED_COMBINATION, type StoredCombination } from "./combination-file";
import { isCommonWord } from "../understand/language";
import { handedOnText } from "../classify/reminder";
import { charClass, modelWordGrams, packedWeight, scoreMail } from "./features";
import { type LoadedModel, type ScoringModel, checkHeadOrder, decodeScoringWeights, decodeWeights } from "./weights-file";

export const WEIGHTS_FILE = projectPath("triage", "model", "weights.json");

let loaded: ScoringModel | null | undefined;

/** The committed model as mails are scored with it, or null when there is no weights file (then the rules decide alone). */
export function committedModel(): ScoringModel | null {
  if (loaded === undefined) loaded = existsSync(WEIGHTS_FILE) ? decodeScoringWeights(readFileSync(WEIGHTS_FILE, "utf8"), WEIGHTS_FILE) : null;
  return loaded;
}

/** The committed weights as int8, read afresh and kept by no one: for evaluation, which scores sparse vectors. */
export function committedInt8Weights(): LoadedModel | null {
  if (!existsSync(WEIGHTS_FILE)) return null;
  const model = decodeWeights(readFileSync(WEIGHTS_FILE, "utf8"));
  checkHeadOrder(model.headNames, WEIGHTS_FILE);
  return model;
}

// Bilingual, as the rules' reasons are.
const CATEGORY_WORDS: Record<Category, string> = {
  rights_request: "en forespørsel om rettigheter / a rights request", complaint: "en klage / a complaint",
  inquiry: "en vanlig henvendelse / an ordinary inquiry", automated: "automatisk e-post eller masseutsendelse / automated or bulk mail",
};
const RIGHT_WORDS: Record<Right, string> = {
  access: "innsyn / access", erasure: "sletting / erasure", rectification: "retting / rectification", restriction: "begrensning / restriction",
  portability: "dataportabilitet / portability", objection: "protest / objection", withdraw_consent: "trekke samtykke / withdraw consent",
};

const hasLetter = /\p{L}/u;

/**
 * A gram that tells the owner nothing, however it weighed: one of numbers only («30»), of the commonest words only
 * («og», «at dere», «hva»: isCommonWord), or one found in every kind of mail the head tells apart (common-grams.ts).
 */
const saysNothing = (gram: string, common: ReadonlySet<string>) => !hasLetter.test(gram) || gram.split(" ").every(isCommonWord) || common.has(gram);

/**
 * Of a mail's words and word pairs (modelWordGrams), those that pushed one head's score up the most, grams that
 * say nothing left out (they weigh in the score all the same). A word a named pair holds is not named again
 * beside it: «click here» stands for «here».
 */
export function heaviestWords(model: ScoringModel, grams: Map<string, number>, head: number, count = 4): string[] {
  const common = head < CATEGORIES.length ? model.commonGrams.categories : model.commonGrams.rights;
  const pushing: [string, number][] = [];
  for (const [gram, bucket] of grams) {
    const weight = packedWeight(model.weights, bucket, head);
    if (weight > 0 && !saysNothing(gram, common)) pushing.push([gram, weight]);
  }
  pushing.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  let named: string[] = [];
  for (const [gram] of pushing) {
    if (named.length === count) break;
    const words = gram.split(" ");
    if (words.length === 1 && named.some((shown) => shown.split(" ").includes(gram))) continue;
    // The pair takes the place of the heaviest of its words already named, and the other is dropped.
    const at = named.findIndex((shown) => words.length > 1 && words.includes(shown));
    if (at < 0) named.push(gram);
    else named = named.flatMap((shown, i) => (i === at ? [gram] : words.includes(shown) ? [] : [shown]));
  }
  return named.map((gram) => `«${gram}»`);
}

const isSpace = charClass(/\s/);

/**
 * The words (runs of non-space) of what the model reads, counted up to `limit` and no further: subject and text, and
 * what they hand on (a forward under "Se under", the request a reminder points at), which is a whole mail of its own.
 */
export function wordsUpTo(mail: ParsedMail, limit: number): number {
  const found = countWords(mail.text, countWords(mail.subject, 0, limit), limit);
  // A short note's forward or reminder is read only when the note alone is too short: most mails stop before it.
  return found < limit ? countWords(handedOnText(mail), found, limit) : found;
}

/** `found` plus the words of `part`, counted up to `limit` and no further. */
function countWords(part: string, found: number, limit: number): number {
  let inWord = false;
  for (let i = 0; i < part.length && found < limit; i++) {
    const space = isSpace(part.charCodeAt(i));
    if (!space && !inWord) found++;
    inWord = !space;
  }
  return found;
}

/** Whether a message is too short for the model, so the rules decide alone. */
export function rulesAlone(words: number, combination: Combination = STORED_COMBINATION): boolean {
  return words < (combination.rulesAloneBelowWords ?? 0);
}

/** Whether the model's own category (its category heads alone, before the rules' vote) is not the rules'. */
export function disagrees(categoryScores: ArrayLike<number>, rules: Pick<RulesClassification, "category">): boolean {
  return CATEGORIES[topIndex(categoryScores, CATEGORIES.length)] !== rules.category;
}

/** The combined verdict's confidence as stated: where the model and the rules read the mail differently, shifted as measured (disagreementShift). */
export function statedConfidence(confidence: number, categoryScores: ArrayLike<number>, rules: Pick<RulesClassification, "category">, combination: StoredCombination = STORED_COMBINATION): number {
  const shift = combination.disagreementShift;
  return shift && disagrees(categoryScores, rules) ? calibrated(confidence, { slope: 1, intercept: shift }) : confidence;
}

/** A short message's verdict is the rules', with their confidence mapped as measured on such messages (combination.json). */
export function rulesAloneVerdict(rules: RulesClassification, combination: StoredCombination = STORED_COMBINATION): RulesClassification {
  return { ...rules, confidence: Math.round(calibrated(rules.confidence, combination.rulesAloneConfidenceMap) * 100) / 100 };
}

/**
 * The rules' verdict, weighed with the model's. Without a weights file, the rules' verdict as it is; for a short
 * message, the rules' verdict with its confidence mapped, before the weights are read (a question to `ask` never waits for them).
 */
export function withModel(mail: ParsedMail, rules: RulesClassification, loadModel: () => ScoringModel | null = committedModel): Classification {
  if (rulesAlone(wordsUpTo(mail, STORED_COMBINATION.rulesAloneBelowWords ?? 0))) return rulesAloneVerdict(rules);
  const model = loadModel();
  if (!model) return rules;
  const scores = scoreMail(model.weights, mail);
  const verdict = combineHeads(scores, rules, STORED_COMBINATION);
  const confidence = Math.round(statedConfidence(verdict.confidence, scores.categories, rules) * 100) / 100;
  const sameCategory = verdict.category === rules.category;
  const reasons: string[] = [];
  let grams: Map<string, number> | undefined;
  const heaviest = (head: string) => heaviestWords(model, (grams ??= modelWordGrams(mail)), model.headNames.indexOf(head));
  if (!sameCategory) {
    const words = heaviest(verdict.category);
    reasons.push(`modellen leser dette som ${CATEGORY_WORDS[verdict.category]}${words.length ? `; ord som veide tyngst / words that weighed most: ${words.join(", ")}` : ""}`);
  }
  for (const right of verdict.rights) {
    if (sameCategory && rules.rights.includes(right)) continue;
    const words = heaviest(right);
    reasons.push(`modellen leser ${RIGHT_WORDS[right]}${words.length ? `: ${words.join(", ")}` : ""}`);
  }
  const rulesReasons = sameCategory ? rules.reasons : rules.reasons.map((reason) => `reglene / rules: ${reason}`);
  return { category: verdict.category, rights: verdict.rights, language: rules.language, confidence, reasons: [...reasons, ...rulesReasons] };
}

