import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ENGINES } from "./support/databases";
import { coreFixture, OWNER_ID, textOf, visitorAsksForErasure, type CoreFixture } from "./support/bot-core";

describe.each(ENGINES)("conversation core on %s", (engine) => {
  let f: CoreFixture;
  beforeEach(async () => { f = await coreFixture(engine); });
  afterEach(async () => { await f.dispose(); });

  it("answers a visitor's question with its source, in the visitor's language", async () => {
    const replies = await f.say("555", "How long do you keep my data?");
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ channel: "telegram", conversationId: "555" });
    expect(replies[0]!.text).toMatch(/deleted|kept|keep/i);
    expect(replies[0]!.text).toMatch(/Source/);
    const log = await f.db.conversationMessage.findMany({ orderBy: { id: "asc" } });
    expect(log.map((row) => [row.direction, row.action])).toEqual([["in", null], ["out", "answered"]]);
  });

  it("greets a visitor who only says hello, in their language, without offering to pass anything on", async () => {
    const nb = textOf(await f.say("556", "Hei!"));
    const en = textOf(await f.say("557", "hello there"));
    expect(nb).toMatch(/personvernassistenten.*Spør meg/s);
    expect(en).toMatch(/privacy assistant.*Ask me/s);
    expect(`${nb}\n${en}`).not.toMatch(/videre|pass it on/i);
    expect(await f.db.chatSession.count()).toBe(0);
  });

  it("turns a chat erasure request into a case that runs from the first message, with the visitor's email", async () => {
    const first = f.clock();
    const asked = await f.say("555", "Jeg vil at dere sletter alle opplysningene om meg");
    expect(textOf(asked)).toMatch(/Hva heter du/);
    f.setNow(new Date(first.getTime() + 60_000));
    expect(textOf(await f.say("555", "Kari Nordmann"))).toMatch(/e-postadresse/);
    expect(textOf(await f.say("555", "kari@example.no"))).toMatch(/«ja» eller «nei»/);
    const done = await f.say("555", "ja");
    const caseId = Number(/nummer (\d+)/.exec(textOf(done))?.[1]);
    expect(textOf(done)).toMatch(/senest \d+\. desember 2026/);

    const row = await f.db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(row).toMatchObject({ channel: "telegram", conversationId: "555", fromAddress: "kari@example.no", fromName: "Kari Nordmann",
      category: "rights_request", rights: "erasure", language: "nb" });
    expect(row.receivedAt.toISOString()).toBe(first.toISOString());
    expect(await f.db.chatSession.count()).toBe(0);
  });

  it("keeps the hand-over across a restart: the state is in the database", async () => {
    await f.say("555", "I want you to delete my data");
    await f.say("555", "John Smith");
    const { createConversationCore } = await import("../bot/core/core");
    const restarted = createConversationCore(f.deps);
    await restarted.handleMessage(f.message("555", "john@example.com"));
    const done = await restarted.handleMessage(f.message("555", "yes"));
    expect(textOf(done)).toMatch(/Your case number is \d+/);
    expect(await f.db.case.count({ where: { fromAddress: "john@example.com", language: "en" } })).toBe(1);
  });

  it("lets the visitor cancel, and then nothing is kept", async () => {
    await f.say("555", "Jeg vil klage på hvordan dere har brukt opplysningene mine");
    expect(textOf(await f.say("555", "avbryt"))).toMatch(/Avbrutt/);
    expect(await f.db.case.count()).toBe(0);
    expect(await f.db.chatSession.count()).toBe(0);
  });

  it("offers to pass on a question it cannot answer, and opens an inquiry on yes", async () => {
    const replies = await f.say("555", "Hva er hovedstaden i Peru?");
    expect(textOf(replies)).toMatch(/«ja»/);
    await f.say("555", "ja");
    await f.say("555", "Ola");
    await f.say("555", "her");
    await f.say("555", "ja");
    const row = await f.db.case.findFirstOrThrow();
    expect(row).toMatchObject({ category: "inquiry", fromAddress: "telegram:555", fromName: "Ola" });
  });

  it("welcomes a newcomer who types /start in Norwegian and English, without asking the Q&A engine", async () => {
    const replies = await f.say("555", "/start");
    expect(textOf(replies)).toMatch(/Hei! Jeg er personvernassistenten til Bedre Bedrift AS[\s\S]*Hello! I am the privacy assistant/);
    expect(await f.db.chatSession.count()).toBe(0);
  });

  it("handles a repeated update once", async () => {
    const message = f.message("555", "Hvor lenge lagrer dere opplysningene mine?");
    const first = await f.core.handleMessage(message);
    const again = await f.core.handleMessage(message);
    expect(first).toHaveLength(1);
    expect(again).toEqual([]);
    expect(await f.db.conversationMessage.count()).toBe(2);
  });

  it("approves a chat case: one outbox message back to the visitor's chat, however many taps", async () => {
    const { caseId } = await visitorAsksForErasure(f);
    const card = await f.say(OWNER_ID, `/sak ${caseId}`);
    expect(card[0]!.card).toMatchObject({ caseId, category: "rights_request", rights: ["erasure"], from: "Kari Nordmann <kari@example.no>" });
    const labels = card[0]!.buttons!.flat().map((button) => button.label);
    expect(labels.filter((label) => !label.startsWith("☐"))).toEqual(["Godkjenn og send", "Rediger", "Forleng frist", "Be om legitimasjon", "Avvis/lukk"]);
    // One tick button per item of the owner's to-do list.
    expect(labels.filter((label) => label.startsWith("☐"))).toHaveLength(card[0]!.card!.todo!.length);

    const approve = card[0]!.buttons!.flat().find((button) => button.label === "Godkjenn og send")!.data;
    const taps = await Promise.all([1, 2, 3].map(() => f.tap(OWNER_ID, approve)));
    expect(taps.flat().filter((reply) => /Sendt til køen/.test(reply.text))).toHaveLength(1);
    const outbox = await f.db.outboxMessage.findMany();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ caseId, kind: "chat", recipient: "telegram:555", idempotencyKey: `reply:${caseId}:1` });
    expect(outbox[0]!.body).toMatch(/Kari/);
    expect(outbox[0]!.body).toMatch(/Bedre Bedrift AS/);
  });

  it("gives a non-owner nothing: owner commands are treated as a visitor's and taps change nothing", async () => {
    const { caseId } = await visitorAsksForErasure(f);
    const before = await f.db.case.findUniqueOrThrow({ where: { id: caseId } });
    const listed = await f.say("666", "/saker");
    expect(textOf(listed)).not.toMatch(/Kari|kari@example\.no|Sak \d/);
    expect(textOf(await f.say("666", `/godkjenn ${caseId}`))).not.toMatch(/Kari|Sendt/);
    for (const data of [`approve:${caseId}`, `reject:${caseId}`, `extend:${caseId}`, `identity:${caseId}`, `edit:${caseId}`])
      expect(await f.tap("666", data)).toEqual([]);
    // The owner's id on another channel is not the owner there, and in a group chat the owner sees no cases.
    expect(await f.tap(OWNER_ID, `approve:${caseId}`, "slack")).toEqual([]);
    const inGroup = await f.core.handleMessage({ ...f.message(OWNER_ID, "/saker"), conversationId: "-100200300" });
    expect(textOf(inGroup)).not.toMatch(/Kari|Sak \d/);
    expect(await f.db.outboxMessage.count()).toBe(0);
    const after = await f.db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(after).toEqual(before);
  });
});
