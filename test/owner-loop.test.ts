// The owner loop end to end: extensions that count only once announced, follow-up mail through the real inbox
// pipeline, corrections, and the draft check that asks for dates only where a text promises one.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../log";
import { openCaseFromMail } from "../triage/cases";
import { createFolderWatcher } from "../triage/watch";
import { checkDraft, type CheckContext } from "../bot/drafts";
import { createOwnerScheduler } from "../bot/owner/scheduler";
import { dueNotifications } from "../bot/owner/schedule";
import type { OutgoingMessage } from "../bot/core/messages";
import { chatStack, TELEGRAM_OWNER, type ChatStack } from "./fakes/chat-stack";
import { openErasureMailCase } from "./fakes/cases";
import { coreFixture, OWNER_ID, textOf, type CoreFixture } from "./support/bot-core";

const DAY_MS = 24 * 60 * 60 * 1000;
const buttonData = (messages: OutgoingMessage[]) => messages.flatMap((message) => message.buttons?.flat() ?? []).map((button) => button.data);

describe("an extension counts only once its notice has been sent", () => {
  let stack: ChatStack;
  let updates = 0;
  beforeEach(async () => { stack = await chatStack("sqlite"); });
  afterEach(async () => { await stack.dispose(); });

  const owner = (text: string) => stack.core.handleMessage({
    updateKey: `owner-loop:${++updates}`, channel: "telegram", conversationId: String(TELEGRAM_OWNER), userId: String(TELEGRAM_OWNER), text, sentAt: new Date(),
  });
  const caseRow = (id: number) => stack.db.case.findUniqueOrThrow({ where: { id } });

  it("keeps the first month's date on the card, in /saker and in reminders until the notice has gone out", async () => {
    const caseId = await openErasureMailCase(stack.db);
    const first = await caseRow(caseId);

    const prepared = textOf(await owner(`/forleng ${caseId} Vi må hente opplysninger fra tre systemer.`));
    expect(prepared).toMatch(/Fristen er fortsatt/);
    expect(await caseRow(caseId)).toMatchObject({ due: first.due, extendedDue: null, status: "awaiting_approval" });
    expect(textOf(await owner("/saker"))).toMatch(new RegExp(`Sak ${caseId} · .*forlengelse til .* venter: varselet er ikke godkjent ennå`));

    const card = (await owner(`/sak ${caseId}`))[0]!;
    expect(card.card).toMatchObject({ due: first.due, draftPurpose: "extension", extension: { state: "drafted" } });
    expect(card.text).toMatch(/Fristen over gjelder: forlengelse til .* venter/);

    await owner(`/godkjenn ${caseId}`);
    expect(await caseRow(caseId)).toMatchObject({ due: first.due, extendedDue: null });
    expect(textOf(await owner("/saker"))).toMatch(/varselet er godkjent, men ikke sendt ennå/);
    // No second extension while the notice waits in the outbox.
    expect(buttonData(await owner(`/sak ${caseId}`))).not.toContain(`extend:${caseId}`);

    // A reminder a week before the first-month date still comes, and says the notice is waiting.
    const reminderAt = new Date(Date.parse(`${first.due}T08:00:00Z`) - 7 * DAY_MS);
    const [scheduled] = await stack.db.case.findMany({ where: { id: caseId } });
    const reminders = dueNotifications(
      [{ ...scheduled!, rights: ["erasure"], status: "awaiting_approval", extension: { state: "queued", reason: "x", extendedDue: "2099-01-01" } }],
      reminderAt, { reminderDays: [7, 3, 1], digestHour: 23 },
    );
    expect(reminders.map((reminder) => reminder.text).join("\n")).toMatch(new RegExp(`sak ${caseId} har 7 dager igjen[\\s\\S]*varselet er godkjent, men ikke sendt ennå`));

    // The notice goes out through the real SMTP server: now the extension counts.
    await stack.worker.runOnce();
    expect(stack.smtp.mails).toHaveLength(1);
    expect(stack.smtp.mails[0]!.parsed.text).toMatch(/artikkel 12 nr\. 3/);
    const extended = await caseRow(caseId);
    expect(extended.status).toBe("extended");
    expect(extended.extendedDue).not.toBeNull();
    expect(extended.due).toBe(extended.extendedDue);
    expect(extended.due > first.due).toBe(true);
    const list = textOf(await owner("/saker"));
    expect(list).not.toMatch(/venter/);
    const history = textOf(await owner(`/sak ${caseId}`));
    expect(history).toMatch(/fristen forlenget til .* \(varselet er sendt\)/);
    expect(history).not.toMatch(/draft_prepared|outbox_sent/);
  });

  it("applies an extension whose notice went out just before a crash, at the scheduler's next tick", async () => {
    const caseId = await openErasureMailCase(stack.db);
    await owner(`/forleng ${caseId} Vi venter på svar fra en leverandør.`);
    await owner(`/godkjenn ${caseId}`);
    const notice = await stack.db.outboxMessage.findFirstOrThrow({ where: { caseId }, orderBy: { id: "asc" } });
    // Sent and marked, but the process died before the case heard of it.
    await stack.db.outboxMessage.update({ where: { id: notice.id }, data: { status: "sent", sentAt: new Date() } });
    expect((await caseRow(caseId)).extendedDue).toBeNull();
    await stack.scheduler.tick();
    expect(await caseRow(caseId)).toMatchObject({ status: "extended" });
    expect((await caseRow(caseId)).extendedDue).not.toBeNull();
  });

  it("extends only rights requests: a complaint gets no extension and no button", async () => {
    const { caseId } = await openCaseFromMail(stack.db, {
      mail: {
        messageId: "<klage-1@kunde.example>", references: [], from: { address: "ola@kunde.example", name: "Ola" }, to: ["hei@bedrebedrift.no"],
        subject: "Klage", headers: {}, text: "Jeg klager på at dere sendte meg nyhetsbrev uten samtykke.", quoted: "", signature: "", truncated: false,
      },
      classification: { category: "complaint", rights: [], language: "nb", confidence: 0.9, reasons: [] },
      receivedAt: new Date(Date.now() - 3 * DAY_MS), promisedDays: 30,
    });
    const card = await owner(`/sak ${caseId}`);
    expect(buttonData(card)).not.toContain(`extend:${caseId}`);
    expect(textOf(await owner(`/forleng ${caseId} Mange saker`))).toMatch(/bare forespørsler om rettigheter kan forlenges/);
    expect(await stack.db.caseEvent.count({ where: { caseId, type: { startsWith: "extension" } } })).toBe(0);
    expect(await stack.db.outboxMessage.count()).toBe(0);
  });
});

describe("follow-up mail from the requester", () => {
  let f: CoreFixture;
  let dir: string;
  beforeEach(async () => {
    f = await coreFixture("sqlite");
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "owner-loop-inbox-"));
  });
  afterEach(async () => {
    await f.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function drop(name: string, headers: Record<string, string>, body: string, at: Date) {
    const file = path.join(dir, name);
    const head = Object.entries({ From: "Kari Nordmann <kari@kunde.example>", To: "hei@bedrebedrift.no", "Content-Type": "text/plain; charset=utf-8", ...headers })
      .map(([key, value]) => `${key}: ${value}`).join("\r\n");
    fs.writeFileSync(file, `${head}\r\n\r\n${body}\r\n`);
    fs.utimesSync(file, at, at);
  }

  it("reaches the owner with its text, through the inbox, and is answered from the card in the thread", async () => {
    const sent: OutgoingMessage[] = [];
    const scheduler = createOwnerScheduler({
      db: f.db, send: async (message) => { sent.push(message); }, clock: f.clock, owners: f.deps.owners, qa: f.deps.qa,
      business: f.deps.business, logger: silentLogger, reminderDays: [7, 3, 1], digestHour: 23,
    });
    const watcher = createFolderWatcher({ db: f.db, dir, logger: silentLogger, clock: f.clock, settleMs: 0, promisedDays: 30 });
    const received = new Date(f.clock().getTime() - 60 * 60 * 1000);
    drop("1.eml", { Subject: "Sletting", "Message-ID": "<sletting-a@kunde.example>", Date: received.toUTCString() },
      "Hei, jeg ber dere slette alle personopplysninger dere har om meg. Hilsen Kari", received);
    await watcher.runOnce();
    const caseRow = await f.db.case.findFirstOrThrow();
    await scheduler.tick();
    expect(sent.map((message) => message.text).join("\n")).toMatch(new RegExp(`Ny sak – sak ${caseRow.id}`));
    await f.say(OWNER_ID, `/godkjenn ${caseRow.id}`); // the receipt goes out; the answer is the next draft

    drop("2.eml", {
      Subject: "Re: Sletting", "Message-ID": "<sletting-b@kunde.example>", "In-Reply-To": "<sletting-a@kunde.example>",
      References: "<sletting-a@kunde.example>", Date: f.clock().toUTCString(),
    }, "Jeg glemte å si at jeg også står på nyhetsbrevet deres med kari.privat@kunde.example.", f.clock());
    await watcher.runOnce();
    expect(await f.db.case.count()).toBe(1);
    sent.length = 0;
    await scheduler.tick();
    const told = sent.find((message) => message.text.includes("Nytt svar fra"))!;
    expect(told.text).toContain(`Nytt svar fra Kari Nordmann <kari@kunde.example> i sak ${caseRow.id}`);
    expect(told.text).toContain("står på nyhetsbrevet deres med kari.privat@kunde.example");
    expect(buttonData([told])).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^approve:${caseRow.id}:\\d+$`)), `edit:${caseRow.id}`]));
    // Told once, however often the scheduler runs.
    sent.length = 0;
    await scheduler.tick();
    expect(sent.filter((message) => message.text.includes("Nytt svar fra"))).toEqual([]);
    expect(textOf(await f.say(OWNER_ID, `/sak ${caseRow.id}`))).toMatch(/nytt svar fra kari@kunde\.example: «Jeg glemte å si/);

    // Answered from the card: Rediger, the text, Godkjenn; the mail answers the follow-up in its thread.
    await f.tap(OWNER_ID, `edit:${caseRow.id}`);
    await f.say(OWNER_ID, "Hei Kari,\n\nVi har slettet opplysningene om deg, også i nyhetsbrevet.\n\nVennlig hilsen Bedre Bedrift AS");
    expect(textOf(await f.tap(OWNER_ID, `approve:${caseRow.id}`))).toMatch(/huskelisten er ikke huket av/);
    expect(textOf(await f.tap(OWNER_ID, `approve:${caseRow.id}`))).toMatch(/Sendt til køen: svar/);
    const answer = await f.db.outboxMessage.findFirstOrThrow({ where: { caseId: caseRow.id }, orderBy: { id: "desc" } });
    expect(answer).toMatchObject({ kind: "email", recipient: "kari@kunde.example", inReplyTo: "<sletting-b@kunde.example>" });
    expect(answer.references).toContain("<sletting-a@kunde.example>");

    // A follow-up to the answered case reopens it; a new draft waits for the owner's words.
    drop("3.eml", {
      Subject: "Re: Sletting", "Message-ID": "<sletting-c@kunde.example>", "In-Reply-To": "<sletting-b@kunde.example>", Date: f.clock().toUTCString(),
    }, "Takk! Kan dere bekrefte at også kursbevisene er slettet?", f.clock());
    await watcher.runOnce();
    sent.length = 0;
    await scheduler.tick();
    const again = sent.find((message) => message.text.includes("Nytt svar fra"))!;
    expect(again.text).toContain("Kan dere bekrefte at også kursbevisene er slettet?");
    expect(buttonData([again])).toContain(`edit:${caseRow.id}`);
    const reopened = await f.db.case.findUniqueOrThrow({ where: { id: caseRow.id } });
    expect(reopened.status).toBe("awaiting_approval");
    expect(reopened.draft).toMatch(/Takk for meldingen din i sak \d+/);
    await watcher.stop();
  });
});

describe("the owner corrects a case", () => {
  let f: CoreFixture;
  beforeEach(async () => { f = await coreFixture("sqlite"); });
  afterEach(async () => { await f.dispose(); });

  async function mailCase() {
    const { caseId } = await openCaseFromMail(f.db, {
      mail: {
        messageId: "<sp-1@kunde.example>", references: [], from: { address: "per@kunde.example", name: "Per Hansen" }, to: ["hei@bedrebedrift.no"],
        subject: "Nyhetsbrev", headers: {}, text: "Jeg har aldri bedt om nyhetsbrevet deres, og jeg er lei av det.", quoted: "", signature: "", truncated: false,
      },
      classification: { category: "inquiry", rights: [], language: "nb", confidence: 0.41, reasons: ["spørsmål"] },
      receivedAt: f.clock(), promisedDays: 30,
    });
    return caseId;
  }

  it("changes category and rights by text, records both for labelled examples, and drafts again", async () => {
    const caseId = await mailCase();
    await f.say(OWNER_ID, `/sak ${caseId}`);
    const corrected = textOf(await f.say(OWNER_ID, `/endre ${caseId} kategori=klage`));
    expect(corrected).toMatch(/Sak \d+ er rettet: Spørsmål, norsk → Klage, norsk/);
    expect(corrected).toMatch(/Utkastet er skrevet på nytt/);
    expect((await f.db.case.findUniqueOrThrow({ where: { id: caseId } })).draft).toMatch(/klagen din/);

    expect(textOf(await f.say(OWNER_ID, `/endre ${caseId} rettigheter = innsyn, sletting`))).toMatch(/Klage, norsk → Forespørsel om rettigheter \(innsyn, sletting\), norsk/);
    const row = await f.db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(row).toMatchObject({ category: "rights_request", rights: "access,erasure" });
    expect(row.draft).toMatch(/innsyn/);

    expect(textOf(await f.say(OWNER_ID, `/correct ${caseId} category=complaint language=en`))).toMatch(/→ Klage, engelsk/);
    const events = await f.db.caseEvent.findMany({ where: { caseId, type: "classification_corrected" }, orderBy: { id: "asc" } });
    expect(JSON.parse(events[0]!.detail)).toMatchObject({
      from: { category: "inquiry", rights: [], language: "nb" }, to: { category: "complaint", rights: [], language: "nb" }, classifierConfidence: 0.41,
    });
    expect(events).toHaveLength(3);
    expect(textOf(await f.say(OWNER_ID, `/sak ${caseId}`))).toMatch(/sortering rettet: Spørsmål, norsk → Klage, norsk \(eieren\)/);
  });

  it("keeps the owner's own draft, and says clearly what it did not understand", async () => {
    const caseId = await mailCase();
    await f.say(OWNER_ID, `/rediger ${caseId} Hei Per, vi har fjernet deg fra nyhetsbrevet. Vennlig hilsen Bedre Bedrift AS`);
    expect(textOf(await f.say(OWNER_ID, `/endre ${caseId} klage`))).toMatch(/Utkastet er beholdt/);
    expect((await f.db.case.findUniqueOrThrow({ where: { id: caseId } })).draft).toMatch(/fjernet deg fra nyhetsbrevet/);
    expect(textOf(await f.say(OWNER_ID, `/endre ${caseId} kategori=reklame`))).toMatch(/Ukjent kategori «reklame»/);
    expect(textOf(await f.say(OWNER_ID, `/endre ${caseId} rettigheter=alt`))).toMatch(/Ukjent rettighet «alt»/);
    expect(textOf(await f.say(OWNER_ID, `/endre ${caseId} farge=blå`))).toMatch(/Forstår ikke «farge»/);
    const menu = await f.say(OWNER_ID, `/endre ${caseId}`);
    expect(buttonData(menu)).toEqual(expect.arrayContaining([`set_category:${caseId}:rights_request`, `toggle_right:${caseId}:objection`, `set_language:${caseId}:en`]));
    expect(textOf(await f.tap(OWNER_ID, `set_category:${caseId}:rights_request`))).toMatch(/Velg rettighetene/);
    await f.tap(OWNER_ID, `toggle_right:${caseId}:objection`);
    expect(await f.db.case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ category: "rights_request", rights: "objection" });
  });

  it("asks before closing without a reply, and can undo it", async () => {
    const caseId = await mailCase();
    const asked = await f.say(OWNER_ID, `/avvis ${caseId}`);
    expect(buttonData(asked)).toContain(`close:${caseId}`);
    expect((await f.db.case.findUniqueOrThrow({ where: { id: caseId } })).status).not.toBe("closed");
    const closed = await f.tap(OWNER_ID, `close:${caseId}`);
    expect(textOf(closed)).toMatch(/lukket uten svar/);
    expect(buttonData(closed)).toContain(`reopen:${caseId}`);
    expect(textOf(await f.say(OWNER_ID, `/gjenåpne ${caseId}`))).toMatch(/åpen igjen/);
    expect((await f.db.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("awaiting_approval");
    expect(await f.db.outboxMessage.count()).toBe(0);
  });
});

describe("the draft check asks for dates only where a text promises an answer", () => {
  const context = (overrides: Partial<CheckContext> = {}): CheckContext => ({
    purpose: "acknowledgement", language: "nb", receivedAt: new Date("2026-11-26T09:00:00Z"), due: "2026-12-28",
    requesterAddress: "kari@example.no", identityStatus: "unverified", category: "rights_request", ...overrides,
  });

  it("lets «we have already deleted your data» go without dates, but not a promise without the right date", () => {
    expect(checkDraft("Hei Kari, vi har allerede slettet opplysningene dine. Vennlig hilsen Bedre Bedrift AS", context())).toEqual([]);
    expect(checkDraft("Hello Kari, we have deleted your data. Kind regards", context({ language: "en" }))).toEqual([]);
    expect(checkDraft("Hei Kari, vi svarer senest 3. januar 2027.", context()).map((problem) => problem.code)).toEqual(["missing_due_date"]);
    expect(checkDraft("We received your request and will answer by 28 December 2026 at the latest.", context({ language: "en" })).map((problem) => problem.code))
      .toEqual(["missing_received_date"]);
    expect(checkDraft("Vi trenger mer tid.", context({ purpose: "extension", due: "2027-02-26" })).map((problem) => problem.code)).toEqual(["missing_due_date"]);
  });
});
