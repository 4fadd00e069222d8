/**
 * Hits per rule over labelled mail (`npm run eval:triage -- --rule-hits`), so dead rules show:
 *   fires  mails where the rule matches a clause (not negated), whether or not an earlier rule for the same right won
 *   shown  mails whose reasons name the rule (it gave the words the owner reads; asking-about rules give none)
 *   right  of those shown, mails labelled with what the rule finds (its right, or complaint)
 */
import fs from "node:fs";
import type { LabelledMail } from "../../eval/labels";
import { parseMail } from "../../parse";
import { clauses } from "../../understand/normalize";
import { classifyByRules } from "../index";
import { ASKING_ABOUT_RULES } from "../asking-about";
import { COMPLAINT_RULES } from "../complaint";
import { RIGHT_RULES } from "../right-rules";
import { applyRule } from "../rights";

const NAMED_RULE = /\[([a-z_]+\.[a-z0-9-]+)\]$/;

const RULES = [...RIGHT_RULES, ...COMPLAINT_RULES, ...ASKING_ABOUT_RULES];

export async function formatRuleHits(mails: readonly LabelledMail[]): Promise<string> {
  const fires = new Map<string, number>();
  const shown = new Map<string, number>();
  const right = new Map<string, number>();
  const add = (counts: Map<string, number>, id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const labelled of mails) {
    const mail = await parseMail(fs.readFileSync(labelled.path));
    const read = clauses(`${mail.subject}.\n${mail.text}\n${mail.forwarded ?? ""}`);
    for (const rule of RULES) {
      if (read.some((clause) => applyRule(rule, clause)?.negated === false)) add(fires, rule.id);
    }
    for (const reason of classifyByRules(mail).reasons) {
      const id = NAMED_RULE.exec(reason)?.[1];
      if (!id) continue;
      add(shown, id);
      if ([labelled.category, ...labelled.rights].some((r) => id.startsWith(`${r}.`))) add(right, id);
    }
  }
  const lines = [`hits per rule over ${mails.length} mails (fires / shown / right):`];
  for (const rule of RULES) lines.push(`  ${rule.id.padEnd(52)} ${String(fires.get(rule.id) ?? 0).padStart(4)} ${String(shown.get(rule.id) ?? 0).padStart(4)} ${String(right.get(rule.id) ?? 0).padStart(4)}`);
  const dead = RULES.filter((rule) => !fires.has(rule.id)).map((rule) => rule.id);
  const askingOnly = new Set(ASKING_ABOUT_RULES.map((rule) => rule.id)); // they give no reasons
  const neverShown = RULES.filter((rule) => fires.has(rule.id) && !shown.has(rule.id) && !askingOnly.has(rule.id)).map((rule) => rule.id);
  const families = [...new Set(RULES.map((rule) => rule.finds === "complaint" || rule.finds === "asking_about" ? rule.finds : "rights"))];
  const perFamily = families.map((family) => `${family} ${dead.filter((id) => (family === "rights" ? !/^(complaint|asking_about)\./.test(id) : id.startsWith(`${family}.`))).length}`);
  lines.push(`dead (fire on no mail): ${dead.length} of ${RULES.length} (${perFamily.join(", ")})${dead.length ? `: ${dead.join(", ")}` : ""}`);
  lines.push(`fire but never shown (an earlier rule for the same right always wins): ${neverShown.length}${neverShown.length ? `: ${neverShown.join(", ")}` : ""}`);
  return lines.join("\n");
}
