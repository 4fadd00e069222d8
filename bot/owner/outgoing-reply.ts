import { bracketed, referencesFor, replySubject } from "../outbox/threading";
import type { NewOutboxMessage } from "../core/ports";
import type { Language } from "../../triage/types";
import { VISITOR_TEXT } from "../core/texts";
import type { CaseRow, CurrentDraft } from "./draft-store";

const CHAT_CHANNELS = new Set(["telegram", "slack", "console"]);

/** A chat visitor who gave an e-mail address is answered there; one who chose "here" in the chat. */
export function answersByEmail(row: Pick<CaseRow, "channel" | "fromAddress">): boolean {
  return !CHAT_CHANNELS.has(row.channel) || row.fromAddress.includes("@");
}

/**
 * The approved draft as outbox messages, the first one the draft itself: an email in the requester's thread, or
 * back into the visitor's chat for a visitor who wanted the answer there. A chat visitor answered by e-mail also
 * gets a short note in the chat saying so. Keys name the draft revision, so repeated approvals enqueue it once.
 */
export function replyMessages(row: CaseRow, draft: CurrentDraft, now: Date, attachmentIds: number[] = []): NewOutboxMessage[] {
  const idempotencyKey = `reply:${row.id}:${draft.revision}`;
  const chatRecipient = CHAT_CHANNELS.has(row.channel) && row.conversationId ? `${row.channel}:${row.conversationId}` : undefined;
  if (chatRecipient && !answersByEmail(row))
    return [{ idempotencyKey, caseId: row.id, kind: "chat", recipient: chatRecipient, body: draft.text, notBefore: now }];
  const mail = chatRecipient ? chatCaseMail(row) : mailThread(row);
  // The case's files go with the final reply only, never with a receipt or a notice.
  const files = draft.purpose === "reply" && attachmentIds.length > 0 ? { attachmentIds } : {};
  const email: NewOutboxMessage = { idempotencyKey, caseId: row.id, kind: "email", recipient: row.fromAddress, body: draft.text, notBefore: now, ...mail, ...files };
  if (!chatRecipient) return [email];
  const note = VISITOR_TEXT.sentByEmail[row.language as Language](row.id, row.fromAddress);
  return [email, { idempotencyKey: `${idempotencyKey}:chat-note`, caseId: row.id, kind: "chat", recipient: chatRecipient, body: note, notBefore: now }];
}

/** A reply in the case's mail thread, to its latest message (the requester's follow-up, if any). */
function mailThread(row: CaseRow): Pick<NewOutboxMessage, "subject" | "inReplyTo" | "references"> {
  const inReplyTo = bracketed(row.threadIds.split(" ").filter(Boolean).at(-1) ?? row.messageId);
  const references = referencesFor(inReplyTo, row.threadIds);
  return { subject: replySubject(row.subject), ...(inReplyTo ? { inReplyTo } : {}), ...(references ? { references } : {}) };
}

/** A case from the chat has no mail to answer: the first mail starts a thread, later ones continue it. */
function chatCaseMail(row: CaseRow): Pick<NewOutboxMessage, "subject" | "inReplyTo" | "references"> {
  const subject = row.language === "en" ? `Your privacy request (case ${row.id})` : `Personvernhenvendelsen din (sak ${row.id})`;
  const earlier = row.threadIds.split(" ").filter(Boolean);
  const inReplyTo = earlier.at(-1);
  return { subject, ...(inReplyTo ? { inReplyTo, references: earlier.join(" ") } : {}) };
}
