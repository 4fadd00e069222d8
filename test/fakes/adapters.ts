// The real Telegram and Slack adapters wired to a chat stack and a fake platform server, started.
import { silentLogger } from "../../log";
import { createTelegramAdapter } from "../../bot/telegram/adapter";
import { createSlackAdapter } from "../../bot/slack/adapter";
import { SLACK_OWNER, TELEGRAM_OWNER, type ChatStack } from "./chat-stack";
import { FAKE_BOT, type FakeTelegram } from "./telegram-server";
import { eventEnvelope, FAKE_SLACK_TOKEN, slackSignature, type FakeSlack } from "./slack-server";

/** grammy polling the fake Bot API, delivering through the stack's router. */
export async function startTelegramOn(stack: ChatStack, telegram: FakeTelegram) {
  const adapter = createTelegramAdapter({
    token: telegram.token, ownerId: String(TELEGRAM_OWNER), apiRoot: telegram.apiRoot, core: stack.core, logger: silentLogger,
    botInfo: FAKE_BOT, deliver: stack.router, minIntervalMs: 0, retry: { sleep: async () => {} },
  });
  stack.router.register("telegram", adapter.sender);
  await adapter.start();
  return adapter;
}

const SLACK_SECRET = "slack-signeringshemmelighet";

/** Bolt's HTTP receiver against the fake Web API; `post` delivers one signed event to it. */
export async function startSlackOn(stack: ChatStack, slack: FakeSlack) {
  const adapter = createSlackAdapter({
    botToken: FAKE_SLACK_TOKEN, signingSecret: SLACK_SECRET, ownerId: SLACK_OWNER, apiUrl: slack.apiUrl, core: stack.core,
    logger: silentLogger, port: 0, host: "127.0.0.1", deliver: stack.router, minIntervalMs: 0,
  });
  stack.router.register("slack", adapter.sender);
  await adapter.start();
  const post = async (event: Record<string, unknown>) => {
    const body = JSON.stringify(eventEnvelope(event));
    return fetch(`http://127.0.0.1:${adapter.port}/slack/events`, { method: "POST", headers: { "content-type": "application/json", ...slackSignature(SLACK_SECRET, body) }, body });
  };
  return { adapter, post };
}
