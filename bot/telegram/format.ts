import type { InlineKeyboardMarkup } from "grammy/types";
import type { OutgoingMessage } from "../core/messages";
import { cardFields, clip, TODO_TITLE } from "../card-fields";

/** Telegram HTML needs exactly these three escaped; anything a person typed goes through here. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// Telegram allows 4096 characters after entities are parsed; leave room for labels.
const TEXT_LIMIT = 3000;
const EXCERPT_LIMIT = 800;
const DRAFT_LIMIT = 2000;

export interface TelegramMessage {
  text: string;
  reply_markup?: InlineKeyboardMarkup;
}

/** HTML text and inline keyboard for one outgoing message. */
export function formatForTelegram(message: OutgoingMessage): TelegramMessage {
  const parts: string[] = [];
  if (message.text) parts.push(escapeHtml(clip(message.text, message.card ? 600 : TEXT_LIMIT)));
  if (message.card) {
    const card = cardFields(message.card);
    parts.push(
      [
        `<b>${escapeHtml(card.title)}</b>`,
        ...card.rows.map(([label, value]) => `${escapeHtml(label)}: ${escapeHtml(value)}`),
      ].join("\n"),
    );
    if (card.excerpt) parts.push(`<blockquote>${escapeHtml(clip(card.excerpt, EXCERPT_LIMIT))}</blockquote>`);
    if (card.draft) parts.push(`<b>${escapeHtml(card.draftTitle)}:</b>\n<pre>${escapeHtml(clip(card.draft, DRAFT_LIMIT))}</pre>`);
    if (card.problems.length) parts.push(`<b>⚠️ Må rettes før sending:</b>\n${card.problems.map((problem) => `• ${escapeHtml(problem)}`).join("\n")}`);
    if (card.todo.length) parts.push(`<b>${TODO_TITLE}:</b>\n${escapeHtml(card.todo.join("\n"))}`);
  }
  const reply_markup = message.buttons?.length
    ? { inline_keyboard: message.buttons.map((row) => row.map((button) => ({ text: button.label, callback_data: button.data }))) }
    : undefined;
  return { text: parts.join("\n\n") || " ", ...(reply_markup ? { reply_markup } : {}) };
}
