import type { Language, Right } from "../triage/types";

export type AnswerAction = "answered" | "handover" | "fallback" | "small_talk";

/** The Q&A engine's verdict on one visitor message. */
export interface Answer {
  action: AnswerAction;
  /** Text for the visitor, in `language`. */
  answer: string;
  /** Sections of the knowledge base the answer rests on (e.g. "Behandling: webinarer"). */
  sources: string[];
  language: Language;
  /** Topic id the question was matched to, if any. */
  topic?: string;
  /** For a hand-over: the rights the visitor wants to use, or "complaint". */
  handover?: { kind: "rights_request" | "complaint"; rights: Right[] };
}
