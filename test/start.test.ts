import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "./support/cli";
import { processTree } from "./support/process-tree";

const started: ChildProcess[] = [];
afterEach(() => { for (const child of started.splice(0)) child.kill("SIGKILL"); });

function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} in:\n${seen}`)), timeoutMs);
    child.stderr!.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const line = seen.split("\n").find((candidate) => pattern.test(candidate));
      if (line) { clearTimeout(timer); resolve(line); }
    });
  });
}

describe("npm start on embedded defaults, as a service (no terminal)", () => {
  it("keeps running after standard input ends, turns a dropped .eml into a case, and stops cleanly on SIGTERM", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pva-start-"));
    const env = { DATABASE_URL: `file:${path.join(dir, "db.sqlite")}`, INBOX_DIR: path.join(dir, "inbox"), LOG_LEVEL: "info" };
    // Run from another folder, as a user would: nothing may depend on the repository being the working directory.
    const tsx = pathToFileURL(path.resolve("node_modules/tsx/dist/loader.mjs")).href;
    const child = spawn(process.execPath, ["--import", tsx, path.resolve("cli.ts"), "start"], {
      cwd: dir, env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["pipe", "pipe", "pipe"],
    });
    started.push(child);
    child.stdin!.end(); // end of input must not stop a service
    const warning = waitForLine(child, /No owner channel is configured/);
    await waitForLine(child, /assistant started/);
    expect(JSON.parse(await warning)).toMatchObject({ level: 40 }); // no chat token, no terminal: say so at start

    fs.copyFileSync("test/fixtures/start/erasure-request.eml", path.join(env.INBOX_DIR, "erasure-request.eml"));
    const caseLine = await waitForLine(child, /"caseId":\d+/);
    expect(child.exitCode).toBeNull();

    const listed = await runCli(["cases", "list", "--json"], { env });
    const cases = listed.stdout.trim().split("\n").map((line) => JSON.parse(line) as { category: string; rights: string[]; from: string });
    expect(cases).toEqual([expect.objectContaining({ category: "rights_request", rights: ["erasure"], from: "kari.nordmann@example.no" })]);
    expect(caseLine).toBeTruthy();

    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});

/** Once the service has started: SIGTERM, and within a few seconds it exits with 0 and leaves no process of its tree behind. */
async function expectCleanStop(child: ChildProcess): Promise<void> {
  started.push(child);
  await waitForLine(child, /assistant started/);
  const tree = processTree(child.pid!);
  expect(tree.length).toBeGreaterThan(0);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const stopping = performance.now();
  child.kill("SIGTERM");
  const code = await exited;
  const seconds = (performance.now() - stopping) / 1000;
  for (let waited = 0; waited < 5_000 && tree.some((pid) => fs.existsSync(`/proc/${pid}`)); waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  const leftRunning = tree.filter((pid) => fs.existsSync(`/proc/${pid}`));
  for (const pid of leftRunning) process.kill(pid, "SIGKILL");
  expect(leftRunning).toEqual([]);
  expect(code).toBe(0);
  expect(seconds).toBeLessThan(10);
}

describe("stopping the service", () => {
  const dirs: string[] = [];
  afterEach(() => { for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true }); });
  const serviceEnv = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pva-stop-"));
    dirs.push(dir);
    return { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? dir, DATABASE_URL: `file:${path.join(dir, "db.sqlite")}`, INBOX_DIR: path.join(dir, "inbox"), LOG_LEVEL: "info" };
  };

  it("npm start passes SIGTERM on: npm and the assistant under it are gone within a few seconds", async () => {
    const child = spawn("npm", ["start"], { cwd: path.resolve("."), env: serviceEnv(), stdio: ["ignore", "pipe", "pipe"] });
    await expectCleanStop(child);
  }, 120_000);

  it("the README's service command (node on the compiled bundle) stops cleanly on SIGTERM", async () => {
    execFileSync("npm", ["run", "-s", "build"], { stdio: "ignore" });
    const child = spawn(process.execPath, [path.resolve("dist/cli.js"), "start"], { cwd: os.tmpdir(), env: serviceEnv(), stdio: ["ignore", "pipe", "pipe"] });
    await expectCleanStop(child);
  }, 120_000);
});
