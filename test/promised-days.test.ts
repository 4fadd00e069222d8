import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { startAssistant, type RunningAssistant } from "../app";
import { loadConfig } from "../config";
import { silentLogger } from "../log";
import { openDatabase } from "../prisma/database";
import { eventually } from "./fakes/eventually";
import { coreFixture, OWNER_ID, textOf, visitorAsksForErasure, type CoreFixture } from "./support/bot-core";

const io = { interactive: false, input: new PassThrough(), output: new PassThrough() };
const BAKERY = "test/fixtures/knowledge/solbakken-bakeri.yaml";
// The mail's arrival, as the folder watcher reads it (the file's time): Sunday 17 May 2026 in Oslo.
const ARRIVED = new Date("2026-05-17T08:00:00Z");

describe("two businesses in one process each get their own promise", () => {
  const running: RunningAssistant[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    for (const assistant of running.splice(0)) await assistant.stop();
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function startBusiness(knowledgeFile?: string) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pva-promise-"));
    dirs.push(dir);
    const inbox = path.join(dir, "inbox");
    fs.mkdirSync(inbox);
    const databaseUrl = `file:${path.join(dir, "db.sqlite")}`;
    const config = loadConfig({ DATABASE_URL: databaseUrl, INBOX_DIR: inbox, ...(knowledgeFile ? { KNOWLEDGE_FILE: knowledgeFile } : {}) });
    running.push(await startAssistant(config, io, silentLogger));
    return { inbox, databaseUrl };
  }

  async function caseFrom(business: { inbox: string; databaseUrl: string }) {
    const file = path.join(business.inbox, "erasure-request.eml");
    fs.copyFileSync("test/fixtures/start/erasure-request.eml", file);
    fs.utimesSync(file, ARRIVED, ARRIVED);
    const { db, close } = await openDatabase(business.databaseUrl);
    try {
      return await eventually(async () => (await db.case.findFirst()) ?? undefined, 60_000, "the case");
    } finally {
      await close();
    }
  }

  it("Bedre Bedrift promises 30 days and Solbakken Bakeri 14, started side by side (hand-checked dates)", async () => {
    const bedreBedrift = await startBusiness();
    const bakery = await startBusiness(BAKERY); // started last: a process-wide promise would now be the bakery's
    const [ownCase, bakeryCase] = [await caseFrom(bedreBedrift), await caseFrom(bakery)];
    expect(ownCase).toMatchObject({ promisedDue: "2026-06-16", legalDue: "2026-06-17", due: "2026-06-16" });
    expect(bakeryCase).toMatchObject({ promisedDue: "2026-05-31", legalDue: "2026-06-17", due: "2026-05-31" });
  }, 120_000);
});

describe("a chat hand-over and the owner's identity check follow each business's own promise", () => {
  const fixtures: CoreFixture[] = [];
  afterEach(async () => {
    for (const f of fixtures.splice(0)) await f.dispose();
  });

  async function handOverAndVerify(f: CoreFixture) {
    const { caseId } = await visitorAsksForErasure(f); // Thursday 26 November 2026, 10:00 in Oslo
    const opened = await f.db.case.findUniqueOrThrow({ where: { id: caseId } });
    await f.tap(OWNER_ID, `identity:${caseId}`);
    await f.tap(OWNER_ID, `approve:${caseId}`); // the request for proof of identity goes out: the clock stops
    f.setNow(new Date("2026-12-01T09:00:00Z"));
    expect(textOf(await f.say(OWNER_ID, `/verifisert ${caseId}`))).toMatch(/Klokken går igjen/);
    const resumed = await f.db.case.findUniqueOrThrow({ where: { id: caseId } });
    return { opened, resumed };
  }

  it("Bedre Bedrift's 30 days and Solbakken Bakeri's 14, side by side, before and after a 5-day pause (hand-checked)", async () => {
    const bedreBedrift = await coreFixture("sqlite");
    fixtures.push(bedreBedrift);
    const bakery = await coreFixture("sqlite", undefined, BAKERY);
    fixtures.push(bakery);
    const [own, baker] = [await handOverAndVerify(bedreBedrift), await handOverAndVerify(bakery)];
    // 26 November + 30 days = 26 December; the legal month ends on Saturday 26 December (a holiday too), moved to Monday 28.
    expect(own.opened).toMatchObject({ promisedDue: "2026-12-26", legalDue: "2026-12-28", due: "2026-12-26" });
    expect(baker.opened).toMatchObject({ promisedDue: "2026-12-10", legalDue: "2026-12-28", due: "2026-12-10" });
    // Paused 26 November – 1 December: 5 days more for each date.
    expect(own.resumed).toMatchObject({ promisedDue: "2026-12-31", legalDue: "2026-12-31", due: "2026-12-31" });
    expect(baker.resumed).toMatchObject({ promisedDue: "2026-12-15", legalDue: "2026-12-31", due: "2026-12-15" });
  }, 60_000);
});
