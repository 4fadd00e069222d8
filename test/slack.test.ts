import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../log";
import { createSlackAdapter, type SlackAdapter } from "../bot/slack/adapter";
import { chatStack, SLACK_OWNER, type ChatStack } from "./fakes/chat-stack";
import { buttonPress, dmEvent, dmOf, eventEnvelope, slackSignature, startFakeSlack, FAKE_SLACK_BOT, type FakeSlack } from "./fakes/slack-server";
import { openErasureMailCase } from "./fakes/cases";
import { eventually, settle } from "./fakes/eventually";

const SECRET = "slack-signeringshemmelighet";
const VISITOR = "UVISITOR1";
const STRANGER = "USTRANGER1";

function mrkdwnTexts(payload: Record<string, any>): string[] {
  const texts: string[] = [];
  for (const block of payload.blocks ?? []) {
    if (block.text?.type === "mrkdwn") texts.push(block.text.text);
    for (const field of block.fields ?? []) texts.push(field.text);
  }
  return texts;
}

describe("Slack adapter (Bolt HTTP receiver against a fake Web API)", () => {
  let stack: ChatStack;
  let slack: FakeSlack;
  let adapter: SlackAdapter;

  beforeEach(async () => {
    stack = await chatStack("sqlite", { slack: SLACK_OWNER });
    slack = await startFakeSlack();
    adapter = createSlackAdapter({
      botToken: "xoxb-test", signingSecret: SECRET, ownerId: SLACK_OWNER, apiUrl: slack.apiUrl, core: stack.core,
      logger: silentLogger, port: 0, host: "127.0.0.1", deliver: stack.router, minIntervalMs: 0,
    });
    stack.router.register("slack", adapter.sender);
    await adapter.start();
  });
  afterEach(async () => {
    await adapter.stop();
    await stack.dispose();
    await slack.close();
  });

  const url = () => `http://127.0.0.1:${adapter.port}/slack/events`;
  function post(body: string, contentType: string, headers: Record<string, string> = {}, timestamp?: number) {
    return fetch(url(), { method: "POST", headers: { "content-type": contentType, ...slackSignature(SECRET, body, timestamp), ...headers }, body });
  }
  const postEvent = (envelope: object, headers: Record<string, string> = {}) => post(JSON.stringify(envelope), "application/json", headers);
  const press = (user: string, data: string) =>
    post(`payload=${encodeURIComponent(JSON.stringify(buttonPress(user, data)))}`, "application/x-www-form-urlencoded");

  async function dm(user: string, text: string) {
    const before = slack.posted(dmOf(user)).length;
    expect((await postEvent(eventEnvelope(dmEvent(user, text)))).status).toBe(200);
    await eventually(() => slack.posted(dmOf(user)).length > before, 5000, `a reply to "${text}"`);
    return slack.posted(dmOf(user)).slice(before);
  }
  async function announce(caseId: number) {
    await stack.scheduler.tick();
    return eventually(() => slack.posted(dmOf(SLACK_OWNER)).find((payload) => JSON.stringify(payload.blocks ?? []).includes(`approve:${caseId}`)), 5000, "the card");
  }

  it("answers Slack's URL verification", async () => {
    const response = await post(JSON.stringify({ type: "url_verification", challenge: "utfordring-123", token: "x" }), "application/json");
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("utfordring-123");
  });

  it("answers a visitor's direct message", async () => {
    const [reply] = await dm(VISITOR, "Hvor lenge lagrer dere opplysningene mine?");
    expect(reply!.text).toBeTruthy();
    expect(reply!.blocks[0]).toMatchObject({ type: "section", text: { type: "mrkdwn" } });
  });

  it("answers a mention in a public channel privately, in a direct message", async () => {
    const event = { type: "app_mention", channel: "CPUBLIC", user: VISITOR, text: `<@${FAKE_SLACK_BOT.user_id}> hvor lenge lagrer dere opplysningene mine?`, ts: "1764000000.000200" };
    await postEvent(eventEnvelope(event));
    await eventually(() => slack.posted(dmOf(VISITOR)).length === 1, 5000, "the private answer");
    expect(slack.posted("CPUBLIC")).toEqual([]);
  });

  it("turns a DM erasure request into a case whose approved answer reaches the visitor by e-mail, with a note in the DM", async () => {
    await stack.worker.start();
    await dm(VISITOR, "Jeg vil at dere sletter alle opplysningene om meg");
    await dm(VISITOR, "Kari Nordmann");
    await dm(VISITOR, "kari@example.no");
    const done = await dm(VISITOR, "ja");
    const caseId = Number(/nummer (\d+)/.exec(done.map((reply) => reply.text).join("\n"))?.[1]);
    const card = await announce(caseId);
    expect(card.blocks.find((block: any) => block.type === "header").text.text).toContain(`Sak ${caseId}`);
    const before = slack.posted(dmOf(VISITOR)).length;
    expect((await press(SLACK_OWNER, `approve:${caseId}`)).status).toBe(200);
    const note = await eventually(() => slack.posted(dmOf(VISITOR)).slice(before)[0], 5000, "the note to the visitor");
    expect(note.text).toMatch(/sendes nå på e-post til kari@example\.no/);
    const mail = await eventually(() => stack.smtp.mails[0], 5000, "the mail to the visitor");
    expect(mail.to).toEqual(["kari@example.no"]);
    expect(await stack.db.outboxMessage.findMany({ where: { caseId }, select: { kind: true, recipient: true }, orderBy: { id: "asc" } }))
      .toEqual([{ kind: "email", recipient: "kari@example.no" }, { kind: "chat", recipient: `slack:${VISITOR}` }]);
  });

  it("lets the owner correct a case's category and rights with buttons, recorded in its history", async () => {
    const caseId = await openErasureMailCase(stack.db);
    await announce(caseId);
    expect((await press(SLACK_OWNER, `correct:${caseId}`)).status).toBe(200);
    const menu = await eventually(() => slack.posted(dmOf(SLACK_OWNER)).find((payload) => JSON.stringify(payload.blocks ?? []).includes(`toggle_right:${caseId}:access`)), 5000, "the menu");
    expect(JSON.stringify(menu.blocks)).toContain("✓ sletting");
    expect((await press(SLACK_OWNER, `toggle_right:${caseId}:access`)).status).toBe(200);
    await eventually(async () => (await stack.db.case.findUniqueOrThrow({ where: { id: caseId } })).rights === "access,erasure", 5000, "access added");
    expect((await press(SLACK_OWNER, `set_category:${caseId}:complaint`)).status).toBe(200);
    await eventually(async () => (await stack.db.case.findUniqueOrThrow({ where: { id: caseId } })).category === "complaint", 5000, "now a complaint");
    const corrections = await stack.db.caseEvent.findMany({ where: { caseId, type: "classification_corrected" }, orderBy: { id: "asc" } });
    expect(corrections.map((event) => JSON.parse(event.detail))).toMatchObject([
      { from: { category: "rights_request", rights: ["erasure"] }, to: { category: "rights_request", rights: ["access", "erasure"] } },
      { from: { category: "rights_request", rights: ["access", "erasure"] }, to: { category: "complaint", rights: [] } },
    ]);
  });

  it("sends a mail case approved in Slack as a threaded e-mail reply", async () => {
    await stack.worker.start();
    const caseId = await openErasureMailCase(stack.db);
    await announce(caseId);
    expect((await press(SLACK_OWNER, `approve:${caseId}`)).status).toBe(200);
    const mail = await eventually(() => stack.smtp.mails[0], 5000, "the mail");
    expect(mail.parsed.subject).toBe("Re: Sletting av mine opplysninger");
    expect(mail.parsed.inReplyTo).toBe("<sletting-1@kunde.example>");
    expect([mail.parsed.references].flat()).toContain("<sletting-1@kunde.example>");
    await settle();
    expect(stack.smtp.mails).toHaveLength(1);
  });

  it("lets the owner edit a draft through a button and a reply", async () => {
    const caseId = await openErasureMailCase(stack.db);
    await announce(caseId);
    await press(SLACK_OWNER, `edit:${caseId}`);
    await eventually(() => slack.posted(dmOf(SLACK_OWNER)).find((payload) => /Skriv den nye teksten/.test(payload.text)));
    const replies = await dm(SLACK_OWNER, "Hei Kari, vi har fått kravet ditt.");
    expect(JSON.stringify(replies)).toContain("vi har fått kravet ditt.");
  });

  it("gives someone who is not the owner nothing", async () => {
    const caseId = await openErasureMailCase(stack.db);
    const before = await stack.db.case.findUniqueOrThrow({ where: { id: caseId } });
    for (const data of [`approve:${caseId}`, `reject:${caseId}`, `extend:${caseId}`]) expect((await press(STRANGER, data)).status).toBe(200);
    const replies = await dm(STRANGER, `/godkjenn ${caseId}`);
    await settle();
    expect(JSON.stringify(replies)).not.toMatch(/Kari|kunde\.example|Sendt/);
    expect(await stack.db.outboxMessage.count()).toBe(0);
    expect(await stack.db.case.findUniqueOrThrow({ where: { id: caseId } })).toEqual(before);
  });

  it("rejects forged and stale signatures, and they change nothing", async () => {
    const body = JSON.stringify(eventEnvelope(dmEvent(VISITOR, "Hvor lenge lagrer dere opplysningene mine?")));
    const forged = await fetch(url(), { method: "POST", headers: { "content-type": "application/json", ...slackSignature("feil-hemmelighet", body) }, body });
    expect(forged.status).toBe(401);
    const stale = await post(body, "application/json", {}, Math.floor(Date.now() / 1000) - 10 * 60);
    expect(stale.status).toBe(401);
    const unsigned = await fetch(url(), { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(unsigned.status).toBe(401);
    await settle();
    expect(slack.posted()).toEqual([]);
    expect(await stack.db.processedUpdate.count()).toBe(0);
  });

  it("handles an event Slack retries only once", async () => {
    const envelope = eventEnvelope(dmEvent(VISITOR, "Hvor lenge lagrer dere opplysningene mine?"));
    await postEvent(envelope);
    await eventually(() => slack.posted(dmOf(VISITOR)).length === 1);
    expect((await postEvent(envelope, { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" })).status).toBe(200);
    await dm(STRANGER, "Hvem er behandlingsansvarlig?");
    await settle();
    expect(slack.posted(dmOf(VISITOR))).toHaveLength(1);
    expect(await stack.db.conversationMessage.count({ where: { conversationId: VISITOR } })).toBe(2);
  });

  it("escapes hostile text on the owner's card", async () => {
    const caseId = await openErasureMailCase(stack.db, { subject: "<!channel> <@U999> & *fet* <https://evil.example|klikk>" });
    const card = await announce(caseId);
    const texts = mrkdwnTexts(card).join("\n");
    expect(texts).toContain("&lt;!channel&gt; &lt;@U999&gt; &amp; *fet* &lt;https://evil.example|klikk&gt;");
    // Our own block-quote markers aside, no raw <, > or & reaches Slack.
    for (const text of mrkdwnTexts(card)) expect(text.replace(/^> /gm, "").replace(/&(amp|lt|gt);/g, "")).not.toMatch(/[<>&]/);
  });
});
