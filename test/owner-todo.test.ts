import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openCaseFromMail } from "../triage/cases";
import { ENGINES } from "./support/databases";
import { coreFixture, OWNER_ID, textOf, type CoreFixture } from "./support/bot-core";

/** A course student asks, by mail, for everything about them to be erased. */
async function studentErasureCase(f: CoreFixture) {
  const { caseId } = await openCaseFromMail(f.db, {
    mail: {
      messageId: "<slett-1@example.no>", references: [], from: { address: "ola@example.no", name: "Ola Elev" }, to: ["hei@bedrebedrift.no"],
      subject: "Sletting", headers: {}, text: "Hei, jeg har tatt et kurs hos dere. Slett alt dere har om meg.", quoted: "", signature: "", truncated: false,
    },
    classification: { category: "rights_request", rights: ["erasure"], language: "nb", confidence: 0.9, reasons: [] },
    receivedAt: f.clock(), promisedDays: 30,
  });
  return caseId;
}

const buttonData = (replies: Awaited<ReturnType<CoreFixture["say"]>>, label: string) =>
  replies.flatMap((reply) => reply.buttons?.flat() ?? []).find((button) => button.label === label)?.data;

describe.each(ENGINES)("the owner's to-do list on %s", (engine) => {
  let f: CoreFixture;
  beforeEach(async () => { f = await coreFixture(engine); });
  afterEach(async () => { await f.dispose(); });

  it("lists where the data is and what the law keeps, ticks per item, and asks once before a reply goes out with items open", async () => {
    const caseId = await studentErasureCase(f);
    const card = await f.say(OWNER_ID, `/sak ${caseId}`);
    const todo = card[0]!.card!.todo!;
    expect(todo.map((entry) => entry.text)).toEqual([
      "Slett opplysningene om personen i Fastmail (Når du kontakter oss)",
      "Slett opplysningene om personen i Proton Mail (Når du kontakter oss)",
      "Slett opplysningene om personen i Kajabi, LLC (Kursportalen, Innebygd statistikk i kursportalen)",
      "Behold (ikke slett): Regnskapsmateriale oppbevares i fem år etter at kundeforholdet er avsluttet, etter bokføringsloven.",
    ]);
    expect(card[0]!.text).toMatch(/Huskeliste \(ikke i e-posten\).*\n☐ 1\. Slett opplysningene om personen i Fastmail/);

    // Typed in the console-style command, and tapped as a button: both tick, and a second tap unticks.
    expect((await f.say(OWNER_ID, `/huk ${caseId} 1`))[0]!.card!.todo![0]!.done).toBe(true);
    expect((await f.tap(OWNER_ID, `tick:${caseId}:2`))[0]!.card!.todo![1]!.done).toBe(true);
    expect((await f.tap(OWNER_ID, `tick:${caseId}:2`))[0]!.card!.todo![1]!.done).toBe(false);
    expect(textOf(await f.say(OWNER_ID, `/huk ${caseId} 9`))).toMatch(/Fant ikke punkt 9 i sak \d+\. Skriv et tall fra 1 til 4/);

    // The acknowledgement is not held back by the list; the final reply is, once.
    const afterAck = await f.say(OWNER_ID, `/godkjenn ${caseId}`);
    expect(afterAck.at(-1)!.card!.draftPurpose).toBe("reply");
    const asked = await f.tap(OWNER_ID, buttonData(afterAck, "Godkjenn og send")!);
    expect(textOf(asked)).toMatch(/3 punkter på huskelisten er ikke huket av:\n☐ 2\. .*Proton Mail/);
    expect(await f.db.outboxMessage.count()).toBe(1);
    await f.tap(OWNER_ID, buttonData(asked, "Send likevel")!);
    const sent = await f.db.outboxMessage.findMany({ orderBy: { id: "asc" } });
    expect(sent).toHaveLength(2);
    // The list is the owner's: the mail says what was erased and what is kept, but carries no to-do items.
    expect(sent[1]!.body).toMatch(/Regnskapsmateriale oppbevares i fem år/);
    expect(sent[1]!.body).not.toMatch(/Huskeliste|Fastmail|Slett opplysningene om personen/);
  });

  it("sends a reply without asking when every item is ticked", async () => {
    const caseId = await studentErasureCase(f);
    await f.say(OWNER_ID, `/godkjenn ${caseId}`);
    for (const item of [1, 2, 3, 4]) await f.say(OWNER_ID, `/huk ${caseId} ${item}`);
    expect(textOf(await f.say(OWNER_ID, `/godkjenn ${caseId}`))).toMatch(/Sendt til køen: svar i sak/);
  });
});
