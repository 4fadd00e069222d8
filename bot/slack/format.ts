import type { types } from "@slack/bolt";
import type { Button, OutgoingMessage } from "../core/messages";
import { cardFields, clip, draftParts, textInPieces, TODO_TITLE, wholeDraftNote } from "../card-fields";

/** Slack mrkdwn control characters; anything a person typed goes through here, so "<!channel>" never pings. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Button action ids carry our prefix; the value carries the core's data ("approve:12"). */
export const ACTION_PREFIX = "pva:";

const SECTION_LIMIT = 2900; // Slack allows 3000 characters in a section's text
const quote = (text: string) => text.split("\n").map((line) => `> ${line}`).join("\n");

function buttonElement(button: Button): types.Button {
  const verb = button.data.split(":")[0];
  return {
    type: "button",
    text: { type: "plain_text", text: clip(button.label, 75), emoji: true },
    action_id: `${ACTION_PREFIX}${button.data}`,
    value: button.data,
    ...(verb === "approve" ? { style: "primary" as const } : verb === "reject" ? { style: "danger" as const } : {}),
  };
}

export interface SlackMessage {
  /** Fallback for notifications and clients without blocks. */
  text: string;
  blocks: types.KnownBlock[];
}

const DRAFT_LIMIT = 2500;

/** The text escaped, cut so that the escaped form fits `limit` (escaping lengthens "<", ">" and "&"). */
function escapedWithin(text: string, limit: number): string {
  let cut = clip(text, limit);
  while (escapeMrkdwn(cut).length > limit) cut = clip(text, Math.max(2, Math.floor((cut.length * limit) / escapeMrkdwn(cut).length)));
  return escapeMrkdwn(cut);
}
const DRAFT_HEAD = 500;

/**
 * Every Slack message for one outgoing message. A draft too long for the card goes first, whole, split at
 * paragraphs (a section holds 3000 characters); the card with its buttons comes last.
 */
export function slackMessages(message: OutgoingMessage): SlackMessage[] {
  const pieces = textInPieces(message, SECTION_LIMIT, (piece) => escapeMrkdwn(piece).length, (piece) => formatForSlack(piece));
  if (pieces) return pieces;
  const draft = message.card?.draft ?? "";
  if (draft.length <= DRAFT_LIMIT) return [formatForSlack(message)];
  const parts = draftParts(message.card!, SECTION_LIMIT - 100, (piece) => quote(escapeMrkdwn(piece)).length);
  return [
    ...parts.map((part) => {
      const heading = escapeMrkdwn(part.heading);
      return { text: heading, blocks: [{ type: "section" as const, text: { type: "mrkdwn" as const, text: `*${heading}:*\n${quote(escapeMrkdwn(part.text))}` } }] };
    }),
    formatForSlack(message, parts.length),
  ];
}

/** Block Kit layout of one outgoing message: text, case card, and a row of buttons per button row; a card whose draft went in `draftPartCount` messages shows its head. */
export function formatForSlack(message: OutgoingMessage, draftPartCount = 0): SlackMessage {
  const blocks: types.KnownBlock[] = [];
  const section = (text: string) => blocks.push({ type: "section", text: { type: "mrkdwn", text } });
  // A card whose draft went before it in parts says only its first lines here, or the draft would come twice.
  if (message.text) section(escapedWithin(message.text, draftPartCount > 0 ? DRAFT_HEAD : SECTION_LIMIT));
  let fallback = message.text;
  if (message.card) {
    const card = cardFields(message.card);
    fallback = [message.text, card.title].filter(Boolean).join(" – ");
    blocks.push({ type: "header", text: { type: "plain_text", text: clip(card.title, 150), emoji: true } });
    blocks.push({ type: "section", fields: card.rows.map(([label, value]) => ({ type: "mrkdwn" as const, text: `*${label}*\n${escapeMrkdwn(clip(value, 500))}` })) });
    if (card.excerpt) section(quote(escapeMrkdwn(clip(card.excerpt, 1500))));
    if (card.draft && draftPartCount > 0)
      section(`*${escapeMrkdwn(card.draftTitle)} (begynnelsen):*\n${quote(escapeMrkdwn(clip(card.draft, DRAFT_HEAD)))}\n_${escapeMrkdwn(wholeDraftNote(draftPartCount))}_`);
    else if (card.draft) section(`*${escapeMrkdwn(card.draftTitle)}:*\n${quote(escapeMrkdwn(clip(card.draft, DRAFT_LIMIT)))}`);
    if (card.problems.length) section(`*:warning: Må rettes før sending:*\n${card.problems.map((problem) => `• ${escapeMrkdwn(problem)}`).join("\n")}`);
    if (card.todo.length) section(`*${TODO_TITLE}:*\n${escapeMrkdwn(clip(card.todo.join("\n"), 2500))}`);
  }
  for (const row of message.buttons ?? []) if (row.length) blocks.push({ type: "actions", elements: row.map(buttonElement) });
  return { text: escapeMrkdwn(clip(fallback || " ", 3000)), blocks };
}
