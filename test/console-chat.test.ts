import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startConsoleChat, type ConsoleChat } from "../bot/console/console-chat";
import { createChatRouter } from "../bot/router";
import { coreFixture, type CoreFixture } from "./support/bot-core";

describe("console chat", () => {
  let f: CoreFixture;
  let input: PassThrough;
  let output: PassThrough;
  let transcript: string;
  let chat: ConsoleChat;

  beforeEach(async () => {
    f = await coreFixture("sqlite");
    input = new PassThrough();
    output = new PassThrough();
    transcript = "";
    output.on("data", (chunk: Buffer) => { transcript += chunk.toString("utf8"); });
    chat = startConsoleChat({ core: f.core, input, output, businessName: f.knowledgeBase.business.name, clock: f.clock });
  });
  afterEach(async () => { chat.stop(); await chat.closed; await f.dispose(); });

  /** Types a line and waits until the assistant's answer contains `expected`. */
  async function type(line: string, expected: string | RegExp): Promise<string> {
    const from = transcript.length;
    input.write(`${line}\n`);
    await vi.waitFor(() => expect(transcript.slice(from)).toMatch(expected), { timeout: 10_000 });
    return transcript.slice(from);
  }

  it("welcomes a newcomer in both languages, answers questions, and lets the owner act on the case by typing", async () => {
    expect(transcript).toMatch(/Still et spørsmål/);
    expect(transcript).toMatch(/Ask a privacy question/);
    expect(await type("Do you use cookies?", /cookie/i)).toMatch(/Source|source/);

    await type("Jeg vil at dere sletter opplysningene om meg", /Hva heter du/);
    await type("Kari Nordmann", /e-postadresse/);
    await type("kari@example.no", /«ja» eller «nei»/);
    await type("ja", /Saken din har nummer 1\./);

    const list = await type("/saker", /Sak 1 ·/);
    expect(list).toMatch(/Kari Nordmann <kari@example\.no>/);
    const card = await type("/sak 1", /Historikk for sak 1/);
    expect(card).toMatch(/Godkjenn og send: \/godkjenn 1/);
    expect(card).toMatch(/Forleng frist: \/forleng 1 <grunn>/);

    await type("/godkjenn 1", /Sendt til køen/);
    const outbox = await f.db.outboxMessage.findMany();
    expect(outbox).toMatchObject([{ kind: "chat", recipient: "console:console", caseId: 1 }]);

    await type("/forleng 1 Vi må gå gjennom flere systemer.", /forlenget/);
    await type("/avvis 1", /lukket uten svar/);
    await type("/cases", /Ingen åpne saker/);
  });

  it("prints what the router sends to the console channel, and closes when the input ends", async () => {
    const router = createChatRouter();
    router.register("console", chat);
    await router.send({ channel: "console", conversationId: "console", text: "Svar fra Bedre Bedrift AS" });
    expect(transcript).toContain("Svar fra Bedre Bedrift AS");
    await expect(router.send({ channel: "slack", conversationId: "C1", text: "x" })).rejects.toThrow(/slack/);
    input.end();
    await chat.closed;
  });
});
