import { knowledgeFileFromEnvironment } from "../../knowledge/cli/ask";
import { createQaEngine } from "../../knowledge/engine";
import { prepareKnowledge } from "../../knowledge/index-cache";
import { classifyMail } from "../../triage/classify/index";
import { CATEGORY_NB, fileErrorMessage, listMailFiles, readMailFile, RIGHT_NB } from "../../triage/cli/triage";
import { computeDeadlines, promisedDaysOf } from "../../triage/deadlines";
import type { Category, Language, Right } from "../../triage/types";
import { acknowledgementDraft } from "./acknowledgement";
import { finalReply } from "./final-reply";
import type { DraftContext } from "./types";

export interface DraftLine {
  file: string;
  category?: Category;
  rights?: Right[];
  language?: Language;
  /** The receipt with both dates; null for automated mail, which gets no case. */
  acknowledgement?: string | null;
  /** The final answer as the owner first sees it, gaps marked; null for automated mail. */
  reply?: string | null;
  /** The owner's to-do list (never part of the mail). */
  todo?: string[];
  /** The names of the places in `reply` the owner must fill before it can go out. */
  gaps?: string[];
  error?: string;
}

/**
 * `draft [--json] PATH…`: what the assistant would draft for each mail, stored nowhere. The mail's Date header
 * (else now) stands in for the receipt time; the knowledge base is KNOWLEDGE_FILE or the bundled one.
 */
export async function draftCommand(paths: string[], options: { json?: boolean }, now = new Date()): Promise<void> {
  const { kb: knowledge, matcher } = await prepareKnowledge(knowledgeFileFromEnvironment());
  const qa = createQaEngine(knowledge, matcher);
  const context: DraftContext = { businessName: knowledge.business.name, knowledge, ask: (question) => qa.ask(question) };
  let failed = false;
  for (const file of await listMailFiles(paths)) {
    const line = await draftFile(file, context, now);
    if (line.error) failed = true;
    process.stdout.write(options.json ? `${JSON.stringify(line)}\n` : summary(line));
  }
  if (failed) process.exitCode = 1;
}

export async function draftFile(file: string, context: DraftContext, now: Date): Promise<DraftLine> {
  try {
    const mail = await readMailFile(file);
    const { category, rights, language } = classifyMail(mail);
    if (category === "automated") return { file, category, rights, language, acknowledgement: null, reply: null, todo: [], gaps: [] };
    const receivedAt = mail.date && mail.date <= now ? mail.date : now;
    const text = [mail.subject, mail.text, mail.forwarded].filter(Boolean).join("\n");
    const { due } = computeDeadlines(receivedAt, { promisedDays: promisedDaysOf(context.knowledge) });
    const c = { id: 0, category, rights, language, channel: "email", fromName: mail.from.name, receivedAt, due, text };
    const reply = finalReply(c, context);
    return { file, category, rights, language, acknowledgement: acknowledgementDraft(c, context), reply: reply.text, todo: reply.todo, gaps: reply.gaps };
  } catch (error) {
    return { file, error: fileErrorMessage(error) };
  }
}

const indent = (text: string) => text.split("\n").map((line) => (line ? `    ${line}` : "")).join("\n");

function summary(line: DraftLine): string {
  if (line.error) return `${line.file}\n  Feil: kunne ikke lese e-posten (${line.error})\n\n`;
  const lines = [line.file, `  Kategori: ${CATEGORY_NB[line.category!]}${line.rights?.length ? ` (${line.rights.map((right) => RIGHT_NB[right]).join(", ")})` : ""}`,
    `  Språk: ${line.language === "en" ? "engelsk" : "norsk (bokmål)"}`];
  if (line.reply === null) return `${[...lines, "  Automatisk e-post: ingen sak, ingen utkast."].join("\n")}\n\n`;
  lines.push("  Kvittering:", indent(line.acknowledgement!), "  Svar:", indent(line.reply!));
  if (line.todo?.length) lines.push("  Huskeliste for eieren (ikke i e-posten):", ...line.todo.map((item, index) => `    ${index + 1}. ${item}`));
  lines.push(`  Må fylles inn: ${line.gaps?.length ? line.gaps.join("; ") : "ingenting"}`);
  return `${lines.join("\n")}\n\n`;
}
