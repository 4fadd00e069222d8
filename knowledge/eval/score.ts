import type { AnswerAction } from "../types";
import type { Right } from "../../triage/types";
import type { LabelledQuestion } from "./questions";

/** What the engine did with one question; "error" when it threw instead of answering. */
export interface Prediction {
  action: AnswerAction | "error";
  topic?: string;
  rights?: Right[];
}

export interface Outcome {
  question: LabelledQuestion;
  predicted: Prediction;
  correct: boolean;
}

export interface Tally {
  total: number;
  correct: number;
  /** correct / total; 0 for an empty tally. */
  accuracy: number;
}

export interface TopicTally extends Tally {
  /** Questions that belong elsewhere but were answered with this topic. */
  wronglyMatched: number;
}

export const PREDICTED_ACTIONS = ["answered", "handover", "fallback", "small_talk", "error"] as const;
export type PredictedAction = (typeof PREDICTED_ACTIONS)[number];

export interface EvalReport {
  overall: Tally;
  byAction: Record<AnswerAction, Tally>;
  byLanguage: Record<"nb" | "en", Tally>;
  byTopic: Record<string, TopicTally>;
  /** confusion[expected][predicted] = number of questions. */
  confusion: Record<AnswerAction, Record<PredictedAction, number>>;
  /** Among handovers the engine got right: how many named exactly the expected rights. */
  handoverRights: Tally;
  outcomes: Outcome[];
  misses: Outcome[];
}

/** A question is correct when the action matches and, for an answered question, the topic too. */
export function isCorrect(expected: LabelledQuestion, predicted: Prediction): boolean {
  if (predicted.action !== expected.action) return false;
  return expected.action !== "answered" || predicted.topic === expected.topic;
}

export function scoreOne(question: LabelledQuestion, predicted: Prediction): Outcome {
  return { question, predicted, correct: isCorrect(question, predicted) };
}

function sameRights(expected: readonly Right[], predicted: readonly Right[]): boolean {
  const wanted = new Set(expected);
  const got = new Set(predicted);
  return wanted.size === got.size && [...wanted].every((right) => got.has(right));
}

function emptyTally(): Tally {
  return { total: 0, correct: 0, accuracy: 0 };
}

function count(tally: Tally, correct: boolean): void {
  tally.total += 1;
  if (correct) tally.correct += 1;
  tally.accuracy = tally.correct / tally.total;
}

function emptyConfusionRow(): Record<PredictedAction, number> {
  return { answered: 0, handover: 0, fallback: 0, small_talk: 0, error: 0 };
}

/** Aggregates scored questions into the figures `npm run eval` prints. */
export function summarize(outcomes: Outcome[]): EvalReport {
  const report: EvalReport = {
    overall: emptyTally(),
    byAction: { answered: emptyTally(), handover: emptyTally(), fallback: emptyTally(), small_talk: emptyTally() },
    byLanguage: { nb: emptyTally(), en: emptyTally() },
    byTopic: {},
    confusion: { answered: emptyConfusionRow(), handover: emptyConfusionRow(), fallback: emptyConfusionRow(), small_talk: emptyConfusionRow() },
    handoverRights: emptyTally(),
    outcomes,
    misses: outcomes.filter((outcome) => !outcome.correct),
  };
  const topicTally = (topic: string): TopicTally =>
    (report.byTopic[topic] ??= { ...emptyTally(), wronglyMatched: 0 });

  for (const { question, predicted, correct } of outcomes) {
    count(report.overall, correct);
    count(report.byAction[question.action], correct);
    count(report.byLanguage[question.language], correct);
    report.confusion[question.action][predicted.action] += 1;
    if (question.topic) count(topicTally(question.topic), correct);
    if (predicted.action === "answered" && predicted.topic && predicted.topic !== question.topic)
      topicTally(predicted.topic).wronglyMatched += 1;
    if (question.action === "handover" && correct)
      count(report.handoverRights, sameRights(question.rights ?? [], predicted.rights ?? []));
  }
  return report;
}

/** Something that answers a visitor's question the way the Q&A engine does. */
export type AskFunction = (question: string) => { action: AnswerAction; topic?: string; handover?: { rights: Right[] } } | Promise<{ action: AnswerAction; topic?: string; handover?: { rights: Right[] } }>;

/** Asks every question and scores the answer; an engine that throws scores as an "error" miss. */
export async function evaluate(questions: LabelledQuestion[], ask: AskFunction): Promise<EvalReport> {
  const outcomes: Outcome[] = [];
  for (const question of questions) {
    let predicted: Prediction;
    try {
      const answer = await ask(question.question);
      predicted = { action: answer.action, topic: answer.topic, rights: answer.handover?.rights };
    } catch {
      predicted = { action: "error" };
    }
    outcomes.push(scoreOne(question, predicted));
  }
  return summarize(outcomes);
}
