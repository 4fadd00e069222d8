import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../prisma/database";
import {
  CaseRuleError, addThreadId, contentHashOf, extendCase, getCase, listCases, openCaseFromChat, openCaseFromMail, pauseClock,
  recordEvent, resumeClock, setStatus,
} from "../triage/cases";
import type { ParsedMail } from "../triage/mail";
import type { Classification } from "../triage/types";
import { ENGINES, freshDatabase } from "./support/databases";

function mail(overrides: Partial<ParsedMail> = {}): ParsedMail {
  return {
    messageId: "<first@kari.example>",
    references: [],
    from: { address: "Kari.Nordmann@Example.no", name: "Kari Nordmann" },
    to: ["hei@bedrebedrift.no"],
    subject: "Innsyn i mine opplysninger",
    date: new Date("2026-05-01T08:00:00Z"),
    headers: {},
    text: "Hei, jeg ber om innsyn i alle personopplysninger dere har om meg.",
    quoted: "",
    signature: "",
    truncated: false,
    ...overrides,
  };
}

const accessRequest: Classification = {
  category: "rights_request", rights: ["access"], language: "nb", confidence: 0.93, reasons: ["nevner «innsyn»", "ber om opplysninger om seg selv"],
};

// Saturday 16 May 2026 22:30 UTC is Sunday 17 May 00:30 in Oslo.
const RECEIVED = new Date("2026-05-16T22:30:00Z");
// The business's promise, as Bedre Bedrift's knowledge base makes it: an answer within 30 days.
const PROMISED_DAYS = 30;

describe.each(ENGINES)("case log on %s", (engine) => {
  let database: Database & { dispose(): Promise<void> };
  beforeAll(async () => { database = await freshDatabase(engine); });
  afterAll(async () => { await database.dispose(); });
  beforeEach(async () => {
    await database.db.caseEvent.deleteMany();
    await database.db.case.deleteMany();
  });

  const types = async (caseId: number) => (await getCase(database.db, caseId))!.events.map((event) => event.type);

  it("opens a case from a mail with the receipt time, deadlines, classification and two events", async () => {
    const result = await openCaseFromMail(database.db, { mail: mail(), classification: accessRequest, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS });
    expect(result.outcome).toBe("case");
    expect(result.duplicateOfId).toBeUndefined();

    const opened = (await getCase(database.db, result.caseId))!;
    expect(opened).toMatchObject({
      channel: "email", messageId: "<first@kari.example>", fromAddress: "kari.nordmann@example.no", fromName: "Kari Nordmann",
      subject: "Innsyn i mine opplysninger", category: "rights_request", rights: ["access"], language: "nb", confidence: 0.93,
      reasons: accessRequest.reasons, status: "new", duplicateOfId: null, extendedDue: null,
      promisedDue: "2026-06-16", legalDue: "2026-06-17", due: "2026-06-16",
    });
    expect(opened.receivedAt.toISOString()).toBe("2026-05-16T22:30:00.000Z");
    expect(opened.body).toContain("ber om innsyn");
    expect(opened.events.map((event) => [event.type, event.actor])).toEqual([["received", "system"], ["classified", "system"]]);
    expect(opened.events[1]!.detail).toMatchObject({ category: "rights_request", rights: ["access"], confidence: 0.93 });
    const row = await database.db.case.findUniqueOrThrow({ where: { id: result.caseId } });
    expect(row.rights).toBe("access");
    expect(row.contentHash).toBe(contentHashOf(mail()));
    expect(row.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("shows the owner the earlier request a reminder points at, not only «Se under»", async () => {
    const reminder = mail({
      subject: "Sv: Innsyn i mine opplysninger",
      text: "Se under, gjelder fortsatt!",
      quoted: "Den 1. mai 2026 kl. 10:00 skrev Kari Nordmann <kari.nordmann@example.no>:\n> Hei, jeg ber om innsyn i alle personopplysninger dere har om meg.",
    });
    const { caseId } = await openCaseFromMail(database.db, { mail: reminder, classification: accessRequest, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS });
    const opened = (await getCase(database.db, caseId))!;
    expect(opened.body).toBe(
      "Se under, gjelder fortsatt!\n\n---- Tidligere henvendelse / earlier request ----\nHei, jeg ber om innsyn i alle personopplysninger dere har om meg.",
    );
    // The case keeps this mail's dates (the first mail may never have come); the owner is told when the month ran out had it come.
    expect(opened.due).toBe("2026-06-16");
    expect(opened.reasons[0]).toBe(
      "⚠️ Purring på en henvendelse datert 1. mai 2026 (sitert under). Kom den fram til dere da, er svarfristen regnet fra den dagen: 31. mai 2026, ikke 16. juni 2026.",
    );
  });

  it("warns of no earlier deadline where the quoted request has no date, or the reply is no reminder", async () => {
    const quoting = (text: string, attribution: string) => mail({
      messageId: `<${text.length}-${attribution.length}@kari.example>`, subject: "Sv: Innsyn", text,
      quoted: `${attribution}\n> Hei, jeg ber om innsyn i alle personopplysninger dere har om meg.`,
    });
    for (const reply of [quoting("Se under, gjelder fortsatt!", "Kari Nordmann <kari.nordmann@example.no> skrev:"), quoting("Takk for svar, da venter jeg.", "Den 1. mai 2026 kl. 10:00 skrev Kari Nordmann <kari.nordmann@example.no>:")]) {
      const { caseId } = await openCaseFromMail(database.db, { mail: reply, classification: accessRequest, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS });
      expect((await getCase(database.db, caseId))!.reasons).toEqual(accessRequest.reasons);
    }
  });

  it("stores several rights comma-separated and returns them as a list", async () => {
    const { caseId } = await openCaseFromMail(database.db, {
      mail: mail(), classification: { ...accessRequest, rights: ["erasure", "access"] }, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS,
    });
    expect((await database.db.case.findUniqueOrThrow({ where: { id: caseId } })).rights).toBe("access,erasure");
    expect((await getCase(database.db, caseId))!.rights).toEqual(["access", "erasure"]);
  });

  it("the same mail handled twice (same Message-ID) opens one case and adds no events", async () => {
    const first = await openCaseFromMail(database.db, { mail: mail(), classification: accessRequest, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS });
    const again = await openCaseFromMail(database.db, { mail: mail(), classification: accessRequest, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS });
    expect(again).toEqual({ outcome: "case", caseId: first.caseId });
    expect(await database.db.case.count()).toBe(1);
    expect(await types(first.caseId)).toEqual(["received", "classified"]);
  });

  it("a reply naming the case in In-Reply-To attaches to it and reopens an answered case", async () => {
    const { caseId } = await openCaseFromMail(database.db, { mail: mail(), classification: accessRequest, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS });
    await setStatus(database.db, caseId, "answered", { actor: "owner:1" });

    const reply = mail({ messageId: "<second@kari.example>", inReplyTo: "first@kari.example", subject: "Re: Innsyn", text: "Takk, men dere glemte nyhetsbrevet." });
    const result = await openCaseFromMail(database.db, { mail: reply, classification: accessRequest, receivedAt: new Date("2026-05-20T10:00:00Z"), promisedDays: PROMISED_DAYS });
    expect(result).toEqual({ outcome: "attached", caseId });
    expect(await database.db.case.count()).toBe(1);

    const after = (await getCase(database.db, caseId))!;
    expect(after.status).toBe("new");
    expect(after.events.map((event) => event.type)).toEqual(["received", "classified", "status_changed", "reply_received", "status_changed"]);
    expect(after.events[3]).toMatchObject({ actor: "requester", detail: { messageId: "<second@kari.example>", excerpt: "Takk, men dere glemte nyhetsbrevet." } });
    expect(after.events[4]!.detail).toMatchObject({ from: "answered", to: "new" });
    // The deadlines still run from the first mail.
    expect(after.due).toBe("2026-06-16");
  });

  it("a reply found only through References attaches, and so does a reply to that reply", async () => {
    const { caseId } = await openCaseFromMail(database.db, { mail: mail(), classification: accessRequest, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS });
    const reply = mail({ messageId: "<second@kari.example>", references: ["<unknown@elsewhere.example> <first@kari.example>"], text: "Et tillegg." });
    expect(await openCaseFromMail(database.db, { mail: reply, classification: accessRequest, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS })).toEqual({ outcome: "attached", caseId });

    const replyToReply = mail({ messageId: "<third@kari.example>", inReplyTo: "<second@kari.example>", references: ["<second@kari.example>"], text: "Enda et tillegg." });
    expect(await openCaseFromMail(database.db, { mail: replyToReply, classification: accessRequest, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS })).toEqual({ outcome: "attached", caseId });
    expect((await getCase(database.db, caseId))!.events.filter((event) => event.type === "reply_received")).toHaveLength(2);
    expect(await database.db.case.count()).toBe(1);
  });

  it("a reply to a case awaiting approval keeps that status, so the owner sees the draft and the reply", async () => {
    const { caseId } = await openCaseFromMail(database.db, { mail: mail(), classification: accessRequest, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS });
    await setStatus(database.db, caseId, "awaiting_approval", { actor: "system" });
    await openCaseFromMail(database.db, { mail: mail({ messageId: "<r@kari.example>", inReplyTo: "<first@kari.example>" }), classification: accessRequest, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS });
    expect((await getCase(database.db, caseId))!.status).toBe("awaiting_approval");
  });

  it("a reply to our sent answer attaches once the answer's Message-ID is recorded on the case", async () => {
    const { caseId } = await openCaseFromMail(database.db, { mail: mail(), classification: accessRequest, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS });
    await addThreadId(database.db, caseId, "answer-1@bedrebedrift.no");
    const reply = mail({ messageId: "<r2@kari.example>", inReplyTo: "<answer-1@bedrebedrift.no>", text: "Takk for svaret." });
    expect(await openCaseFromMail(database.db, { mail: reply, classification: accessRequest, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS })).toEqual({ outcome: "attached", caseId });
  });

  it("a mail that an earlier mail only named in its References is still handled, not taken as seen", async () => {
    await openCaseFromMail(database.db, { mail: mail({ references: ["<older@kari.example>"] }), classification: accessRequest, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS });
    const older = mail({ messageId: "<older@kari.example>", from: { address: "kari@annen.example" }, subject: "Sletting", text: "Slett meg." });
    const result = await openCaseFromMail(database.db, { mail: older, classification: { ...accessRequest, rights: ["erasure"] }, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS });
    expect(result.outcome).toBe("case");
    expect(await database.db.case.count()).toBe(2);
  });

  it("keeps the forwarded text of a forward in the case body", async () => {
    const forward = mail({ text: "Se under, kan du ta denne?", forwarded: "Jeg ønsker at dere sletter alle opplysninger om meg." });
    const { caseId } = await openCaseFromMail(database.db, { mail: forward, classification: accessRequest, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS });
    const body = (await getCase(database.db, caseId))!.body;
    expect(body).toContain("Se under");
    expect(body).toContain("sletter alle opplysninger");
  });

  it("a mail in no known thread opens its own case", async () => {
    await openCaseFromMail(database.db, { mail: mail(), classification: accessRequest, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS });
    const other = mail({ messageId: "<x@ola.example>", inReplyTo: "<never-seen@ola.example>", from: { address: "ola@example.no" } });
    expect((await openCaseFromMail(database.db, { mail: other, classification: accessRequest, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS })).outcome).toBe("case");
    expect(await database.db.case.count()).toBe(2);
  });

  it("the same sender asking the same thing again while the first case is open is flagged, not merged", async () => {
    const first = await openCaseFromMail(database.db, { mail: mail(), classification: accessRequest, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS });
    const again = mail({ messageId: "<again@kari.example>", from: { address: "kari.nordmann@example.no" }, text: "Jeg venter fortsatt på innsyn." });
    const second = await openCaseFromMail(database.db, { mail: again, classification: accessRequest, receivedAt: new Date("2026-06-01T09:00:00Z"), promisedDays: PROMISED_DAYS });
    expect(second).toMatchObject({ outcome: "case", duplicateOfId: first.caseId });
    expect(second.caseId).not.toBe(first.caseId);
    expect((await getCase(database.db, second.caseId))!.duplicateOfId).toBe(first.caseId);
    expect(await types(second.caseId)).toEqual(["received", "classified", "flagged_duplicate"]);
    expect(await types(first.caseId)).toEqual(["received", "classified", "duplicate_received"]);
  });

  it("is not a duplicate when the rights differ, the first case is closed, or its deadline has passed", async () => {
    const first = await openCaseFromMail(database.db, { mail: mail(), classification: accessRequest, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS });
    const erasure = await openCaseFromMail(database.db, {
      mail: mail({ messageId: "<m2@kari.example>" }), classification: { ...accessRequest, rights: ["erasure"] }, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS,
    });
    expect(erasure.duplicateOfId).toBeUndefined();

    // First case due 16 June 2026: a request on 17 June is a new one.
    const late = await openCaseFromMail(database.db, { mail: mail({ messageId: "<m3@kari.example>" }), classification: accessRequest, receivedAt: new Date("2026-06-17T08:00:00Z"), promisedDays: PROMISED_DAYS });
    expect(late.duplicateOfId).toBeUndefined();

    await setStatus(database.db, first.caseId, "closed", { actor: "owner:1" });
    await setStatus(database.db, late.caseId, "closed", { actor: "owner:1" });
    const afterClose = await openCaseFromMail(database.db, { mail: mail({ messageId: "<m4@kari.example>" }), classification: accessRequest, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS });
    expect(afterClose.duplicateOfId).toBeUndefined();
  });

  it("refuses to open a case for automated mail", async () => {
    await expect(openCaseFromMail(database.db, { mail: mail(), classification: { ...accessRequest, category: "automated" }, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS }))
      .rejects.toThrow(/automated/);
    expect(await database.db.case.count()).toBe(0);
  });

  it("runs inside the caller's transaction: a rollback leaves no case and no events", async () => {
    await expect(database.db.$transaction(async (tx) => {
      await openCaseFromMail(tx, { mail: mail(), classification: accessRequest, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS });
      throw new Error("caller failed after opening the case");
    })).rejects.toThrow(/caller failed/);
    expect(await database.db.case.count()).toBe(0);
    expect(await database.db.caseEvent.count()).toBe(0);
  });

  it("opens a chat case whose deadlines run from the chat message's Oslo date", async () => {
    const { caseId } = await openCaseFromChat(database.db, {
      channel: "telegram", conversationId: "4711", fromAddress: "kari@example.no", fromName: "Kari", text: "Jeg vil ha slettet kontoen min.\nMvh Kari",
      category: "rights_request", rights: ["erasure"], language: "nb", receivedAt: new Date("2026-01-30T23:15:00Z"), promisedDays: PROMISED_DAYS,
    });
    expect(await getCase(database.db, caseId)).toMatchObject({
      channel: "telegram", conversationId: "4711", fromAddress: "kari@example.no", subject: "Jeg vil ha slettet kontoen min.",
      rights: ["erasure"], legalDue: "2026-03-02", promisedDue: "2026-03-02", status: "new", messageId: null,
    });
    expect(await types(caseId)).toEqual(["received", "classified"]);
  });

  describe("extension", () => {
    const open = async () => (await openCaseFromMail(database.db, { mail: mail(), classification: accessRequest, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS })).caseId;

    it("within the first month: status extended, due becomes the extended date, reason in the history", async () => {
      const caseId = await open();
      expect(await extendCase(database.db, caseId, { reason: "Mange systemer å gå gjennom", actor: "owner:1", now: new Date("2026-06-10T09:00:00Z") }))
        .toEqual({ extendedDue: "2026-08-17" });
      const after = (await getCase(database.db, caseId))!;
      expect(after).toMatchObject({ status: "extended", extendedDue: "2026-08-17", due: "2026-08-17", legalDue: "2026-06-17" });
      expect(after.events.at(-1)).toMatchObject({ type: "extended", actor: "owner:1", detail: { reason: "Mange systemer å gå gjennom", previousDue: "2026-06-16" } });
    });

    it("is still allowed on the last day of the first month, but not the day after", async () => {
      const onTime = await open();
      await expect(extendCase(database.db, onTime, { reason: "Komplisert", actor: "owner:1", now: new Date("2026-06-17T20:00:00Z") })).resolves.toBeDefined();

      await database.db.caseEvent.deleteMany();
      await database.db.case.deleteMany();
      const late = await open();
      // 22:30 UTC on 17 June is already 18 June in Oslo.
      const refusal = extendCase(database.db, late, { reason: "Komplisert", actor: "owner:1", now: new Date("2026-06-17T22:30:00Z") });
      await expect(refusal).rejects.toBeInstanceOf(CaseRuleError);
      await expect(refusal).rejects.toThrow(/første måneden gikk ut 2026-06-17/);
      expect(await getCase(database.db, late)).toMatchObject({ status: "new", extendedDue: null, due: "2026-06-16" });
    });

    it("refuses a second extension, an empty reason, and an answered case", async () => {
      const caseId = await open();
      await expect(extendCase(database.db, caseId, { reason: "  ", actor: "owner:1", now: RECEIVED })).rejects.toThrow(/begrunnelse/);
      await extendCase(database.db, caseId, { reason: "Komplisert", actor: "owner:1", now: RECEIVED });
      await expect(extendCase(database.db, caseId, { reason: "Igjen", actor: "owner:1", now: RECEIVED })).rejects.toThrow(/allerede forlenget/);

      const answered = (await openCaseFromMail(database.db, { mail: mail({ messageId: "<b@x>", from: { address: "b@example.no" } }), classification: accessRequest, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS })).caseId;
      await setStatus(database.db, answered, "answered", { actor: "owner:1" });
      await expect(extendCase(database.db, answered, { reason: "Komplisert", actor: "owner:1", now: RECEIVED })).rejects.toThrow(/besvart/);
    });

    it("refuses to set status extended without going through the extension rules", async () => {
      const caseId = await open();
      await expect(setStatus(database.db, caseId, "extended", { actor: "owner:1" })).rejects.toBeInstanceOf(CaseRuleError);
    });
  });

  describe("pausing the clock", () => {
    it("moves the dates by the paused days when resumed, and shows the pause meanwhile", async () => {
      const { caseId } = await openCaseFromMail(database.db, { mail: mail(), classification: accessRequest, receivedAt: new Date("2026-05-04T09:00:00Z"), promisedDays: PROMISED_DAYS });
      await pauseClock(database.db, caseId, { kind: "identity", reason: "Ba om bekreftelse av identitet", actor: "owner:1", now: new Date("2026-05-06T10:00:00Z") });
      expect((await getCase(database.db, caseId))!.pausedSince?.toISOString()).toBe("2026-05-06T10:00:00.000Z");
      await expect(pauseClock(database.db, caseId, { kind: "identity", actor: "owner:1", now: new Date("2026-05-07T10:00:00Z") })).rejects.toThrow(/allerede/);

      expect(await resumeClock(database.db, caseId, { actor: "system", now: new Date("2026-05-11T08:00:00Z"), promisedDays: PROMISED_DAYS })).toEqual({ due: "2026-06-08", pausedDays: 5 });
      const after = (await getCase(database.db, caseId))!;
      expect(after).toMatchObject({ promisedDue: "2026-06-08", legalDue: "2026-06-09", due: "2026-06-08" });
      expect(after.pausedSince).toBeUndefined();
      expect(after.events.map((event) => event.type)).toEqual(["received", "classified", "clock_paused", "clock_resumed", "deadlines_moved"]);
      await expect(resumeClock(database.db, caseId, { actor: "system", now: new Date("2026-05-12T08:00:00Z"), promisedDays: PROMISED_DAYS })).rejects.toThrow(/går allerede/);
    });

    it("follows the promise it is given: a business promising 14 days keeps it through a pause (hand-checked)", async () => {
      const { caseId } = await openCaseFromMail(database.db, { mail: mail(), classification: accessRequest, receivedAt: new Date("2026-05-04T09:00:00Z"), promisedDays: 14 });
      expect(await getCase(database.db, caseId)).toMatchObject({ promisedDue: "2026-05-18", legalDue: "2026-06-04", due: "2026-05-18" });
      await pauseClock(database.db, caseId, { kind: "identity", actor: "owner:1", now: new Date("2026-05-06T10:00:00Z") });
      // 4 May + 14 days + 5 paused days = 23 May; the legal date moves from 4 June to Tuesday 9 June.
      expect(await resumeClock(database.db, caseId, { actor: "system", now: new Date("2026-05-11T08:00:00Z"), promisedDays: 14 })).toEqual({ due: "2026-05-23", pausedDays: 5 });
      expect(await getCase(database.db, caseId)).toMatchObject({ promisedDue: "2026-05-23", legalDue: "2026-06-09", due: "2026-05-23" });
    });

    it("a pause after an extension moves the extended date too", async () => {
      const { caseId } = await openCaseFromMail(database.db, { mail: mail(), classification: accessRequest, receivedAt: new Date("2026-05-04T09:00:00Z"), promisedDays: PROMISED_DAYS });
      await extendCase(database.db, caseId, { reason: "Komplisert", actor: "owner:1", now: new Date("2026-05-05T09:00:00Z") });
      await pauseClock(database.db, caseId, { kind: "clarification", actor: "owner:1", now: new Date("2026-05-06T10:00:00Z") });
      await resumeClock(database.db, caseId, { actor: "system", now: new Date("2026-05-11T08:00:00Z"), promisedDays: PROMISED_DAYS });
      // 4 August + 5 days = Sunday 9 August → Monday 10 August.
      expect(await getCase(database.db, caseId)).toMatchObject({ extendedDue: "2026-08-10", due: "2026-08-10", status: "extended" });
    });
  });

  it("the history only grows: earlier events stay exactly as they were, in the order they happened", async () => {
    const { caseId } = await openCaseFromMail(database.db, { mail: mail(), classification: accessRequest, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS });
    const before = (await getCase(database.db, caseId))!.events;
    await recordEvent(database.db, caseId, { actor: "owner:1", type: "note", detail: { text: "Ringte kunden" } });
    await setStatus(database.db, caseId, "awaiting_approval", { actor: "system" });
    await recordEvent(database.db, caseId, { actor: "owner:1", type: "note", detail: { text: "Sjekket CRM" } });
    const after = (await getCase(database.db, caseId))!.events;
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.map((event) => event.type)).toEqual(["received", "classified", "note", "status_changed", "note"]);
    expect(after.map((event) => event.id)).toEqual([...after.map((event) => event.id)].sort((a, b) => a - b));
    expect(after[4]!.detail).toEqual({ text: "Sjekket CRM" });
  });

  it("lists cases by days left, filtered by status or to open cases", async () => {
    const late = await openCaseFromMail(database.db, { mail: mail(), classification: accessRequest, receivedAt: RECEIVED, promisedDays: PROMISED_DAYS });
    const soon = await openCaseFromMail(database.db, { mail: mail({ messageId: "<s@ola>", from: { address: "ola@example.no" } }), classification: accessRequest, receivedAt: new Date("2026-05-01T10:00:00Z"), promisedDays: PROMISED_DAYS });
    const done = await openCaseFromMail(database.db, { mail: mail({ messageId: "<d@per>", from: { address: "per@example.no" } }), classification: accessRequest, receivedAt: new Date("2026-05-10T10:00:00Z"), promisedDays: PROMISED_DAYS });
    await setStatus(database.db, done.caseId, "closed", { actor: "owner:1" });

    const now = new Date("2026-05-25T10:00:00Z");
    const all = await listCases(database.db, { now });
    expect(all.map((c) => c.id)).toEqual([soon.caseId, done.caseId, late.caseId]);
    expect(all.map((c) => c.daysLeft)).toEqual([6, 15, 22]);
    expect((await listCases(database.db, { openOnly: true, now })).map((c) => c.id)).toEqual([soon.caseId, late.caseId]);
    expect((await listCases(database.db, { status: "closed", now })).map((c) => c.id)).toEqual([done.caseId]);
    expect(await listCases(database.db, { status: "closed", openOnly: true, now })).toEqual([]);
  });

  it("getCase gives undefined for an unknown id, and case functions a clear error", async () => {
    expect(await getCase(database.db, 999)).toBeUndefined();
    await expect(setStatus(database.db, 999, "closed", { actor: "owner:1" })).rejects.toThrow(/Fant ingen sak med nummer 999/);
  });
});
