import { openCaseFromMail } from "../cases";
import { classifyMail } from "../classify/index";
import { parseMail } from "../parse";
import type { MailProcessor } from "./ingest";

/**
 * The real per-mail pipeline: parse → classify → open (or attach to) a case unless the mail is automated.
 * `promisedDays`: the business's promise (its knowledge base's), which each new case's dates follow.
 */
export function createMailPipeline(options: { maxBodyBytes: number; promisedDays: number }): MailProcessor {
  return async (tx, source, meta) => {
    const mail = await parseMail(source, { maxBodyBytes: options.maxBodyBytes });
    if (meta.truncated) mail.truncated = true;
    const classification = await classifyMail(mail);
    if (classification.category === "automated") return { outcome: "automated" };
    const opened = await openCaseFromMail(tx, { mail, classification, receivedAt: meta.receivedAt, promisedDays: options.promisedDays });
    return { outcome: opened.outcome, caseId: opened.caseId };
  };
}
