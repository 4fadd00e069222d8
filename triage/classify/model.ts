import { readFileSync } from "node:fs";
import { projectPath } from "../../project-path";
import BayesClassifier from "natural/lib/natural/classifiers/bayes_classifier.js";
import englishStemmer from "natural/lib/natural/stemmers/porter_stemmer.js";
import norwegianStemmer from "natural/lib/natural/stemmers/porter_stemmer_no.js";
import type { Category } from "../types";
import { clauses } from "./normalize";
import { SEED_EXAMPLES } from "./seeds";

/**
 * A small naive Bayes model over Porter stems (Bokmål and English), trained by natural on our own
 * example mails and the corpus's tune split (train-model.ts). It never decides the category — the rules do — but its agreement or
 * disagreement moves the confidence the owner sees.
 */
const STOPWORDS = new Set(
  `og i jeg det at en et til er som pa de med av ikke der sa var meg seg men har om vi min mitt ha hadde na over da ved fra du ut sin dem oss
  opp man kan hvor eller hva skal her alle vil bli ble kunne inn nar noen noe dere deres etter for deg denne dette disse hvis bare enn fordi
  the an and or to of in on for is are was be it you we me my your our this that with at by from as have has had do does did not but so if
  hi hello hei takk thanks`.split(/\s+/),
);

const stemCache = new Map<string, string[]>();
const MAX_CACHED_STEMS = 50_000;

function stemsOf(word: string): string[] {
  let cached = stemCache.get(word);
  if (!cached) {
    const nb = norwegianStemmer.stem(word);
    const en = englishStemmer.stem(word);
    cached = en === nb ? [nb] : [nb, en];
    if (stemCache.size < MAX_CACHED_STEMS) stemCache.set(word, cached);
  }
  return cached;
}

/** Folded words without stop words, each as its Bokmål and English stem. */
export function stems(text: string): string[] {
  const result: string[] = [];
  for (const clause of clauses(text)) {
    for (const word of clause.words.trim().split(" ")) {
      if (word.length < 2 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
      result.push(...stemsOf(word));
    }
  }
  return result;
}

interface TrainedModel {
  features: string[];
  classFeatures: Record<string, Record<number, number>>;
  classTotals: Record<string, number>;
  totalExamples: number;
  smoothing: number;
}

/** The counts train-model.ts wrote; without that file, natural trains on the seed examples here and now. */
function loadModel(): TrainedModel {
  try {
    return JSON.parse(readFileSync(projectPath("triage", "classify", "bayes-model.json"), "utf8")) as TrainedModel;
  } catch {
    const model = new BayesClassifier();
    for (const [category, text] of SEED_EXAMPLES) model.addDocument(stems(text), category);
    model.train();
    const trained = model as unknown as { features: Record<string, number>; classifier: Omit<TrainedModel, "features"> };
    return { features: Object.keys(trained.features), ...trained.classifier };
  }
}

// natural scores a mail by building a dense vector over every known stem; we sum over only the stems a
// mail contains, with add-one smoothing over present/absent ((n + 1) / (N + 2)). natural's own
// (n || 1) / N gives a stem never seen in a class the weight of one seen once, which pulls long mails
// towards the class with the fewest examples.
const trained = loadModel();
const FEATURE_INDEX = new Map(trained.features.map((stem, index) => [stem, index]));
const LABELS = Object.keys(trained.classFeatures);

function scores(features: string[]): { label: string; value: number }[] {
  const { classFeatures, classTotals, totalExamples, smoothing } = trained;
  const present = new Set<number>();
  for (const stem of features) {
    const index = FEATURE_INDEX.get(stem);
    if (index !== undefined) present.add(index);
  }
  return LABELS.map((label) => {
    let logSum = 0;
    for (const index of present) logSum += Math.log(((classFeatures[label]![index] ?? 0) + smoothing) / (classTotals[label]! + 2 * smoothing));
    return { label, value: (classTotals[label]! / totalExamples) * Math.exp(logSum) };
  }).sort((a, b) => b.value - a.value);
}

export interface ModelOpinion {
  category: Exclude<Category, "automated">;
  probability: number;
}

export function modelOpinion(text: string): ModelOpinion | undefined {
  const features = stems(text.slice(0, 5000));
  if (features.length === 0) return undefined;
  const ranked = scores(features);
  const total = ranked.reduce((sum, s) => sum + s.value, 0);
  const best = ranked[0];
  if (!best || total <= 0) return undefined;
  return { category: best.label as ModelOpinion["category"], probability: best.value / total };
}
