// 2,000 hostile mails through the real ingest path on a real database: each one is a case (new or attached),
// automated mail, or a recorded failure — exactly one of them, and nothing lost.
import { afterAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../log";
import { createMailPipeline, ingestMail } from "../../triage/watch";
import { freshDatabase } from "../support/databases";
import { hostileMails } from "./hostile-mails";

const COUNT = 2000;
const NOT_MAIL = new Set(["binary-junk", "nul-in-header"]);

describe("2,000 hostile mails", () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  afterAll(async () => { await database?.dispose(); });

  it("each becomes one case, one attached reply, automated mail or one recorded failure; none is lost", async () => {
    database = await freshDatabase("sqlite");
    const kinds: string[] = [];
    const process = createMailPipeline({ maxBodyBytes: 2_000_000, promisedDays: 30 });
    const rssBefore = globalThis.process.memoryUsage().rss;
    let peakRss = rssBefore;
    const sampler = setInterval(() => { peakRss = Math.max(peakRss, globalThis.process.memoryUsage().rss); }, 25);
    const started = Date.now();
    const cpuBefore = globalThis.process.cpuUsage();
    const thrown: { uid: number; kind: string; error: string }[] = [];
    for (const mail of hostileMails(COUNT)) {
      const uid = kinds.push(mail.kind);
      try {
        await ingestMail(database.db, { key: { mailbox: "INBOX", uidValidity: "1", uid }, source: mail.source, receivedAt: new Date("2026-03-02T10:00:00Z"), truncated: false },
          { process, logger: silentLogger });
      } catch (error) {
        thrown.push({ uid, kind: mail.kind, error: String(error).slice(0, 200) });
      }
    }
    clearInterval(sampler);
    peakRss = Math.max(peakRss, globalThis.process.memoryUsage().rss);
    const seconds = (Date.now() - started) / 1000;
    const cpu = globalThis.process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;

    expect(thrown).toEqual([]);
    const rows = await database.db.ingestedMail.findMany({ orderBy: { uid: "asc" } });
    expect(rows.map((row) => row.uid)).toEqual(kinds.map((_, index) => index + 1));
    const caseIds = new Set((await database.db.case.findMany({ select: { id: true } })).map((row) => row.id));
    const outcomes: Record<string, number> = {};
    const failedKinds: Record<string, number> = {};
    for (const row of rows) {
      outcomes[row.outcome] = (outcomes[row.outcome] ?? 0) + 1;
      if (row.outcome === "case" || row.outcome === "attached") expect(caseIds.has(row.caseId!)).toBe(true);
      else expect(row.caseId).toBeNull();
      if (row.outcome === "failed") {
        expect(row.lastError).toBeTruthy();
        const kind = kinds[row.uid - 1]!;
        failedKinds[kind] = (failedKinds[kind] ?? 0) + 1;
      }
    }
    // Every case comes from a mail that says so.
    expect(new Set(rows.filter((row) => row.outcome === "case").map((row) => row.caseId))).toEqual(caseIds);
    // Only what is not a mail at all (binary, or NUL bytes among the headers) may fail; everything else makes it through.
    expect(Object.keys(failedKinds).filter((kind) => !NOT_MAIL.has(kind.replace(/^copy of /, "")))).toEqual([]);
    const reused = await database.db.caseEvent.count({ where: { type: "message_id_reused" } });
    expect(reused).toBeGreaterThan(0);

    console.log(`[faults] ${COUNT} hostile mails in ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s of CPU): ${JSON.stringify(outcomes)}; failed kinds ${JSON.stringify(failedKinds)}; `
      + `${reused} reused Message-IDs flagged; RSS ${(rssBefore / 1024 / 1024).toFixed(0)} MB before, peak ${(peakRss / 1024 / 1024).toFixed(0)} MB (maxRSS of the process ${(globalThis.process.resourceUsage().maxRSS / 1024).toFixed(0)} MB)`);
  }, 900_000); // about 40 s of CPU; the wall time depends on what else the machine runs
});
