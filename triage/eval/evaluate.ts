/** Runs the real parser and classifier over labelled mails. */
import { readFile } from "node:fs/promises";
import { BUNDLED_KNOWLEDGE_FILE } from "../../knowledge/bundled";
import { useNamesOf } from "../../knowledge/business-names";
import { loadKnowledgeBase } from "../../knowledge/load";
import { classifyMail } from "../classify/index";
import { parseMail } from "../parse";
import type { Classification } from "../types";
import type { LabelledMail } from "./labels";
import type { ScoredCase } from "./score";

export interface EvaluatedMail extends ScoredCase {
  subject: string;
  classification: Classification;
}

export async function evaluateMail(labelled: LabelledMail): Promise<EvaluatedMail> {
  const mail = await parseMail(await readFile(labelled.path));
  const classification = classifyMail(mail);
  return {
    file: labelled.file,
    subject: mail.subject,
    expected: { category: labelled.category, rights: labelled.rights, language: labelled.language },
    predicted: { category: classification.category, rights: classification.rights, language: classification.language },
    classification,
  };
}

/** The labelled corpus is mail to the bundled business: its names are read as the rules' placeholders. */
export async function evaluateMails(mails: readonly LabelledMail[]): Promise<EvaluatedMail[]> {
  useNamesOf(loadKnowledgeBase(BUNDLED_KNOWLEDGE_FILE));
  const results: EvaluatedMail[] = [];
  for (const mail of mails) results.push(await evaluateMail(mail));
  return results;
}
