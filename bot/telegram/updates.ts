import type { Update } from "grammy/types";
import type { IncomingMessage, IncomingTap } from "../core/messages";

// Pure translation of Telegram updates into the core's vocabulary. Only private chats count:
// a privacy assistant does not discuss anyone's personal data in a group.

export function updateKey(update: Update): string {
  return `telegram:${update.update_id}`;
}

export function toIncomingMessage(update: Update): IncomingMessage | undefined {
  const message = update.message;
  if (!message?.text || !message.from || message.chat.type !== "private") return undefined;
  const name = [message.from.first_name, message.from.last_name].filter(Boolean).join(" ") || message.from.username;
  return {
    updateKey: updateKey(update),
    channel: "telegram",
    conversationId: String(message.chat.id),
    userId: String(message.from.id),
    ...(name ? { userName: name } : {}),
    text: message.text,
    sentAt: new Date(message.date * 1000),
  };
}

/** A file (document) in a private chat, its caption as the text, with what Telegram says of the file. */
export function toIncomingDocument(update: Update): { message: IncomingMessage; document: { fileId: string; fileName: string; contentType: string; size: number } } | undefined {
  const message = update.message;
  const document = message?.document;
  if (!message || !document || !message.from || message.chat.type !== "private") return undefined;
  return {
    message: {
      updateKey: updateKey(update),
      channel: "telegram",
      conversationId: String(message.chat.id),
      userId: String(message.from.id),
      text: message.caption ?? "",
      sentAt: new Date(message.date * 1000),
      ...(message.reply_to_message?.text ? { repliesTo: message.reply_to_message.text } : {}),
    },
    document: {
      fileId: document.file_id,
      fileName: document.file_name ?? "vedlegg",
      contentType: document.mime_type ?? "application/octet-stream",
      size: document.file_size ?? 0,
    },
  };
}

export function toIncomingTap(update: Update, receivedAt: Date): IncomingTap | undefined {
  const query = update.callback_query;
  if (!query?.data) return undefined;
  const chat = query.message?.chat;
  if (chat && chat.type !== "private") return undefined;
  return {
    updateKey: updateKey(update),
    channel: "telegram",
    conversationId: String(chat?.id ?? query.from.id),
    userId: String(query.from.id),
    data: query.data,
    sentAt: receivedAt,
  };
}
