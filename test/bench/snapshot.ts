// `npx tsx test/bench/snapshot.ts > FILE`: every corpus mail's and SpamAssassin mail's classification, one JSON line each,
// so a change meant only for speed can be diffed against the line before it (`diff before.jsonl after.jsonl`).
import fs from "node:fs";
import { useNamesOf } from "../../knowledge/business-names";
import { loadKnowledgeBase } from "../../knowledge/load";
import { BUNDLED_KNOWLEDGE_FILE } from "../../knowledge/bundled";
import { classifyByRules, classifyMail } from "../../triage/classify/index";
import { KEPT_OUT_SPAM_GROUPS, TRAINING_SPAM_GROUPS, spamAssassinSources } from "../../triage/model/dataset";
import { parseMail } from "../../triage/parse";
import { emlFiles } from "./mail";

useNamesOf(loadKnowledgeBase(BUNDLED_KNOWLEDGE_FILE));
const sources = [
  ...emlFiles("triage/corpus").sort().map((file) => ({ file, source: fs.readFileSync(file) })),
  ...[...TRAINING_SPAM_GROUPS, ...KEPT_OUT_SPAM_GROUPS].flatMap((group) => spamAssassinSources(group)),
];
for (const { file, source } of sources) {
  let line: unknown;
  try {
    const mail = await parseMail(source, { maxBodyBytes: 2_000_000 });
    const { category, rights, language, confidence, reasons } = classifyMail(mail);
    const rules = classifyByRules(mail);
    line = { file, category, rights, language, confidence, reasons, rules: [rules.category, rules.rights, rules.confidence], text: mail.text.length, quoted: mail.quoted.length };
  } catch (error) {
    line = { file, error: String(error) };
  }
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
