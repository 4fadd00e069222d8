import type { Language } from "../triage/types";
import type { KnowledgeBase } from "./schema";
import { editDistance, Speller } from "./spelling";
import { stem, words } from "./text";
import { FUNCTION_WORDS } from "../triage/understand/language";

/** Pseudo-topic for the knowledge base's out-of-scope examples. */
export const OUT_OF_SCOPE = "__out_of_scope__";
const THIRD_PARTY = "#third_party";

// How a topic's score is made up (tuned on the "tune" split of the labelled questions).
const NEAREST_WEIGHT = 0.5; // cosine to the closest example question
const SECOND_WEIGHT = 0.15; // … and to the second closest, so one lucky example does not decide alone
const KEYWORD_WEIGHT = 0.25; // share of the question explained by the topic's keywords
const ANSWER_WEIGHT = 0.1; // share explained by the words of the topic's answer
const BIGRAM_WEIGHT = 0.5;
const FUNCTION_WORD_WEIGHT = 0.3;
const THIRD_PARTY_PENALTY = 0.75;
const UNKNOWN_WORD_SHARE = 0.6;
const NEGATED_WEIGHT = 0.3; // "uten å slette", "without deleting": the negated word says little about the topic
const NEGATIONS = new Set(["uten", "without"]);
// "ikke"/"not" only after words that make it negate the next verb ("men ikke slett", "vil ikke slette", "but not delete").
const WEAK_NEGATIONS = new Set(["ikke", "ikkje", "not", "don"]);
const NEGATION_LEADS = new Set(["men", "vil", "skal", "ma", "but", "i", "jeg", "want", "do", "please"]); // weight of a word the knowledge base has never seen, relative to the rarest known word

// Words that put the business ("bruker dere Zoom?", "do you use Zoom?") or the visitor's own data ("does Plausible
// store my IP?") in the question: then the notice is what answers it. Language, not business facts.
const ADDRESSING_THE_BUSINESS = new Set(["dere", "deres", "du", "deg", "din", "ditt", "dine", "dokker", "dokkers", "dokk", "dykk", "dykkar",
  "de", "you", "your", "yours", "u", "ur", "vi", "oss", "var", "we", "our", "us", "jeg", "eg", "meg", "min", "mitt", "mine", "me", "my", "myself"]);
// A company named after one of these is where something happens ("på Zoom", "with Teams"), not who acts.
const PLACE_WORDS = new Set(["pa", "i", "via", "hos", "med", "til", "gjennom", "fra", "av", "om", "inn", "ut", "on", "in", "with", "at", "through",
  "to", "from", "by", "into", "using", "about", "and", "og", "eller", "or"]);
// "hva er Plausible?" asks what the business's tool is, which the base answers.
const DEFINITION_OPENERS = /^(hva|ka|kva|what|whats|what s) (er|e|is|are|brukes|blir)$/;
// "what is Dropbox used for?", "hva brukes Teams til?": what the business uses the tool for.
const DEFINITION_TAILS = /^((used|brukt) (for|til)|for|til|brukt|used)?$/;

export interface TopicScore {
  topic: string;
  score: number;
  /** Share of the question (weighted) that the topic's own keywords explain, 0–1. */
  keywordShare: number;
}

type Features = Map<string, number>;
interface Unit { unit: string; factor: number; thirdParty: boolean }

/**
 * What the matcher learns from a knowledge base, and nothing else: plain maps, sets and arrays, so the index
 * cache (knowledge/index-cache.ts) can keep it in a file and `ask` need not rebuild it for every question.
 */
export interface MatcherState {
  vocabulary: { nb: Set<string>; en: Set<string> };
  phrases: Map<string, { tokens: string[]; canonical: string }[]>;
  singleSynonyms: Map<string, string>;
  thirdParties: Set<string>;
  outOfScopeWords: Set<string>;
  ownNameWords: Set<string>;
  companiesInAnswer: Map<string, Set<string>>;
  knownStems: Set<string>;
  /** How often each word occurs in the knowledge base: the speller's dictionary. */
  wordCounts: Map<string, number>;
  topicIds: string[];
  outOfScopeIndex: number;
  namesThirdParties: boolean[];
  idf: Map<string, number>;
  unknownWeight: number;
  exampleTopic: Int32Array;
  exampleNorm: Float64Array;
  /** Per feature, its postings: `postingExamples`/`postingWeights` from `postingStarts[i]` up to `postingStarts[i + 1]`. */
  postings: Map<string, number>;
  postingStarts: Int32Array;
  postingExamples: Int32Array;
  postingWeights: Float64Array;
  keywordTopics: Map<string, number[]>;
  answerTopics: Map<string, number[]>;
}

/**
 * Ranks topics for a question by TF-IDF cosine to the topic's example questions, plus how much of the
 * question the topic's keywords and answer explain. Everything that depends only on the knowledge base
 * is computed in the constructor (or read back from a saved MatcherState); `rank` touches only the
 * features the question has.
 */
export class TopicMatcher {
  readonly vocabulary: { nb: Set<string>; en: Set<string> } = { nb: new Set(), en: new Set() };
  private readonly phrases = new Map<string, { tokens: string[]; canonical: string }[]>();
  private readonly singleSynonyms = new Map<string, string>();
  private readonly thirdParties = new Set<string>();
  private readonly outOfScopeWords = new Set<string>();
  private readonly ownNameWords = new Set<string>();
  /** Per topic id, the other companies its answer names (e.g. transfers → zoom). */
  private readonly companiesInAnswer = new Map<string, Set<string>>();
  private readonly knownStems = new Set<string>();
  private readonly wordCounts = new Map<string, number>();
  private readonly speller: Speller;
  private readonly unitCache = new Map<string, Unit>();

  private readonly topicIds: string[];
  private readonly outOfScopeIndex: number;
  private readonly namesThirdParties: boolean[];
  private readonly idf = new Map<string, number>();
  private readonly unknownWeight: number;
  private readonly exampleTopic: Int32Array;
  private readonly exampleNorm: Float64Array;
  /** Scratch space for `rank` (reset after each use), so a question allocates no per-example memory. */
  private readonly dots: Float64Array;
  // All postings in three arrays, not two small arrays per feature: far fewer objects to build, keep and collect.
  private readonly postings = new Map<string, number>();
  private readonly postingStarts: Int32Array;
  private readonly postingExamples: Int32Array;
  private readonly postingWeights: Float64Array;
  private readonly keywordTopics = new Map<string, number[]>();
  private readonly answerTopics = new Map<string, number[]>();

  constructor(source: KnowledgeBase | MatcherState) {
    if ("idf" in source) {
      ({ vocabulary: this.vocabulary, phrases: this.phrases, singleSynonyms: this.singleSynonyms, thirdParties: this.thirdParties,
        outOfScopeWords: this.outOfScopeWords, ownNameWords: this.ownNameWords, companiesInAnswer: this.companiesInAnswer,
        knownStems: this.knownStems, wordCounts: this.wordCounts, topicIds: this.topicIds, outOfScopeIndex: this.outOfScopeIndex,
        namesThirdParties: this.namesThirdParties, idf: this.idf, unknownWeight: this.unknownWeight, exampleTopic: this.exampleTopic,
        exampleNorm: this.exampleNorm, postings: this.postings, postingStarts: this.postingStarts, postingExamples: this.postingExamples,
        postingWeights: this.postingWeights, keywordTopics: this.keywordTopics, answerTopics: this.answerTopics } = source);
      this.speller = this.newSpeller();
      this.dots = new Float64Array(this.exampleTopic.length);
      return;
    }
    const kb = source;
    this.indexSynonyms(kb);
    for (const word of kb.out_of_scope_words) this.outOfScopeWords.add(words(word).join(" "));
    for (const party of kb.third_parties) for (const word of words(party)) if (word.length >= 3) this.thirdParties.add(word);
    // The business's own name and site appear in questions on every topic, so they say little about which one.
    for (const word of words(`${kb.business.name} ${kb.business.website ?? ""}`)) if (word.length >= 3) this.ownNameWords.add(word);
    for (const topic of kb.topics)
      this.companiesInAnswer.set(topic.id, new Set(words(`${topic.answer.nb} ${topic.answer.en}`).filter((word) => this.thirdParties.has(word))));

    this.topicIds = [...kb.topics.map((topic) => topic.id), OUT_OF_SCOPE];
    this.outOfScopeIndex = this.topicIds.length - 1;

    const wordCounts = this.wordCounts;
    const remember = (text: string, language: Language) => {
      for (const word of words(text)) {
        this.vocabulary[language].add(word);
        wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
        this.knownStems.add(stem(word, language));
      }
    };
    const documents: { topic: number; language: Language; text: string }[] = [];
    kb.topics.forEach((topic, index) => {
      for (const language of ["nb", "en"] as const) {
        for (const text of topic.examples[language]) documents.push({ topic: index, language, text });
        for (const text of topic.keywords[language]) remember(text, language);
        remember(topic.answer[language], language);
      }
    });
    for (const language of ["nb", "en"] as const)
      for (const text of kb.out_of_scope[language]) documents.push({ topic: this.outOfScopeIndex, language, text });
    for (const document of documents) remember(document.text, document.language);
    this.speller = this.newSpeller();

    // IDF = 1 + ln(N / (1 + df)), as natural's TfIdf, over the example questions and one keyword document per topic and language.
    const documentFrequency = new Map<string, number>();
    let documentCount = 0;
    const addDocument = (features: Iterable<string>) => {
      documentCount += 1;
      for (const feature of new Set(features)) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
    };
    const exampleFeatures = documents.map((document) => this.features(document.text, document.language, false));
    exampleFeatures.forEach((features) => addDocument(features.keys()));
    const addTopicFeature = (map: Map<string, number[]>, feature: string, topic: number) => {
      const list = map.get(feature) ?? [];
      if (!list.includes(topic)) list.push(topic);
      map.set(feature, list);
    };
    kb.topics.forEach((topic, index) => {
      for (const language of ["nb", "en"] as const) {
        const keywordDocument: string[] = [];
        for (const keyword of topic.keywords[language])
          for (const feature of this.features(keyword, language, false).keys()) { keywordDocument.push(feature); addTopicFeature(this.keywordTopics, feature, index); }
        addDocument(keywordDocument);
        for (const feature of this.features(topic.answer[language], language, false).keys())
          if (!feature.includes("_")) addTopicFeature(this.answerTopics, feature, index);
      }
    });
    let highest = 1;
    for (const [feature, frequency] of documentFrequency) {
      const value = Math.max(0.1, 1 + Math.log(documentCount / (1 + frequency)));
      this.idf.set(feature, value);
      highest = Math.max(highest, value);
    }
    this.unknownWeight = highest * UNKNOWN_WORD_SHARE;

    this.exampleTopic = Int32Array.from(documents, (document) => document.topic);
    this.exampleNorm = new Float64Array(documents.length);
    this.dots = new Float64Array(documents.length);
    this.namesThirdParties = this.topicIds.map(() => false);
    const lists = new Map<string, { examples: number[]; weights: number[] }>();
    exampleFeatures.forEach((features, index) => {
      if (features.has(THIRD_PARTY)) this.namesThirdParties[documents[index]!.topic] = true;
      let squared = 0;
      for (const [feature, factor] of features) {
        const weight = factor * this.idf.get(feature)!;
        squared += weight * weight;
        const list = lists.get(feature) ?? { examples: [], weights: [] };
        list.examples.push(index);
        list.weights.push(weight);
        lists.set(feature, list);
      }
      this.exampleNorm[index] = Math.sqrt(squared) || 1;
    });
    this.postingStarts = new Int32Array(lists.size + 1);
    const examples: number[] = [];
    const weights: number[] = [];
    for (const [feature, list] of lists) {
      this.postingStarts[this.postings.size] = examples.length;
      this.postings.set(feature, this.postings.size);
      for (const example of list.examples) examples.push(example);
      for (const weight of list.weights) weights.push(weight);
    }
    this.postingStarts[lists.size] = examples.length;
    this.postingExamples = Int32Array.from(examples);
    this.postingWeights = Float64Array.from(weights);
  }

  private newSpeller(): Speller {
    return new Speller(this.wordCounts, (word) => this.knownStems.has(stem(word, "nb")) || this.knownStems.has(stem(word, "en")));
  }

  /** What the matcher learnt from the knowledge base; `new TopicMatcher(state)` answers exactly as this one does. */
  state(): MatcherState {
    const { vocabulary, phrases, singleSynonyms, thirdParties, outOfScopeWords, ownNameWords, companiesInAnswer, knownStems, wordCounts,
      topicIds, outOfScopeIndex, namesThirdParties, idf, unknownWeight, exampleTopic, exampleNorm, postings, postingStarts, postingExamples,
      postingWeights, keywordTopics, answerTopics } = this;
    return { vocabulary, phrases, singleSynonyms, thirdParties, outOfScopeWords, ownNameWords, companiesInAnswer, knownStems, wordCounts,
      topicIds, outOfScopeIndex, namesThirdParties, idf, unknownWeight, exampleTopic, exampleNorm, postings, postingStarts, postingExamples,
      postingWeights, keywordTopics, answerTopics };
  }

  /** True when the question speaks to the business or of the visitor's own data ("what cookies do you use?"). */
  addressesTheBusiness(question: string): boolean {
    return words(question).some((token) => ADDRESSING_THE_BUSINESS.has(token) || this.ownNameWords.has(token));
  }

  /**
   * True when another company is the subject of the question ("selger Dropbox data?", "does Zoom record
   * calls?", "who owns Teams?") and neither the business nor the visitor is in it: that company's own
   * practices are not in this business's privacy notice.
   */
  asksAboutAnotherCompany(question: string): boolean {
    for (const clause of question.split(/[.!?;\n]+/)) {
      const tokens = words(clause);
      if (tokens.some((token) => ADDRESSING_THE_BUSINESS.has(token) || this.ownNameWords.has(token))) continue;
      const at = tokens.findIndex((token) => this.isCompany(token));
      if (at < 0) continue;
      const before = tokens.slice(0, at);
      if (before.length > 0 && PLACE_WORDS.has(before.at(-1)!)) continue;
      const after = tokens.slice(at + 1).filter((token) => !this.isCompany(token));
      if (DEFINITION_OPENERS.test(before.join(" ")) && (DEFINITION_TAILS.test(after.join(" ")) || (after.length === 1 && this.isKnown(after[0]!)))) continue;
      if (before.length <= 2) return true;
    }
    return false;
  }

  /** A company's name, also in the possessive ("Zooms", "Dropbox's"). */
  private isCompany(token: string): boolean {
    return this.thirdParties.has(token) || (token.endsWith("s") && this.thirdParties.has(token.slice(0, -1)));
  }

  /** Whether a folded word occurs anywhere in the knowledge base. */
  isKnown(word: string): boolean {
    return this.vocabulary.nb.has(word) || this.vocabulary.en.has(word);
  }

  /** The question with other companies' names left out, to see what it asks about them. */
  withoutCompanies(question: string): string {
    return words(question).filter((token) => !this.isCompany(token)).join(" ");
  }

  /** True when the topic's answer itself names a company the question names ("is Zoom certified …?" → transfers). */
  answerNamesCompanyIn(topic: string, question: string): boolean {
    const companies = this.companiesInAnswer.get(topic);
    return !!companies && words(question).some((token) => companies.has(token) || companies.has(token.replace(/s$/, "")));
  }

  /** True when the question uses one of the base's out-of-scope words ("hva koster …", "åpningstider"). */
  usesOutOfScopeWord(question: string): boolean {
    const tokens = words(question);
    return tokens.some((token, index) => this.outOfScopeWords.has(token) || this.outOfScopeWords.has(`${token} ${tokens[index + 1]}`));
  }

  /** A misspelt word's nearest known word if it is one edit away, or the word itself. */
  correctWord(word: string): string {
    const corrected = this.speller.correct(word);
    return corrected.length === 1 && editDistance(word, corrected[0]!, 1) <= 1 ? corrected[0]! : word;
  }

  /** Topics by descending score (about 0–1), the out-of-scope pseudo-topic included. */
  rank(question: string, language: Language): TopicScore[] {
    return this.analyse(question, language).scores;
  }

  /**
   * The ranking, and the share of the question's words (weighted) that the knowledge base has never seen:
   * a question made mostly of such words is about something the base does not cover.
   */
  analyse(question: string, language: Language): { scores: TopicScore[]; unknownShare: number } {
    const weights = new Map<string, number>();
    let querySquared = 0;
    let wordSquared = 0;
    let unknownSquared = 0;
    for (const [feature, factor] of this.features(question, language, true)) {
      const known = this.idf.get(feature);
      const weight = factor * (known ?? (feature.includes("_") ? 0 : this.unknownWeight));
      if (!feature.includes("_") && feature !== THIRD_PARTY) {
        wordSquared += factor * factor;
        if (known === undefined) unknownSquared += factor * factor;
      }
      if (weight === 0) continue;
      weights.set(feature, weight);
      querySquared += weight * weight;
    }
    const unknownShare = wordSquared === 0 ? 0 : unknownSquared / wordSquared;
    if (querySquared === 0) return { scores: [], unknownShare };
    const queryNorm = Math.sqrt(querySquared);

    const topicCount = this.topicIds.length;
    const first = new Float64Array(topicCount);
    const second = new Float64Array(topicCount);
    const keywordCovered = new Float64Array(topicCount);
    const answerCovered = new Float64Array(topicCount);
    const dots = this.dots;
    const touched: number[] = [];
    for (const [feature, weight] of weights) {
      const posting = this.postings.get(feature);
      if (posting !== undefined)
        for (let i = this.postingStarts[posting]!, end = this.postingStarts[posting + 1]!; i < end; i += 1) {
          const example = this.postingExamples[i]!;
          if (dots[example] === 0) touched.push(example);
          dots[example] = dots[example]! + weight * this.postingWeights[i]!;
        }
      for (const topic of this.keywordTopics.get(feature) ?? []) keywordCovered[topic] = keywordCovered[topic]! + weight * weight;
      for (const topic of this.answerTopics.get(feature) ?? []) answerCovered[topic] = answerCovered[topic]! + weight * weight;
    }
    for (const example of touched) {
      const topic = this.exampleTopic[example]!;
      const cosine = dots[example]! / (queryNorm * this.exampleNorm[example]!);
      dots[example] = 0;
      if (cosine > first[topic]!) { second[topic] = first[topic]!; first[topic] = cosine; }
      else if (cosine > second[topic]!) second[topic] = cosine;
    }

    const scores: TopicScore[] = [];
    const mentionsThirdParty = weights.has(THIRD_PARTY);
    for (let topic = 0; topic < topicCount; topic += 1) {
      const nearest = NEAREST_WEIGHT * first[topic]! + SECOND_WEIGHT * second[topic]!;
      // Out-of-scope examples have no keywords or answer; their nearest examples alone decide.
      let score = topic === this.outOfScopeIndex ? nearest / (NEAREST_WEIGHT + SECOND_WEIGHT)
        : nearest + KEYWORD_WEIGHT * Math.sqrt(keywordCovered[topic]! / querySquared) + ANSWER_WEIGHT * Math.sqrt(answerCovered[topic]! / querySquared);
      // A question naming another company, matched to a topic that never does, is usually about that company.
      if (mentionsThirdParty && !this.namesThirdParties[topic]) score *= THIRD_PARTY_PENALTY;
      if (score > 0) scores.push({ topic: this.topicIds[topic]!, score, keywordShare: Math.sqrt(keywordCovered[topic]! / querySquared) });
    }
    return { scores: scores.sort((a, b) => b.score - a.score), unknownShare };
  }

  /** Features of a text: stems (synonyms mapped to one shared form), half-weight bigrams, a third-party marker. */
  private features(text: string, language: Language, correctSpelling: boolean): Features {
    const original = words(text);
    const tokens = correctSpelling ? original.flatMap((token) => this.speller.correct(token)) : original;
    const units: Unit[] = [];
    let negatedUntil = -1;
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index]!;
      const previous = tokens[index - 1];
      if (NEGATIONS.has(token) || (WEAK_NEGATIONS.has(token) && previous !== undefined && NEGATION_LEADS.has(previous))) negatedUntil = index + 2;
      else if ((token === "a" || token === "to") && negatedUntil === index) negatedUntil += 1;
      const phrase = this.matchPhrase(tokens, index);
      let unit = phrase ? { unit: phrase.canonical, factor: 1, thirdParty: false } : this.unitOf(token, language);
      if (index <= negatedUntil && !NEGATIONS.has(token) && !WEAK_NEGATIONS.has(token)) unit = { ...unit, factor: unit.factor * NEGATED_WEIGHT };
      units.push(unit);
      if (phrase) index += phrase.tokens.length - 1;
    }
    const features: Features = new Map();
    for (const { unit, factor, thirdParty } of units) {
      features.set(unit, Math.max(factor, features.get(unit) ?? 0));
      if (thirdParty) features.set(THIRD_PARTY, 1);
    }
    for (let index = 0; index + 1 < units.length; index += 1) {
      const a = units[index]!;
      const b = units[index + 1]!;
      if (a.factor < 1 && b.factor < 1) continue;
      const bigram = `${a.unit}_${b.unit}`;
      if (!features.has(bigram)) features.set(bigram, BIGRAM_WEIGHT * Math.min(a.factor, b.factor));
    }
    return features;
  }

  private unitOf(word: string, language: Language): Unit {
    const key = `${language}:${word}`;
    const cached = this.unitCache.get(key);
    if (cached) return cached;
    const unit = this.singleSynonyms.get(word) ?? this.singleSynonyms.get(`${language}:${stem(word, language)}`) ?? stem(word, language);
    const weak = FUNCTION_WORDS.has(word) || FUNCTION_WORDS.has(unit.replace(/^=/, "")) || this.ownNameWords.has(word);
    const result = { unit, factor: weak ? FUNCTION_WORD_WEIGHT : 1, thirdParty: this.thirdParties.has(word) };
    if (this.unitCache.size > 50_000) this.unitCache.clear();
    this.unitCache.set(key, result);
    return result;
  }

  private matchPhrase(tokens: string[], start: number) {
    for (const candidate of this.phrases.get(tokens[start]!) ?? [])
      if (candidate.tokens.every((token, offset) => tokens[start + offset] === token)) return candidate;
    return undefined;
  }

  private indexSynonyms(kb: KnowledgeBase): void {
    for (const group of kb.synonyms) {
      const canonical = `=${words(group[0]!).join("_")}`;
      for (const entry of group) {
        const tokens = words(entry);
        if (tokens.length === 0) continue;
        if (tokens.length === 1) {
          const word = tokens[0]!;
          this.singleSynonyms.set(word, canonical);
          for (const language of ["nb", "en"] as const)
            if (word.length >= 4) this.singleSynonyms.set(`${language}:${stem(word, language)}`, canonical);
          continue;
        }
        const list = this.phrases.get(tokens[0]!) ?? [];
        list.push({ tokens, canonical });
        list.sort((a, b) => b.tokens.length - a.tokens.length);
        this.phrases.set(tokens[0]!, list);
      }
    }
  }
}
