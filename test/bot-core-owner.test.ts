import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openCaseFromMail } from "../triage/cases";
import { longDate } from "../bot/drafts";
import { ENGINES } from "./support/databases";
import { coreFixture, OWNER_ID, textOf, visitorAsksForErasure, type CoreFixture } from "./support/bot-core";

async function mailCase(f: CoreFixture, options: { rights?: ("access" | "erasure")[]; language?: "nb" | "en" } = {}) {
  const { caseId } = await openCaseFromMail(f.db, {
    mail: {
      messageId: "<req-1@example.no>", references: ["<older@example.no>"], inReplyTo: "<older@example.no>",
      from: { address: "per@example.no", name: "Per Hansen" }, to: ["hei@bedrebedrift.no"], subject: "Innsyn",
      headers: {}, text: "Hei, jeg vil ha innsyn i hva dere har lagret om meg. Ring meg på 912 34 567.", quoted: "", signature: "", truncated: false,
    },
    classification: { category: "rights_request", rights: options.rights ?? ["access"], language: options.language ?? "nb", confidence: 0.9, reasons: [] },
    receivedAt: f.clock(), promisedDays: 30,
  });
  return caseId;
}

async function events(f: CoreFixture, caseId: number): Promise<string[]> {
  return (await f.db.caseEvent.findMany({ where: { caseId }, orderBy: { id: "asc" } })).map((event) => event.type);
}

describe.each(ENGINES)("the owner's use cases on %s", (engine) => {
  let f: CoreFixture;
  beforeEach(async () => { f = await coreFixture(engine); });
  afterEach(async () => { await f.dispose(); });

  it("approves an email case as a threaded reply to the requester", async () => {
    const caseId = await mailCase(f);
    const replies = await f.say(OWNER_ID, `/godkjenn ${caseId}`);
    expect(textOf(replies)).toMatch(/Sendt til køen: kvittering/);
    const [message] = await f.db.outboxMessage.findMany();
    expect(message).toMatchObject({ kind: "email", recipient: "per@example.no", subject: "Re: Innsyn", inReplyTo: "<req-1@example.no>" });
    expect(message!.references).toContain("<req-1@example.no>");
    expect(message!.body).toMatch(/senest \d+\. desember 2026/);
    // The acknowledgement went out; the answer itself is the next draft, with gaps the owner must fill.
    expect(replies.at(-1)!.card?.draftPurpose).toBe("reply");
    expect(textOf(await f.say(OWNER_ID, `/godkjenn ${caseId}`))).toMatch(/ikke sendt.*\n.*FYLL INN/s);
    expect(await f.db.outboxMessage.count()).toBe(1);
  });

  it("edits: the owner's next message replaces the draft, and a new card shows it", async () => {
    const { caseId } = await visitorAsksForErasure(f);
    expect(textOf(await f.tap(OWNER_ID, `edit:${caseId}`))).toMatch(/Skriv den nye teksten/);
    const { due } = await f.db.case.findUniqueOrThrow({ where: { id: caseId } });
    const text = `Hei Kari, vi mottok forespørselen 26. november 2026 og svarer senest ${longDate(due, "nb")}. Hilsen Bedre Bedrift AS`;
    const card = await f.say(OWNER_ID, text);
    expect(card[0]!.card).toMatchObject({ caseId, draft: text });
    expect((await f.db.case.findUniqueOrThrow({ where: { id: caseId } })).draft).toBe(text);
    await f.tap(OWNER_ID, `approve:${caseId}`);
    const [message] = await f.db.outboxMessage.findMany();
    expect(message).toMatchObject({ body: text, idempotencyKey: `reply:${caseId}:2` });
  });

  it("extends: asks for the reason and drafts the notice; the deadline stays until the notice is sent", async () => {
    const { caseId } = await visitorAsksForErasure(f);
    await f.tap(OWNER_ID, `extend:${caseId}`);
    const replies = await f.say(OWNER_ID, "Vi må hente opplysninger fra flere systemer.");
    const card = replies.find((reply) => reply.card)!;
    expect(textOf(replies)).toMatch(/Fristen er fortsatt 26\. desember 2026/);
    const row = await f.db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(row).toMatchObject({ status: "awaiting_approval", extendedDue: null, due: "2026-12-26" });
    expect(card.card).toMatchObject({ draftPurpose: "extension", problems: [], extension: { state: "drafted", extendedDue: "2027-02-26" } });
    expect(card.card!.draft).toMatch(/26\. februar 2027/);
    expect(card.card!.draft).toMatch(/flere systemer/);
    expect(await f.db.outboxMessage.count()).toBe(0);
    expect(textOf(await f.tap(OWNER_ID, `approve:${caseId}`))).toMatch(/Fristen flyttes til 26\. februar 2027 når varselet er sendt/);
    const [message] = await f.db.outboxMessage.findMany({ orderBy: { id: "asc" } });
    expect(message!.body).toMatch(/artikkel 12 nr\. 3/);
    expect(await f.db.case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ extendedDue: null, due: "2026-12-26" });
  });

  it("asks for identity, and the clock pauses when the request is sent", async () => {
    const caseId = await mailCase(f);
    const card = await f.tap(OWNER_ID, `identity:${caseId}`);
    expect(card[0]!.card!.draftPurpose).toBe("identity");
    expect(card[0]!.card!.draft).not.toMatch(/912 34 567/);
    await f.tap(OWNER_ID, `approve:${caseId}`);
    const row = await f.db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(row.identityStatus).toBe("requested");
    expect(await events(f, caseId)).toContain("clock_paused");
    f.setNow(new Date("2026-12-01T09:00:00Z"));
    expect(textOf(await f.say(OWNER_ID, `/verifisert ${caseId}`))).toMatch(/Klokken går igjen/);
    expect((await f.db.case.findUniqueOrThrow({ where: { id: caseId } })).identityStatus).toBe("verified");
  });

  it("rejects with reasons: a refusal naming Datatilsynet that closes the case once sent; without reasons it just closes", async () => {
    const { caseId } = await visitorAsksForErasure(f);
    await f.tap(OWNER_ID, `reject:${caseId}`);
    const card = await f.say(OWNER_ID, "Bokføringsloven krever at vi tar vare på fakturaene i fem år.");
    expect(card[0]!.card!.draftPurpose).toBe("refusal");
    expect(card[0]!.card!.draft).toMatch(/Datatilsynet/);
    await f.tap(OWNER_ID, `approve:${caseId}`);
    expect((await f.db.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("closed");
    // The refusal by e-mail to the address the visitor gave, and a note in the chat.
    expect(await f.db.outboxMessage.findMany({ select: { kind: true } })).toEqual([{ kind: "email" }, { kind: "chat" }]);

    const other = await mailCase(f);
    expect(textOf(await f.say(OWNER_ID, `/avvis ${other}`))).toMatch(/Vil du lukke sak \d+ uten å svare/);
    expect((await f.db.case.findUniqueOrThrow({ where: { id: other } })).status).not.toBe("closed");
    expect(textOf(await f.say(OWNER_ID, `/avvis ${other} ja`))).toMatch(/lukket uten svar/);
    expect((await f.db.case.findUniqueOrThrow({ where: { id: other } })).status).toBe("closed");
    expect(await f.db.outboxMessage.count()).toBe(2);
  });

  it("refuses to send a draft that shows personal data to an unverified requester", async () => {
    const caseId = await mailCase(f);
    const replies = await f.say(OWNER_ID, `/rediger ${caseId} Hei Per, vi har ditt nummer 912 34 567 og adressen til kona di, lise@example.no. Vi svarer senest 28. desember 2026, mottatt 26. november 2026.`);
    expect(replies[0]!.card!.problems!.join(" ")).toMatch(/telefonnummer/);
    expect(textOf(await f.say(OWNER_ID, `/godkjenn ${caseId}`))).toMatch(/ikke sendt/);
    expect(await f.db.outboxMessage.count()).toBe(0);
  });

  it("lists open cases soonest first, shows one case with its history, and gives a digest and help", async () => {
    const first = await mailCase(f);
    f.setNow(new Date("2026-11-28T09:00:00Z"));
    const { caseId: second } = await visitorAsksForErasure(f);
    const list = textOf(await f.say(OWNER_ID, "saker"));
    expect(list.indexOf(`Sak ${first}`)).toBeLessThan(list.indexOf(`Sak ${second}`));
    expect(textOf(await f.say(OWNER_ID, "/cases"))).toBe(list);
    const shown = await f.say(OWNER_ID, `/case ${second}`);
    expect(shown[0]!.card!.caseId).toBe(second);
    expect(shown[1]!.text).toMatch(/Historikk for sak \d+ \(norsk tid\):[\s\S]*mottatt/);
    expect(textOf(await f.say(OWNER_ID, "/oversikt"))).toMatch(/Oversikt: 2 åpne saker/);
    expect(textOf(await f.say(OWNER_ID, "/help"))).toMatch(/\/godkjenn 12/);
  });

  it("puts an undelivered message back in line when the owner taps «Send igjen», and only the owner", async () => {
    const caseId = await mailCase(f);
    await f.say(OWNER_ID, `/godkjenn ${caseId}`);
    const [message] = await f.db.outboxMessage.findMany();
    await f.db.outboxMessage.update({ where: { id: message!.id }, data: { status: "unknown" } });
    expect(await f.tap("666", `send_again:${message!.id}`)).toEqual([]);
    expect((await f.db.outboxMessage.findUniqueOrThrow({ where: { id: message!.id } })).status).toBe("unknown");
    expect(textOf(await f.tap(OWNER_ID, `send_again:${message!.id}`))).toMatch(/lagt i køen igjen/);
    expect((await f.db.outboxMessage.findUniqueOrThrow({ where: { id: message!.id } })).status).toBe("pending");
    expect(textOf(await f.tap(OWNER_ID, `send_again:${message!.id}`))).toMatch(/allerede i køen/);
  });
});
