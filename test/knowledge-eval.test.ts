import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { BUNDLED_KNOWLEDGE_FILE } from "../knowledge/bundled";
import { loadKnowledgeBase } from "../knowledge/load";
import { createQaEngine } from "../knowledge/engine";
import {
  BUNDLED_QUESTION_FILE, checkQuestionSet, normalizeQuestion, parseQuestionSet, selectSplit, splitOf, type LabelledQuestion,
} from "../knowledge/eval/questions";
import { evaluate, isCorrect, scoreOne, summarize } from "../knowledge/eval/score";
import { formatReport } from "../knowledge/eval/format";
import { RIGHTS } from "../triage/types";

const q = (fields: Partial<LabelledQuestion> & Pick<LabelledQuestion, "question" | "action">): LabelledQuestion => ({
  language: "nb", split: "holdout", ...fields,
});

describe("scoring one question", () => {
  const erasureQuestion = q({ question: "kan jeg få slettet dataene mine?", action: "answered", topic: "right_erasure" });
  const erasureRequest = q({ question: "slett dataene mine", action: "handover", rights: ["erasure"] });

  it("needs the right topic for an answered question", () => {
    expect(isCorrect(erasureQuestion, { action: "answered", topic: "right_erasure" })).toBe(true);
    expect(isCorrect(erasureQuestion, { action: "answered", topic: "retention_general" })).toBe(false);
    expect(isCorrect(erasureQuestion, { action: "handover", rights: ["erasure"] })).toBe(false);
  });

  it("counts a handover or fallback as correct on the action alone", () => {
    expect(isCorrect(erasureRequest, { action: "handover", rights: ["access"] })).toBe(true);
    expect(isCorrect(erasureRequest, { action: "answered", topic: "right_erasure" })).toBe(false);
    const offTopic = q({ question: "hva koster kurset?", action: "fallback" });
    expect(isCorrect(offTopic, { action: "fallback" })).toBe(true);
    expect(isCorrect(offTopic, { action: "error" })).toBe(false);
  });
});

describe("summarizing an evaluation", () => {
  const outcomes = [
    scoreOne(q({ question: "a", action: "answered", topic: "dpo" }), { action: "answered", topic: "dpo" }),
    scoreOne(q({ question: "b", action: "answered", topic: "dpo", language: "en" }), { action: "answered", topic: "contact" }),
    scoreOne(q({ question: "c", action: "answered", topic: "contact", language: "en" }), { action: "fallback" }),
    scoreOne(q({ question: "d", action: "handover", rights: ["access", "erasure"] }), { action: "handover", rights: ["erasure", "access"] }),
    scoreOne(q({ question: "e", action: "handover", rights: [] }), { action: "handover", rights: ["erasure"] }),
    scoreOne(q({ question: "f", action: "fallback", language: "en" }), { action: "answered", topic: "contact" }),
  ];
  const report = summarize(outcomes);

  it("gives overall, per-action and per-language accuracy", () => {
    expect(report.overall).toEqual({ total: 6, correct: 3, accuracy: 0.5 });
    expect(report.byAction.answered).toEqual({ total: 3, correct: 1, accuracy: 1 / 3 });
    expect(report.byAction.handover).toEqual({ total: 2, correct: 2, accuracy: 1 });
    expect(report.byAction.fallback).toEqual({ total: 1, correct: 0, accuracy: 0 });
    expect(report.byLanguage.nb).toEqual({ total: 3, correct: 3, accuracy: 1 });
    expect(report.byLanguage.en).toEqual({ total: 3, correct: 0, accuracy: 0 });
  });

  it("gives per-topic accuracy and counts questions a topic wrongly took", () => {
    expect(report.byTopic.dpo).toEqual({ total: 2, correct: 1, accuracy: 0.5, wronglyMatched: 0 });
    expect(report.byTopic.contact).toEqual({ total: 1, correct: 0, accuracy: 0, wronglyMatched: 2 });
  });

  it("builds the confusion table of actions and lists the misses", () => {
    expect(report.confusion.answered).toEqual({ answered: 2, handover: 0, fallback: 1, small_talk: 0, error: 0 });
    expect(report.confusion.handover).toEqual({ answered: 0, handover: 2, fallback: 0, small_talk: 0, error: 0 });
    expect(report.confusion.fallback).toEqual({ answered: 1, handover: 0, fallback: 0, small_talk: 0, error: 0 });
    expect(report.misses.map((miss) => miss.question.question)).toEqual(["b", "c", "f"]);
  });

  it("checks the rights of correct handovers, in any order", () => {
    expect(report.handoverRights).toEqual({ total: 2, correct: 1, accuracy: 0.5 });
  });

  it("prints the figures and, when asked, the misses", () => {
    const text = formatReport(report, { title: "test", showMisses: true });
    expect(text).toContain("Overall accuracy:  50.0 % (3/6)");
    expect(text).toContain("[en] answered/dpo → answered/contact: b");
    expect(formatReport(report, { title: "test" })).not.toContain("→");
  });

  it("scores an engine that throws as an error instead of stopping", async () => {
    const result = await evaluate([q({ question: "x", action: "fallback" })], () => {
      throw new Error("boom");
    });
    expect(result.confusion.fallback.error).toBe(1);
    expect(result.overall.correct).toBe(0);
  });
});

describe("reading and checking a question set", () => {
  it("reports bad lines with their numbers and keeps the good ones", () => {
    const text = [
      JSON.stringify({ question: "har dere personvernombud?", language: "nb", action: "answered", topic: "dpo", split: "tune" }),
      "",
      "{not json",
      JSON.stringify({ question: "slett meg", language: "nb", action: "handover", split: "tune" }),
      JSON.stringify({ question: "hei", language: "de", action: "fallback" }),
    ].join("\n");
    const { questions, problems } = parseQuestionSet(text);
    expect(questions).toHaveLength(1);
    expect(problems).toEqual([
      "line 3: not valid JSON",
      "line 4: rights: a handover needs rights ([] for a complaint)",
      expect.stringMatching(/^line 5: language: /),
    ]);
  });

  it("treats a set without splits as held out", () => {
    const [question] = parseQuestionSet(JSON.stringify({ question: "hei", language: "nb", action: "fallback" })).questions;
    expect(splitOf(question!)).toBe("holdout");
    expect(selectSplit([question!], "tune")).toEqual([]);
  });

  it("finds unknown topics, duplicates, leaks between splits and uncovered topics", () => {
    const problems = checkQuestionSet([
      q({ question: "Når sletter dere data?", action: "answered", topic: "retention_general", split: "tune" }),
      q({ question: "naar sletter dere data", action: "answered", topic: "retention_general", split: "holdout" }),
      q({ question: "slett meg", action: "handover", rights: ["erasure"], group: "g1", split: "tune" }),
      q({ question: "delete me", action: "handover", rights: ["erasure"], group: "g1", split: "holdout", language: "en" }),
      q({ question: "hvem er dere?", action: "answered", topic: "who_are_you", split: "tune" }),
    ], ["retention_general", "dpo"]);
    expect(problems).toEqual([
      'unknown topic "who_are_you": hvem er dere?',
      'in both splits: "Når sletter dere data?" / "naar sletter dere data"',
      'paraphrase group "g1" is in both splits',
      'topic "dpo" has 0 question(s), needs at least 1',
    ]);
  });

  it("folds æøå spelled out, case and punctuation when comparing questions", () => {
    expect(normalizeQuestion("Hvor lenge lagrer dere e-poster?")).toBe(normalizeQuestion("hvor lenge lagrer dere e poster"));
    expect(normalizeQuestion("Får jeg SE dataene?")).toBe(normalizeQuestion("faar jeg se dataene"));
  });
});

describe("the bundled question set", () => {
  const { questions, problems } = parseQuestionSet(fs.readFileSync(BUNDLED_QUESTION_FILE, "utf8"));
  const knowledgeBase = loadKnowledgeBase(BUNDLED_KNOWLEDGE_FILE);
  const topicIds = knowledgeBase.topics.map((topic) => topic.id);

  it("parses, has a split on every line, and has no duplicates, leaks or unknown topics", () => {
    expect(problems).toEqual([]);
    expect(questions.length).toBeGreaterThanOrEqual(320);
    expect(questions.filter((question) => !question.split)).toEqual([]);
    expect(checkQuestionSet(questions, topicIds, { minimumPerTopic: 4 })).toEqual([]);
  });

  it("asks about every topic in both languages, and in the held-out part", () => {
    const missing = topicIds.flatMap((topic) => {
      const asked = questions.filter((question) => question.topic === topic);
      return [
        ...(["nb", "en"] as const).filter((language) => !asked.some((question) => question.language === language)).map((language) => `${topic} (${language})`),
        ...(asked.some((question) => question.split === "holdout") ? [] : [`${topic} (holdout)`]),
      ];
    });
    expect(missing).toEqual([]);
  });

  it("hands over every right and complaints, in both languages", () => {
    const handovers = questions.filter((question) => question.action === "handover");
    for (const language of ["nb", "en"] as const) {
      const inLanguage = handovers.filter((question) => question.language === language);
      for (const right of RIGHTS) expect(inLanguage.some((question) => question.rights?.includes(right)), `${right} ${language}`).toBe(true);
      expect(inLanguage.some((question) => question.rights?.length === 0), `complaint ${language}`).toBe(true);
      expect(inLanguage.some((question) => (question.rights?.length ?? 0) > 1), `several rights ${language}`).toBe(true);
    }
  });

  it("keeps the mix of actions, languages and splits the evaluation was designed for", () => {
    const share = (keep: (question: LabelledQuestion) => boolean) => questions.filter(keep).length / questions.length;
    expect(share((question) => question.language === "nb")).toBeGreaterThan(0.5);
    expect(share((question) => question.language === "nb")).toBeLessThan(0.7);
    expect(share((question) => question.action === "answered")).toBeGreaterThan(0.55);
    expect(share((question) => question.action === "handover")).toBeGreaterThan(0.15);
    expect(share((question) => question.action === "fallback")).toBeGreaterThan(0.1);
    expect(share((question) => question.split === "holdout")).toBeGreaterThan(0.35);
    expect(share((question) => question.split === "holdout")).toBeLessThan(0.45);
  });

  it("is not copied into the knowledge base's example questions (the held-out part stays unseen)", () => {
    const examples = new Set([
      ...knowledgeBase.topics.flatMap((topic) => [...topic.examples.nb, ...topic.examples.en]),
      ...knowledgeBase.out_of_scope.nb, ...knowledgeBase.out_of_scope.en,
    ].map(normalizeQuestion));
    const copied = selectSplit(questions, "holdout").filter((question) => examples.has(normalizeQuestion(question.question)));
    expect(copied.map((question) => question.question)).toEqual([]);
  });
});

describe("the Q&A engine on the held-out questions", () => {
  it("does the right thing for at least 95 % of them", async () => {
    const { questions } = parseQuestionSet(fs.readFileSync(BUNDLED_QUESTION_FILE, "utf8"));
    const engine = createQaEngine(loadKnowledgeBase(BUNDLED_KNOWLEDGE_FILE));
    const report = await evaluate(selectSplit(questions, "holdout"), (question) => engine.ask(question));
    // Scores only: listing the held-out misses here would invite tuning to them.
    const summary = `holdout accuracy ${report.overall.accuracy.toFixed(3)} (${report.overall.correct}/${report.overall.total})`;
    expect(report.overall.accuracy, summary).toBeGreaterThanOrEqual(0.95);
  });
});
