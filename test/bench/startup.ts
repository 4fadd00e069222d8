import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { BUNDLED_KNOWLEDGE_FILE } from "../../knowledge/bundled";
import { projectPath } from "../../project-path";
import { format, percentile } from "./stats";

const QUESTION = "Hvem er behandlingsansvarlig?";

/**
 * One `ask` through the CLI, from process start to exit: what a user waits for. Wall time, and the CPU time
 * the process used (user + system), which a machine shared with other work inflates far less than wall time.
 * Timed by bash's `time`, which sees the child's own resource use.
 */
function timeOnce(args: string[], env: NodeJS.ProcessEnv = process.env): { wallMs: number; cpuMs: number } {
  const script = 'TIMEFORMAT="%R %U %S"; { time "$0" "$@" > /dev/null 2>&1; } 2>&1';
  const [wall, user, system] = execFileSync("bash", ["-c", script, process.execPath, ...args], { cwd: projectPath(), encoding: "utf8", env })
    .trim().split("\n").at(-1)!.split(" ").map(Number);
  return { wallMs: wall! * 1000, cpuMs: (user! + system!) * 1000 };
}

/** Medians, and the fastest run's wall time: on a machine busy with other work, the nearest to a quiet one. */
function medians(args: string[], runs: number): { wall: number; cpu: number; fastest: number } {
  const times = Array.from({ length: runs }, () => timeOnce(args));
  const walls = times.map((t) => t.wallMs).sort((a, b) => a - b);
  return { wall: percentile(walls, 50), cpu: percentile(times.map((t) => t.cpuMs).sort((a, b) => a - b), 50), fastest: walls[0]! };
}

/**
 * `ask` as it is run for real: the compiled bundle (`node dist/cli.js`, built by `npm ci`; rebuilt here first so
 * it is the code of this checkout) with the knowledge base's index in its cache; then the first run after the
 * knowledge base or the code changed, which builds the index; and through tsx, as `npm run cli` runs it from source.
 */
export function benchCliStartup(runs = 7): string[] {
  execFileSync("npm", ["run", "-s", "build"], { cwd: projectPath(), stdio: "inherit" });
  const bundle = ["dist/cli.js", "ask", QUESTION];
  timeOnce(bundle); // fills the index cache if this code or knowledge base has not been seen
  const cached = medians(bundle, runs);
  // The bundled knowledge base with one comment more: new bytes, so no index in the cache.
  const changed = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-startup-")), "knowledge.yaml");
  fs.writeFileSync(changed, `${fs.readFileSync(BUNDLED_KNOWLEDGE_FILE, "utf8")}\n# bench ${Date.now()}\n`);
  const uncached = timeOnce(bundle, { ...process.env, KNOWLEDGE_FILE: changed });
  fs.rmSync(path.dirname(changed), { recursive: true, force: true });
  const tsx = medians(["--import", "tsx", "cli.ts", "ask", QUESTION], Math.min(runs, 3));
  return [
    `CLI start-up (ask one question, process start to exit, node dist/cli.js): median ${format(cached.wall, 0)} ms wall (fastest ${format(cached.fastest, 0)}), ${format(cached.cpu, 0)} ms CPU over ${runs} runs (target ≤ 800 ms)`,
    `  without the index cache (the first run after the knowledge base or the code changed): ${format(uncached.wallMs, 0)} ms wall, ${format(uncached.cpuMs, 0)} ms CPU;`
      + ` from source through tsx (node --import tsx cli.ts): median ${format(tsx.wall, 0)} ms wall, ${format(tsx.cpu, 0)} ms CPU over ${Math.min(runs, 3)} runs`,
  ];
}
