import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { classifyByRules, classifyMail } from "../../triage/classify/index";
import type { ParsedMail } from "../../triage/mail";
import { mailScores } from "../../triage/model/features";
import { committedModel } from "../../triage/model/model";
import { parseMail } from "../../triage/parse";
import { format } from "./stats";

function emlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? emlFiles(full) : entry.name.endsWith(".eml") ? [full] : [];
  });
}

async function secondsFor(sources: Buffer[], work: (source: Buffer) => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  for (const source of sources) await work(source);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** The whole pipeline (parse + split quotes + classify) against mailparser alone, on the same mails. */
export async function benchMail(rounds = 5): Promise<string[]> {
  const sources = emlFiles("triage/corpus").map((file) => fs.readFileSync(file));
  const parse = (source: Buffer) => simpleParser(source);
  const parseAndClassify = async (source: Buffer) => classifyMail(await parseMail(source));
  await secondsFor(sources, parse); // warm-up of both, then alternate rounds so neither gains from going second
  await secondsFor(sources, parseAndClassify);
  let parserSeconds = 0;
  let pipelineSeconds = 0;
  for (let round = 0; round < rounds; round++) {
    parserSeconds += await secondsFor(sources, parse);
    pipelineSeconds += await secondsFor(sources, parseAndClassify);
  }
  const parserOnly = (sources.length * rounds) / parserSeconds;
  const pipeline = (sources.length * rounds) / pipelineSeconds;
  const parsed: ParsedMail[] = [];
  for (const source of sources) parsed.push(await parseMail(source));
  const model = committedModel();
  const perMail = (work: (mail: ParsedMail) => unknown) => {
    for (const mail of parsed) work(mail); // warm-up
    const start = process.hrtime.bigint();
    for (let round = 0; round < rounds; round++) for (const mail of parsed) work(mail);
    return Number(process.hrtime.bigint() - start) / 1e6 / (parsed.length * rounds);
  };
  const classify = perMail(classifyMail);
  const rules = perMail(classifyByRules);
  const modelOnly = model ? perMail((mail) => mailScores(model.weights, mail)) : NaN;
  return [
    `Mail: mailparser alone ${format(parserOnly, 0)} mails/s; parse + classify ${format(pipeline, 0)} mails/s`
      + ` = ${format((pipeline / parserOnly) * 100, 0)} % of parsing alone (target ≥ 80 %), ${sources.length} mails × ${rounds}`,
    `Classification: ${format(classify, 3)} ms a mail (target ≤ 0.2 ms): rules ${format(rules, 3)} ms, model ${format(modelOnly, 3)} ms`,
  ];
}
