// Carries out a retention plan: the database part in one transaction, then the files. Logs counts, never content.
import type { Db } from "../../prisma/database";
import type { Logger } from "../../log";
import { moveToProcessed, removeFile, type MailFolders } from "./files";
import type { RetentionPlan } from "./plan";
import { removeCaseContent } from "./remove-content";

export interface RetentionCounts {
  chatLines: number;
  sessions: number;
  cases: number;
  caseEvents: number;
  outboxMessages: number;
  updateKeys: number;
  ingestedMail: number;
  inboxFilesMoved: number;
  mailFiles: number;
}

/** What a plan would do, counted the same way as what applying it did. */
export function countsOf(plan: RetentionPlan): RetentionCounts {
  return {
    chatLines: plan.chatLineIds.length, sessions: plan.sessionKeys.length, cases: plan.cases.length, caseEvents: 0, outboxMessages: 0,
    updateKeys: plan.updateKeys, ingestedMail: plan.ingestedMailIds.length, inboxFilesMoved: plan.inboxFilesToMove.length,
    mailFiles: plan.expiredMailFiles.length,
  };
}

const CHUNK = 500;
const chunks = <T>(items: readonly T[]) => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));
const TRANSACTION = { maxWait: 10_000, timeout: 120_000 };

export async function applyRetention(db: Db, plan: RetentionPlan, folders: MailFolders, logger: Logger): Promise<RetentionCounts> {
  const counts = await db.$transaction(async (tx) => {
    let chatLines = 0;
    let ingestedMail = 0;
    for (const ids of chunks(plan.chatLineIds)) chatLines += (await tx.conversationMessage.deleteMany({ where: { id: { in: ids } } })).count;
    for (const ids of chunks(plan.ingestedMailIds)) ingestedMail += (await tx.ingestedMail.deleteMany({ where: { id: { in: ids } } })).count;
    const sessions = (await tx.chatSession.deleteMany({ where: { key: { in: plan.sessionKeys } } })).count;
    const updateKeys = (await tx.processedUpdate.deleteMany({ where: { createdAt: { lt: plan.cutoffs.updateKeys } } })).count;
    const removed = await removeCaseContent(tx, plan.cases.map((entry) => entry.id), plan.now, "retention");
    return { chatLines, sessions, cases: removed.cases, caseEvents: removed.events, outboxMessages: removed.outboxMessages, updateKeys, ingestedMail };
  }, TRANSACTION);

  let inboxFilesMoved = 0;
  let mailFiles = 0;
  for (const file of plan.inboxFilesToMove) {
    try {
      moveToProcessed(folders.inboxDir!, file);
      inboxFilesMoved += 1;
    } catch (error) {
      logger.error({ err: error instanceof Error ? error.message : String(error) }, "kunne ikke flytte en behandlet e-postfil / could not move a processed mail file");
    }
  }
  for (const file of plan.expiredMailFiles) {
    try {
      removeFile(file);
      mailFiles += 1;
    } catch (error) {
      logger.error({ err: error instanceof Error ? error.message : String(error) }, "kunne ikke slette en utløpt e-postfil / could not delete an expired mail file");
    }
  }
  const result = { ...counts, inboxFilesMoved, mailFiles };
  logger.info({ deleted: result }, "oppbevaring: utløpte opplysninger fjernet / retention: expired data removed");
  return result;
}
