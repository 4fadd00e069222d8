// A Message-ID is only a claim: someone else's mail carrying a known one must become a case of its own.
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../log";
import { createMailPipeline, ingestMail } from "../../triage/watch";
import { ENGINES } from "../support/databases";
import { buildMail } from "../support/imap";
import { coreFixture, OWNER_ID, textOf, type CoreFixture } from "../support/bot-core";

const ID = "<kari-1@kunde.example>";
const ASKS = "Hei,\n\nJeg ber om innsyn i hvilke personopplysninger dere har lagret om meg.\n\nMvh";

describe.each(ENGINES)("a reused Message-ID (%s)", (engine) => {
  let f: CoreFixture;
  let uid = 0;
  afterEach(async () => { await f.dispose(); });

  const process = createMailPipeline({ maxBodyBytes: 2_000_000, promisedDays: 30 });
  /** Delivers a mail through the real ingest path; `hop` changes only a trace header, as a second delivery would. */
  const deliver = async (mail: NonNullable<Parameters<typeof buildMail>[0]>, hop = "mx1") => {
    const source = Buffer.from(buildMail({ ...mail, headers: { Received: `from ${hop}.kunde.example`, ...mail.headers }, date: new Date("2026-03-02T09:00:00Z") }));
    return ingestMail(f.db, { key: { mailbox: "INBOX", uidValidity: "1", uid: ++uid }, source, receivedAt: new Date("2026-03-02T10:00:00Z"), truncated: false },
      { process, logger: silentLogger });
  };

  it("from another sender or with other content it opens a flagged case; the same mail again stays one case", async () => {
    f = await coreFixture(engine);
    const first = await deliver({ from: "Kari <kari@kunde.example>", messageId: ID, body: `${ASKS}\nKari` });
    const otherSender = await deliver({ from: "Ola <ola@annen.example>", messageId: ID, body: `${ASKS}\nOla` });
    const otherContent = await deliver({ from: "Kari <kari@kunde.example>", messageId: ID, body: "Hei,\n\nSlett kontoen min og alt dere har om meg.\n\nKari" });
    expect([first.outcome, otherSender.outcome, otherContent.outcome]).toEqual(["case", "case", "case"]);
    expect(new Set([first.caseId, otherSender.caseId, otherContent.caseId]).size).toBe(3);

    for (const flagged of [otherSender.caseId!, otherContent.caseId!]) {
      const events = await f.db.caseEvent.findMany({ where: { caseId: flagged, type: "message_id_reused" } });
      expect(events.map((event) => JSON.parse(event.detail))).toEqual([{ messageId: ID, earlierCaseId: first.caseId }]);
      const card = textOf(await f.say(OWNER_ID, `/sak ${flagged}`));
      expect(card).toMatch(new RegExp(`Samme Message-ID som sak ${first.caseId}.*annen avsender eller med annet innhold`));
    }
    expect(await f.db.caseEvent.count({ where: { caseId: first.caseId, type: "message_id_reused_later" } })).toBe(2);
    expect(textOf(await f.say(OWNER_ID, `/sak ${first.caseId}`))).not.toMatch(/Samme Message-ID/);

    // Second deliveries (another relay, so not byte-identical) of each mail: no new case, no new event.
    const events = await f.db.caseEvent.count();
    const again = [
      await deliver({ from: "Kari <kari@kunde.example>", messageId: ID, body: `${ASKS}\nKari` }, "mx2"),
      await deliver({ from: "Ola <ola@annen.example>", messageId: ID, body: `${ASKS}\nOla` }, "mx2"),
    ];
    expect(again.map((result) => result.caseId)).toEqual([first.caseId, otherSender.caseId]);
    expect(await f.db.case.count()).toBe(3);
    expect(await f.db.caseEvent.count()).toBe(events);

    // Kari's reply to her own thread still reaches her case, not one that borrowed its Message-ID.
    const reply = await deliver({ from: "Kari <kari@kunde.example>", messageId: "<kari-2@kunde.example>", inReplyTo: ID, subject: "Re: Innsyn", body: "Har dere fått den?" });
    expect(reply).toMatchObject({ outcome: "attached", caseId: first.caseId });
  });

  it("a reused Message-ID of a reply attached to a case opens a flagged case too", async () => {
    f = await coreFixture(engine);
    const first = await deliver({ from: "kari@kunde.example", messageId: ID, body: `${ASKS}\nKari` });
    await deliver({ from: "kari@kunde.example", messageId: "<kari-2@kunde.example>", inReplyTo: ID, subject: "Re: Innsyn", body: "Har dere fått den?" });
    const forged = await deliver({ from: "ola@annen.example", messageId: "<kari-2@kunde.example>", body: `${ASKS}\nOla` });
    expect(forged.outcome).toBe("case");
    expect(forged.caseId).not.toBe(first.caseId);
    expect(await f.db.caseEvent.count({ where: { caseId: forged.caseId, type: "message_id_reused" } })).toBe(1);
  });
});
