import readline from "node:readline";
import { UserError } from "../../user-error";
import { BUNDLED_KNOWLEDGE_FILE } from "../bundled";
import { createQaEngine } from "../engine";
import { prepareKnowledge } from "../index-cache";
import type { Answer } from "../types";

/** The knowledge file to use: KNOWLEDGE_FILE if set, otherwise the bundled one. Needs no other settings. */
export function knowledgeFileFromEnvironment(env: NodeJS.ProcessEnv = process.env): string {
  return env.KNOWLEDGE_FILE?.trim() || BUNDLED_KNOWLEDGE_FILE;
}

function describeNextStep(answer: Answer): string {
  if (answer.action === "answered") return `Kilde / source: ${answer.sources.join(", ")}`;
  if (answer.action === "small_talk") return "Neste steg / next: ingen / none";
  if (answer.action === "handover") {
    const what = answer.handover?.kind === "complaint" ? "klage / complaint" : `rettighetsforespørsel / rights request (${answer.handover?.rights.join(", ")})`;
    return `Neste steg / next: sendes til eieren som ${what}`;
  }
  return "Neste steg / next: ikke dekket av personvernerklæringen; kan sendes videre til eieren / not covered, can be passed on to the owner";
}

/** `ask "spørsmål"` prints an answer for a person; `ask --json` answers stdin line by line as JSON lines. */
export async function askCommand(question: string, options: { json?: boolean }): Promise<void> {
  const { kb, matcher } = await prepareKnowledge(knowledgeFileFromEnvironment());
  const engine = createQaEngine(kb, matcher);
  const toJson = (text: string) => {
    const answer = engine.ask(text);
    // "category" and "rights": what a hand-over is about, as the mail triage would file it ([] otherwise), so chat and mail compare from outside.
    return JSON.stringify({ question: text, action: answer.action, answer: answer.answer, sources: answer.sources, category: answer.handover?.kind ?? "inquiry", rights: answer.handover?.rights ?? [] });
  };

  if (options.json) {
    if (question.trim()) { process.stdout.write(`${toJson(question.trim())}\n`); return; }
    const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      const text = line.trim();
      if (text) process.stdout.write(`${toJson(text)}\n`);
    }
    return;
  }

  if (!question.trim()) throw new UserError('Skriv et spørsmål, f.eks. ask "hvor lenge lagrer dere e-post?" / give a question, or use --json with stdin');
  const answer = engine.ask(question.trim());
  process.stdout.write(`${answer.answer}\n\n${describeNextStep(answer)}\n`);
}
