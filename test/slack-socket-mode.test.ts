import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../log";
import { createSlackAdapter, type SlackAdapter } from "../bot/slack/adapter";
import { chatStack, SLACK_OWNER, type ChatStack } from "./fakes/chat-stack";
import { dmEvent, dmOf, eventEnvelope, startFakeSlack, type FakeSlack } from "./fakes/slack-server";
import { eventually, settle } from "./fakes/eventually";

describe("Slack Socket Mode (SLACK_APP_TOKEN)", () => {
  let stack: ChatStack;
  let slack: FakeSlack;
  let adapter: SlackAdapter;

  beforeEach(async () => {
    stack = await chatStack("sqlite", { slack: SLACK_OWNER });
    slack = await startFakeSlack();
    adapter = createSlackAdapter({
      botToken: "xoxb-test", appToken: "xapp-test", ownerId: SLACK_OWNER, apiUrl: slack.apiUrl, core: stack.core,
      logger: silentLogger, port: 0, deliver: stack.router, minIntervalMs: 0,
    });
    stack.router.register("slack", adapter.sender);
    await adapter.start();
  });
  afterEach(async () => {
    await adapter.stop();
    await stack.dispose();
    await slack.close();
  });

  it("connects through SLACK_API_URL, acknowledges each event and answers the visitor once", async () => {
    expect(slack.calls.map((call) => call.method)).toContain("apps.connections.open");
    const envelope = eventEnvelope(dmEvent("UVISITOR2", "Hvor lenge lagrer dere opplysningene mine?"));
    const first = slack.socketMode.pushEvent(envelope);
    await eventually(() => slack.posted(dmOf("UVISITOR2")).length === 1, 5000, "the answer");
    expect(slack.socketMode.acks).toContain(first);
    const again = slack.socketMode.pushEvent(envelope); // Slack redelivers when unsure
    await eventually(() => slack.socketMode.acks.includes(again));
    await settle();
    expect(slack.posted(dmOf("UVISITOR2"))).toHaveLength(1);
  });
});
