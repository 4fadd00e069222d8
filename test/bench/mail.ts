import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { classifyByRules, classifyMail } from "../../triage/classify/index";
import type { ParsedMail } from "../../triage/mail";
import { mailScores } from "../../triage/model/features";
import { committedModel, withModel } from "../../triage/model/model";
import { parseMail, readWithMailparser } from "../../triage/parse";
import { format } from "./stats";

export function emlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? emlFiles(full) : entry.name.endsWith(".eml") ? [full] : [];
  });
}

export interface Spent {
  wall: number;
  /** CPU seconds of this process (user + system): less inflated than wall time on a machine shared with other work. */
  cpu: number;
}

export async function timeSpent(work: () => Promise<unknown>): Promise<Spent> {
  const cpuBefore = process.cpuUsage();
  const start = process.hrtime.bigint();
  await work();
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: Number(process.hrtime.bigint() - start) / 1e9, cpu: (cpu.user + cpu.system) / 1e6 };
}

const forEach = (sources: Buffer[], work: (source: Buffer) => Promise<unknown>) => async () => {
  for (const source of sources) await work(source);
};

/** Rounds of each kind of work in turn (after one warm-up round of each), so no kind gains from going first or last. */
export async function alternate<K extends string>(rounds: number, works: Record<K, () => Promise<unknown>>): Promise<Record<K, Spent>> {
  const names = Object.keys(works) as K[];
  const spent = Object.fromEntries(names.map((name) => [name, { wall: 0, cpu: 0 }])) as Record<K, Spent>;
  for (let round = -1; round < rounds; round++) {
    for (const name of names) {
      const took = await timeSpent(works[name]);
      if (round < 0) continue;
      spent[name].wall += took.wall;
      spent[name].cpu += took.cpu;
    }
  }
  return spent;
}

/**
 * The whole pipeline (parse + split quotes + classify) against mailparser alone, on the same mails in the same run.
 * "Mailparser alone" is the very call parseMail makes (readWithMailparser: no HTML version of text parts), so the
 * ratio shows what reading a mail for triage costs on top of parsing it; mailparser with its defaults does more
 * work that triage never asks for, and comparing with it would count that saving as classification speed. That
 * figure is printed too, for comparison with earlier runs.
 */
export async function benchMail(rounds = 5): Promise<string[]> {
  const sources = emlFiles("triage/corpus").map((file) => fs.readFileSync(file));
  const spent = await alternate(rounds, {
    mailparser: forEach(sources, readWithMailparser),
    defaults: forEach(sources, (source) => simpleParser(source)),
    parsed: forEach(sources, parseMail),
    pipeline: forEach(sources, async (source) => classifyMail(await parseMail(source))),
  });
  const perSecond = (seconds: number) => (sources.length * rounds) / seconds;
  // Speed as a share of the reference's speed: the reference's time over the pipeline's.
  const share = (pipeline: Spent, reference: Spent) => `${format((reference.wall / pipeline.wall) * 100, 0)} % (by CPU time ${format((reference.cpu / pipeline.cpu) * 100, 0)} %)`;
  const msPerMail = (cpuSeconds: number) => format((cpuSeconds * 1000) / (sources.length * rounds), 3);

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
  // The model's part as classifyMail runs it (scores the verdict needs, weighing, reasons), on the rules' verdicts found beforehand.
  const rulesVerdicts = new Map(parsed.map((mail) => [mail, classifyByRules(mail)]));
  const modelOnly = model ? perMail((mail) => withModel(mail, rulesVerdicts.get(mail)!)) : NaN;
  const everyHead = model ? perMail((mail) => mailScores(model.weights, mail)) : NaN;
  return [
    `Mail (${sources.length} corpus mails × ${rounds}, the same mails in the same run): mailparser alone ${format(perSecond(spent.mailparser.wall), 0)} mails/s;`
      + ` parse + classify ${format(perSecond(spent.pipeline.wall), 0)} mails/s = ${share(spent.pipeline, spent.mailparser)} of mailparser alone (target ≥ 80 %)`,
    `  both sides make the same mailparser call (parseMail's options); with mailparser's defaults (simpleParser(source), ${format(perSecond(spent.defaults.wall), 0)} mails/s)`
      + ` the pipeline is ${share(spent.pipeline, spent.defaults)}. CPU a mail: mailparser ${msPerMail(spent.mailparser.cpu)} ms,`
      + ` parseMail's own work ${msPerMail(spent.parsed.cpu - spent.mailparser.cpu)} ms, classification ${msPerMail(spent.pipeline.cpu - spent.parsed.cpu)} ms`,
    `Classification: ${format(classify, 3)} ms a mail (target ≤ 0.2 ms): rules ${format(rules, 3)} ms, model ${format(modelOnly, 3)} ms`
      + ` (scores, weighing, reasons; every head of every mail: ${format(everyHead, 3)} ms), the rest ${format(classify - rules - modelOnly, 3)} ms`,
  ];
}
