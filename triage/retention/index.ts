// The assistant's own retention: what it keeps, for how long (from the knowledge base), and erasing a person.
import type { Config } from "../../config";
import type { KnowledgeBase } from "../../knowledge/schema";
import type { MailFolders } from "./files";
import { periodsFromKnowledge, type RetentionPeriods } from "./periods";

export { applyRetention, countsOf, type RetentionCounts } from "./apply";
export { describeErasure, erasePerson, findPerson, type ErasureResult } from "./erase";
export { planRetention, type RetentionPlan } from "./plan";
export { createRetentionJob, type RetentionJob } from "./job";
export type { MailFolders } from "./files";
export type { RetentionPeriods } from "./periods";

/** Where replies are written without SMTP (bot/outbox/from-config.ts); copies from before SMTP was set up stay there too. */
const SENT_MAIL_DIR = "data/sent-mail";

export interface RetentionSettings {
  periods: RetentionPeriods;
  folders: MailFolders;
}

/** The folders this setup keeps mail files in: the inbox folder (without IMAP) and the sent-mail copies. */
export function mailFoldersOf(config: Pick<Config, "imap" | "inboxDir">): MailFolders {
  return { ...(config.imap ? {} : { inboxDir: config.inboxDir }), sentMailDir: SENT_MAIL_DIR };
}

/** The periods the knowledge base states and the folders this setup keeps mail in; undefined when the base states none. */
export function retentionSettings(config: Pick<Config, "imap" | "inboxDir">, knowledge: Pick<KnowledgeBase, "assistant_retention">): RetentionSettings | undefined {
  if (!knowledge.assistant_retention) return undefined;
  return { periods: periodsFromKnowledge(knowledge.assistant_retention), folders: mailFoldersOf(config) };
}

export const NO_PERIODS_MESSAGE =
  "Kunnskapsbasen oppgir ingen oppbevaringstider for assistenten (assistant_retention) / the knowledge base states no periods for the assistant's own records (assistant_retention)";
