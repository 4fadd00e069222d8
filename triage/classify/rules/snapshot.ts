/**
 * What the rules say today, written out so a change to the rule data can be checked for changed behaviour:
 * every mail in triage/corpus (blind sets included) and the understanding fixtures, read by `classifyByRules`,
 * and the parity sentences by the chat's hand-over too. Category, rights and reasons, one JSON line each.
 *
 *   npx tsx triage/classify/rules/snapshot.ts > /tmp/before.jsonl   (then compare with `diff`)
 * Reasons are written without a trailing rule id ("… → erasure [erasure.x]"), so naming the rule changes nothing here.
 */
import fs from "node:fs";
import path from "node:path";
import { useNamesOf } from "../../../knowledge/business-names";
import { loadKnowledgeBase } from "../../../knowledge/load";
import { BUNDLED_KNOWLEDGE_FILE } from "../../../knowledge/bundled";
import { detectHandover } from "../../../knowledge/intent";
import { parseMail } from "../../parse";
import { classifyByRules } from "../index";
import type { Classification } from "../../types";

const RULE_ID = / \[[a-z0-9_.-]+\]$/;

function emlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? emlFiles(full) : entry.name.endsWith(".eml") ? [full] : [];
  }).sort();
}

function line(key: string, result: Classification): string {
  return JSON.stringify({ key, category: result.category, rights: result.rights, reasons: result.reasons.map((r) => r.replace(RULE_ID, "")) });
}

function mailOf(subject: string, body: string): string {
  return `From: Kunde <kunde@example.no>\r\nTo: hei@example.no\r\nSubject: ${subject}\r\nDate: Tue, 12 May 2026 10:00:00 +0200\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.replace(/\n/g, "\r\n")}\r\n`;
}

async function main(): Promise<void> {
  useNamesOf(loadKnowledgeBase(BUNDLED_KNOWLEDGE_FILE));
  const out: string[] = [];
  for (const file of emlFiles("triage/corpus")) out.push(line(file, classifyByRules(await parseMail(fs.readFileSync(file)))));
  const fixtures = "test/fixtures/understand";
  const examples = JSON.parse(fs.readFileSync(path.join(fixtures, "mail-examples.json"), "utf8")) as Record<string, unknown>;
  const resolvers = JSON.parse(fs.readFileSync(path.join(fixtures, "resolver-examples.json"), "utf8")) as Record<string, unknown>;
  for (const [table, rows] of Object.entries({ ...examples, ...resolvers })) {
    if (!Array.isArray(rows)) continue;
    const list = (Array.isArray(rows[0]) ? rows : [rows]) as [string, string][];
    for (const [i, [subject, body]] of list.entries()) out.push(line(`${table}#${i}`, classifyByRules(await parseMail(mailOf(subject, body)))));
  }
  const parity = fs.readFileSync(path.join(fixtures, "parity.txt"), "utf8").split("\n").filter((s) => s.trim() && !s.startsWith("#"));
  for (const sentence of parity) {
    out.push(line(`parity:${sentence}`, classifyByRules(await parseMail(mailOf("", sentence)))));
    out.push(JSON.stringify({ key: `chat:${sentence}`, handover: detectHandover(sentence) ?? null }));
  }
  process.stdout.write(`${out.join("\n")}\n`);
}

await main();
