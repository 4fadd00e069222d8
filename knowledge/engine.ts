import type { Language } from "../triage/types";
import type { Answer } from "./types";
import type { KnowledgeBase, Topic } from "./schema";
import { answeredFromTopic, fallbackAnswer, handoverAnswer } from "./compose";
import { useNamesOf } from "./business-names";
import { detectHandover } from "./intent";
import { smallTalkKind, smallTalkReply } from "./small-talk";
import { OUT_OF_SCOPE, TopicMatcher, type TopicScore } from "./matcher";
import { detectLanguage, FUNCTION_WORDS } from "../triage/understand/language";

export interface QaEngine { ask(question: string): Answer }

// A sign-off and what follows (usually a name) says nothing about the question.
const SIGN_OFF = /(^|[\s.,!])(mvh|med vennlig hilsen|vennlig hilsen|hilsen|helsing|best regards|kind regards|regards|cheers|thanks in advance|takk på forhånd)\b[\s\S]*$/i;

/** Below this score the question is too far from anything the knowledge base covers. */
const MIN_SCORE = 0.3;
/**
 * A question whose words are mostly unknown to the knowledge base ("når åpner dere på mandag?") is about
 * something else, even if its one known word matches a topic, unless that match is very close.
 */
const MAX_UNKNOWN_SHARE = 0.5;
const CONFIDENT_SCORE = 0.7;

// A specific topic takes over from a general best match if it scores at least this share of it and its keywords explain this much of the question.
const SPECIFIC_RATIO = 0.8;
const SPECIFIC_KEYWORDS = 0.2;

/**
 * "Activity-specific beats general": when the best topic is a general one and a specific topic the
 * question names by its own keywords comes close, the specific one answers better.
 */
function preferSpecific(best: TopicScore, ranked: TopicScore[], topics: Map<string, Topic>): string {
  if (topics.get(best.topic)?.scope !== "general") return best.topic;
  const specific = ranked.slice(1, 5).find((candidate) => topics.get(candidate.topic)?.scope === "specific");
  if (specific && specific.score >= best.score * SPECIFIC_RATIO && specific.keywordShare >= SPECIFIC_KEYWORDS) return specific.topic;
  return best.topic;
}

// A question worded unlike any example but almost wholly made of one topic's keywords still belongs to it.
const KEYWORD_ONLY_SCORE = 0.2;
const KEYWORD_ONLY_SHARE = 0.8;
const explainedByKeywords = (best: TopicScore, unknownShare: number) =>
  best.score >= KEYWORD_ONLY_SCORE && best.keywordShare >= KEYWORD_ONLY_SHARE && unknownShare < MAX_UNKNOWN_SHARE;

// A question about another company is answered only when it asks for what the notice itself says about it.
const COMPANY_FACT_SCORE = MIN_SCORE;
const COMPANY_FACT_KEYWORDS = 0.7;
const COMPANY_FACT_UNKNOWN = 0.25;

// A topic whose keywords explain this much of a question to the business, scoring this close to out-of-scope, wins.
const OWN_PRACTICE_KEYWORDS = 0.7;
const OWN_PRACTICE_RATIO = 0.9;

// A question of fewer words ("Hei?", "ok?") is no question of its own in a message that asks several.
const MIN_QUESTION_WORDS = 3;

/**
 * The Q&A engine for one knowledge base: answers from the base's facts, hands over when the visitor
 * uses a right or complains, and says honestly when the notice does not cover the question.
 * All indexing happens here, once (or in knowledge/index-cache.ts, which keeps the matcher's index between runs), so `ask` stays cheap.
 */
export function createQaEngine(kb: KnowledgeBase, matcher = new TopicMatcher(kb)): QaEngine {
  // The understanding behind hand-overs reads this business's names ("Sletter Solbakken Bakeri …?") as the rules' placeholders.
  useNamesOf(kb);
  const topics = new Map<string, Topic>(kb.topics.map((topic) => [topic.id, topic]));
  // "Is Zoom certified under the Data Privacy Framework?": the notice's answer names Zoom and the rest of the question is its keywords.
  const statesFactAbout = (best: TopicScore, unknownShare: number, question: string) =>
    best.topic !== OUT_OF_SCOPE && best.score >= COMPANY_FACT_SCORE && best.keywordShare >= COMPANY_FACT_KEYWORDS &&
    unknownShare < COMPANY_FACT_UNKNOWN && matcher.answerNamesCompanyIn(best.topic, question);

  // In a chatty message ("I noticed …. Does that mean my data ends up in the US?") the question itself may say more than the whole.
  const analyseFocused = (text: string, language: Language) => {
    const whole = matcher.analyse(text, language);
    const sentences = text.match(/[^.!?\n]+\?/g) ?? [];
    if (sentences.length === 0 || sentences[0]!.trim() === text) return whole;
    // The question sentences and the whole message count half each: the question leads, the rest gives context.
    const focused = new Map(matcher.analyse(sentences.join(" "), language).scores.map((score) => [score.topic, score]));
    const blended = whole.scores.map((score) => {
      const other = focused.get(score.topic);
      return { topic: score.topic, score: (score.score + (other?.score ?? 0)) / 2, keywordShare: (score.keywordShare + (other?.keywordShare ?? 0)) / 2 };
    });
    return { scores: blended.sort((a, b) => b.score - a.score), unknownShare: whole.unknownShare };
  };

  const isKnownWord = (word: string) => matcher.isKnown(word) || FUNCTION_WORDS.has(word);

  /** One question: a hand-over, an answer from a topic, or the honest fallback. */
  const answerOne = (text: string, language: Language): Answer => {
    const handover = detectHandover(text);
    if (handover) return handoverAnswer(kb, handover, language);
    if (matcher.usesOutOfScopeWord(text)) return fallbackAnswer(kb, language);
    if (matcher.asksAboutAnotherCompany(text)) {
      // Only what the notice itself says about the company is answered, judged on the rest of the question.
      const rest = matcher.analyse(matcher.withoutCompanies(text), language);
      const fact = rest.scores.find((score) => score.topic !== OUT_OF_SCOPE);
      return fact && statesFactAbout(fact, rest.unknownShare, text) ? answeredFromTopic(kb, topics.get(fact.topic)!, language) : fallbackAnswer(kb, language);
    }
    const { scores: ranked, unknownShare } = analyseFocused(text.replace(SIGN_OFF, "$1") || text, language);
    const best = ownPractice(ranked, text) ?? ranked[0];
    if (!best || best.topic === OUT_OF_SCOPE || (best.score < MIN_SCORE && !explainedByKeywords(best, unknownShare))) return fallbackAnswer(kb, language);
    if (unknownShare >= MAX_UNKNOWN_SHARE && best.score < CONFIDENT_SCORE) return fallbackAnswer(kb, language);
    return answeredFromTopic(kb, topics.get(preferSpecific(best, ranked, topics))!, language);
  };

  /**
   * "What cookies do you use?" reads like the out-of-scope "what is a cookie?", but asks what the business itself
   * does: a topic its keywords explain, scoring close to the out-of-scope examples, answers it.
   */
  const ownPractice = (ranked: TopicScore[], question: string): TopicScore | undefined => {
    const [best, next] = ranked;
    if (best?.topic !== OUT_OF_SCOPE || !next || next.keywordShare < OWN_PRACTICE_KEYWORDS || next.score < best.score * OWN_PRACTICE_RATIO) return undefined;
    return matcher.addressesTheBusiness(question) ? next : undefined;
  };

  return {
    ask(question: string): Answer {
      const text = question.trim().slice(0, 2000);
      const language = detectLanguage(text, undefined, matcher.vocabulary);
      const smallTalk = smallTalkKind(text, isKnownWord);
      if (smallTalk) return { action: "small_talk", answer: smallTalkReply(smallTalk, language), sources: [], language };
      const whole = answerOne(text, language);
      return whole.action === "answered" ? answerEachQuestion(text, whole, language) : whole;
    },
  };

  /**
   * "Hvor lenge lagrer dere e-post? Og hvem er behandlingsansvarlig?": each question gets its answer, in the order
   * asked. Only questions of a few words each count, and only when they reach different sections.
   */
  function answerEachQuestion(text: string, whole: Answer, language: Language): Answer {
    const questions = (text.match(/[^.!?\n]+\?/g) ?? []).map((q) => q.trim()).filter((q) => q.split(/\s+/).length >= MIN_QUESTION_WORDS);
    if (questions.length < 2) return whole;
    const answers = questions.map((q) => answerOne(q, language)).filter((answer) => answer.action === "answered");
    const distinct = answers.filter((answer, index) => answers.findIndex((other) => other.topic === answer.topic) === index);
    if (distinct.length < 2) return whole;
    return {
      action: "answered",
      answer: distinct.map((answer) => answer.answer).join("\n\n"),
      sources: [...new Set(distinct.flatMap((answer) => answer.sources))],
      language,
      topic: distinct[0]!.topic,
    };
  }
}
