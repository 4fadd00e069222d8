// The assistant as it runs for real (a child process), attacked through its webhook and made to fail:
// it must answer every request with a status, keep running, and never write a secret to its log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram-server";
import { eventually } from "../fakes/eventually";
import { freePort, startService, type RunningService } from "../support/service";

const OWNER = 1001;
const SECRETS = {
  TELEGRAM_BOT_TOKEN: "7012345678:AAH-hemmelig_bot-token-9f8e7d6c5b4a",
  TELEGRAM_WEBHOOK_SECRET: "webhook-hemmelighet-5521",
  IMAP_PASSWORD: "imap-passord-\"med\\tegn\"-77",
  SMTP_PASSWORD: "smtp-passord-ÆØÅ-88",
  SLACK_BOT_TOKEN: "xoxb-1111-2222-hemmeligslack",
  SLACK_SIGNING_SECRET: "slack-signeringshemmelighet-99",
};

describe("the service under hostile webhooks and failing parts", () => {
  let telegram: FakeTelegram;
  let service: RunningService;
  let webhook: string;

  beforeAll(async () => {
    telegram = await startFakeTelegram(SECRETS.TELEGRAM_BOT_TOKEN);
    const port = await freePort();
    webhook = `http://127.0.0.1:${port}/telegram/updates`;
    service = startService({
      LOG_LEVEL: "debug", HTTP_PORT: String(port),
      TELEGRAM_BOT_TOKEN: SECRETS.TELEGRAM_BOT_TOKEN, TELEGRAM_OWNER_ID: String(OWNER), TELEGRAM_API_ROOT: telegram.apiRoot,
      TELEGRAM_WEBHOOK_URL: "https://bot.bedrebedrift.example/telegram/updates", TELEGRAM_WEBHOOK_SECRET: SECRETS.TELEGRAM_WEBHOOK_SECRET,
      // Nothing listens here: the inbox keeps failing to connect, with its password in the settings.
      IMAP_HOST: "127.0.0.1", IMAP_PORT: String(await freePort()), IMAP_TLS: "false", IMAP_USER: "hei@bedrebedrift.example", IMAP_PASSWORD: SECRETS.IMAP_PASSWORD,
      SMTP_HOST: "127.0.0.1", SMTP_PORT: String(await freePort()), SMTP_USER: "hei@bedrebedrift.example", SMTP_PASSWORD: SECRETS.SMTP_PASSWORD,
      MAIL_FROM: "hei@bedrebedrift.example",
    });
    await service.waitForLine(/assistant started/);
  }, 90_000);
  afterAll(async () => {
    await service?.stop();
    await telegram?.close();
  });

  const post = (body: string, secret = SECRETS.TELEGRAM_WEBHOOK_SECRET) =>
    fetch(webhook, { method: "POST", headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret }, body });
  const alive = () => service.child.exitCode === null && service.child.signalCode === null;

  it("answers hostile requests with the right secret with a status, and keeps running", async () => {
    const hostile = ["{not json", "", "null", "[]", "\"text\"", "{\"update_id\":\"x\"}", "{\"update_id\":5,\"message\":{}}",
      "{\"update_id\":6,\"callback_query\":{\"data\":\"approve:1\"}}", `{"update_id":7,"message":${"[".repeat(5000)}`, "x".repeat(2_000_000)];
    const statuses: number[] = [];
    for (const body of hostile) statuses.push((await post(body)).status);
    expect(statuses.every((status) => status >= 200 && status < 600)).toBe(true);
    expect(statuses[0]).toBe(400);
    expect(statuses.at(-1)).toBe(413); // refused unread: a webhook body is never that large
    expect((await post("{not json", "feil")).status).toBe(401);
    expect(alive()).toBe(true);
  });

  it("answers a tap that outlives grammy's webhook timeout (Telegram says 429, retry after 12 s), and handles it after", async () => {
    telegram.failNext("answerCallbackQuery", 1, { error_code: 429, description: "Too Many Requests: retry after 12", parameters: { retry_after: 12 } });
    const tap = { update_id: 9001, callback_query: { id: "cq-slow", chat_instance: "ci", data: "approve:999", from: { id: OWNER, is_bot: false, first_name: "Eier" },
      message: { message_id: 1, date: 1, chat: { id: OWNER, type: "private", first_name: "Eier" }, text: "kort" } } };
    const response = await post(JSON.stringify(tap));
    expect(response.status).toBe(500); // Telegram will deliver it again; the update key makes that a no-op
    expect(alive()).toBe(true);
    await eventually(() => telegram.sent().some((message) => /Fant ingen sak med nummer 999/.test(message.text)), 20_000, "the tap's answer");
    expect(alive()).toBe(true);
  }, 40_000);

  it("writes no secret to any log line while sending to Telegram and connecting to the inbox fail", async () => {
    telegram.dropNext("sendMessage", 1);
    const update = telegram.messageUpdate({ id: 555 }, "Hvor lenge lagrer dere opplysningene mine?");
    expect((await post(JSON.stringify(update))).status).toBe(200);
    await service.waitForLine(/could not deliver a reply/, 20_000);
    await service.waitForLine(/"part":"imap"|imap/i, 20_000);
    const forms = Object.values(SECRETS).flatMap((secret) => [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]);
    const leaks = service.lines.filter((line) => forms.some((form) => line.includes(form)));
    expect(leaks).toEqual([]);
    expect(service.lines.some((line) => line.includes("/bot[skjult]/sendMessage"))).toBe(true);

    // And it still answers.
    const again = telegram.messageUpdate({ id: 556 }, "Hvor lenge lagrer dere opplysningene mine?");
    expect((await post(JSON.stringify(again))).status).toBe(200);
    await eventually(() => telegram.sent().some((message) => message.chat_id === "556"), 10_000, "an answer after the failures");
    expect(alive()).toBe(true);
  }, 60_000);
});
