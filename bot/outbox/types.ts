import type { Button } from "../core/messages";

/** What the core hands the outbox: one message to send later, exactly once. */
export interface NewOutboxMessage {
  /** Same key, same message: a second enqueue returns the first row. */
  idempotencyKey: string;
  caseId?: number;
  kind: "email" | "chat";
  /** An e-mail address, or "<channel>:<conversationId>" for chat. */
  recipient: string;
  subject?: string;
  body: string;
  /** Message-ID of the mail being answered, for threading. */
  inReplyTo?: string;
  /** Space-separated Message-IDs of the thread so far. */
  references?: string;
  /** Files of the case (CaseAttachment ids) mailed with it. */
  attachmentIds?: number[];
  /** When it may first be sent: the caller's clock, never the database's. */
  notBefore: Date;
}

export type OutboxStatus = "pending" | "sending" | "sent" | "unknown" | "failed";

/** Something the owner must hear about: a message that may not, or did not, go out. */
export interface OwnerNotice {
  outboxId: number;
  caseId?: number;
  reason: "unknown" | "failed";
  /** Norwegian text for the owner. */
  text: string;
  buttons: Button[][];
}

export type NotifyOwner = (notice: OwnerNotice) => Promise<void>;
