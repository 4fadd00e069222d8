import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../log";
import { createMailboxWatcher, type MailboxWatcher } from "../triage/watch";
import { freshDatabase } from "./support/databases";
import { appendMails, buildMail, imapAccount, mailFlags, waitFor } from "./support/imap";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(engine: "sqlite" | "postgresql" = "sqlite", overrides: Parameters<typeof imapAccount>[0] = {}) {
  const database = await freshDatabase(engine);
  cleanups.push(() => database.dispose());
  const imap = imapAccount(overrides);
  const opened: number[] = [];
  const watch = (extra: Partial<Parameters<typeof createMailboxWatcher>[0]> = {}): MailboxWatcher => {
    const watcher = createMailboxWatcher({
      db: database.db, imap, logger: silentLogger, onCase: (caseId) => opened.push(caseId),
      backoff: { baseMs: 50, maxMs: 500 }, promisedDays: 30, ...extra,
    });
    cleanups.push(() => watcher.stop());
    return watcher;
  };
  return { db: database.db, imap, opened, watch };
}

describe("the IMAP watcher", () => {
  it("turns the backlog into one case per mail, then picks up new mail while idling", async () => {
    const { db, imap, opened, watch } = await setup();
    await appendMails(imap, [
      buildMail({ subject: "Innsyn", from: "Ola <ola@kunde.example>" }),
      buildMail({ subject: "Sletting", from: "Per <per@kunde.example>", body: "Hei, jeg vil at dere sletter alle opplysninger om meg." }),
      buildMail({ subject: "Spørsmål", from: "Anne <anne@kunde.example>", body: "Hvor lenge lagrer dere kundeopplysninger?" }),
    ]);
    const watcher = watch();
    watcher.start();
    await waitFor(async () => (await db.case.count()) === 3, "three cases from the backlog");
    expect((await db.case.findMany({ orderBy: { id: "asc" } })).map((c) => c.fromAddress)).toEqual(["ola@kunde.example", "per@kunde.example", "anne@kunde.example"]);

    await appendMails(imap, [buildMail({ subject: "Retting", from: "Liv <liv@kunde.example>", body: "Adressen min er feil, vennligst rett den." })]);
    await waitFor(async () => (await db.case.count()) === 4, "a case for the mail that arrived while idling");
    expect(opened).toHaveLength(4);
    const cursor = await db.mailboxCursor.findFirst();
    expect(cursor?.lastUid).toBe(4);
  });

  it("leaves the mail unread on the server (read-only, BODY.PEEK)", async () => {
    const { db, imap, watch } = await setup();
    await appendMails(imap, [buildMail(), buildMail({ from: "b@kunde.example" })]);
    await watch().runOnce();
    expect(await db.case.count()).toBe(2);
    expect((await mailFlags(imap)).every((mail) => !mail.flags.includes("\\Seen"))).toBe(true);
  });

  it("marks the mail as read when IMAP_MARK_SEEN is on", async () => {
    const { imap, watch } = await setup("sqlite", { markSeen: true });
    await appendMails(imap, [buildMail()]);
    await watch().runOnce();
    expect((await mailFlags(imap))[0]?.flags).toContain("\\Seen");
  });

  it("records automated mail without a case", async () => {
    const { db, imap, watch } = await setup();
    await appendMails(imap, [buildMail({
      from: "Nettbutikk <no-reply@butikk.example>", subject: "Ordrebekreftelse", body: "Takk for ordren din.",
      headers: { "Auto-Submitted": "auto-generated", "Precedence": "bulk" },
    })]);
    await watch().runOnce();
    expect(await db.case.count()).toBe(0);
    expect((await db.ingestedMail.findMany()).map((row) => row.outcome)).toEqual(["automated"]);
  });

  it("attaches a reply to the case it answers (In-Reply-To)", async () => {
    const { db, imap, opened, watch } = await setup();
    await appendMails(imap, [buildMail({ messageId: "<first@kunde.example>" })]);
    const watcher = watch();
    await watcher.runOnce();
    await appendMails(imap, [buildMail({ messageId: "<second@kunde.example>", inReplyTo: "<first@kunde.example>", subject: "Re: Innsyn i mine personopplysninger", body: "Her er kopi av legitimasjonen min." })]);
    await watcher.runOnce();
    expect(await db.case.count()).toBe(1);
    const rows = await db.ingestedMail.findMany({ orderBy: { uid: "asc" } });
    expect(rows.map((row) => row.outcome)).toEqual(["case", "attached"]);
    expect(rows[1]?.caseId).toBe(rows[0]?.caseId);
    expect(opened).toHaveLength(2);
  });

  it("cuts a mail larger than the size limit instead of downloading it whole", async () => {
    const { db, imap, watch } = await setup("sqlite", { maxBodyBytes: 1_000 });
    const body = `Jeg ber om innsyn i opplysningene dere har om meg.\n\n${"Vedlegg og mer tekst. ".repeat(20_000)}SLUTTEN`;
    await appendMails(imap, [buildMail({ body })]);
    await watch().runOnce();
    const cases = await db.case.findMany();
    expect(cases).toHaveLength(1);
    expect(cases[0]?.body).toContain("innsyn");
    expect(cases[0]?.body).not.toContain("SLUTTEN");
  });
});
