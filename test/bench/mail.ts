import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { classifyMail } from "../../triage/classify/index";
import { parseMail } from "../../triage/parse";
import { format } from "./stats";

function emlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? emlFiles(full) : entry.name.endsWith(".eml") ? [full] : [];
  });
}

async function mailsPerSecond(sources: Buffer[], rounds: number, work: (source: Buffer) => Promise<unknown>): Promise<number> {
  for (const source of sources) await work(source); // warm-up
  const start = process.hrtime.bigint();
  for (let round = 0; round < rounds; round++) for (const source of sources) await work(source);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return (sources.length * rounds) / seconds;
}

/** The whole pipeline (parse + split quotes + classify) against mailparser alone, on the same mails. */
export async function benchMail(rounds = 5): Promise<string[]> {
  const sources = emlFiles("triage/corpus").map((file) => fs.readFileSync(file));
  const parserOnly = await mailsPerSecond(sources, rounds, (source) => simpleParser(source));
  const pipeline = await mailsPerSecond(sources, rounds, async (source) => classifyMail(await parseMail(source)));
  return [
    `Mail: mailparser alone ${format(parserOnly, 0)} mails/s; parse + classify ${format(pipeline, 0)} mails/s`
      + ` = ${format((pipeline / parserOnly) * 100, 0)} % of parsing alone (target ≥ 50 %), ${sources.length} mails × ${rounds}`,
  ];
}
