import { describe, expect, it } from "vitest";
import { createPerChatPacer } from "../bot/per-chat-pacer";
import { retryAfter } from "../bot/telegram/retry-after";
import { escapeHtml, formatForTelegram } from "../bot/telegram/format";
import { toIncomingMessage, toIncomingTap } from "../bot/telegram/updates";
import { expectSafeTelegramHtml } from "./fakes/telegram-html";

function fakeTime() {
  let now = 0;
  const waits: number[] = [];
  return { now: () => now, waits, sleep: async (ms: number) => { waits.push(ms); now += ms; }, advance: (ms: number) => { now += ms; } };
}

describe("per-chat pacing", () => {
  it("spaces messages into one chat a second apart, in order, while other chats go at once", async () => {
    const time = fakeTime();
    const pacer = createPerChatPacer({ minIntervalMs: 1000, now: time.now, sleep: time.sleep });
    const order: string[] = [];
    const send = (chat: string, text: string) => pacer.schedule(chat, async () => { order.push(`${chat}:${text}@${time.now()}`); });
    await Promise.all([send("a", "1"), send("a", "2"), send("b", "1"), send("a", "3")]);
    expect(order).toEqual(["a:1@0", "b:1@0", "a:2@1000", "a:3@2000"]);
  });

  it("does not wait when the chat has been quiet long enough, and a failed send does not block the next", async () => {
    const time = fakeTime();
    const pacer = createPerChatPacer({ minIntervalMs: 1000, now: time.now, sleep: time.sleep });
    await expect(pacer.schedule("a", async () => { throw new Error("refused"); })).rejects.toThrow("refused");
    time.advance(5000);
    await pacer.schedule("a", async () => undefined);
    expect(time.waits).toEqual([]);
    time.advance(5000);
    await pacer.schedule("b", async () => undefined);
    expect(time.waits).toEqual([]);
    expect(pacer.activeChats).toBe(1); // "a" was quiet long enough to be forgotten
  });
});

describe("429 handling", () => {
  const tooMany = { ok: false as const, error_code: 429, description: "Too Many Requests", parameters: { retry_after: 7 } };

  it("waits retry_after and tries again, at most maxRetries times", async () => {
    const waits: number[] = [];
    let calls = 0;
    const transformer = retryAfter({ maxRetries: 2, sleep: async (ms) => { waits.push(ms); } });
    const result = await transformer(async () => { calls++; return tooMany; }, "sendMessage", { chat_id: 1, text: "x" } as never);
    expect(result.ok).toBe(false);
    expect(calls).toBe(3);
    expect(waits).toEqual([7000, 7000]);
  });

  it("does not wait longer than allowed", async () => {
    let calls = 0;
    const transformer = retryAfter({ maxWaitSeconds: 5, sleep: async () => { throw new Error("must not sleep"); } });
    await transformer(async () => { calls++; return tooMany; }, "sendMessage", {} as never);
    expect(calls).toBe(1);
  });
});

describe("Telegram formatting", () => {
  it("escapes what people typed and keeps our own markup intact", () => {
    expect(escapeHtml(`<b>&</b>`)).toBe("&lt;b&gt;&amp;&lt;/b&gt;");
    const message = formatForTelegram({
      channel: "telegram", conversationId: "1", text: "Ny sak </pre>",
      card: {
        caseId: 3, channel: "email", category: "complaint", rights: [], from: "\"<script>\" <x@y.no>", subject: "</blockquote><b>",
        excerpt: "A & B <i>", receivedAt: new Date("2026-11-20T09:00:00Z"), due: "2026-12-20", daysLeft: 24, status: "new",
        draft: "Hei </pre><b>", language: "nb", problems: ["Datoen <x> mangler"],
      },
      buttons: [[{ label: "Godkjenn og send", data: "approve:3" }]],
    });
    expectSafeTelegramHtml(message.text);
    expect(message.reply_markup).toEqual({ inline_keyboard: [[{ text: "Godkjenn og send", callback_data: "approve:3" }]] });
  });

  it("keeps a very long draft under Telegram's 4096 characters", () => {
    const message = formatForTelegram({
      channel: "telegram", conversationId: "1", text: "x".repeat(5000),
      card: { caseId: 1, channel: "email", category: "inquiry", rights: [], from: "a", subject: "s", excerpt: "&".repeat(3000),
        receivedAt: new Date(), due: "2026-12-20", daysLeft: 1, status: "new", draft: "<".repeat(5000), language: "nb" },
    });
    // Telegram counts characters after entities are parsed.
    const visible = message.text.replace(/<[^>]+>/g, "").replace(/&(amp|lt|gt);/g, "x");
    expect(visible.length).toBeLessThanOrEqual(4096);
  });
});

describe("Telegram updates", () => {
  it("turns a private text message into the core's message, and ignores groups", () => {
    const update = { update_id: 9, message: { message_id: 1, date: 1_764_000_000, text: "Hei", chat: { id: 5, type: "private", first_name: "Kari" }, from: { id: 5, is_bot: false, first_name: "Kari", last_name: "N" } } };
    expect(toIncomingMessage(update as never)).toEqual({
      updateKey: "telegram:9", channel: "telegram", conversationId: "5", userId: "5", userName: "Kari N", text: "Hei", sentAt: new Date(1_764_000_000_000),
    });
    expect(toIncomingMessage({ ...update, message: { ...update.message, chat: { id: -1, type: "group", title: "g" } } } as never)).toBeUndefined();
    const tap = { update_id: 10, callback_query: { id: "q", chat_instance: "c", data: "approve:1", from: { id: 7, is_bot: false, first_name: "E" } } };
    expect(toIncomingTap(tap as never, new Date(0))).toMatchObject({ updateKey: "telegram:10", conversationId: "7", userId: "7", data: "approve:1" });
  });
});
