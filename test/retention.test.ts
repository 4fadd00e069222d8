import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../log";
import type { Db } from "../prisma/database";
import { setStatus } from "../triage/cases";
import { osloDateOf } from "../triage/deadlines/calendar";
import { applyRetention, createRetentionJob, erasePerson, planRetention, type MailFolders } from "../triage/retention";
import { periodsFromKnowledge, type RetentionPeriods } from "../triage/retention/periods";
import { createFolderWatcher } from "../triage/watch";
import { openErasureMailCase } from "./fakes/cases";
import { coreFixture, OWNER_ID, textOf, visitorAsksForErasure, type CoreFixture } from "./support/bot-core";
import { ENGINES, freshDatabase } from "./support/databases";
import { buildMail } from "./support/imap";

const DAY_MS = 24 * 60 * 60 * 1000;
const TABLES = ["conversationMessage", "processedUpdate", "case", "caseEvent", "mailboxCursor", "ingestedMail", "outboxMessage", "notificationLog", "chatSession"] as const;

/** Everything the database holds (but another person's case), as one text to search for a person's traces. */
async function everything(db: Db, exceptCase?: number): Promise<string> {
  const rows = await Promise.all(TABLES.map((table) => (db[table] as unknown as { findMany(): Promise<Record<string, unknown>[]> }).findMany()));
  const theirs = (row: Record<string, unknown>) => exceptCase !== undefined && (row.caseId === exceptCase || (row.id === exceptCase && "receivedAt" in row && "category" in row));
  return JSON.stringify(rows.map((table) => table.filter((row) => !theirs(row))));
}

async function retentionAt(db: Db, at: Date, periods: RetentionPeriods, folders: MailFolders = {}) {
  const plan = await planRetention(db, at, periods, folders);
  return { plan, counts: await applyRetention(db, plan, folders, silentLogger) };
}

describe.each(ENGINES)("the assistant's own retention on %s", (engine) => {
  let f: CoreFixture;
  let start: Date;
  let periods: RetentionPeriods;
  const after = (days: number) => new Date(start.getTime() + days * DAY_MS);

  beforeEach(async () => {
    start = new Date();
    f = await coreFixture(engine, start);
    periods = periodsFromKnowledge(f.knowledgeBase.assistant_retention!);
  });
  afterEach(async () => { await f.dispose(); });

  it("removes each kind of record once its period has passed, and keeps the minimal record of an answered case", async () => {
    await f.say("700", "Hvor lenge lagrer dere e-post?");
    await f.say("600", "Jeg vil klage på hvordan dere har brukt opplysningene mine");
    await f.say("600", "Per Hansen"); // and then never answers again: an abandoned hand-over
    const { caseId } = await visitorAsksForErasure(f);
    await f.say(OWNER_ID, `/godkjenn ${caseId}`); // the acknowledgement
    await f.say(OWNER_ID, `/rediger ${caseId} Hei Kari Nordmann, vi har slettet alt vi hadde om deg.`);
    await f.say(OWNER_ID, `/godkjenn ${caseId}`); // asks once: the to-do list is still open
    const approved = textOf(await f.say(OWNER_ID, `/godkjenn ${caseId}`));
    expect((await f.db.case.findUniqueOrThrow({ where: { id: caseId } })).status, approved).toBe("answered");
    const openCase = await openErasureMailCase(f.db, { from: "ola@kunde.example", now: start });

    const today = await planRetention(f.db, start, periods);
    expect([today.chatLineIds, today.sessionKeys, today.cases, today.updateKeys]).toEqual([[], [], [], 0]);

    const abandoned = await retentionAt(f.db, after(periods.abandonedIntakeDays + 1), periods);
    expect(abandoned.plan.sessionKeys).toEqual(["telegram:600:600"]);
    expect(abandoned.counts).toMatchObject({ sessions: 1, chatLines: 0, cases: 0 });
    expect(abandoned.counts.updateKeys).toBeGreaterThan(0); // a week: longer than any platform resends an update
    expect(await f.db.processedUpdate.count()).toBe(0);
    expect(await f.db.chatSession.count()).toBe(0);

    const chats = await retentionAt(f.db, after(periods.chatWithoutCaseDays + 1), periods);
    expect(chats.counts.chatLines).toBeGreaterThan(0);
    const left = await f.db.conversationMessage.findMany();
    expect(new Set(left.map((line) => line.conversationId))).toEqual(new Set(["555"])); // the visitor whose case is kept

    const beforeCasePeriod = await planRetention(f.db, after(periods.caseContentDays - 1), periods);
    expect(beforeCasePeriod.cases).toEqual([]);
    const unsent = await planRetention(f.db, after(periods.caseContentDays + 1), periods);
    expect(unsent.cases).toEqual([]); // its replies have not gone out yet
    await f.db.outboxMessage.updateMany({ data: { status: "sent", sentAt: start } }); // as the outbox worker marks a delivered message
    const cases = await retentionAt(f.db, after(periods.caseContentDays + 1), periods);
    expect(cases.plan.cases.map((entry) => entry.id)).toEqual([caseId]);
    // Receipt and answer, each by e-mail with a note in the chat: four outbox rows.
    expect(cases.counts).toMatchObject({ cases: 1, outboxMessages: 4 });

    const record = await f.db.case.findUniqueOrThrow({ where: { id: caseId }, include: { events: true, outbox: true } });
    expect(record).toMatchObject({
      category: "rights_request", rights: "erasure", status: "answered", fromAddress: "", fromName: null, body: "", subject: "", draft: "", conversationId: null,
    });
    expect(record.receivedAt.toISOString()).toBe(start.toISOString());
    expect(record.contentRemovedAt?.toISOString()).toBe(after(periods.caseContentDays + 1).toISOString());
    expect(record.outbox.map((message) => [message.recipient, message.body])).toEqual(Array(4).fill(["", ""]));
    const removed = record.events.find((event) => event.type === "content_removed");
    expect(JSON.parse(removed!.detail)).toEqual({ why: "retention", answeredOn: osloDateOf(start), dueOn: record.due, deadlineMet: true });
    expect(await f.db.conversationMessage.count()).toBe(0);

    const stored = await everything(f.db, openCase);
    for (const trace of ["kari@example.no", "Kari", "Nordmann", "Per Hansen", "slett"]) expect(stored).not.toContain(trace);
    // The case still open keeps everything, however old.
    expect((await f.db.case.findUniqueOrThrow({ where: { id: openCase } })).body).toMatch(/sletter alle opplysninger/);
    expect((await retentionAt(f.db, after(periods.caseContentDays + 1), periods)).counts.cases).toBe(0);
  });

  it("erases one person from every table at once, once nothing to them waits in the outbox", async () => {
    const { caseId: chatCase } = await visitorAsksForErasure(f, "555", "kari@example.no");
    const mailCase = await openErasureMailCase(f.db, { from: "Kari@Example.no", now: start });
    const other = await openErasureMailCase(f.db, { from: "ola@kunde.example", messageId: "<ola-1@kunde.example>", now: start });
    await f.say(OWNER_ID, `/godkjenn ${chatCase}`);
    const erase = () => erasePerson(f.db, mailCase, { now: after(1), actor: `owner:${OWNER_ID}`, logger: silentLogger });

    await expect(erase()).rejects.toThrow(/ikke sendt ennå/);
    await f.db.outboxMessage.updateMany({ data: { status: "sent", sentAt: start } }); // as the outbox worker marks a delivered message

    const result = await erase();
    expect(result.caseIds).toEqual([chatCase, mailCase]);
    expect(result.chatLines).toBeGreaterThan(0);
    const stored = await everything(f.db, other);
    for (const trace of ["kari@example.no", "Kari", "Nordmann", "sletter alle"]) expect(stored.toLowerCase()).not.toContain(trace.toLowerCase());

    const record = await f.db.case.findUniqueOrThrow({ where: { id: mailCase }, include: { events: { orderBy: { id: "asc" } } } });
    expect(record).toMatchObject({ status: "closed", category: "rights_request", rights: "erasure", fromAddress: "" });
    const erased = record.events.find((event) => event.type === "person_erased")!;
    expect(erased.actor).toBe(`owner:${OWNER_ID}`);
    expect(Object.values(JSON.parse(erased.detail)).every((value) => typeof value === "number")).toBe(true);
    expect((await f.db.case.findUniqueOrThrow({ where: { id: other } })).fromAddress).toBe("ola@kunde.example");
    await expect(erase()).rejects.toThrow(/ikke lenger personopplysninger/);
  });

  it("leaves a case whole when a reply reopened it after the plan was made", async () => {
    const caseId = await openErasureMailCase(f.db, { now: start });
    await setStatus(f.db, caseId, "answered", { actor: `owner:${OWNER_ID}`, now: start });
    const stale = await planRetention(f.db, after(periods.caseContentDays + 1), periods);
    expect(stale.cases.map((entry) => entry.id)).toEqual([caseId]);
    await setStatus(f.db, caseId, "new", { actor: "system", now: after(periods.caseContentDays) });
    expect((await applyRetention(f.db, stale, {}, silentLogger)).cases).toBe(0);
    expect((await f.db.case.findUniqueOrThrow({ where: { id: caseId } })).body).toMatch(/sletter alle/);
  });

  it("prunes IMAP bookkeeping only where a re-scan under the new UIDVALIDITY recorded the same mail again", async () => {
    await f.db.mailboxCursor.create({ data: { mailbox: "INBOX", uidValidity: "2", lastUid: 1 } });
    const row = (uidValidity: string, uid: number, hash: string) => ({
      mailbox: "INBOX", uidValidity, uid, messageId: `<${hash}@kunde.example>`, contentHash: hash, receivedAt: start, outcome: "automated",
    });
    const seenAgain = await f.db.ingestedMail.create({ data: row("1", 1, "aaa") });
    await f.db.ingestedMail.create({ data: row("1", 2, "bbb") }); // not re-scanned yet: it still stops a duplicate
    await f.db.ingestedMail.create({ data: row("2", 1, "aaa") });

    const { plan, counts } = await retentionAt(f.db, after(1), periods);
    expect(plan.ingestedMailIds).toEqual([seenAgain.id]);
    expect(counts.ingestedMail).toBe(1);
    const left = await f.db.ingestedMail.findMany({ orderBy: [{ uidValidity: "asc" }, { uid: "asc" }] });
    expect(left.map((entry) => `${entry.uidValidity}/${entry.uid}`)).toEqual(["1/2", "2/1"]);
  });

  it("lets the owner erase a person from chat, after showing whom and asking to confirm", async () => {
    const { caseId } = await visitorAsksForErasure(f, "555", "kari@example.no");
    const preview = textOf(await f.say(OWNER_ID, `/slett ${caseId}`));
    expect(preview).toMatch(/Dette sletter kari@example\.no overalt: 1 sak\(er\) \(\d+\).*Det kan ikke angres/s);
    expect(preview).toContain(`/slett ${caseId} bekreft`);
    expect((await f.db.case.findUniqueOrThrow({ where: { id: caseId } })).fromAddress).toBe("kari@example.no");

    const done = textOf(await f.say(OWNER_ID, `/slett ${caseId} bekreft`));
    expect(done).toMatch(new RegExp(`Personen i sak ${caseId} er slettet: 1 sak\\(er\\)`));
    expect(await everything(f.db)).not.toMatch(/kari|nordmann/i);
    expect(textOf(await f.say(OWNER_ID, `/slett ${caseId} bekreft`))).toMatch(/ikke lenger personopplysninger/);
  });
});

describe("the assistant's own retention of mail files", () => {
  let dir: string;
  let dispose: () => Promise<void>;
  let db: Db;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "pva-retention-"));
    const database = await freshDatabase("sqlite");
    db = database.db;
    dispose = database.dispose;
  });
  afterEach(async () => {
    await dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("moves ingested inbox files to the processed folder, then expires them and sent copies with their bookkeeping", async () => {
    const now = new Date();
    const periods: RetentionPeriods = { chatWithoutCaseDays: 30, abandonedIntakeDays: 7, caseContentDays: 730, mailFilesDays: 365 };
    const folders = { inboxDir: path.join(dir, "inbox"), sentMailDir: path.join(dir, "sent-mail") };
    const received = new Date(now.getTime() - 60 * 60 * 1000);
    const put = (file: string, content: string) => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
      fs.utimesSync(file, received, received);
    };
    put(path.join(folders.inboxDir, "innsyn.eml"), buildMail({ from: "Kari Nordmann <kari@kunde.example>" }));
    const stillWritten = path.join(folders.inboxDir, "skrives-fortsatt.eml");
    put(stillWritten, buildMail({ from: "Ola <ola@kunde.example>" }));
    fs.utimesSync(stillWritten, now, now); // changed just now: the watcher waits for it to settle
    put(path.join(folders.sentMailDir, "svar.eml"), "To: kari@kunde.example\r\n\r\nSvar");
    const watcher = createFolderWatcher({ db, dir: folders.inboxDir, logger: silentLogger, clock: () => now, settleMs: 60_000, promisedDays: 30 });
    await watcher.runOnce();
    await watcher.stop();
    expect(await db.case.count()).toBe(1);

    const moved = await retentionAt(db, now, periods, folders);
    expect(moved.counts).toMatchObject({ inboxFilesMoved: 1, mailFiles: 0 });
    expect(fs.readdirSync(folders.inboxDir).sort()).toEqual(["processed", "skrives-fortsatt.eml"]); // not ingested yet: it stays
    expect(fs.readdirSync(path.join(folders.inboxDir, "processed"))).toEqual(["innsyn.eml"]);

    expect((await planRetention(db, new Date(now.getTime() + (periods.mailFilesDays - 1) * DAY_MS), periods, folders)).expiredMailFiles).toEqual([]);
    const expired = await retentionAt(db, new Date(now.getTime() + (periods.mailFilesDays + 1) * DAY_MS), periods, folders);
    expect(expired.counts).toMatchObject({ mailFiles: 2, ingestedMail: 1 });
    expect(fs.readdirSync(path.join(folders.inboxDir, "processed"))).toEqual([]);
    expect(fs.readdirSync(folders.sentMailDir)).toEqual([]);
    expect(await db.ingestedMail.count()).toBe(0);
    expect(fs.readdirSync(folders.inboxDir).sort()).toEqual(["processed", "skrives-fortsatt.eml"]);
  });

  it("runs as a job at start, and logs what it removed as counts, never content", async () => {
    const now = new Date();
    const sentMailDir = path.join(dir, "sent-mail");
    const copy = path.join(sentMailDir, "svar-til-kari.eml");
    fs.mkdirSync(sentMailDir);
    fs.writeFileSync(copy, "To: Kari Nordmann <kari@kunde.example>\r\n\r\nSvar");
    const sent = new Date(now.getTime() - 400 * DAY_MS);
    fs.utimesSync(copy, sent, sent);
    await db.conversationMessage.create({
      data: { channel: "slack", conversationId: "D1", userId: "U1", direction: "in", text: "Jeg heter Kari Nordmann", createdAt: new Date(now.getTime() - 31 * DAY_MS) },
    });
    const lines: string[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => void lines.push(line) });
    const periods: RetentionPeriods = { chatWithoutCaseDays: 30, abandonedIntakeDays: 7, caseContentDays: 730, mailFilesDays: 365 };

    const job = createRetentionJob({ db, clock: () => now, logger, periods, folders: { sentMailDir }, intervalMs: DAY_MS });
    job.start();
    await job.stop();

    expect(fs.existsSync(copy)).toBe(false);
    expect(await db.conversationMessage.count()).toBe(0);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).deleted).toMatchObject({ chatLines: 1, mailFiles: 1 });
    expect(lines.join("")).not.toMatch(/kari|nordmann|svar-til/i);
  });
});
