import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createOwnerScheduler } from "../bot/owner/scheduler";
import { dueNotifications } from "../bot/owner/schedule";
import type { OutgoingMessage } from "../bot/core/messages";
import { silentLogger } from "../log";
import { ENGINES } from "./support/databases";
import { coreFixture, OWNER_ID, visitorAsksForErasure, type CoreFixture } from "./support/bot-core";

const at = (iso: string) => new Date(iso);

describe.each(ENGINES)("owner reminders, alarms and digest on %s", (engine) => {
  let f: CoreFixture;
  let sent: OutgoingMessage[];
  let failNext = false;
  const scheduler = () => createOwnerScheduler({
    db: f.db, clock: f.clock, owners: f.deps.owners, qa: f.deps.qa, business: f.deps.business, logger: silentLogger,
    reminderDays: [7, 3, 1], digestHour: 8,
    async send(message) {
      if (failNext) throw new Error("the chat platform is down");
      sent.push(message);
    },
  });
  const sentSince = (from: number) => sent.slice(from).filter((message) => message.channel === "telegram").map((message) => message.text.split("\n")[0]);

  beforeEach(async () => {
    f = await coreFixture(engine, at("2026-11-26T06:00:00Z")); // 07:00 in Oslo, before the digest hour
    sent = [];
    failNext = false;
  });
  afterEach(async () => { await f.dispose(); });

  it("announces a new case once to every owner, then reminds, alarms and digests each exactly once, never early", async () => {
    const { caseId } = await visitorAsksForErasure(f);
    const owner = scheduler();
    await owner.tick();
    expect(sent.map((message) => message.conversationId).sort()).toEqual([OWNER_ID, "owner"]);
    expect(sent[0]!.card).toMatchObject({ caseId, draftPurpose: "acknowledgement" });
    expect(sent[0]!.buttons?.flat().map((button) => button.data)).toContainEqual(expect.stringMatching(new RegExp(`^approve:${caseId}(:|$)`)));
    await owner.tick();
    expect(sent).toHaveLength(2);

    const steps: [string, string[]][] = [
      ["2026-11-26T07:30:00Z", ["Oversikt: 1 åpen sak."]],
      ["2026-11-26T08:30:00Z", []],
      ["2026-12-18T07:30:00Z", ["Oversikt: 1 åpen sak."]],
      ["2026-12-19T07:30:00Z", [`Påminnelse: sak ${caseId} har 7 dager igjen.`, "Oversikt: 1 åpen sak."]],
      ["2026-12-19T12:00:00Z", []],
      ["2026-12-24T06:00:00Z", [`Påminnelse: sak ${caseId} har 2 dager igjen.`]],
      ["2026-12-25T06:00:00Z", [`Påminnelse: sak ${caseId} har 1 dag igjen.`]],
      ["2026-12-26T06:00:00Z", [`Frist i dag for sak ${caseId}.`]],
      ["2026-12-27T06:00:00Z", [`Fristen er passert! Sak ${caseId} skulle vært besvart 26. desember 2026.`]],
      ["2026-12-28T06:00:00Z", []],
    ];
    for (const [now, expected] of steps) {
      f.setNow(at(now));
      const before = sent.length;
      await owner.tick();
      await owner.tick();
      expect(sentSince(before), now).toEqual(expected);
    }
  });

  it("tells the owner once about a mail the watcher gave up on, so it is read by hand", async () => {
    await f.db.ingestedMail.create({ data: {
      mailbox: "imap:hei@example.no/INBOX", uidValidity: "1", uid: 7, messageId: "<broken-1@example.no>", contentHash: "abc",
      receivedAt: at("2026-11-26T05:00:00Z"), outcome: "given_up", attempts: 3, lastError: "not a mail: no headers",
    } });
    const owner = scheduler();
    await owner.tick();
    await owner.tick();
    const told = sent.filter((message) => message.channel === "telegram" && message.text.includes("<broken-1@example.no>"));
    expect(told).toHaveLength(1);
    expect(told[0]!.text).toContain("må leses manuelt");
    expect(told[0]!.text).toContain("not a mail: no headers");
  });

  it("says nothing about a case while its clock waits for the requester's identity", async () => {
    const { caseId } = await visitorAsksForErasure(f);
    await f.tap(OWNER_ID, `identity:${caseId}`);
    await f.tap(OWNER_ID, `approve:${caseId}`);
    const owner = scheduler();
    await owner.tick();
    f.setNow(at("2026-12-25T06:00:00Z"));
    const before = sent.length;
    await owner.tick();
    expect(sentSince(before)).toEqual([]);
  });

  it("tries again next tick when no owner could be reached", async () => {
    await visitorAsksForErasure(f);
    const owner = scheduler();
    failNext = true;
    expect(await owner.tick()).toEqual([]);
    failNext = false;
    expect(await owner.tick()).toEqual(["announce:1"]);
    expect(sent).toHaveLength(2);
  });
});

/** Counts the case rows and transactions the scheduler asks the database for: what an idle tick costs. */
function countingReads(db: CoreFixture["db"]) {
  const counts = { caseRows: 0, transactions: 0 };
  const cases = new Proxy(db.case, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== "function") return value;
      return async (...args: unknown[]) => {
        const result = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        counts.caseRows += Array.isArray(result) ? result.length : result ? 1 : 0;
        return result;
      };
    },
  });
  const counted = new Proxy(db, {
    get(target, property) {
      if (property === "case") return cases;
      const value = Reflect.get(target, property, target) as unknown;
      if (property === "$transaction") return (...args: unknown[]) => { counts.transactions += 1; return (value as (...a: unknown[]) => unknown).apply(target, args); };
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { db: counted, counts };
}

describe.each(ENGINES)("announcing new cases cheaply on %s", (engine) => {
  let f: CoreFixture;
  beforeEach(async () => { f = await coreFixture(engine, at("2026-11-26T06:00:00Z")); });
  afterEach(async () => { await f.dispose(); });

  const schedulerFor = (db: CoreFixture["db"], owners: CoreFixture["deps"]["owners"], sent: OutgoingMessage[]) => createOwnerScheduler({
    db, clock: f.clock, owners, qa: f.deps.qa, business: f.deps.business, logger: silentLogger,
    reminderDays: [7, 3, 1], digestHour: 8, send: async (message) => { sent.push(message); },
  });
  const announced = async () => (await f.db.notificationLog.findMany({ where: { key: { startsWith: "announce:" } }, orderBy: { key: "asc" } })).map((row) => row.key);
  const drafts = () => f.db.caseEvent.count({ where: { type: "draft_prepared" } });

  it("with no owner channel, records each new case as announced once without building its card, and idle ticks read no case", async () => {
    const first = await visitorAsksForErasure(f, "555", "kari@example.no");
    const second = await visitorAsksForErasure(f, "556", "ola@example.no");
    const draftsBefore = await drafts();
    const { db, counts } = countingReads(f.db);
    const sent: OutgoingMessage[] = [];
    const owner = schedulerFor(db, {}, sent);

    await owner.announce();
    expect(await announced()).toEqual([`announce:${first.caseId}`, `announce:${second.caseId}`]);
    expect(await drafts()).toBe(draftsBefore);
    expect(counts.transactions).toBe(0);

    counts.caseRows = 0;
    for (let tick = 0; tick < 5; tick++) await owner.announce();
    expect(counts).toEqual({ caseRows: 0, transactions: 0 });

    const third = await visitorAsksForErasure(f, "557", "per@example.no");
    await owner.announce();
    expect(await announced()).toContain(`announce:${third.caseId}`);
    expect(sent).toEqual([]);
  });

  it("with an owner, an idle tick rebuilds no card and reads no case; a new case is announced once", async () => {
    await visitorAsksForErasure(f, "555", "kari@example.no");
    const { db, counts } = countingReads(f.db);
    const sent: OutgoingMessage[] = [];
    const owner = schedulerFor(db, { telegram: OWNER_ID }, sent);
    await owner.announce();
    expect(sent).toHaveLength(1);

    counts.caseRows = 0;
    counts.transactions = 0;
    for (let tick = 0; tick < 5; tick++) await owner.announce();
    expect(counts).toEqual({ caseRows: 0, transactions: 0 });
    expect(sent).toHaveLength(1);

    const next = await visitorAsksForErasure(f, "556", "ola@example.no");
    await owner.announce();
    await owner.announce();
    expect(sent.map((message) => message.card?.caseId)).toEqual([1, next.caseId]);
  });
});

describe("dueNotifications", () => {
  const open = { id: 3, channel: "email", conversationId: null, messageId: null, fromAddress: "a@b.no", fromName: null, subject: "", category: "rights_request",
    rights: ["access" as const], language: "nb", receivedAt: at("2026-11-26T09:00:00Z"), promisedDue: "2026-12-26", legalDue: "2026-12-28", due: "2026-12-26",
    extendedDue: null, status: "new" as const, duplicateOfId: null, identityStatus: "unverified" };

  it("re-arms the reminders when the deadline moves", () => {
    const before = dueNotifications([open], at("2026-12-19T06:00:00Z"), { reminderDays: [7, 3, 1], digestHour: 23 });
    const extended = dueNotifications([{ ...open, due: "2027-02-26", status: "extended" }], at("2027-02-19T06:00:00Z"), { reminderDays: [7, 3, 1], digestHour: 23 });
    expect(before.map((n) => n.key)).toEqual(["reminder:3:2026-12-26:7"]);
    expect(extended.map((n) => n.key)).toEqual(["reminder:3:2027-02-26:7"]);
  });

  it("sends no digest before the hour in Oslo, also in summer time", () => {
    const summer = { ...open, due: "2027-07-30" };
    expect(dueNotifications([summer], at("2027-07-01T05:59:00Z"), { reminderDays: [], digestHour: 8 })).toEqual([]);
    expect(dueNotifications([summer], at("2027-07-01T06:00:00Z"), { reminderDays: [], digestHour: 8 }).map((n) => n.key)).toEqual(["digest:2027-07-01"]);
  });
});
