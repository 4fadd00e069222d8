// The assistant as a service: `cli.ts start` in a child process with its own environment, its log lines collected.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "../..");
const tsx = pathToFileURL(path.join(root, "node_modules/tsx/dist/loader.mjs")).href;

export interface RunningService {
  child: ChildProcess;
  dir: string;
  /** Every line written to standard error so far (JSON log lines, and anything else). */
  readonly lines: string[];
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Ends the process (SIGKILL if it does not stop) and removes its folder. */
  stop(): Promise<void>;
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export function startService(env: Record<string, string>): RunningService {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pva-service-"));
  const child = spawn(process.execPath, ["--import", tsx, path.join(root, "cli.ts"), "start"], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? "", DATABASE_URL: `file:${path.join(dir, "db.sqlite")}`, INBOX_DIR: path.join(dir, "inbox"), ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  child.stdin!.end();
  const lines: string[] = [];
  let partial = "";
  const listeners = new Set<() => void>();
  child.stderr!.on("data", (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split("\n");
    partial = parts.pop() ?? "";
    lines.push(...parts);
    for (const listener of listeners) listener();
  });
  child.stdout!.resume();
  return {
    child, dir, lines,
    waitForLine(pattern, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const line = lines.find((candidate) => pattern.test(candidate));
          if (line) { done(); resolve(line); }
        };
        const timer = setTimeout(() => { done(); reject(new Error(`no line matching ${pattern} in:\n${lines.join("\n")}`)); }, timeoutMs);
        const done = () => { clearTimeout(timer); listeners.delete(check); };
        listeners.add(check);
        check();
      });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
        await exited;
        clearTimeout(timer);
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
