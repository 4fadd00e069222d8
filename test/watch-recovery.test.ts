// Crashes, dropped connections, a recreated mailbox and a poison mail: still exactly one case per mail.
import { afterEach, describe, expect, it } from "vitest";
import type { Db } from "../prisma/database";
import { silentLogger } from "../log";
import { createMailboxWatcher, type IngestHooks, type MailboxWatcher } from "../triage/watch";
import type { ImapSettings } from "../triage/watch/connection";
import { ENGINES, freshDatabase, type Engine } from "./support/databases";
import { appendMails, buildMail, freezeSessions, imapAccount, kickUser, waitFor, withImap } from "./support/imap";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(engine: Engine = "sqlite", overrides: Partial<ImapSettings> = {}) {
  const database = await freshDatabase(engine);
  cleanups.push(() => database.dispose());
  const imap = imapAccount(overrides);
  const watch = (hooks?: IngestHooks, heartbeatTimeoutMs?: number): MailboxWatcher => {
    const watcher = createMailboxWatcher({ db: database.db, imap, logger: silentLogger, hooks, backoff: { baseMs: 50, maxMs: 400 }, heartbeatTimeoutMs, promisedDays: 30 });
    cleanups.push(() => watcher.stop());
    return watcher;
  };
  return { db: database.db, imap, watch };
}

const people = ["ola", "kari", "per", "liv", "nils", "siri"];
const batch = () => people.map((name) => buildMail({ from: `${name}@kunde.example`, body: `Hei, jeg vil ha innsyn i opplysningene om meg. Hilsen ${name}` }));

/** One case per sender and one IngestedMail row per UID: nothing lost, nothing twice. */
async function expectExactlyOnce(db: Db, senders: string[]) {
  const cases = await db.case.findMany({ orderBy: { id: "asc" } });
  expect(cases.map((c) => c.fromAddress).sort()).toEqual(senders.map((name) => `${name}@kunde.example`).sort());
  const rows = await db.ingestedMail.findMany();
  expect(new Set(rows.map((row) => row.uid)).size).toBe(rows.length);
  expect(rows.every((row) => row.outcome === "case")).toBe(true);
}

const crashAt = (k: number, when: "beforeCommit" | "afterCommit"): IngestHooks => ({
  [when]: (key: { uid: number }) => {
    if (key.uid === k) throw new Error(`simulated crash at mail ${k}`);
  },
});

describe.each(ENGINES)("the IMAP watcher after a crash (%s)", (engine) => {
  it.each([1, 3, 6])("loses and duplicates nothing when it dies inside the transaction of mail %i", async (k) => {
    const { db, imap, watch } = await setup(engine);
    await appendMails(imap, batch());
    await expect(watch(crashAt(k, "beforeCommit")).runOnce()).rejects.toThrow(/simulated crash/);
    expect(await db.case.count()).toBe(k - 1);
    await watch().runOnce();
    await expectExactlyOnce(db, people);
  });

  it("loses and duplicates nothing when it dies right after committing a mail", async () => {
    const { db, imap, watch } = await setup(engine);
    await appendMails(imap, batch());
    await expect(watch(crashAt(4, "afterCommit")).runOnce()).rejects.toThrow(/simulated crash/);
    expect(await db.case.count()).toBe(4);
    await watch().runOnce();
    await expectExactlyOnce(db, people);
  });
});

describe("the IMAP watcher and its connection", () => {
  it("reconnects by itself when the server cuts the connection mid-batch", async () => {
    const { db, imap, watch } = await setup();
    await appendMails(imap, batch());
    let kicked = false;
    const watcher = watch({
      afterCommit: async (key) => {
        if (key.uid === 2 && !kicked) {
          kicked = true;
          await kickUser(imap.user);
        }
      },
    });
    watcher.start();
    await waitFor(async () => (await db.case.count()) === people.length, "all cases after the reconnect");
    expect(kicked).toBe(true);
    await expectExactlyOnce(db, people);
  });

  it("stopped mid-batch and started again, it finishes the batch once", async () => {
    const { db, imap, watch } = await setup();
    await appendMails(imap, batch());
    let first: MailboxWatcher | undefined;
    let stopping: Promise<void> | undefined;
    first = watch({ afterCommit: (key) => { if (key.uid === 3) stopping = first!.stop(); } });
    first.start();
    await waitFor(() => stopping !== undefined, "the first watcher to be stopping");
    await stopping;
    expect(await db.case.count()).toBeLessThan(people.length);
    const second = watch();
    second.start();
    await waitFor(async () => (await db.case.count()) === people.length, "the rest of the batch");
    await expectExactlyOnce(db, people);
  });

  it("picks up new mail after the connection dropped while idling", async () => {
    const { db, imap, watch } = await setup();
    await appendMails(imap, [buildMail({ from: "ola@kunde.example" })]);
    const watcher = watch();
    watcher.start();
    await waitFor(async () => (await db.case.count()) === 1, "the first case");
    await kickUser(imap.user);
    await appendMails(imap, [buildMail({ from: "kari@kunde.example" })]);
    await waitFor(async () => (await db.case.count()) === 2, "a case for the mail that came after the drop");
    await expectExactlyOnce(db, ["ola", "kari"]);
  });

  it("notices a connection that went silent (server frozen) and carries on over a new one", async () => {
    const { db, imap, watch } = await setup("sqlite", { pollSeconds: 1 });
    await appendMails(imap, [buildMail({ from: "ola@kunde.example" })]);
    const watcher = watch(undefined, 1_000);
    watcher.start();
    await waitFor(async () => (await db.case.count()) === 1, "the first case");
    const thaw = await freezeSessions(imap.user);
    cleanups.push(async () => thaw());
    await appendMails(imap, [buildMail({ from: "kari@kunde.example" })]);
    await waitFor(async () => (await db.case.count()) === 2, "a case after the silent drop");
    await expectExactlyOnce(db, ["ola", "kari"]);
  });
});

describe("the IMAP watcher and odd mailboxes", () => {
  it("re-reads a recreated mailbox (new UIDVALIDITY) without opening known mail again", async () => {
    const { db, imap, watch } = await setup("sqlite", { mailbox: "Personvern" });
    const known = [
      buildMail({ from: "ola@kunde.example" }),
      buildMail({ from: "kari@kunde.example", messageId: null, body: "Slett meg fra kundelisten deres, takk." }),
      buildMail({ from: "per@kunde.example" }),
    ];
    await appendMails(imap, known);
    await watch().runOnce();
    expect(await db.case.count()).toBe(3);
    const before = await db.mailboxCursor.findFirstOrThrow();

    await withImap(imap, async (client) => {
      await client.mailboxDelete("Personvern");
      await client.mailboxCreate("Personvern");
    });
    await appendMails(imap, [...known, buildMail({ from: "liv@kunde.example" })]);
    await watch().runOnce();

    const cases = await db.case.findMany({ orderBy: { id: "asc" } });
    expect(cases.map((c) => c.fromAddress)).toEqual(["ola@kunde.example", "kari@kunde.example", "per@kunde.example", "liv@kunde.example"]);
    const after = await db.mailboxCursor.findFirstOrThrow();
    expect(after.uidValidity).not.toBe(before.uidValidity);
    expect(after.lastUid).toBe(4);
  });

  it("does not let a poison mail block the rest, and gives it up after three tries", async () => {
    const { db, imap, watch } = await setup();
    await appendMails(imap, [
      buildMail({ from: "ola@kunde.example" }),
      "dette er ingen e-post\r\nbare tekst uten hoder\r\n",
      buildMail({ from: "kari@kunde.example" }),
    ]);
    const watcher = watch();
    await watcher.runOnce();
    expect(await db.case.count()).toBe(2);
    const poison = () => db.ingestedMail.findFirstOrThrow({ where: { uid: 2 } });
    expect(await poison()).toMatchObject({ outcome: "failed", attempts: 1 });
    expect((await poison()).lastError).toMatch(/MailParseError/);

    await watcher.runOnce();
    expect(await poison()).toMatchObject({ outcome: "failed", attempts: 2 });
    await watcher.runOnce();
    expect(await poison()).toMatchObject({ outcome: "given_up", attempts: 3 });
    await watcher.runOnce();
    expect(await poison()).toMatchObject({ outcome: "given_up", attempts: 3 });
    expect(await db.case.count()).toBe(2);
    expect((await db.mailboxCursor.findFirstOrThrow()).lastUid).toBe(3);
  });
});
