import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../log";
import { createTelegramAdapter, type TelegramAdapter } from "../bot/telegram/adapter";
import { chatStack, TELEGRAM_OWNER, type ChatStack } from "./fakes/chat-stack";
import { startFakeTelegram, FAKE_BOT, type FakeTelegram } from "./fakes/telegram-server";
import { eventually, settle } from "./fakes/eventually";

const SECRET = "hemmelig-webhook-nokkel";

describe("Telegram webhook mode", () => {
  let stack: ChatStack;
  let telegram: FakeTelegram;
  let adapter: TelegramAdapter;

  beforeEach(async () => {
    stack = await chatStack("sqlite");
    telegram = await startFakeTelegram();
    adapter = createTelegramAdapter({
      token: telegram.token, ownerId: String(TELEGRAM_OWNER), apiRoot: telegram.apiRoot, core: stack.core, logger: silentLogger,
      botInfo: FAKE_BOT, deliver: stack.router, minIntervalMs: 0,
      webhook: { url: "https://bot.bedrebedrift.example/telegram/updates", secret: SECRET, port: 0, host: "127.0.0.1" },
    });
    stack.router.register("telegram", adapter.sender);
    await adapter.start();
  });
  afterEach(async () => {
    await adapter.stop();
    await stack.dispose();
    await telegram.close();
  });

  const post = (body: unknown, headers: Record<string, string> = {}, path = "/telegram/updates") =>
    fetch(`http://127.0.0.1:${adapter.port}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

  it("registers the webhook with its secret", () => {
    expect(telegram.sent("setWebhook")).toEqual([
      expect.objectContaining({ url: "https://bot.bedrebedrift.example/telegram/updates", secret_token: SECRET }),
    ]);
  });

  it("rejects forged updates (missing or wrong secret) with 401, and they change nothing", async () => {
    const forged = telegram.messageUpdate({ id: 555 }, "Hvor lenge lagrer dere opplysningene mine?");
    expect((await post(forged)).status).toBe(401);
    expect((await post(forged, { "X-Telegram-Bot-Api-Secret-Token": "gjettet" })).status).toBe(401);
    await settle();
    expect(telegram.sent()).toEqual([]);
    expect(await stack.db.processedUpdate.count()).toBe(0);
    expect(await stack.db.conversationMessage.count()).toBe(0);
  });

  it("answers a genuine update, and a redelivery of it only once", async () => {
    const update = telegram.messageUpdate({ id: 555 }, "Hvor lenge lagrer dere opplysningene mine?");
    expect((await post(update, { "X-Telegram-Bot-Api-Secret-Token": SECRET })).status).toBe(200);
    expect((await post(update, { "X-Telegram-Bot-Api-Secret-Token": SECRET })).status).toBe(200);
    await eventually(() => telegram.sent().length === 1);
    await settle();
    expect(telegram.sent()).toHaveLength(1);
    expect(telegram.sent()[0]).toMatchObject({ chat_id: "555", parse_mode: "HTML" });
  });

  it("answers 404 on any other path", async () => {
    expect((await post({}, { "X-Telegram-Bot-Api-Secret-Token": SECRET }, "/annet")).status).toBe(404);
  });
});
