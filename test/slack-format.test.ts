import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../log";
import { escapeMrkdwn, formatForSlack } from "../bot/slack/format";
import { fromSlackAction, fromSlackMessage } from "../bot/slack/events";
import { createSlackAdapter } from "../bot/slack/adapter";
import { createTelegramAdapter } from "../bot/telegram/adapter";
import { startHttpServer, type RunningHttpServer } from "../bot/http-server";
import { chatStack } from "./fakes/chat-stack";
import { eventually } from "./fakes/eventually";
import { slackSignature, startFakeSlack } from "./fakes/slack-server";
import { startFakeTelegram, FAKE_BOT } from "./fakes/telegram-server";

describe("Slack formatting", () => {
  it("escapes mrkdwn control characters so nothing typed can ping or link", () => {
    expect(escapeMrkdwn("<!channel> & <@U1>")).toBe("&lt;!channel&gt; &amp; &lt;@U1&gt;");
  });

  it("lays out a card with its buttons: one actions block per row, approve primary, reject danger", () => {
    const { text, blocks } = formatForSlack({
      channel: "slack", conversationId: "U1", text: "Ny sak",
      card: { caseId: 4, channel: "email", category: "rights_request", rights: ["access"], from: "Ola <ola@example.com>", subject: "Innsyn",
        excerpt: "Hva har dere om meg?", receivedAt: new Date("2026-11-20T09:00:00Z"), due: "2026-12-20", daysLeft: 24, status: "new", draft: "Hei Ola", language: "nb" },
      buttons: [[{ label: "Godkjenn og send", data: "approve:4" }, { label: "Rediger", data: "edit:4" }], [{ label: "Avvis/lukk", data: "reject:4" }]],
    });
    expect(text).toContain("Sak 4");
    const actions = blocks.filter((block) => block.type === "actions") as { elements: { action_id: string; value: string; style?: string }[] }[];
    expect(actions.map((block) => block.elements.map((element) => [element.value, element.style]))).toEqual([
      [["approve:4", "primary"], ["edit:4", undefined]], [["reject:4", "danger"]],
    ]);
    expect(JSON.stringify(blocks)).toContain("Ola &lt;ola@example.com&gt;");
  });
});

describe("Slack events", () => {
  it("takes direct messages and mentions, and leaves bots, edits and channel chatter alone", () => {
    const dm = { type: "message", channel_type: "im", channel: "D1", user: "U1", text: "Hei &amp; hallo", ts: "1764000000.000100" };
    expect(fromSlackMessage("Ev1", dm, "UBOT")).toEqual({
      updateKey: "slack:Ev1", channel: "slack", conversationId: "U1", userId: "U1", text: "Hei & hallo", sentAt: new Date(1_764_000_000_000),
    });
    expect(fromSlackMessage("Ev2", { ...dm, bot_id: "B1" }, "UBOT")).toBeUndefined();
    expect(fromSlackMessage("Ev3", { ...dm, subtype: "message_changed" }, "UBOT")).toBeUndefined();
    expect(fromSlackMessage("Ev4", { ...dm, channel_type: "channel" }, "UBOT")).toBeUndefined();
    expect(fromSlackMessage("Ev5", { type: "app_mention", user: "U1", text: "<@UBOT> hei", ts: "1.0" }, "UBOT")?.text).toBe("hei");
    expect(fromSlackAction({ trigger_id: "t1", user: { id: "U9" } }, { value: "approve:3" }, new Date(0)))
      .toMatchObject({ updateKey: "slack:action:t1", userId: "U9", data: "approve:3" });
  });
});

describe("Telegram webhook and Slack events on one HTTP port", () => {
  let server: RunningHttpServer | undefined;
  afterEach(async () => { await server?.close(); });

  it("routes each platform's requests to its adapter", async () => {
    const stack = await chatStack("sqlite", {});
    const core = stack.core;
    const telegramApi = await startFakeTelegram();
    const slackApi = await startFakeSlack();
    const telegram = createTelegramAdapter({
      token: telegramApi.token, ownerId: "1", apiRoot: telegramApi.apiRoot, core, logger: silentLogger, botInfo: FAKE_BOT,
      webhook: { url: "https://bot.example/telegram", secret: "tg-secret", port: 0, listen: false },
    });
    const slack = createSlackAdapter({ botToken: "xoxb-t", signingSecret: "sl-secret", ownerId: "U1", apiUrl: slackApi.apiUrl, core, logger: silentLogger, port: 0, listen: false });
    try {
      await telegram.start();
      await slack.start();
      server = await startHttpServer({ port: 0, host: "127.0.0.1", routes: [telegram.webhookRoute!, slack.httpRoute!] });
      const base = `http://127.0.0.1:${server.port}`;
      const update = telegramApi.messageUpdate({ id: 5 }, "Hei");
      const tg = await fetch(`${base}/telegram`, { method: "POST", headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": "tg-secret" }, body: JSON.stringify(update) });
      expect(tg.status).toBe(200);
      const body = JSON.stringify({ type: "event_callback", event_id: "EvShared", team_id: "T", api_app_id: "A", event: { type: "message", channel_type: "im", channel: "D2", user: "U2", text: "Hallo", ts: "1.0" } });
      const sl = await fetch(`${base}/slack/events`, { method: "POST", headers: { "content-type": "application/json", ...slackSignature("sl-secret", body) }, body });
      expect(sl.status).toBe(200);
      expect((await fetch(`${base}/annet`)).status).toBe(404);
      const handled = await eventually(async () => {
        const keys = (await stack.db.processedUpdate.findMany()).map((row) => row.key).sort();
        return keys.length === 2 ? keys : undefined;
      }, 5000, "both updates handled");
      expect(handled).toEqual(["slack:EvShared", `telegram:${update.update_id}`]);
    } finally {
      await telegram.stop();
      await slack.stop();
      await telegramApi.close();
      await slackApi.close();
      await stack.dispose();
    }
  });
});
