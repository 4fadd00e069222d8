import JaroWinklerDistance from "natural/lib/natural/distance/jaro-winkler_distance.js";

/** Every way to drop up to `depth` letters from a word (symmetric-delete spelling lookup). */
function deletions(word: string, depth: number): Set<string> {
  const found = new Set<string>();
  let frontier = [word];
  for (let level = 0; level < depth; level += 1) {
    const next: string[] = [];
    for (const current of frontier)
      for (let index = 0; index < current.length; index += 1) {
        const shorter = current.slice(0, index) + current.slice(index + 1);
        if (!found.has(shorter)) { found.add(shorter); next.push(shorter); }
      }
    frontier = next;
  }
  return found;
}

/**
 * Damerau-Levenshtein distance (optimal string alignment), giving up once it exceeds `limit`.
 * natural's DamerauLevenshteinDistance gives the same numbers but builds an object per matrix
 * cell; this runs for every candidate of every unknown word, so it has to be cheap.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  let before = new Array<number>(width);
  let previous = Array.from({ length: width }, (_, index) => index);
  let current = new Array<number>(width);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

const allowedEdits = (length: number) => (length >= 9 ? 2 : 1);
const MIN_LENGTH = 4;
const SHORT_WORD = 5;

/**
 * Corrects misspelt words to the nearest word the knowledge base knows (Damerau-Levenshtein,
 * one edit for short words, two for long ones) and splits unknown compounds into known parts
 * ("webinardata" → "webinar" + "data"). Lookups are precomputed; results are cached.
 */
export class Speller {
  /** Built on the first word that needs correcting: most questions have none, and `ask` answers one question. */
  private deletionIndex: Map<string, string[]> | undefined;
  private readonly cache = new Map<string, string[]>();

  constructor(private readonly known: Map<string, number>, private readonly isKnownStem: (word: string) => boolean) {}

  private get byDeletion(): Map<string, string[]> {
    if (this.deletionIndex) return this.deletionIndex;
    const index = new Map<string, string[]>();
    for (const word of this.known.keys()) {
      if (word.length < MIN_LENGTH - 1) continue;
      for (const variant of [word, ...deletions(word, allowedEdits(word.length))]) {
        const list = index.get(variant);
        if (list) list.push(word); else index.set(variant, [word]);
      }
    }
    return (this.deletionIndex = index);
  }

  /** The word itself if known, else its correction or compound parts, else the word unchanged. */
  correct(word: string): string[] {
    if (this.known.has(word) || word.length < MIN_LENGTH || /\d/.test(word) || this.isKnownStem(word)) return [word];
    const cached = this.cache.get(word);
    if (cached) return cached;
    const result = this.nearest(word) ?? this.splitCompound(word) ?? [word];
    if (this.cache.size > 20_000) this.cache.clear();
    this.cache.set(word, result);
    return result;
  }

  private nearest(word: string): string[] | undefined {
    const limit = allowedEdits(word.length);
    let best: string | undefined;
    let bestDistance = Infinity;
    let bestSimilarity = 0;
    const seen = new Set<string>();
    for (const variant of [word, ...deletions(word, limit)]) {
      for (const candidate of this.byDeletion.get(variant) ?? []) {
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        if (Math.abs(candidate.length - word.length) > limit) continue;
        // A short word with one letter more than a known one is usually another real word ("plass" is not "pass").
        if (word.length <= SHORT_WORD && candidate.length < word.length) continue;
        const distance = editDistance(word, candidate, limit);
        if (distance > Math.min(limit, allowedEdits(candidate.length))) continue;
        // Ties: Jaro-Winkler favours a shared beginning (people mistype endings more than starts), then frequency.
        const similarity = JaroWinklerDistance(word, candidate);
        const better = distance < bestDistance || (distance === bestDistance && (similarity > bestSimilarity ||
          (similarity === bestSimilarity && (this.known.get(candidate) ?? 0) > (this.known.get(best ?? "") ?? 0))));
        if (better) { best = candidate; bestDistance = distance; bestSimilarity = similarity; }
      }
    }
    return best === undefined ? undefined : [best];
  }

  /** Norwegian joins words into compounds, sometimes with a linking s or e. */
  private splitCompound(word: string): string[] | undefined {
    let best: string[] | undefined;
    let bestScore = 0;
    for (let cut = 3; cut <= word.length - 3; cut += 1) {
      const head = word.slice(0, cut);
      const tail = word.slice(cut);
      const headKnown = this.isWord(head) ? head : /[se]$/.test(head) && this.isWord(head.slice(0, -1)) ? head.slice(0, -1) : undefined;
      if (!headKnown) continue;
      const tailKnown = this.isWord(tail);
      const score = tailKnown ? Math.min(headKnown.length, tail.length) + 10 : headKnown.length >= 5 ? headKnown.length / 10 : 0;
      if (score > bestScore) { bestScore = score; best = tailKnown ? [headKnown, tail] : [headKnown, tail]; }
    }
    return best;
  }

  private isWord(part: string): boolean {
    return part.length >= 3 && (this.known.has(part) || this.isKnownStem(part));
  }
}
