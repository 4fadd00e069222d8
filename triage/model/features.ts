/**
 * What the learned model reads of a mail: the sender's own text (subject included, quoted history and
 * signature already split off by the parser), lower-cased and folded, as hashed word 1–2-grams and
 * character 3–5-grams within each word (the word padded with a space at each end), plus a few header
 * flags. Hashing (FNV-1a into 2^18 buckets) needs no vocabulary.
 *
 * One pass over the folded text hashes every gram incrementally (no substring is made) into scratch
 * counts; training takes them as a sparse vector, scoring reads the weights straight from them.
 */
import type { ParsedMail } from "../mail";
import { fold } from "../understand/normalize";

export const HASH_BITS = 18;
export const BUCKETS = 1 << HASH_BITS;
const MASK = BUCKETS - 1;
/** Requests come first; reading more only costs time. */
const MAX_MODEL_CHARS = 2_500;
/** Character 3–5-grams: 2-grams added nothing measurable on the unseen sets and cost a quarter of the time. */
const MIN_CHAR_GRAM = 3;
const MAX_CHAR_GRAM = 5;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const WORD_SEED = (FNV_OFFSET ^ 0x9e3779b9) >>> 0;
const CHAR_SEED = (FNV_OFFSET ^ 0x7f4a7c15) >>> 0;
const SPACE = 32;

/** A sparse feature vector: bucket indices (ascending) and their values. */
export interface Features {
  indices: Uint32Array;
  values: Float32Array;
}

export function fnv1a(text: string, seed = FNV_OFFSET): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME) >>> 0;
  return hash;
}

/** The bucket of a word or of a word pair written with one space ("slette meg"). */
export const wordBucket = (gram: string): number => fnv1a(gram, WORD_SEED) & MASK;

const HEADER_FLAGS: [string, (mail: ParsedMail) => boolean][] = [
  ["list", (m) => m.headers["list-id"] !== undefined || m.headers["list-unsubscribe"] !== undefined || m.headers["list-post"] !== undefined],
  ["bulk", (m) => /bulk|list|junk/i.test(m.headers["precedence"] ?? "")],
  ["auto", (m) => m.headers["auto-submitted"] !== undefined && !/^no$/i.test(m.headers["auto-submitted"]!)],
  ["reply", (m) => /^\s*(re|sv|aw)\s*:/i.test(m.subject) || m.inReplyTo !== undefined],
  ["forward", (m) => m.forwarded !== undefined],
  ["html-only", (m) => /text\/html/i.test(m.headers["content-type"] ?? "")],
  ["no-text", (m) => m.text.trim() === ""],
  ["quoted", (m) => m.quoted.trim() !== ""],
];
const FLAG_BUCKETS = HEADER_FLAGS.map(([name]) => fnv1a(`#flag:${name}`) & MASK);
export const BIAS_BUCKET = fnv1a("#bias") & MASK;

/** The folded text the model reads: subject, own text and any forwarded text a short cover note hands on. */
function modelText(mail: ParsedMail): string {
  // Each part cut first: joining a long mail whole only to keep its start would copy all of it.
  const head = (part: string) => (part.length > MAX_MODEL_CHARS ? part.slice(0, MAX_MODEL_CHARS) : part);
  return fold(`${head(mail.subject)}\n${head(mail.text)}\n${head(mail.forwarded ?? "")}`.slice(0, MAX_MODEL_CHARS));
}

// Letters and digits (what /[\p{L}\p{N}]/u matches), looked up once per character code.
const WORD_CHAR = /[\p{L}\p{N}]/u;
const charKind = new Uint8Array(0x10000); // 0 unknown, 1 word, 2 other
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  let kind = charKind[code]!;
  if (kind === 0) charKind[code] = kind = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return kind === 1;
}

/** The words the model reads, for naming the ones that weighed most. */
export function modelWords(mail: ParsedMail): string[] {
  const text = modelText(mail);
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isWordChar(text.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    }
  }
  return words;
}

/**
 * One block's counts for one mail, in the order the grams first appear (the order the sums are taken in).
 * A small open-addressing table sized to the mail finds a bucket's entry: a mail has a few hundred distinct
 * grams, and a table of 2^18 counts would spread them over as many cache lines. Reused by every mail;
 * the arrays grow only for a text longer than any before.
 */
class GramCounts {
  /** Entry number + 1 of the bucket in each slot; 0 is empty. */
  private slots = new Int32Array(1 << 12);
  private slotMask = 0;
  private slotShift = 32;
  private buckets = new Uint32Array(1 << 11);
  private counts = new Uint16Array(1 << 11);
  size = 0;

  /** Empties the counts and makes room for up to `grams` grams. */
  reset(grams: number): void {
    if (grams > this.buckets.length) {
      this.buckets = new Uint32Array(grams);
      this.counts = new Uint16Array(grams);
    }
    let bits = 4;
    while (1 << bits < 2 * grams) bits++; // at most half full
    if (1 << bits > this.slots.length) this.slots = new Int32Array(1 << bits);
    this.slots.fill(0, 0, this.slotMask + 1);
    this.slotMask = (1 << bits) - 1;
    this.slotShift = 32 - bits;
    this.size = 0;
  }

  add(bucket: number): void {
    // Fibonacci hashing: the bucket's bits, spread over the table.
    let slot = Math.imul(bucket, 0x9e3779b1) >>> this.slotShift;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) {
        this.buckets[this.size] = bucket;
        this.counts[this.size++] = 1;
        this.slots[slot] = this.size;
        return;
      }
      if (this.buckets[entry - 1] === bucket) {
        if (this.counts[entry - 1]! < 0xffff) this.counts[entry - 1]!++;
        return;
      }
      slot = (slot + 1) & this.slotMask;
    }
  }

  bucketAt(k: number): number {
    return this.buckets[k]!;
  }

  countAt(k: number): number {
    return this.counts[k]!;
  }

  /** 1 / length of the block's sublinear counts (1 + ln count). */
  inverseNorm(): number {
    let sum = 0;
    for (let k = 0; k < this.size; k++) {
      const value = SUBLINEAR[this.counts[k]!]!;
      sum += value * value;
    }
    return sum > 0 ? 1 / Math.sqrt(sum) : 0;
  }
}

const SUBLINEAR = Float64Array.from({ length: 0x10000 }, (_, count) => (count === 0 ? 0 : 1 + Math.log(count)));
const wordGrams = new GramCounts();
const charGrams = new GramCounts();
/** The header flags and the bias, each 1 as it is. */
const flags = new GramCounts();
const BLOCKS = [wordGrams, charGrams, flags];
const blockScale = (block: GramCounts) => (block === flags ? 1 : block.inverseNorm());

/** Fills the scratch counts and flags with one mail's grams. */
function countGrams(mail: ParsedMail): void {
  const text = modelText(mail);
  // A word of n letters has n 3-, 4- and 5-grams at most (with its padding), and at most two word grams.
  wordGrams.reset(text.length + 1);
  charGrams.reset(3 * text.length);
  let previousWord = -1; // the full hash of the word before, for the word pair
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : SPACE;
    if (isWordChar(code)) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    let word = WORD_SEED;
    let pair = previousWord < 0 ? 0 : Math.imul(previousWord ^ SPACE, FNV_PRIME) >>> 0;
    for (let p = start; p < i; p++) {
      const c = text.charCodeAt(p);
      word = Math.imul(word ^ c, FNV_PRIME) >>> 0;
      pair = Math.imul(pair ^ c, FNV_PRIME) >>> 0;
    }
    wordGrams.add(word & MASK);
    if (previousWord >= 0) wordGrams.add(pair & MASK);
    previousWord = word;
    // Character grams of " word ": positions start-1 … i, the ends read as spaces.
    for (let from = start - 1; from < i; from++) {
      let hash = Math.imul(CHAR_SEED ^ (from < start ? SPACE : text.charCodeAt(from)), FNV_PRIME) >>> 0;
      for (let n = 2; n <= MAX_CHAR_GRAM && from + n - 1 <= i; n++) {
        const at = from + n - 1;
        hash = Math.imul(hash ^ (at >= i ? SPACE : text.charCodeAt(at)), FNV_PRIME) >>> 0;
        if (n >= MIN_CHAR_GRAM) charGrams.add(hash & MASK);
      }
    }
    start = -1;
  }
  flags.reset(HEADER_FLAGS.length + 1);
  for (let i = 0; i < HEADER_FLAGS.length; i++) if (HEADER_FLAGS[i]![1](mail)) flags.add(FLAG_BUCKETS[i]!);
  flags.add(BIAS_BUCKET);
}

/** The mail as a sparse vector (for training and evaluation). */
export function mailFeatures(mail: ParsedMail): Features {
  countGrams(mail);
  const values = new Map<number, number>();
  for (const block of BLOCKS) {
    const scale = blockScale(block);
    for (let k = 0; k < block.size; k++) {
      const bucket = block.bucketAt(k);
      values.set(bucket, (values.get(bucket) ?? 0) + SUBLINEAR[block.countAt(k)]! * scale);
    }
  }
  const indices = Uint32Array.from(values.keys()).sort();
  return { indices, values: Float32Array.from(indices, (bucket) => values.get(bucket)!) };
}

/**
 * Weights bucket after bucket, all heads of a bucket side by side, as int8 with one scale per head; each
 * head's bias apart, exact (in the int8 range it would set the scale and leave the other weights coarse).
 */
export interface QuantisedWeights {
  heads: number;
  values: Int8Array;
  scales: Float32Array;
  biases: Float32Array;
}

/** The committed model's heads: four categories and seven rights (combine.ts). */
const MODEL_HEADS = 11;

/**
 * Every head's score for one mail, read from the scratch counts without building the sparse vector.
 * For the committed model's 11 heads the sums are kept in locals (no loop over heads): a bucket's
 * weights are one 11-byte row, read once.
 */
export function mailScores(weights: QuantisedWeights, mail: ParsedMail): Float64Array {
  if (weights.heads !== MODEL_HEADS) return scoreSparse(weights, mailFeatures(mail));
  countGrams(mail);
  const { values, scales, biases } = weights;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0, s9 = 0, s10 = 0;
  for (const block of BLOCKS) {
    const scale = blockScale(block);
    for (let k = 0; k < block.size; k++) {
      const x = SUBLINEAR[block.countAt(k)]! * scale;
      const b = block.bucketAt(k) * MODEL_HEADS;
      s0 += values[b]! * x; s1 += values[b + 1]! * x; s2 += values[b + 2]! * x; s3 += values[b + 3]! * x;
      s4 += values[b + 4]! * x; s5 += values[b + 5]! * x; s6 += values[b + 6]! * x; s7 += values[b + 7]! * x;
      s8 += values[b + 8]! * x; s9 += values[b + 9]! * x; s10 += values[b + 10]! * x;
    }
  }
  const scores = Float64Array.of(s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10);
  for (let h = 0; h < MODEL_HEADS; h++) scores[h] = scores[h]! * scales[h]! + biases[h]!;
  return scores;
}

/** Every head's score for one sparse vector. */
export function scoreSparse(model: QuantisedWeights, features: Features): Float64Array {
  const { heads, values, scales, biases } = model;
  const scores = new Float64Array(heads);
  const { indices, values: x } = features;
  for (let k = 0; k < indices.length; k++) {
    const base = indices[k]! * heads;
    const value = x[k]!;
    for (let h = 0; h < heads; h++) scores[h]! += values[base + h]! * value;
  }
  for (let h = 0; h < heads; h++) scores[h] = scores[h]! * scales[h]! + biases[h]!;
  return scores;
}
