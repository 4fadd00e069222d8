import { execFileSync } from "node:child_process";
import { format, percentile } from "./stats";

/** Wall time of one `ask` through the CLI, from process start to exit: what a user waits for. */
export function benchCliStartup(runs = 7): string[] {
  const durations: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, ["--import", "tsx", "cli.ts", "ask", "Hvem er behandlingsansvarlig?"], { stdio: "ignore" });
    durations.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  durations.sort((a, b) => a - b);
  return [`CLI start-up (ask one question, process start to exit): median ${format(percentile(durations, 50), 0)} ms over ${runs} runs`];
}
