// Benchmark (not a test): the service as the README's "Running it for real" recipe starts it (`node dist/cli.js
// start`, no chat token, a temporary SQLite database and inbox folder). Reports the resident memory of its whole
// process tree when idle, its peak while a backlog of corpus mails is dropped into the inbox, idle again after,
// and how long SIGTERM takes to stop it. Run alone: `npx tsx test/bench/service.ts [MAILS]`.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { projectPath } from "../../project-path";
import { processTree, treeRssMiB } from "../support/process-tree";

export interface ServiceBenchResult {
  mails: number;
  idleMiB: number;
  peakMiB: number;
  idleAfterMiB: number;
  ingestSeconds: number;
  stopSeconds: number;
  exitCode: number | null;
  leftRunning: number;
}

/** The aim is 150 MB (10^6 bytes) = 143 MiB. */
export const IDLE_TARGET_MIB = 143;
/** The node options of the README's systemd unit: V8 keeps its heap small rather than fast to grow. */
export const SERVICE_NODE_OPTIONS = ["--optimize-for-size", "--v8-pool-size=1"];
/** Other node options to compare, e.g. `BENCH_NODE_OPTIONS="--optimize-for-size" npx tsx test/bench/service.ts 300`. */
const nodeOptions = process.env.BENCH_NODE_OPTIONS?.split(/\s+/).filter(Boolean) ?? SERVICE_NODE_OPTIONS;
const CORPUS = projectPath("triage", "corpus", "mails");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Copies of the corpus mails, each with its own Message-ID, so every copy is a mail of its own. */
function backlog(count: number): { name: string; source: string }[] {
  const names = fs.readdirSync(CORPUS).filter((name) => name.endsWith(".eml")).sort();
  return Array.from({ length: count }, (_, i) => {
    const name = names[i % names.length]!;
    const copy = Math.floor(i / names.length);
    const source = fs.readFileSync(path.join(CORPUS, name), "latin1")
      .replace(/^Message-ID:[ \t]*<([^>]*)>/im, (_, id: string) => `Message-ID: <copy${copy}.${id}>`);
    return { name: `${String(i).padStart(5, "0")}-${name}`, source: copy === 0 ? source : `X-Bench-Copy: ${copy}\r\n${source}` };
  });
}

export async function benchService(mails = 2_000, options: { settleSeconds?: number } = {}): Promise<ServiceBenchResult> {
  execFileSync("npm", ["run", "-s", "build"], { cwd: projectPath(), stdio: "inherit" });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pva-service-"));
  const inbox = path.join(dir, "inbox");
  const databaseFile = path.join(dir, "service.db");
  const child = spawn(process.execPath, [...nodeOptions, projectPath("dist", "cli.js"), "start"], {
    cwd: dir, stdio: ["ignore", "ignore", "pipe"],
    env: { PATH: process.env.PATH ?? "", DATABASE_URL: `file:${databaseFile}`, INBOX_DIR: inbox, LOG_LEVEL: "warn" },
  });
  let log = "";
  child.stderr!.on("data", (chunk: Buffer) => { log = (log + chunk.toString()).slice(-20_000); });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  try {
    const settle = (options.settleSeconds ?? 10) * 1000;
    for (let waited = 0; !log.includes("No owner channel"); waited += 100) {
      if (waited > 60_000 || child.exitCode !== null) throw new Error(`the service did not start:\n${log}`);
      await sleep(100);
    }
    await sleep(settle);
    const idleMiB = treeRssMiB(child.pid!);

    const files = backlog(mails);
    const started = performance.now();
    for (const file of files) fs.writeFileSync(path.join(inbox, file.name), file.source, "latin1");
    let peakMiB = idleMiB;
    const database = new Database(databaseFile, { readonly: true, fileMustExist: true });
    const ingested = () => (database.prepare("SELECT COUNT(*) AS n FROM IngestedMail").get() as { n: number }).n;
    for (let waited = 0; ingested() < mails; waited += 200) {
      if (waited > 900_000 || child.exitCode !== null) throw new Error(`the backlog was not ingested (${ingested()} of ${mails}):\n${log}`);
      peakMiB = Math.max(peakMiB, treeRssMiB(child.pid!));
      await sleep(200);
    }
    const ingestSeconds = (performance.now() - started) / 1000;
    database.close();
    for (let waited = 0; waited < settle; waited += 200) {
      peakMiB = Math.max(peakMiB, treeRssMiB(child.pid!));
      await sleep(200);
    }
    const idleAfterMiB = treeRssMiB(child.pid!);

    const tree = processTree(child.pid!);
    const stopping = performance.now();
    child.kill("SIGTERM");
    const exitCode = await exited;
    const stopSeconds = (performance.now() - stopping) / 1000;
    const leftRunning = tree.filter((pid) => fs.existsSync(`/proc/${pid}`)).length;
    return { mails, idleMiB, peakMiB, idleAfterMiB, ingestSeconds, stopSeconds, exitCode, leftRunning };
  } finally {
    if (child.exitCode === null) child.kill("SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchService(Number(process.argv[2] ?? 2_000)));
