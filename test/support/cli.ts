import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "../..");
const tsx = pathToFileURL(path.join(root, "node_modules/tsx/dist/loader.mjs")).href;

/** libfaketime's settings: a CLI started under a moved clock (CI's second run) shares the test's clock. */
const clockSettings = Object.fromEntries(Object.entries(process.env).filter(([name, value]) => value !== undefined && /^(LD_PRELOAD$|FAKETIME|DONT_FAKE_MONOTONIC$)/.test(name))) as Record<string, string>;

export interface CliResult { code: number | null; stdout: string; stderr: string }

/** Runs our CLI as a user would (a real process), with its own environment and optional standard input. */
export function runCli(args: string[], options: { env?: Record<string, string>; input?: string; cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", tsx, path.join(root, "cli.ts"), ...args], {
      cwd: options.cwd ?? root,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...clockSettings, ...options.env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}
