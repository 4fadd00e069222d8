import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../log";
import { createFolderWatcher, type FolderWatcherDeps } from "../triage/watch";
import { ENGINES, freshDatabase, type Engine } from "./support/databases";
import { buildMail, waitFor } from "./support/imap";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(engine: Engine = "sqlite") {
  const database = await freshDatabase(engine);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pva-inbox-"));
  cleanups.push(async () => {
    await database.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const watch = (extra: Partial<FolderWatcherDeps> = {}) => {
    const watcher = createFolderWatcher({ db: database.db, dir, logger: silentLogger, settleMs: 100, promisedDays: 30, ...extra });
    cleanups.push(() => watcher.stop());
    return watcher;
  };
  const drop = (name: string, content: string, mtime?: Date) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    if (mtime) fs.utimesSync(file, mtime, mtime);
    return file;
  };
  return { db: database.db, dir, watch, drop };
}

const earlier = new Date("2026-11-20T09:30:00Z");

describe.each(ENGINES)("folder mode (%s)", (engine) => {
  it("makes one case per .eml file, dated by the file, and leaves the files where they are", async () => {
    const { db, dir, watch, drop } = await setup(engine);
    drop("01-ola.eml", buildMail({ from: "ola@kunde.example" }), earlier);
    drop("02-kari.EML", buildMail({ from: "kari@kunde.example", body: "Vennligst slett kontoen min." }), earlier);
    drop("notater.txt", "ikke en e-post", earlier);
    const watcher = watch();
    await watcher.runOnce();
    await watcher.runOnce();

    const cases = await db.case.findMany({ orderBy: { id: "asc" } });
    expect(cases.map((c) => c.fromAddress)).toEqual(["ola@kunde.example", "kari@kunde.example"]);
    expect(cases.every((c) => c.receivedAt.getTime() === earlier.getTime())).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(["01-ola.eml", "02-kari.EML", "notater.txt"]);
  });
});

describe("folder mode", () => {
  it("counts a copy of a file under another name as the same mail", async () => {
    const { db, watch, drop } = await setup();
    const mail = buildMail({ from: "ola@kunde.example" });
    drop("a.eml", mail, earlier);
    drop("kopi-av-a.eml", mail, earlier);
    await watch().runOnce();
    expect(await db.case.count()).toBe(1);
    expect(await db.ingestedMail.count()).toBe(2);
  });

  it("after a crash mid-scan, the next scan finishes the rest once", async () => {
    const { db, watch, drop } = await setup();
    for (const name of ["a", "b", "c", "d"]) drop(`${name}.eml`, buildMail({ from: `${name}@kunde.example` }), earlier);
    let calls = 0;
    const crashing = watch({ hooks: { beforeCommit: () => { calls += 1; if (calls === 3) throw new Error("simulated crash"); } } });
    await expect(crashing.runOnce()).rejects.toThrow("simulated crash");
    expect(await db.case.count()).toBe(2);
    await watch().runOnce();
    const cases = await db.case.findMany();
    expect(cases.map((c) => c.fromAddress).sort()).toEqual(["a", "b", "c", "d"].map((n) => `${n}@kunde.example`));
  });

  it("picks up a file dropped while it watches", async () => {
    const { db, watch, drop } = await setup();
    const watcher = watch({ scanSeconds: 3600 });
    watcher.start();
    drop("ny.eml", buildMail({ from: "liv@kunde.example" }));
    await waitFor(async () => (await db.case.count()) === 1, "a case for the new file");
    expect((await db.case.findFirstOrThrow()).fromAddress).toBe("liv@kunde.example");
  });

  it("records a file that is not a mail as failed and still handles the others", async () => {
    const { db, watch, drop } = await setup();
    drop("rot.eml", "\u0000\u0001binært innhold", earlier);
    drop("ok.eml", buildMail({ from: "ola@kunde.example" }), earlier);
    const watcher = watch();
    for (let pass = 0; pass < 4; pass += 1) await watcher.runOnce();
    expect(await db.case.count()).toBe(1);
    const rows = await db.ingestedMail.findMany({ orderBy: { uidValidity: "asc" } });
    expect(rows.map((row) => [row.uidValidity.split(" ")[0], row.outcome, row.attempts])).toEqual([["ok.eml", "case", 0], ["rot.eml", "given_up", 3]]);
  });
});
