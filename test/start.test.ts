import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "./support/cli";

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
    await waitForLine(child, /assistant started/);

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
