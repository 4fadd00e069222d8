import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../log";
import { createTelegramAdapter, type TelegramAdapter } from "../bot/telegram/adapter";
import type { ConversationCore } from "../bot/core/core";
import { chatStack, TELEGRAM_OWNER, type ChatStack } from "./fakes/chat-stack";
import { startFakeTelegram, FAKE_BOT, type FakeTelegram } from "./fakes/telegram-server";
import { openErasureMailCase } from "./fakes/cases";
import { eventually, settle } from "./fakes/eventually";
import { expectSafeTelegramHtml } from "./fakes/telegram-html";

const OWNER = { id: TELEGRAM_OWNER, first_name: "Eier" };
const VISITOR = { id: 555, first_name: "Kari" };
const STRANGER = { id: 666, first_name: "Mallory" };

describe("Telegram adapter (grammy against a fake Bot API)", () => {
  let stack: ChatStack;
  let telegram: FakeTelegram;
  let adapter: TelegramAdapter;

  function startAdapter(core: ConversationCore = stack.core, extra: Partial<Parameters<typeof createTelegramAdapter>[0]> = {}) {
    adapter = createTelegramAdapter({
      token: telegram.token, ownerId: String(TELEGRAM_OWNER), apiRoot: telegram.apiRoot, core, logger: silentLogger,
      botInfo: FAKE_BOT, deliver: stack.router, minIntervalMs: 0, retry: { sleep: async () => {} }, ...extra,
    });
    stack.router.register("telegram", adapter.sender);
    return adapter.start();
  }

  beforeEach(async () => {
    stack = await chatStack("sqlite");
    telegram = await startFakeTelegram();
  });
  afterEach(async () => {
    await adapter?.stop();
    await stack.dispose();
    await telegram.close();
  });

  const to = (chat: { id: number }) => telegram.sent().filter((payload) => String(payload.chat_id) === String(chat.id));
  async function say(from: { id: number; first_name?: string }, text: string) {
    const before = to(from).length;
    telegram.pushMessage(from, text);
    await eventually(() => to(from).length > before, 5000, `a reply to "${text}"`);
    return to(from).slice(before);
  }
  async function tap(from: { id: number }, data: string) {
    const before = to(from).length;
    const answered = telegram.sent("answerCallbackQuery").length;
    telegram.pushTap(from, data);
    await eventually(() => telegram.sent("answerCallbackQuery").length > answered, 5000, "answerCallbackQuery");
    return { before };
  }
  /** The visitor asks for erasure and hands it over, giving `contact` (an address, or «her»); the case number and the closing words. */
  async function handOver(contact: string) {
    await say(VISITOR, "Jeg vil at dere sletter alle opplysningene om meg");
    await say(VISITOR, "Kari Nordmann");
    await say(VISITOR, contact);
    const opened = (await say(VISITOR, "ja")).map((reply) => reply.text).join("\n");
    return { caseId: Number(/nummer (\d+)/.exec(opened)?.[1]), opened };
  }
  async function announce(caseId: number) {
    await stack.scheduler.tick();
    return eventually(() => to(OWNER).find((payload) => JSON.stringify(payload.reply_markup ?? {}).includes(`approve:${caseId}`)), 5000, "the case card");
  }

  it("answers a visitor's question in HTML, with the source", async () => {
    await startAdapter();
    const [reply] = await say(VISITOR, "Hvor lenge lagrer dere opplysningene mine?");
    expect(reply!.parse_mode).toBe("HTML");
    expect(reply!.text).toMatch(/Kilde|lagr|slett/i);
    expectSafeTelegramHtml(reply!.text);
  });

  it("turns a chat erasure request into a case; the visitor who gave an e-mail address gets the answer there, and a note in the chat", async () => {
    await startAdapter();
    await stack.worker.start();
    const { caseId, opened } = await handOver("kari@example.no");
    expect(caseId).toBeGreaterThan(0);
    expect(opened).toMatch(/svarer deg på e-post til kari@example\.no senest/);
    expect(opened).not.toMatch(/her i chatten/);

    const card = await announce(caseId);
    expectSafeTelegramHtml(card.text);
    expect(card.text).toContain(`Sak ${caseId}`);
    expect(card.text).toContain("Kari Nordmann");

    const { before } = await tap(OWNER, `approve:${caseId}`);
    const mail = await eventually(() => stack.smtp.mails[0], 5000, "the mail to the visitor");
    expect(mail.to).toEqual(["kari@example.no"]);
    expect(mail.parsed.subject).toBe(`Personvernhenvendelsen din (sak ${caseId})`);
    expect(mail.parsed.text).toMatch(/Hei Kari,[\s\S]*senest/);
    const note = await eventually(() => to(VISITOR).find((reply) => /e-post/.test(reply.text) && reply.text.includes(`Sak ${caseId}`)), 5000, "the note in the chat");
    expect(note.text).toMatch(/sendes nå på e-post til kari@example\.no/);
    // The answer itself is not in the chat: only the note.
    expect(to(VISITOR).some((reply) => reply.text.includes("Saksnummeret ditt"))).toBe(false);
    expect(to(OWNER).slice(before).map((reply) => reply.text).join("\n")).toMatch(/Sendt til køen/);
    await settle();
    expect(stack.smtp.mails).toHaveLength(1);
  });

  it("answers in the chat a visitor who asked to be answered here", async () => {
    await startAdapter();
    await stack.worker.start();
    const { caseId, opened } = await handOver("her");
    expect(opened).toMatch(/svarer deg her i chatten/);
    await announce(caseId);
    await tap(OWNER, `approve:${caseId}`);
    const answer = await eventually(() => to(VISITOR).find((reply) => reply.text.includes("Saksnummeret ditt")), 5000, "the answer in the chat");
    expect(answer.text).toContain("Kari");
    await settle();
    expect(stack.smtp.attempts).toBe(0);
  });

  it("sends a mail case approved in Telegram as a threaded e-mail reply", async () => {
    await startAdapter();
    await stack.worker.start();
    const caseId = await openErasureMailCase(stack.db);
    await announce(caseId);
    await tap(OWNER, `approve:${caseId}`);
    const mail = await eventually(() => stack.smtp.mails[0], 5000, "the mail");
    expect(mail.to).toEqual(["kari.nordmann@kunde.example"]);
    expect(mail.parsed.subject).toBe("Re: Sletting av mine opplysninger");
    expect(mail.parsed.inReplyTo).toBe("<sletting-1@kunde.example>");
    expect(mail.parsed.references).toContain("<sletting-1@kunde.example>");
    await settle();
    expect(stack.smtp.mails).toHaveLength(1);
  });

  it("lets the owner edit, extend and reject through buttons and replies", async () => {
    await startAdapter();
    const caseId = await openErasureMailCase(stack.db);
    await announce(caseId);

    await tap(OWNER, `edit:${caseId}`);
    const prompt = await eventually(() => to(OWNER).find((reply) => /Skriv den nye teksten/.test(reply.text)));
    expect(prompt.text).toContain(`sak ${caseId}`);
    const edited = await say(OWNER, "Hei Kari. Vi har mottatt <kravet> ditt & ser på det.");
    expect(edited.map((reply) => reply.text).join("\n")).toContain("Vi har mottatt &lt;kravet&gt; ditt &amp; ser på det.");

    await tap(OWNER, `extend:${caseId}`);
    await eventually(() => to(OWNER).find((reply) => /trenger lengre tid/.test(reply.text)));
    const notice = await say(OWNER, "Mange samtidige forespørsler etter en omlegging av systemene");
    expect(notice.map((reply) => reply.text).join("\n")).toMatch(/varselet om forlenget frist[\s\S]*flyttes .* først når du har godkjent varselet og det er sendt/i);
    expect((await stack.db.case.findUniqueOrThrow({ where: { id: caseId } })).extendedDue).toBeNull();

    await tap(OWNER, `reject:${caseId}`);
    await eventually(() => to(OWNER).find((reply) => /grunnen til avslaget/.test(reply.text)));
    await say(OWNER, "lukk");
    await eventually(async () => (await stack.db.case.findUniqueOrThrow({ where: { id: caseId } })).status === "closed", 5000, "the case closed");
  });

  it("lets the owner correct category and rights with buttons, and gives a usage hint for a wrong command", async () => {
    await startAdapter();
    const caseId = await openErasureMailCase(stack.db);
    const card = await announce(caseId);
    expect(JSON.stringify(card.reply_markup)).toContain(`correct:${caseId}`);
    await tap(OWNER, `correct:${caseId}`);
    const menu = await eventually(() => to(OWNER).find((reply) => JSON.stringify(reply.reply_markup ?? {}).includes(`toggle_right:${caseId}:access`)), 5000, "the menu");
    expect(JSON.stringify(menu.reply_markup)).toContain("✓ sletting");
    await tap(OWNER, `toggle_right:${caseId}:access`);
    await eventually(async () => (await stack.db.case.findUniqueOrThrow({ where: { id: caseId } })).rights === "access,erasure", 5000, "access added");
    await tap(OWNER, `set_language:${caseId}:en`);
    await eventually(async () => (await stack.db.case.findUniqueOrThrow({ where: { id: caseId } })).language === "en", 5000, "now English");
    expect(await stack.db.caseEvent.count({ where: { caseId, type: "classification_corrected" } })).toBe(2);

    telegram.pushMessage(OWNER, "/godkjenn");
    const hint = await eventually(() => to(OWNER).find((reply) => /Mangler saksnummer/.test(reply.text)), 5000, "the hint");
    expect(hint.text).toMatch(/Mangler saksnummer\. Bruk: \/godkjenn 12/);
    expect(to(OWNER).some((reply) => /personvernassistenten til/.test(reply.text))).toBe(false);
  });

  it("gives someone who is not the owner nothing: buttons and commands change nothing", async () => {
    await startAdapter();
    const caseId = await openErasureMailCase(stack.db);
    const before = await stack.db.case.findUniqueOrThrow({ where: { id: caseId } });
    for (const data of [`approve:${caseId}`, `reject:${caseId}`, `extend:${caseId}`]) await tap(STRANGER, data);
    const replies = await say(STRANGER, `/godkjenn ${caseId}`);
    await settle();
    expect(replies.map((reply) => reply.text).join("\n")).not.toMatch(/Kari|kunde\.example|Sendt/);
    expect(telegram.sent("answerCallbackQuery")).toHaveLength(3);
    expect(await stack.db.outboxMessage.count()).toBe(0);
    expect(await stack.db.case.findUniqueOrThrow({ where: { id: caseId } })).toEqual(before);
  });

  it("handles an update Telegram delivers again (after a restart) only once", async () => {
    await startAdapter();
    const update = telegram.messageUpdate(VISITOR, "Hvor lenge lagrer dere opplysningene mine?");
    telegram.pushRaw(update);
    await eventually(() => to(VISITOR).length === 1);
    // A crash before Telegram learnt the offset: the new process is handed the same update again.
    await adapter.stop();
    await startAdapter();
    telegram.pushRaw(update);
    await say(STRANGER, "Hvem er behandlingsansvarlig?"); // updates are handled in order: this one comes after
    expect(to(VISITOR)).toHaveLength(1);
    expect(await stack.db.conversationMessage.count({ where: { conversationId: String(VISITOR.id) } })).toBe(2);
  });

  it("escapes hostile subjects and names on the owner's card", async () => {
    await startAdapter();
    const caseId = await openErasureMailCase(stack.db, { subject: "<b>Hei</b> & </code></pre><a href=\"x\">klikk</a>", from: "a&b@kunde.example" });
    const card = await announce(caseId);
    expectSafeTelegramHtml(card.text);
    expect(card.text).toContain("&lt;b&gt;Hei&lt;/b&gt; &amp; &lt;/code&gt;&lt;/pre&gt;&lt;a href=\"x\"&gt;klikk&lt;/a&gt;");
  });

  it("waits out 429 Too Many Requests a bounded number of times", async () => {
    await startAdapter();
    const tooMany = { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } };
    telegram.failNext("sendMessage", 2, tooMany);
    telegram.pushMessage(VISITOR, "Hvor lenge lagrer dere opplysningene mine?");
    await eventually(() => to(VISITOR).length === 3); // two refused, the third delivered

    telegram.failNext("sendMessage", 10, tooMany);
    telegram.pushMessage(VISITOR, "Hvem er behandlingsansvarlig?");
    await eventually(() => to(VISITOR).length === 7); // 1 + 3 retries, then it gives up
    await settle();
    expect(to(VISITOR)).toHaveLength(7);
  });

  it("keeps going after one update fails", async () => {
    const failing: ConversationCore = {
      handleMessage: (message) => (message.text === "boom" ? Promise.reject(new Error("database on fire")) : stack.core.handleMessage(message)),
      handleTap: (tap) => stack.core.handleTap(tap),
    };
    await startAdapter(failing);
    telegram.pushMessage(VISITOR, "boom");
    const [reply] = await say(VISITOR, "Hvor lenge lagrer dere opplysningene mine?");
    expect(reply!.text).toBeTruthy();
  });

  it("tells a visitor who sends a photo that only text is read", async () => {
    await startAdapter();
    const { message } = telegram.messageUpdate(VISITOR, "x") as unknown as { message: Record<string, unknown> };
    const { text: _text, ...photo } = message;
    telegram.pushRaw({ update_id: 5000, message: { ...photo, photo: [{ file_id: "f", file_unique_id: "u", width: 1, height: 1 }] } } as never);
    const reply = await eventually(() => to(VISITOR)[0]);
    expect(reply.text).toMatch(/bare lese tekst/);
    expect(await stack.db.conversationMessage.count()).toBe(0);
  });

  it("ignores group chats: personal data is only discussed privately", async () => {
    await startAdapter();
    telegram.pushMessage(VISITOR, "Hvor lenge lagrer dere opplysningene mine?", "group");
    await say(VISITOR, "Hvem er behandlingsansvarlig?");
    expect(telegram.sent().filter((payload) => Number(payload.chat_id) < 0)).toEqual([]);
  });

  it("tells the owner in Telegram when the mail server refuses an answer for good", async () => {
    await startAdapter();
    await stack.worker.start();
    stack.smtp.failNext(1, 550);
    const caseId = await openErasureMailCase(stack.db);
    await announce(caseId);
    await tap(OWNER, `approve:${caseId}`);
    const notice = await eventually(() => to(OWNER).find((reply) => /Ikke sendt/.test(reply.text)), 5000, "the owner's notice");
    expect(notice.text).toMatch(/550/);
    const outboxId = (await stack.db.outboxMessage.findFirstOrThrow()).id;
    expect(JSON.stringify(notice.reply_markup)).toContain(`send_again:${outboxId}`);
    await tap(OWNER, `send_again:${outboxId}`);
    await eventually(() => stack.smtp.mails.length === 1, 5000, "the mail sent again");
  });

  it("after a crash between recorded and sent, asks the owner and sends only when told", async () => {
    await startAdapter();
    const caseId = await openErasureMailCase(stack.db);
    await announce(caseId);
    await tap(OWNER, `approve:${caseId}`);
    const row = await eventually(() => stack.db.outboxMessage.findFirst({ where: { caseId } }).then((found) => found ?? undefined));
    // The crash: the row was claimed (committed as sending), the process died before marking it sent.
    await stack.db.outboxMessage.update({ where: { id: row.id }, data: { status: "sending", attempts: 1 } });
    await stack.restartWorker().start();
    const notice = await eventually(() => to(OWNER).find((reply) => /Usikker levering/.test(reply.text)), 5000, "the owner asked");
    expectSafeTelegramHtml(notice.text);
    await settle();
    expect(stack.smtp.attempts).toBe(0);
    await tap(OWNER, `send_again:${row.id}`);
    await eventually(() => stack.smtp.mails.length === 1, 5000, "the mail sent on the owner's word");
    await settle();
    expect(stack.smtp.mails).toHaveLength(1);
  });
});
