/**
 * Words and word pairs too common to be a reason the owner can read, learned from the training mails: a gram
 * found in at least COMMON_SHARE of the mails of every class a head tells apart, in one language, is used by every
 * kind of mail («vil», «out», «om meg», the business's own «kurs»), so it says nothing of why a mail is one kind
 * rather than another, however it weighed in the score. The category heads tell the four categories apart; the
 * rights heads, the seven rights (among rights requests). `npm run train` counts them and stores them with the weights.
 */
import { CATEGORIES, type Category, RIGHTS, type Right } from "../types";

/** One mail in twenty of every class. */
export const COMMON_SHARE = 0.05;

/** The common grams of each kind of head, sorted. */
export interface CommonGrams {
  categories: string[];
  rights: string[];
}

export interface LabelledGrams {
  language: string;
  category: Category;
  rights: readonly Right[];
  /** The mail's words and word pairs, each once (modelWordGrams). */
  grams: Iterable<string>;
}

/** Counts, per language, in how many mails of each class each gram is found. */
class ClassCounts {
  private readonly mails = new Map<string, Int32Array>();
  private readonly found = new Map<string, Map<string, Int32Array>>();

  constructor(private readonly classes: readonly string[]) {}

  add(language: string, classes: readonly string[], grams: Iterable<string>): void {
    if (classes.length === 0) return;
    const at = classes.map((name) => this.classes.indexOf(name));
    const mails = this.mails.get(language) ?? this.mails.set(language, new Int32Array(this.classes.length)).get(language)!;
    for (const i of at) mails[i]!++;
    const found = this.found.get(language) ?? this.found.set(language, new Map()).get(language)!;
    for (const gram of grams) {
      const counts = found.get(gram) ?? found.set(gram, new Int32Array(this.classes.length)).get(gram)!;
      for (const i of at) counts[i]!++;
    }
  }

  /** Grams found in at least `share` of the mails of every class that has mails in that language. */
  common(share: number): Set<string> {
    const common = new Set<string>();
    for (const [language, mails] of this.mails) {
      for (const [gram, counts] of this.found.get(language)!) {
        if (mails.every((total, i) => total === 0 || counts[i]! >= share * total)) common.add(gram);
      }
    }
    return common;
  }
}

export class CommonGramCounter {
  private readonly categories = new ClassCounts(CATEGORIES);
  private readonly rights = new ClassCounts(RIGHTS);

  add(mail: LabelledGrams): void {
    const grams = [...mail.grams];
    this.categories.add(mail.language, [mail.category], grams);
    if (mail.category === "rights_request") this.rights.add(mail.language, mail.rights, grams);
  }

  result(share = COMMON_SHARE): CommonGrams {
    return { categories: [...this.categories.common(share)].sort(), rights: [...this.rights.common(share)].sort() };
  }
}
