import type { InlineKeyboardMarkup } from "grammy/types";
import type { OutgoingMessage } from "../core/messages";
import { cardFields, clip, draftParts, textInPieces, TODO_TITLE, wholeDraftNote } from "../card-fields";

/** Telegram HTML needs exactly these three escaped; anything a person typed goes through here. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// Telegram allows 4096 characters after entities are parsed; leave room for labels.
const TEXT_LIMIT = 3000;
const EXCERPT_LIMIT = 800;
const DRAFT_LIMIT = 2000;
// A longer draft goes whole in messages of its own (Telegram allows 4096 characters; room for the heading),
// and the card keeps only its head.
const DRAFT_PART_LIMIT = 3800;
const DRAFT_HEAD = 500;

export interface TelegramMessage {
  text: string;
  reply_markup?: InlineKeyboardMarkup;
  /** The words without formatting, should Telegram refuse the HTML. */
  plain?: string;
}

/**
 * Every Telegram message for one outgoing message. A draft too long for the card goes first, whole, split at
 * paragraphs; the card with its buttons comes last, so the buttons stay under everything the owner approves.
 */
export function telegramMessages(message: OutgoingMessage): TelegramMessage[] {
  const pieces = textInPieces(message, TEXT_LIMIT, (piece) => escapeHtml(piece).length, (piece) => formatForTelegram(piece));
  if (pieces) return pieces;
  const draft = message.card?.draft ?? "";
  if (draft.length <= DRAFT_LIMIT) return [formatForTelegram(message)];
  const parts = draftParts(message.card!, DRAFT_PART_LIMIT, (piece) => escapeHtml(piece).length);
  return [
    ...parts.map((part) => ({ text: `<b>${escapeHtml(part.heading)}:</b>\n<pre>${escapeHtml(part.text)}</pre>`, plain: part.text })),
    formatForTelegram(message, parts.length),
  ];
}

/** HTML text and inline keyboard for one outgoing message; a card whose draft went in `draftParts` messages shows its head. */
export function formatForTelegram(message: OutgoingMessage, draftPartCount = 0): TelegramMessage {
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
    if (card.draft && draftPartCount > 0)
      parts.push(`<b>${escapeHtml(card.draftTitle)} (begynnelsen):</b>\n<pre>${escapeHtml(clip(card.draft, DRAFT_HEAD))}</pre>\n<i>${escapeHtml(wholeDraftNote(draftPartCount))}</i>`);
    else if (card.draft) parts.push(`<b>${escapeHtml(card.draftTitle)}:</b>\n<pre>${escapeHtml(clip(card.draft, DRAFT_LIMIT))}</pre>`);
    if (card.problems.length) parts.push(`<b>⚠️ Må rettes før sending:</b>\n${card.problems.map((problem) => `• ${escapeHtml(problem)}`).join("\n")}`);
    if (card.todo.length) parts.push(`<b>${TODO_TITLE}:</b>\n${escapeHtml(card.todo.join("\n"))}`);
  }
  const reply_markup = message.buttons?.length
    ? { inline_keyboard: message.buttons.map((row) => row.map((button) => ({ text: button.label, callback_data: button.data }))) }
    : undefined;
  return { text: parts.join("\n\n") || " ", ...(reply_markup ? { reply_markup } : {}) };
}
