/**
 * The committed weights file: JSON with the int8 weights of every head for the buckets where any head
 * is non-zero, as base64 (bucket numbers delta- and varint-coded). Written byte-for-byte the same for
 * the same weights.
 */
import { BUCKETS, HASH_BITS, type PackedWeights, emptyPackedWeights, packRow } from "./features";
import type { QuantisedWeights } from "./linear";
import { HEAD_NAMES } from "./combine";
import type { CommonGrams } from "./common-grams";

export interface WeightsFile {
  format: 1;
  hashBits: number;
  heads: string[];
  /** sha256 of everything training read (labels, mails, options): the test checks it is current. */
  inputsHash: string;
  trainedOn: Record<string, number>;
  /** Grams too common to be a reason the owner reads (common-grams.ts; absent in older files: none). */
  commonGrams?: CommonGrams;
  scales: number[];
  /** Each head's bias, apart from the int8 weights (absent in older files: zero). */
  biases?: number[];
  buckets: string;
  values: string;
}

export interface LoadedModel {
  headNames: string[];
  weights: QuantisedWeights;
  inputsHash: string;
}

export function encodeWeights(model: LoadedModel, trainedOn: Record<string, number>, commonGrams?: CommonGrams): string {
  const { heads, values, scales, biases } = model.weights;
  const bucketBytes: number[] = [];
  const kept: number[] = [];
  let previous = 0;
  for (let bucket = 0; bucket < BUCKETS; bucket++) {
    let any = false;
    for (let h = 0; h < heads; h++) if (values[bucket * heads + h] !== 0) any = true;
    if (!any) continue;
    let delta = bucket - previous;
    previous = bucket;
    while (delta >= 0x80) {
      bucketBytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    bucketBytes.push(delta);
    for (let h = 0; h < heads; h++) kept.push(values[bucket * heads + h]! & 0xff);
  }
  const file: WeightsFile = {
    format: 1,
    hashBits: HASH_BITS,
    heads: model.headNames,
    inputsHash: model.inputsHash,
    trainedOn,
    commonGrams,
    scales: [...scales],
    biases: [...biases],
    buckets: Buffer.from(bucketBytes).toString("base64"),
    values: Buffer.from(kept).toString("base64"),
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

function parseWeightsFile(text: string): WeightsFile {
  const file = JSON.parse(text) as WeightsFile;
  if (file.format !== 1 || file.hashBits !== HASH_BITS) throw new Error(`weights file: format ${file.format}, ${file.hashBits} hash bits; this code reads format 1 with ${HASH_BITS}`);
  return file;
}

/** Each stored bucket with its row of int8 weights (`kept[at]`…, one a head). */
function forEachStoredRow(file: WeightsFile, visit: (bucket: number, kept: Int8Array, at: number) => void): void {
  const heads = file.heads.length;
  const bucketBytes = Buffer.from(file.buckets, "base64");
  const kept = new Int8Array(Buffer.from(file.values, "base64"));
  let bucket = 0;
  let at = 0;
  let row = 0;
  while (at < bucketBytes.length) {
    let delta = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bucketBytes[at++]!;
      delta |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    bucket += delta;
    visit(bucket, kept, row * heads);
    row++;
  }
}

const scalesAndBiases = (file: WeightsFile) => ({ scales: Float32Array.from(file.scales), biases: Float32Array.from(file.biases ?? file.heads.map(() => 0)) });

/** The int8 weights of every head as training wrote them, 2.9 MiB: for evaluation and tests (mails are scored with decodeScoringWeights' tables). */
export function decodeWeights(text: string): LoadedModel & { trainedOn: Record<string, number> } {
  const file = parseWeightsFile(text);
  const heads = file.heads.length;
  const values = new Int8Array(BUCKETS * heads);
  forEachStoredRow(file, (bucket, kept, at) => values.set(kept.subarray(at, at + heads), bucket * heads));
  return { headNames: file.heads, weights: { heads, values, ...scalesAndBiases(file) }, inputsHash: file.inputsHash, trainedOn: file.trainedOn };
}

/** The model as a mail is scored with it: the weights straight into the packed tables, no int8 copy kept. */
export interface ScoringModel {
  headNames: string[];
  weights: PackedWeights;
  /** Grams too common to name as a reason, for the category heads and for the rights heads. */
  commonGrams: { categories: ReadonlySet<string>; rights: ReadonlySet<string> };
}

/**
 * Rows are packed by position (categories, then rights: HEAD_NAMES), so a file whose heads are in another order or
 * have other names (hand-edited, or stale after a head was added) would swap scores silently: it fails instead.
 */
export function checkHeadOrder(heads: readonly string[], source: string): void {
  const first = Array.from({ length: Math.max(heads.length, HEAD_NAMES.length) }, (_, i) => i).find((i) => heads[i] !== HEAD_NAMES[i]);
  if (first === undefined) return;
  const name = (head: string | undefined, none: string) => (head === undefined ? none : `«${head}»`);
  const [file, code] = [heads[first], HEAD_NAMES[first]];
  throw new Error(
    `Vektfilen ${source} har hodene i en annen rekkefølge enn koden: hode ${first + 1} er ${name(file, "ingen")}, koden venter ${name(code, "ingen")} (kjør npm run train) / ` +
      `the weights file ${source} lists its heads in another order than the code: head ${first + 1} is ${name(file, "none")}, the code expects ${name(code, "none")} (run npm run train). ` +
      `Fil / file: ${heads.join(", ")}; kode / code: ${HEAD_NAMES.join(", ")}`,
  );
}

/** `source` names the file in the error when its heads are not HEAD_NAMES in order. */
export function decodeScoringWeights(text: string, source = "(tekst / text)"): ScoringModel {
  const file = parseWeightsFile(text);
  checkHeadOrder(file.heads, source);
  const { scales, biases } = scalesAndBiases(file);
  const weights = emptyPackedWeights(scales, biases);
  forEachStoredRow(file, (bucket, kept, at) => packRow(weights, bucket, kept, at));
  const commonGrams = { categories: new Set(file.commonGrams?.categories), rights: new Set(file.commonGrams?.rights) };
  return { headNames: file.heads, weights, commonGrams };
}
