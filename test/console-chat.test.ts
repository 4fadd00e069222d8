import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startConsoleChat, type ConsoleChat } from "../bot/console/console-chat";
import { createChatRouter } from "../bot/router";
import { coreFixture, type CoreFixture } from "./support/bot-core";
import { openAccessMailCase } from "./fakes/cases";

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
    // Kari gave an e-mail address: the receipt goes there, and the chat is told so.
    expect(outbox).toMatchObject([{ kind: "email", recipient: "kari@example.no", caseId: 1 }, { kind: "chat", recipient: "console:console", caseId: 1 }]);

    await type("/forleng 1 Vi må gå gjennom flere systemer.", /forlenget/);
    await type("/avvis 1", /Vil du lukke sak 1 uten å svare/);
    await type("/avvis 1 ja", /lukket uten svar/);
    await type("/cases", /Ingen åpne saker/);
  });

  it("attaches a local file to a case with /vedlegg N PATH, and says so when the file is not there", async () => {
    const caseId = await openAccessMailCase(f.db, { now: f.clock() });
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "vedlegg-"));
    const file = path.join(dir, "innsyn-kari.csv");
    await fs.writeFile(file, "navn;kurs\nKari Nordmann;Mindfulness\n");
    try {
      await type(`/vedlegg ${caseId} ${file}`, /Vedlegg: innsyn-kari\.csv \(1 kB\)/);
      const [stored] = await f.db.caseAttachment.findMany({ where: { caseId } });
      expect(stored).toMatchObject({ fileName: "innsyn-kari.csv", contentType: "text/csv" });
      expect(Buffer.from(stored!.bytes).toString("utf8")).toBe("navn;kurs\nKari Nordmann;Mindfulness\n");
      await type(`/vedlegg ${caseId} ${path.join(dir, "finnes-ikke.csv")}`, /Fant ikke filen/);
      expect(await f.db.caseAttachment.count()).toBe(1);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it("takes a new draft over several lines after /rediger N, ended by a lone full stop", async () => {
    await type("Jeg vil at dere sletter opplysningene om meg", /Hva heter du/);
    await type("Kari Nordmann", /e-postadresse/);
    await type("kari@example.no", /«ja» eller «nei»/);
    await type("ja", /Saken din har nummer 1\./);
    await type("/rediger 1", /Avslutt med en linje med bare «\.»/);
    input.write("Hei Kari,\n\nVi har slettet opplysningene om deg.\n");
    await type("Vennlig hilsen Bedre Bedrift AS", /^$/);
    const card = await type(".", /Nytt utkast – sak 1/);
    expect(card).toMatch(/Hei Kari,\n\nVi har slettet opplysningene om deg\.\nVennlig hilsen Bedre Bedrift AS/);
    expect((await f.db.case.findUniqueOrThrow({ where: { id: 1 } })).draft).toBe("Hei Kari,\n\nVi har slettet opplysningene om deg.\nVennlig hilsen Bedre Bedrift AS");
    // It promises nothing later, so the owner is offered to send it as the answer, without a receipt first.
    expect(card).toMatch(/Send som svar: \/knapp as_answer:1/);
    expect(card).not.toMatch(/Må rettes/);
    await type("/knapp as_answer:1", /Utkastet sendes som svar/);
    // The to-do list is still open: the first approval asks, the second sends.
    await type("/godkjenn 1", /punkter på huskelisten er ikke huket av/);
    await type("/godkjenn 1", /Sendt til køen: svar i sak 1/);
    expect((await f.db.case.findUniqueOrThrow({ where: { id: 1 } })).status).toBe("answered");

    await type("/rediger 1", /ikke åpen/);
    expect(await type("/sak abc", /«abc» er ikke et saksnummer/)).toMatch(/\/sak 12/);
    expect(await type("/godkjenn", /Mangler saksnummer/)).toMatch(/\/godkjenn 12/);
    expect(await type("/foo", /Kjenner ikke kommandoen «\/foo»/)).not.toMatch(/Still et spørsmål/);
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
