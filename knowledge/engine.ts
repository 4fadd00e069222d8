import type { Answer } from "./types";
import type { KnowledgeBase, Topic } from "./schema";
import { answeredFromTopic, fallbackAnswer, handoverAnswer } from "./compose";
import { detectHandover } from "./intent";
import { OUT_OF_SCOPE, TopicMatcher } from "./matcher";
import { detectLanguage } from "./text";

export interface QaEngine { ask(question: string): Answer }

// A sign-off and what follows (usually a name) says nothing about the question.
const SIGN_OFF = /(^|[\s.,!])(mvh|med vennlig hilsen|vennlig hilsen|hilsen|helsing|best regards|kind regards|regards|cheers|thanks in advance|takk på forhånd)\b[\s\S]*$/i;

/** Below this score the question is too far from anything the knowledge base covers. */
const MIN_SCORE = 0.3;

/**
 * The Q&A engine for one knowledge base: answers from the base's facts, hands over when the visitor
 * uses a right or complains, and says honestly when the notice does not cover the question.
 * All indexing happens here, once, so `ask` stays cheap.
 */
export function createQaEngine(kb: KnowledgeBase): QaEngine {
  const matcher = new TopicMatcher(kb);
  const topics = new Map<string, Topic>(kb.topics.map((topic) => [topic.id, topic]));

  return {
    ask(question: string): Answer {
      const text = question.trim().slice(0, 2000);
      const language = detectLanguage(text, matcher.vocabulary);
      const handover = detectHandover(text, (word) => matcher.correctWord(word));
      if (handover) return handoverAnswer(kb, handover, language);
      if (matcher.asksAboutAnotherCompany(text)) return fallbackAnswer(kb, language);
      const [best] = matcher.rank(text.replace(SIGN_OFF, "$1") || text, language);
      if (!best || best.topic === OUT_OF_SCOPE || best.score < MIN_SCORE) return fallbackAnswer(kb, language);
      return answeredFromTopic(kb, topics.get(best.topic)!, language);
    },
  };
}
