import { bracketed, referencesFor, replySubject } from "../outbox/threading";
import type { NewOutboxMessage } from "../core/ports";
import type { CaseRow, CurrentDraft } from "./draft-store";

const CHAT_CHANNELS = new Set(["telegram", "slack", "console"]);

/**
 * The approved draft as an outbox message: back into the visitor's chat for chat cases, otherwise an email
 * in the requester's thread. The key names the draft revision, so repeated approvals enqueue it once.
 */
export function replyMessage(row: CaseRow, draft: CurrentDraft, now: Date): NewOutboxMessage {
  const idempotencyKey = `reply:${row.id}:${draft.revision}`;
  if (CHAT_CHANNELS.has(row.channel) && row.conversationId)
    return { idempotencyKey, caseId: row.id, kind: "chat", recipient: `${row.channel}:${row.conversationId}`, body: draft.text, notBefore: now };
  const inReplyTo = bracketed(row.messageId);
  const references = referencesFor(inReplyTo, row.threadIds);
  return {
    idempotencyKey, caseId: row.id, kind: "email", recipient: row.fromAddress, subject: replySubject(row.subject), body: draft.text, notBefore: now,
    ...(inReplyTo ? { inReplyTo } : {}), ...(references ? { references } : {}),
  };
}
