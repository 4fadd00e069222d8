import type { types } from "@slack/bolt";
import type { Button, OutgoingMessage } from "../core/messages";
import { cardFields, clip, TODO_TITLE } from "../card-fields";

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

/** Block Kit layout of one outgoing message: text, case card, and a row of buttons per button row. */
export function formatForSlack(message: OutgoingMessage): SlackMessage {
  const blocks: types.KnownBlock[] = [];
  const section = (text: string) => blocks.push({ type: "section", text: { type: "mrkdwn", text } });
  if (message.text) section(escapeMrkdwn(clip(message.text, SECTION_LIMIT)));
  let fallback = message.text;
  if (message.card) {
    const card = cardFields(message.card);
    fallback = [message.text, card.title].filter(Boolean).join(" – ");
    blocks.push({ type: "header", text: { type: "plain_text", text: clip(card.title, 150), emoji: true } });
    blocks.push({ type: "section", fields: card.rows.map(([label, value]) => ({ type: "mrkdwn" as const, text: `*${label}*\n${escapeMrkdwn(clip(value, 500))}` })) });
    if (card.excerpt) section(quote(escapeMrkdwn(clip(card.excerpt, 1500))));
    if (card.draft) section(`*${escapeMrkdwn(card.draftTitle)}:*\n${quote(escapeMrkdwn(clip(card.draft, 2500)))}`);
    if (card.problems.length) section(`*:warning: Må rettes før sending:*\n${card.problems.map((problem) => `• ${escapeMrkdwn(problem)}`).join("\n")}`);
    if (card.todo.length) section(`*${TODO_TITLE}:*\n${escapeMrkdwn(clip(card.todo.join("\n"), 2500))}`);
  }
  for (const row of message.buttons ?? []) if (row.length) blocks.push({ type: "actions", elements: row.map(buttonElement) });
  return { text: escapeMrkdwn(clip(fallback || " ", 3000)), blocks };
}
