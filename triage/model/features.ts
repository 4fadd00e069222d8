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
import { CATEGORIES, RIGHTS } from "../types";
import type { HeadScores } from "./combine";
import { fold } from "../understand/normalize";
import { handedOnText } from "../classify/reminder";

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

const startOf = (part: string) => (part.length > MAX_MODEL_CHARS ? part.slice(0, MAX_MODEL_CHARS) : part);

/** The folded text the model reads: subject, own text and what it hands on (a forward's text under a short cover note, the request a reminder points at). */
function modelText(mail: ParsedMail): string {
  // Each part cut first: joining a long mail whole only to keep its start would copy all of it.
  return fold(`${startOf(mail.subject)}\n${startOf(mail.text)}\n${startOf(handedOnText(mail))}`.slice(0, MAX_MODEL_CHARS));
}

/** Whether a UTF-16 code unit matches a one-character pattern: each code unit tested once, then looked up. */
export function charClass(pattern: RegExp): (code: number) => boolean {
  const kinds = new Uint8Array(0x10000); // 0 not yet tested, 1 matches, 2 does not
  return (code) => {
    let kind = kinds[code]!;
    if (kind === 0) kinds[code] = kind = pattern.test(String.fromCharCode(code)) ? 1 : 2;
    return kind === 1;
  };
}

const isWordChar = charClass(/[\p{L}\p{N}]/u);

/** The words and word pairs the model reads, each once in the order they first appear, with their buckets. */
export function modelWordGrams(mail: ParsedMail): Map<string, number> {
  const text = modelText(mail);
  const grams = new Map<string, number>();
  let previous: string | undefined;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isWordChar(text.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const word = text.slice(start, i);
    for (const gram of previous === undefined ? [word] : [word, `${previous} ${word}`]) if (!grams.has(gram)) grams.set(gram, wordBucket(gram));
    previous = word;
    start = -1;
  }
  return grams;
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
        if (this.counts[entry - 1]! < MAX_COUNT) this.counts[entry - 1]!++;
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

/** 1 + ln count, for every count a bucket keeps (64 KiB; up to 0xffff it held 512 KiB). */
const SUBLINEAR = Float64Array.from({ length: 1 << 13 }, (_, count) => (count === 0 ? 0 : 1 + Math.log(count)));
/** Where a bucket's count stops, as it stopped at 0xffff before: the model reads 2,500 characters, 7,500 grams at most (unless folding lengthened the text). */
const MAX_COUNT = SUBLINEAR.length - 1;
const wordGrams = new GramCounts();
const charGrams = new GramCounts();
/** The header flags and the bias, each 1 as it is. */
const flags = new GramCounts();
const BLOCKS = [wordGrams, charGrams, flags];
/** Each block's scale for the mail counted last: word and character grams to unit length, the flags as they are. */
const blockScales = new Float64Array(BLOCKS.length);

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
  for (let i = 0; i < BLOCKS.length; i++) blockScales[i] = BLOCKS[i] === flags ? 1 : BLOCKS[i]!.inverseNorm();
}

/** The mail as a sparse vector (for training and evaluation). */
export function mailFeatures(mail: ParsedMail): Features {
  countGrams(mail);
  const values = new Map<number, number>();
  for (let i = 0; i < BLOCKS.length; i++) {
    const block = BLOCKS[i]!;
    const scale = blockScales[i]!;
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

/** The committed model's heads: four categories, then seven rights (combine.ts). */
const CATEGORY_HEADS = CATEGORIES.length;
const MODEL_HEADS = CATEGORY_HEADS + RIGHTS.length;

/**
 * The weights as a mail is scored with them: packed four heads to an int32, a byte a head, the categories one
 * word a bucket (1 MiB), the rights two (2 MiB); each head's scale and bias beside them. A mail's few hundred
 * grams then read one word each for the category, and two more only for a rights request, where the 11-byte
 * rows of the int8 weights span 2.9 MiB and were read whole. Memory reads are most of the cost. The only copy
 * of the weights the running service holds (weights-file.ts decodes the file straight into it).
 */
export interface PackedWeights {
  categories: Int32Array;
  rights: Int32Array;
  scales: Float32Array;
  biases: Float32Array;
}

/** Packed weights, all zero, for the committed model's heads; `packRow` fills them a bucket at a time. */
export function emptyPackedWeights(scales: Float32Array, biases: Float32Array): PackedWeights {
  if (scales.length !== MODEL_HEADS) throw new Error(`packed weights: ${scales.length} heads; this code packs ${MODEL_HEADS}`);
  return { categories: new Int32Array(BUCKETS), rights: new Int32Array(2 * BUCKETS), scales, biases };
}

/** One bucket's int8 weights of every head (`row[at]`…, in head order) into the packed tables. */
export function packRow(tables: PackedWeights, bucket: number, row: Int8Array, at: number): void {
  const pack = (from: number, heads: number) => {
    let word = 0;
    for (let h = 0; h < heads; h++) word |= (row[from + h]! & 0xff) << (8 * h);
    return word;
  };
  tables.categories[bucket] = pack(at, 4);
  tables.rights[2 * bucket] = pack(at + 4, 4);
  tables.rights[2 * bucket + 1] = pack(at + 8, 3);
}

/** One head's int8 weight of one bucket, read back from the packed tables. */
export function packedWeight({ categories, rights }: PackedWeights, bucket: number, head: number): number {
  const right = head - CATEGORY_HEADS;
  const word = right < 0 ? categories[bucket]! : rights[2 * bucket + (right >> 2)]!;
  const shift = 8 * (right < 0 ? head : right & 3);
  return (word << (24 - shift)) >> 24;
}

/** How many mails have been counted: a mail's rights are read from its counts, or it is counted again. */
let mailsCounted = 0;

/** A mail's category scores, and its rights scores read from the same counts when asked for. */
class CountedMail implements HeadScores {
  constructor(
    private readonly weights: PackedWeights,
    private readonly mail: ParsedMail,
    private counted: number,
    readonly categories: Float64Array,
  ) {}

  rights(): Float64Array {
    if (this.counted !== mailsCounted) {
      countGrams(this.mail);
      this.counted = ++mailsCounted;
    }
    const table = this.weights.rights;
    let s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0, s9 = 0, s10 = 0;
    for (let i = 0; i < BLOCKS.length; i++) {
      const block = BLOCKS[i]!;
      const scale = blockScales[i]!;
      for (let k = 0; k < block.size; k++) {
        const x = SUBLINEAR[block.countAt(k)]! * scale;
        const b = 2 * block.bucketAt(k);
        const low = table[b]!;
        const high = table[b + 1]!;
        s4 += ((low << 24) >> 24) * x; s5 += ((low << 16) >> 24) * x; s6 += ((low << 8) >> 24) * x; s7 += (low >> 24) * x;
        s8 += ((high << 24) >> 24) * x; s9 += ((high << 16) >> 24) * x; s10 += ((high << 8) >> 24) * x;
      }
    }
    const scores = Float64Array.of(s4, s5, s6, s7, s8, s9, s10);
    scaleAndShift(this.weights, scores, CATEGORY_HEADS);
    return scores;
  }
}

/**
 * Every head's score for one mail, read from the scratch counts without building the sparse vector; the
 * rights heads only when asked (a mail that is no rights request needs none of them). Each head's sum
 * is taken over the grams in the same order, bucket by first appearance, whichever heads are read.
 */
export function scoreMail(weights: PackedWeights, mail: ParsedMail): { categories: Float64Array; rights(): Float64Array } {
  countGrams(mail);
  const table = weights.categories;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  for (let i = 0; i < BLOCKS.length; i++) {
    const block = BLOCKS[i]!;
    const scale = blockScales[i]!;
    for (let k = 0; k < block.size; k++) {
      const x = SUBLINEAR[block.countAt(k)]! * scale;
      const row = table[block.bucketAt(k)]!;
      s0 += ((row << 24) >> 24) * x; s1 += ((row << 16) >> 24) * x; s2 += ((row << 8) >> 24) * x; s3 += (row >> 24) * x;
    }
  }
  const categories = Float64Array.of(s0, s1, s2, s3);
  scaleAndShift(weights, categories, 0);
  return new CountedMail(weights, mail, ++mailsCounted, categories);
}

/** Raw sums of heads `from`… → scores: each head's scale and bias. */
function scaleAndShift({ scales, biases }: PackedWeights, sums: Float64Array, from: number): void {
  for (let h = 0; h < sums.length; h++) sums[h] = sums[h]! * scales[from + h]! + biases[from + h]!;
}

/** Every head's score for one mail. */
export function mailScores(weights: PackedWeights, mail: ParsedMail): Float64Array {
  const scores = scoreMail(weights, mail);
  const all = new Float64Array(MODEL_HEADS);
  all.set(scores.categories);
  all.set(scores.rights(), CATEGORY_HEADS);
  return all;
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
