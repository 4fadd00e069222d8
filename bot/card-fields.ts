import type { CaseCardView, OutgoingMessage } from "./core/messages";
import { cutText } from "../triage/text-cut";
import { splitAtParagraphs, type Measure } from "./split-text";
import { CATEGORY_LABEL, CHANNEL_LABEL, PURPOSE_LABEL, RIGHT_LABEL, STATUS_LABEL, daysLeftText, extensionWaitingText, osloDateTime } from "./owner/labels";

// The owner-facing fields of a case card, shared by the Telegram and Slack renderings (labels from bot/owner).

export interface CardFields {
  title: string;
  rows: [label: string, value: string][];
  excerpt: string;
  draftTitle: string;
  draft: string;
  problems: string[];
  /** "☐ 1. …" lines of the owner's to-do list; empty when there is none. */
  todo: string[];
}

export const TODO_TITLE = "Huskeliste (ikke i e-posten)";

/** Plain-text fields of a card; the adapter escapes and lays them out. */
export function cardFields(card: CaseCardView): CardFields {
  const category = CATEGORY_LABEL[card.category] ?? card.category;
  const rights = card.rights.map((right) => RIGHT_LABEL[right] ?? right).join(", ");
  const purpose = card.draftPurpose ? PURPOSE_LABEL[card.draftPurpose as keyof typeof PURPOSE_LABEL] : undefined;
  return {
    title: `Sak ${card.caseId}: ${category}${rights ? ` (${rights})` : ""}`,
    rows: [
      ["Fra", card.from],
      ["Emne", card.subject || "(uten emne)"],
      ["Kanal", CHANNEL_LABEL[card.channel] ?? card.channel],
      ["Mottatt", osloDateTime(card.receivedAt)],
      ["Frist", `${card.due} (${daysLeftText(card.daysLeft)})${card.extension ? `; ${extensionWaitingText(card.extension)}` : ""}`],
      ["Status", STATUS_LABEL[card.status] ?? card.status],
      ["Språk", card.language === "en" ? "engelsk" : "norsk"],
      ...(card.attachments?.length ? [["Vedlegg", card.attachments.join(", ")] as [string, string]] : []),
    ],
    excerpt: card.excerpt,
    draftTitle: purpose ? `Utkast (${purpose})` : "Utkast",
    draft: card.draft,
    problems: card.problems ?? [],
    todo: todoItemLines(card.todo ?? []),
  };
}

/** "☐ 1. Slett …" / "☑ 2. Behold …". */
export function todoItemLines(todo: readonly { text: string; done: boolean }[]): string[] {
  return todo.map((entry, index) => `${entry.done ? "☑" : "☐"} ${index + 1}. ${entry.text}`);
}

/**
 * A card's draft too long for it, in pieces that fit one message each, headed "Utkast (svar), sak 12, hele teksten (1/3)"
 * (the case number lets a file sent in reply to any of them find its case).
 */
export function draftParts(card: CaseCardView, limit: number, measure: Measure): { heading: string; text: string }[] {
  const pieces = splitAtParagraphs(card.draft, limit, measure);
  const title = cardFields(card).draftTitle;
  return pieces.map((text, index) => ({ heading: `${title}, sak ${card.caseId}, hele teksten (${index + 1}/${pieces.length})`, text }));
}

/**
 * A long text without a card (a reply approved for a chat visitor) as several messages, whole, the buttons under
 * the last; undefined when it fits one message.
 */
export function textInPieces<T>(message: OutgoingMessage, limit: number, measure: Measure, format: (message: OutgoingMessage) => T): T[] | undefined {
  if (message.card || message.text.length <= limit) return undefined;
  const pieces = splitAtParagraphs(message.text, limit, measure);
  return pieces.map((text, index) => format({ ...message, text, buttons: index === pieces.length - 1 ? message.buttons : undefined }));
}

/** Under the head of a draft shown whole in the messages before the card. */
export function wholeDraftNote(partCount: number): string {
  return `Hele utkastet står i ${partCount === 1 ? "meldingen" : `de ${partCount} meldingene`} over.`;
}

/** Cuts text to `limit` characters, marking the cut. */
export const clip = cutText;
