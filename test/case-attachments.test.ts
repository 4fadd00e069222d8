// The copy of the data for an access request, sent by the owner as a file: stored with the case, shown on the
// card, filling the reply's gap, mailed with the approved reply, and removed with the case's content.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TelegramAdapter } from "../bot/telegram/adapter";
import { removeCaseContent } from "../triage/retention/remove-content";
import { chatStack, SLACK_OWNER, TELEGRAM_OWNER, type ChatStack } from "./fakes/chat-stack";
import { dmOf, startFakeSlack } from "./fakes/slack-server";
import { startFakeTelegram, type FakeTelegram } from "./fakes/telegram-server";
import { startSlackOn, startTelegramOn } from "./fakes/adapters";
import { openAccessMailCase } from "./fakes/cases";
import { eventually, settle } from "./fakes/eventually";
import { ENGINES } from "./support/databases";
import { BUNDLED_KNOWLEDGE_FILE } from "../knowledge/bundled";
import { loadKnowledgeBase } from "../knowledge/load";
import { finalReply, withCopyAttached } from "../bot/drafts";

const OWNER = { id: TELEGRAM_OWNER, first_name: "Eier" };
const CSV = Buffer.from("navn;e-post;kurs\nKari Nordmann;kari.nordmann@kunde.example;Mindfulness vår\n", "utf8");
const PLAIN = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

describe("the copy of the data as a file (Telegram)", () => {
  let stack: ChatStack;
  let telegram: FakeTelegram;
  let adapter: TelegramAdapter;

  beforeEach(async () => {
    stack = await chatStack("sqlite");
    telegram = await startFakeTelegram();
    adapter = await startTelegramOn(stack, telegram);
  });
  afterEach(async () => {
    await adapter.stop();
    await stack.dispose();
    await telegram.close();
  });

  const toOwner = () => telegram.sent().filter((payload) => String(payload.chat_id) === String(OWNER.id)).map((payload) => PLAIN(String(payload.text)));
  async function ownerGets(send: () => void, pattern: RegExp): Promise<string> {
    const before = toOwner().length;
    send();
    return eventually(() => toOwner().slice(before).find((text) => pattern.test(text)), 5000, `a message matching ${pattern}`);
  }
  async function cardOf(caseId: number): Promise<string> {
    await stack.scheduler.tick();
    return eventually(() => toOwner().find((text) => text.includes(`Sak ${caseId}:`)), 5000, "the case card");
  }

  it("is attached by replying to the card, fills the copy gap and reaches the requester's mailbox byte for byte", async () => {
    const caseId = await openAccessMailCase(stack.db);
    await stack.worker.start();
    const card = await cardOf(caseId);

    const attached = await ownerGets(
      () => telegram.pushDocument(OWNER, { name: "innsyn-kari.csv", mimeType: "text/csv", bytes: CSV }, { replyToText: card }),
      /Vedlegg: innsyn-kari\.csv \(1 kB\)/,
    );
    expect(attached).toContain(`Sak ${caseId}:`);
    expect(telegram.sent("getFile")).toHaveLength(1);

    // The receipt goes first, without the file; the final reply drafted next says the copy is attached.
    await ownerGets(() => telegram.pushMessage(OWNER, `/godkjenn ${caseId}`), /Sendt til køen: kvittering/i);
    await eventually(() => stack.smtp.mails.length === 1, 5000, "the receipt");
    expect(stack.smtp.mails[0]!.parsed.attachments).toHaveLength(0);
    const row = await stack.db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(row.draft).toContain("Kopien ligger ved denne e-posten som vedlegg: «innsyn-kari.csv».");
    expect(row.draft).not.toMatch(/FYLL INN/);

    // Open to-do items ask once; the second approval sends.
    await ownerGets(() => telegram.pushMessage(OWNER, `/godkjenn ${caseId}`), /på huskelisten er ikke huket av/);
    await ownerGets(() => telegram.pushMessage(OWNER, `/godkjenn ${caseId}`), /Sendt til køen/);

    const reply = await eventually(() => stack.smtp.mails[1], 5000, "the final reply");
    expect(reply.parsed.text).toContain("innsyn-kari.csv");
    expect(reply.parsed.attachments).toHaveLength(1);
    const [file] = reply.parsed.attachments;
    expect(file!.filename).toBe("innsyn-kari.csv");
    expect(file!.contentType).toBe("text/csv");
    expect(Buffer.compare(file!.content, CSV)).toBe(0);
  });

  it("takes «/vedlegg N» as the caption, refuses a file above 10 MB in Norwegian and keeps nothing of it", async () => {
    const caseId = await openAccessMailCase(stack.db);
    await ownerGets(
      () => telegram.pushDocument(OWNER, { name: "alt.zip", mimeType: "application/zip", bytes: Buffer.alloc(10 * 1024 * 1024 + 1) }, { caption: `/vedlegg ${caseId}` }),
      /for stor \(10,0 MB\).*høyst 10,0 MB/s,
    );
    expect(telegram.sent("getFile")).toHaveLength(0);
    expect(await stack.db.caseAttachment.count()).toBe(0);

    const card = await ownerGets(
      () => telegram.pushDocument(OWNER, { name: "innsyn.pdf", mimeType: "application/pdf", bytes: Buffer.from("%PDF-1.4 kopi") }, { caption: `/vedlegg ${caseId}` }),
      /Vedlegg: innsyn\.pdf/,
    );
    expect(card).toContain(`Sak ${caseId}:`);
    await ownerGets(() => telegram.pushMessage(OWNER, "/vedlegg"), /Ingen fil fulgte med/);
  });

});

describe("the reply's copy gap, once files are attached", () => {
  const kb = loadKnowledgeBase(BUNDLED_KNOWLEDGE_FILE);
  const access = (language: "nb" | "en") => finalReply(
    { id: 4, category: "rights_request", rights: ["access"], language, channel: "email", receivedAt: new Date(), due: "2030-01-31", text: "innsyn" },
    { businessName: kb.business.name, knowledge: kb },
  );

  it("says in the draft's language that the copy is attached, names every file, and leaves nothing to fill", () => {
    const en = access("en");
    expect(en.gaps).toEqual(["a copy of your data"]);
    const once = withCopyAttached(en.text, ["access-john.csv"], "en");
    expect(once).toContain('A copy of the data we hold about you:\nThe copy is attached to this e-mail: "access-john.csv".');
    const twice = withCopyAttached(once, ["access-john.csv", "mails.pdf"], "en");
    expect(twice).toContain('The copy is attached to this e-mail: "access-john.csv", "mails.pdf".');
    expect(twice.match(/The copy is attached/g)).toHaveLength(1);
    expect(twice).not.toMatch(/FILL IN/);
    expect(withCopyAttached(access("nb").text, ["innsyn.csv"], "nb")).toContain("Kopien ligger ved denne e-posten som vedlegg: «innsyn.csv».");
  });
});

describe.each(ENGINES)("attachments in the database (%s)", (engine) => {
  it("keeps the bytes as sent, and leaves nothing of them once the person is erased", async () => {
    const stack = await chatStack(engine);
    try {
      const caseId = await openAccessMailCase(stack.db);
      const bytes = Buffer.from([0, 255, 1, 254, ...CSV]);
      const [card] = await stack.core.handleMessage({
        updateKey: "test:1", channel: "telegram", conversationId: String(TELEGRAM_OWNER), userId: String(TELEGRAM_OWNER), sentAt: new Date(),
        text: `/vedlegg ${caseId}`, file: { fileName: "innsyn.bin", contentType: "application/octet-stream", size: bytes.length, bytes },
      });
      expect(card!.text).toContain("Vedlegg: innsyn.bin (1 kB)");
      const [history] = await stack.core.handleMessage({
        updateKey: "test:2", channel: "telegram", conversationId: String(TELEGRAM_OWNER), userId: String(TELEGRAM_OWNER), sentAt: new Date(), text: `/sak ${caseId}`,
      }).then((replies) => replies.filter((reply) => reply.text.startsWith("Historikk")));
      expect(history!.text).toMatch(/fil lagt ved: innsyn\.bin \(1 kB\) \(eieren\)/);
      const [stored] = await stack.db.caseAttachment.findMany({ where: { caseId } });
      expect(Buffer.compare(Buffer.from(stored!.bytes), bytes)).toBe(0);
      await stack.db.$transaction((tx) => removeCaseContent(tx, [caseId], new Date(), "erasure"));
      expect(await stack.db.caseAttachment.count()).toBe(0);
      const events = await stack.db.caseEvent.findMany({ where: { caseId, type: "attachment_added" } });
      expect(events.map((event) => event.detail)).toEqual([JSON.stringify({ size: bytes.length })]);
    } finally {
      await stack.dispose();
    }
  });
});

describe("the copy of the data as a file (Slack)", () => {
  it("is taken from a file shared in the owner's DM with «/vedlegg N», fetched with the bot token and stored with the case", async () => {
    const stack = await chatStack("sqlite");
    const slack = await startFakeSlack();
    const { adapter, post } = await startSlackOn(stack, slack);
    try {
      const caseId = await openAccessMailCase(stack.db);
      const posted = () => slack.posted(dmOf(SLACK_OWNER)).map((payload) => JSON.stringify(payload.blocks ?? payload.text));
      expect((await post(slack.fileShareEvent(SLACK_OWNER, { name: "innsyn-kari.csv", mimetype: "text/csv", bytes: CSV }, `/vedlegg ${caseId}`))).status).toBe(200);
      await eventually(() => posted().find((text) => text.includes("innsyn-kari.csv (1 kB)")), 5000, "the card with the file");
      const [stored] = await stack.db.caseAttachment.findMany({ where: { caseId } });
      expect(Buffer.compare(Buffer.from(stored!.bytes), CSV)).toBe(0);

      // A stranger's file is nobody's attachment.
      await post(slack.fileShareEvent("USTRANGER1", { name: "annet.csv", mimetype: "text/csv", bytes: CSV }, `/vedlegg ${caseId}`));
      await settle(500);
      expect(await stack.db.caseAttachment.count()).toBe(1);
    } finally {
      await adapter.stop();
      await stack.dispose();
      await slack.close();
    }
  });
});
