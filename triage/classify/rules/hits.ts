/**
 * Hits per rule over labelled mail (`npm run eval:triage -- --rule-hits`), so dead rules show:
 *   fires  mails where the rule matches a clause (not negated), whether or not an earlier rule for the same right won
 *   shown  mails whose reasons name the rule (it gave the words the owner reads; asking-about rules give none)
 *   right  of those shown, mails labelled with what the rule finds (its right, complaint, or automated)
 * The rules for machine-sent mail (rules/automated.yml) are counted over the header, address, subject or text they
 * read; the cues (rules/cues.yml) and asking-about rules give no reasons, so only their fires count.
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
import { AUTOMATED_RULES_FILE } from "../automated";
import { CUE_RULES } from "../cues";
import type { ParsedMail } from "../../mail";
import type { Clause } from "../../understand/normalize";
import { builtFileOf, type CompiledRule } from "./compile";
import { RawRuleGroup, type RawInput, type RawRulesBuilt } from "./raw";

const NAMED_RULE = /\[([a-z_]+\.[a-z0-9-]+)\]$/;

/** A rule counted: its family, whether its id can appear in the reasons, and whether it fires in a mail. */
interface Counted {
  id: string;
  family: string;
  givesReasons: boolean;
  firesIn(mail: ParsedMail, read: Clause[]): boolean;
}

function phraseRules(rules: readonly CompiledRule[], family: string, givesReasons = true): Counted[] {
  return rules.map((rule) => ({ id: rule.id, family, givesReasons, firesIn: (_, read) => read.some((clause) => applyRule(rule, clause)?.negated === false) }));
}

/** The raw rules for machine-sent mail, each alone, over the input it reads. */
function automatedRules(): Counted[] {
  const built = JSON.parse(fs.readFileSync(builtFileOf(AUTOMATED_RULES_FILE), "utf8")) as RawRulesBuilt;
  return built.rules.map((rule) => {
    const { input, flags } = built.finds[rule.finds]!;
    const group = new RawRuleGroup(rule.finds, input, [rule.id], [rule.regex], flags);
    return { id: rule.id, family: "automated", givesReasons: rule.finds !== "notice-to-customer", firesIn: (mail) => inputsOf(mail, input).some((text) => group.test(text)) };
  });
}

function inputsOf(mail: ParsedMail, input: RawInput): string[] {
  if (input.startsWith("header:")) {
    // As automated.ts reads a header: its value, trimmed; a header the mail lacks gives nothing to test.
    const value = mail.headers[input.slice("header:".length)];
    return value === undefined ? [] : [value.trim()];
  }
  if (input === "address") return [mail.from.address];
  if (input === "subject") return [mail.subject];
  if (input === "text") return [mail.text, mail.signature, mail.forwarded ?? ""];
  return [];
}

const RULES: Counted[] = [
  ...phraseRules(RIGHT_RULES, "rights"),
  ...phraseRules(COMPLAINT_RULES, "complaint"),
  ...phraseRules(ASKING_ABOUT_RULES, "asking_about", false),
  ...phraseRules(CUE_RULES, "cues", false),
  ...automatedRules(),
];

export async function formatRuleHits(mails: readonly LabelledMail[]): Promise<string> {
  const fires = new Map<string, number>();
  const shown = new Map<string, number>();
  const right = new Map<string, number>();
  const add = (counts: Map<string, number>, id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const labelled of mails) {
    const mail = await parseMail(fs.readFileSync(labelled.path));
    const read = clauses(`${mail.subject}.\n${mail.text}\n${mail.forwarded ?? ""}`);
    for (const rule of RULES) {
      if (rule.firesIn(mail, read)) add(fires, rule.id);
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
  const neverShown = RULES.filter((rule) => fires.has(rule.id) && !shown.has(rule.id) && rule.givesReasons).map((rule) => rule.id);
  const families = [...new Set(RULES.map((rule) => rule.family))];
  const perFamily = families.map((family) => `${family} ${RULES.filter((rule) => rule.family === family && !fires.has(rule.id)).length}`);
  lines.push(`dead (fire on no mail): ${dead.length} of ${RULES.length} (${perFamily.join(", ")})${dead.length ? `: ${dead.join(", ")}` : ""}`);
  lines.push(`fire but never shown (another rule for the same thing always wins): ${neverShown.length}${neverShown.length ? `: ${neverShown.join(", ")}` : ""}`);
  return lines.join("\n");
}
