import type { Language } from "../../triage/types";

/** The chat platforms. The core knows their names, nothing else about them. */
export type ChatChannel = "telegram" | "slack" | "console";

/** A text message from a person, normalised by an adapter. */
export interface IncomingMessage {
  /** Unique per platform update (Telegram update_id, Slack event id), for de-duplication. */
  updateKey: string;
  channel: ChatChannel;
  conversationId: string;
  userId: string;
  userName?: string;
  text: string;
  sentAt: Date;
  /** A file sent with the message (the text is then its caption). */
  file?: IncomingFile;
  /** The text of the message this one replies to (Telegram's reply), e.g. a case card naming its case. */
  repliesTo?: string;
}

/** A file a person sent; `bytes` is absent when the adapter did not fetch it (too large). */
export interface IncomingFile {
  fileName: string;
  contentType: string;
  size: number;
  bytes?: Uint8Array;
}

/** A button press, normalised by an adapter. `data` is what the core put on the button. */
export interface IncomingTap {
  updateKey: string;
  channel: ChatChannel;
  conversationId: string;
  userId: string;
  data: string;
  sentAt: Date;
}

export interface Button {
  label: string;
  /** Opaque to adapters, at most 64 bytes (Telegram's callback_data limit), e.g. "approve:12". */
  data: string;
}

/** What the owner sees of a case; adapters decide how it looks. */
export interface CaseCardView {
  caseId: number;
  channel: string;
  category: string;
  rights: string[];
  from: string;
  subject: string;
  excerpt: string;
  receivedAt: Date;
  due: string;
  daysLeft: number;
  status: string;
  draft: string;
  language: Language;
  /** What the draft is for: acknowledgement | reply | extension | identity | refusal. */
  draftPurpose?: string;
  /** What checkDraft found wrong with the draft; it cannot be sent until they are fixed. */
  problems?: string[];
  /** The owner's to-do list for the case (never part of the mail), each item ticked or not. */
  todo?: { text: string; done: boolean }[];
  /** Files the owner attached, mailed with the reply: "innsyn-kari.csv (12 kB)". */
  attachments?: string[];
  /** An extension waiting for its notice: the due date above still holds until the notice is sent. */
  extension?: { state: "drafted" | "queued"; extendedDue: string };
}

/** A message to send. Text is plain: the adapter escapes and formats it. */
export interface OutgoingMessage {
  channel: ChatChannel;
  conversationId: string;
  text: string;
  card?: CaseCardView;
  /** Rows of buttons. */
  buttons?: Button[][];
  /** The next message is awaited as a draft's new text (the console then takes several lines). */
  awaits?: "draft_text";
}

/** Implemented by each adapter: deliver one message to its platform. */
export interface ChatSender {
  send(message: OutgoingMessage): Promise<void>;
}
