import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { KEPT_OUT_SPAM_GROUPS, spamAssassinSources } from "../../triage/model/dataset";
import { readWithMailparser } from "../../triage/parse";
import { projectPath } from "../../project-path";
import { alternate } from "./mail";
import { format } from "./stats";

/**
 * `triage --json` on a folder of real mail nobody here wrote (SpamAssassin's kept-out groups, as .eml files), as a
 * user runs it: one process of the compiled CLI, start to exit, output to a file. Against mailparser alone on the
 * same mails in this process (the call parseMail makes), so the ratio includes the command's start-up, reading
 * the files and writing JSON.
 */
export async function benchTriageCli(rounds = 3): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-triage-"));
  try {
    const sources = KEPT_OUT_SPAM_GROUPS.flatMap((group) => spamAssassinSources(group));
    sources.forEach(({ source }, i) => fs.writeFileSync(path.join(dir, `${String(i).padStart(5, "0")}.eml`), source));
    execFileSync("npm", ["run", "-s", "build"], { cwd: projectPath(), stdio: "inherit" });
    const out = path.join(dir, "out.jsonl");
    const runTriage = async () => {
      const outFile = fs.openSync(out, "w");
      try {
        execFileSync(process.execPath, ["dist/cli.js", "triage", "--json", dir], { cwd: projectPath(), stdio: ["ignore", outFile, "inherit"] });
      } catch {
        // Exit code 1: some files are not mail; each has its error line.
      } finally {
        fs.closeSync(outFile);
      }
    };
    const spent = await alternate(rounds, {
      mailparser: async () => {
        for (const { source } of sources) await readWithMailparser(source).catch(() => undefined);
      },
      triage: runTriage,
    });
    const lines = fs.readFileSync(out, "utf8").trimEnd().split("\n").length;
    const perSecond = (seconds: number) => (sources.length * rounds) / seconds;
    return [
      `triage --json (node dist/cli.js) on ${sources.length} SpamAssassin mails (${KEPT_OUT_SPAM_GROUPS.join(", ")}) → ${lines} lines:`
        + ` ${format(perSecond(spent.triage.wall), 0)} mails/s, start to exit; mailparser alone in one process ${format(perSecond(spent.mailparser.wall), 0)} mails/s`
        + ` = ${format((spent.mailparser.wall / spent.triage.wall) * 100, 0)} % (target ≥ 80 %)`,
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
