/**
 * The law's own terms for each right, as the rules' words quote them (folded: lower case, æøå → ae/o/a): «innsyn»,
 * «protesterer», «restriction of», «trekker samtykket», «art. 17». A right named so is near-certain; a cue ("customer
 * records", "take me off the list") is not. The model's rights vote and the whole-mail resolvers both read it.
 */
import type { Right } from "../types";

const LAW_TERMS: Record<Right, RegExp> = {
  access: /innsyn|\baccess\b|\b(article|artikkel|art) 15\b/,
  erasure: /erasure|sletting|\bforgotten\b|\bglemt\b|\bglem meg\b|\b(article|artikkel|art) 17\b/,
  rectification: /rectif|\bretting|\b(article|artikkel|art) 16\b/,
  restriction: /restrict|begrens|\b(article|artikkel|art) 18\b/,
  portability: /portab|maskinlesbar|machine ?readable|structured|strukturert|\b(article|artikkel|art) 20\b/,
  objection: /\bobject|protest|innsigelse|motsett|\b(article|artikkel|art) 21\b/,
  withdraw_consent: /samtykk|consent/,
};

/** Whether the words a rule found name the right in the law's term. */
export function namesRightOutright(right: Right, words: string | undefined): boolean {
  return words !== undefined && LAW_TERMS[right].test(words);
}
