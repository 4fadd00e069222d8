// A draft longer than a card holds (an access reply covering every activity) reaches the owner whole, in order,
// in messages before the card, with the card's buttons last.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { splitAtParagraphs } from "../bot/split-text";
import { telegramMessages } from "../bot/telegram/format";
import { slackMessages } from "../bot/slack/format";
import { chatStack, SLACK_OWNER, TELEGRAM_OWNER, type ChatStack } from "./fakes/chat-stack";
import { startFakeTelegram, type FakeTelegram } from "./fakes/telegram-server";
import { dmEvent, dmOf, startFakeSlack, type FakeSlack } from "./fakes/slack-server";
import { startSlackOn, startTelegramOn } from "./fakes/adapters";
import { openAccessMailCase } from "./fakes/cases";
import { eventually } from "./fakes/eventually";

/** About 9,000 characters: short and long paragraphs, one longer than a whole Telegram message, and characters that need escaping. */
function longDraft(): string {
  const paragraphs = Array.from({ length: 24 }, (_, index) =>
    `Avsnitt ${index + 1}: formål & grunnlag <art. 6 nr. 1 bokstav f> for behandlingen. ${"Vi lagrer opplysningene så lenge avtalen varer. ".repeat(1 + (index % 5))}`.trim());
  const long = Array.from({ length: 90 }, (_, line) => `Linje ${line + 1} i det lange avsnittet om mottakere og databehandlere.`).join("\n");
  return ["Hei Kari,", ...paragraphs.slice(0, 12), long, ...paragraphs.slice(12), "Vennlig hilsen\nBedriften"].join("\n\n");
}
const normal = (text: string) => text.replace(/\s+/g, " ").trim();
const unescape = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

describe("splitting a long draft", () => {
  it("keeps paragraphs whole where they fit, and every piece within the limit", () => {
    const draft = longDraft();
    const pieces = splitAtParagraphs(draft, 3800);
    expect(pieces.every((piece) => piece.length <= 3800)).toBe(true);
    expect(normal(pieces.join("\n\n"))).toBe(normal(draft));
    expect(pieces[0]!.startsWith("Hei Kari,\n\nAvsnitt 1:")).toBe(true);
    expect(splitAtParagraphs("x".repeat(50), 20)).toEqual(["x".repeat(20), "x".repeat(20), "x".repeat(10)]);
  });
});

describe("a long answer to a chat visitor", () => {
  it("goes whole in several messages on Telegram and Slack, the buttons under the last", () => {
    const text = longDraft();
    const message = { channel: "telegram" as const, conversationId: "1", text, buttons: [[{ label: "OK", data: "ok:1" }]] };
    const telegram = telegramMessages(message);
    expect(telegram.length).toBeGreaterThanOrEqual(3);
    expect(telegram.every((part) => part.text.length <= 4096)).toBe(true);
    expect(normal(telegram.map((part) => unescape(part.text)).join("\n\n"))).toBe(normal(text));
    expect(telegram.map((part) => Boolean(part.reply_markup))).toEqual([...telegram.slice(1).map(() => false), true]);
    const slack = slackMessages({ ...message, channel: "slack" });
    expect(slack.length).toBeGreaterThanOrEqual(4);
    expect(slack.every((part) => part.blocks.every((block: any) => (block.text?.text ?? "").length <= 3000))).toBe(true);
    expect(normal(slack.map((part) => unescape((part.blocks[0] as any).text.text)).join("\n\n"))).toBe(normal(text));
    expect(slack.at(-1)!.blocks.at(-1)!.type).toBe("actions");
  });
});

describe("a 9,000-character draft reaches the owner whole", () => {
  let stack: ChatStack;
  const draft = longDraft();

  beforeEach(async () => { stack = await chatStack("sqlite"); });
  afterEach(async () => { await stack.dispose(); });

  it("on Telegram: the parts in order, each within 4,096 characters, then the card with the buttons", async () => {
    expect(draft.length).toBeGreaterThan(9000);
    const telegram: FakeTelegram = await startFakeTelegram();
    const adapter = await startTelegramOn(stack, telegram);
    try {
      const caseId = await openAccessMailCase(stack.db);
      telegram.pushMessage({ id: TELEGRAM_OWNER }, `/rediger ${caseId} ${draft}`);
      const card = await eventually(() => telegram.sent().find((payload) => JSON.stringify(payload.reply_markup ?? {}).includes(`approve:${caseId}`)), 5000, "the card");
      const messages = telegram.sent().filter((payload) => String(payload.chat_id) === String(TELEGRAM_OWNER));
      const cardIndex = messages.indexOf(card);
      const parts = messages.slice(0, cardIndex).filter((payload) => /hele teksten \(\d+\/\d+\)/.test(payload.text));
      expect(parts.length).toBeGreaterThanOrEqual(3);
      parts.forEach((payload, index) => expect(payload.text).toContain(`sak ${caseId}, hele teksten (${index + 1}/${parts.length})`));
      expect(messages.every((payload) => payload.text.length <= 4096)).toBe(true);
      expect(parts.every((payload) => !payload.reply_markup)).toBe(true);
      const whole = parts.map((payload) => unescape(/<pre>([\s\S]*)<\/pre>/.exec(payload.text)![1]!)).join("\n\n");
      expect(normal(whole)).toBe(normal(draft));
      expect(card.text).toContain(`Hele utkastet står i de ${parts.length} meldingene over.`);
      expect(messages.at(-1)).toBe(card);
    } finally {
      await adapter.stop();
      await telegram.close();
    }
  });

  it("on Slack: the parts in order, each section within 3,000 characters, then the card with the buttons", async () => {
    const slack: FakeSlack = await startFakeSlack();
    const { adapter, post } = await startSlackOn(stack, slack);
    try {
      const caseId = await openAccessMailCase(stack.db);
      expect((await post(dmEvent(SLACK_OWNER, `/rediger ${caseId} ${draft}`))).status).toBe(200);
      const posted = () => slack.posted(dmOf(SLACK_OWNER));
      const card = await eventually(() => posted().find((payload) => JSON.stringify(payload.blocks ?? []).includes(`approve:${caseId}`)), 5000, "the card");
      const messages = posted();
      const parts = messages.slice(0, messages.indexOf(card)).filter((payload) => /hele teksten \(\d+\/\d+\)/.test(payload.text));
      expect(parts.length).toBeGreaterThanOrEqual(4);
      const sections = messages.flatMap((payload) => (payload.blocks ?? []).map((block: any) => block.text?.text ?? "")) as string[];
      expect(sections.filter((text) => text.length > 3000).map((text) => text.slice(0, 200))).toEqual([]);
      expect(parts.every((payload) => payload.blocks.every((block: any) => block.type !== "actions"))).toBe(true);
      const whole = parts.map((payload) => {
        const text: string = payload.blocks[0].text.text;
        return unescape(text.split("\n").slice(1).map((line) => line.replace(/^> ?/, "")).join("\n"));
      }).join("\n\n");
      expect(normal(whole)).toBe(normal(draft));
      expect(JSON.stringify(card.blocks)).toContain(`Hele utkastet står i de ${parts.length} meldingene over.`);
      expect(messages.at(-1)).toBe(card);
    } finally {
      await adapter.stop();
      await slack.close();
    }
  });
});
