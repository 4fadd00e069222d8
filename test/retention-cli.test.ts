import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../prisma/database";
import { setStatus } from "../triage/cases";
import { openErasureMailCase } from "./fakes/cases";
import { runCli } from "./support/cli";

const DAY_MS = 24 * 60 * 60 * 1000;
const SLOW = { timeout: 120_000 };

// The CLI runs on the real clock: every stored date is set relative to it.
describe("retention and erasure from the command line", SLOW, () => {
  let dir: string;
  let env: Record<string, string>;
  let oldCase: number;
  let recentCase: number;
  let otherPerson: number;
  const sentCopy = () => path.join(dir, "data", "sent-mail", "gammelt-svar.eml");
  /** Looks at the database the CLI changed, as it left it. */
  async function inDatabase(check: (db: Db) => Promise<void>) {
    const database = await openDatabase(env.DATABASE_URL);
    try { await check(database.db); } finally { await database.close(); }
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "pva-retention-cli-"));
    env = { DATABASE_URL: `file:${path.join(dir, "assistent.db")}`, INBOX_DIR: path.join(dir, "inbox"), LOG_LEVEL: "silent" };
    const database = await openDatabase(env.DATABASE_URL);
    const { db } = database;
    const now = Date.now();
    const threeYearsAgo = new Date(now - 3 * 365 * DAY_MS);
    oldCase = await openErasureMailCase(db, { from: "gammel@kunde.example", messageId: "<gammel@kunde.example>", now: threeYearsAgo });
    await setStatus(db, oldCase, "answered", { actor: "owner:1", now: new Date(threeYearsAgo.getTime() + 2 * DAY_MS) });
    recentCase = await openErasureMailCase(db, { from: "ny@kunde.example", messageId: "<ny@kunde.example>", now: new Date(now) });
    otherPerson = await openErasureMailCase(db, { from: "annen@kunde.example", messageId: "<annen@kunde.example>", now: new Date(now) });
    await db.conversationMessage.create({
      data: { channel: "telegram", conversationId: "77", userId: "77", direction: "in", text: "Hva lagrer dere?", createdAt: new Date(now - 40 * DAY_MS) },
    });
    await database.close();
    fs.mkdirSync(path.dirname(sentCopy()), { recursive: true });
    fs.writeFileSync(sentCopy(), "To: ny@kunde.example\r\n\r\nSvar");
    const old = new Date(now - 800 * DAY_MS);
    fs.utimesSync(sentCopy(), old, old);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("retention --dry-run --json lists what would go and changes nothing", async () => {
    const run = await runCli(["retention", "--dry-run", "--json"], { env, cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0]!);
    expect(report).toMatchObject({ dryRun: true, periods: { caseContentDays: 730, chatWithoutCaseDays: 30 } });
    expect(report.counts).toMatchObject({ cases: 1, chatLines: 1, mailFiles: 1, sessions: 0 });
    expect(report.cases.map((entry: { id: number }) => entry.id)).toEqual([oldCase]);
    expect(report.files.expired).toEqual([path.join("data", "sent-mail", "gammelt-svar.eml")]);

    await inDatabase(async (db) => {
      expect((await db.case.findUniqueOrThrow({ where: { id: oldCase } })).body).toMatch(/sletter alle/);
      expect(await db.conversationMessage.count()).toBe(1);
    });
    expect(fs.existsSync(sentCopy())).toBe(true);
  });

  it("retention removes it, in Norwegian first, and keeps the minimal record", async () => {
    const run = await runCli(["retention"], { env, cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Oppbevaring: dette er fjernet/);
    expect(run.stdout).toMatch(/Saker redusert til minimumspost[^\n]*\s1\n/);
    await inDatabase(async (db) => {
      const record = await db.case.findUniqueOrThrow({ where: { id: oldCase } });
      expect(record).toMatchObject({ body: "", fromAddress: "", status: "answered", category: "rights_request", rights: "erasure" });
      expect(record.contentRemovedAt).not.toBeNull();
      expect((await db.case.findUniqueOrThrow({ where: { id: recentCase } })).body).toMatch(/sletter alle/);
      expect(await db.conversationMessage.count()).toBe(0);
    });
    expect(fs.existsSync(sentCopy())).toBe(false);
  });

  it("cases erase ID erases that person and nobody else; an unknown case is a clear error", async () => {
    const run = await runCli(["cases", "erase", String(recentCase)], { env, cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`Personen i sak ${recentCase} er slettet`));
    await inDatabase(async (db) => {
      expect(await db.case.findUniqueOrThrow({ where: { id: recentCase } })).toMatchObject({ fromAddress: "", body: "", status: "closed" });
      expect((await db.case.findUniqueOrThrow({ where: { id: otherPerson } })).fromAddress).toBe("annen@kunde.example");
    });
    const unknown = await runCli(["cases", "erase", "999"], { env, cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Fant ingen sak med nummer 999/);
    expect(unknown.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
