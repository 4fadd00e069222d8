/**
 * What the learned model reads of a mail: the sender's own text (subject included, quoted history and
 * signature already split off by the parser), lower-cased and folded, as hashed word 1–2-grams and
 * character 2–5-grams, plus a few header flags. Hashing (FNV-1a into 2^18 buckets) needs no vocabulary.
 */
import type { ParsedMail } from "../mail";
import { fold } from "../understand/normalize";

export const HASH_BITS = 18;
export const BUCKETS = 1 << HASH_BITS;
const MASK = BUCKETS - 1;
/** Requests come first; reading more only costs time. */
const MAX_MODEL_CHARS = 2_500;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const WORD_SEED = 0x9e3779b9;
const CHAR_SEED = 0x7f4a7c15;

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

export const wordBucket = (gram: string): number => fnv1a(gram, FNV_OFFSET ^ WORD_SEED) & MASK;

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
const BIAS_BUCKET = fnv1a("#bias") & MASK;

/** The folded words the model reads: subject, own text and any forwarded text a short cover note hands on. */
export function modelWords(mail: ParsedMail): string[] {
  const text = `${mail.subject}\n${mail.text}\n${mail.forwarded ?? ""}`.slice(0, MAX_MODEL_CHARS);
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

// One scratch array for counting, reused: a mail touches a few thousand of the 2^18 buckets.
const wordCounts = new Float32Array(BUCKETS);
const charCounts = new Float32Array(BUCKETS);
const combined = new Float64Array(BUCKETS);

export function mailFeatures(mail: ParsedMail): Features {
  const words = modelWords(mail);
  const touchedWords: number[] = [];
  const touchedChars: number[] = [];
  const add = (counts: Float32Array, touched: number[], bucket: number) => {
    if (counts[bucket] === 0) touched.push(bucket);
    counts[bucket]! += 1;
  };
  for (let i = 0; i < words.length; i++) {
    add(wordCounts, touchedWords, wordBucket(words[i]!));
    if (i > 0) add(wordCounts, touchedWords, wordBucket(`${words[i - 1]} ${words[i]}`));
  }
  // Character n-grams over the words joined by single spaces, with a space at each end.
  const line = ` ${words.join(" ")} `;
  const charSeed = (FNV_OFFSET ^ CHAR_SEED) >>> 0;
  for (let start = 0; start + 1 < line.length; start++) {
    let hash = Math.imul(charSeed ^ line.charCodeAt(start), FNV_PRIME) >>> 0;
    for (let n = 2; n <= 5 && start + n <= line.length; n++) {
      hash = Math.imul(hash ^ line.charCodeAt(start + n - 1), FNV_PRIME) >>> 0;
      add(charCounts, touchedChars, hash & MASK);
    }
  }
  const touched: number[] = [];
  const put = (bucket: number, value: number) => {
    if (combined[bucket] === 0) touched.push(bucket);
    combined[bucket]! += value;
  };
  for (const [counts, block] of [[wordCounts, touchedWords], [charCounts, touchedChars]] as const) {
    // Sublinear counts, each block scaled to unit length so long mails weigh as much as short ones.
    let norm = 0;
    for (const bucket of block) {
      const value = 1 + Math.log(counts[bucket]!);
      counts[bucket] = value;
      norm += value * value;
    }
    norm = Math.sqrt(norm) || 1;
    for (const bucket of block) {
      put(bucket, counts[bucket]! / norm);
      counts[bucket] = 0;
    }
  }
  HEADER_FLAGS.forEach(([, applies], i) => {
    if (applies(mail)) put(FLAG_BUCKETS[i]!, 1);
  });
  put(BIAS_BUCKET, 1);
  const indices = Uint32Array.from(touched).sort();
  const values = new Float32Array(indices.length);
  for (let k = 0; k < indices.length; k++) {
    values[k] = combined[indices[k]!]!;
    combined[indices[k]!] = 0;
  }
  return { indices, values };
}
