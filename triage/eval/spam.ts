/**
 * `npm run eval:triage -- --spam [--groups easy-ham-2,hard-ham-1,spam-2]`: real mail that asks for
 * nothing (SpamAssassin), through the full classifier. The kept-out groups are scored once, at the end.
 */
import { classifyByRules, classifyMail } from "../classify/index";
import { parseMail } from "../parse";
import type { Category } from "../types";
import { KEPT_OUT_SPAM_GROUPS, spamAssassinSources } from "../model/dataset";

const pct = (part: number, whole: number) => `${((part / Math.max(1, whole)) * 100).toFixed(1)} %`;

export async function runSpam(groups: readonly string[] = KEPT_OUT_SPAM_GROUPS): Promise<void> {
  console.log("group         mails  case (request/complaint): combined  rules   automated: combined  rules   automated with a reason");
  for (const group of groups) {
    const counts = { mails: 0, caseCombined: 0, caseRules: 0, automatedCombined: 0, automatedRules: 0, reasoned: 0 };
    const isCase = (category: Category) => category === "rights_request" || category === "complaint";
    for (const { source } of spamAssassinSources(group)) {
      let mail;
      try {
        mail = await parseMail(source, { maxBodyBytes: 200_000 });
      } catch {
        continue;
      }
      const combined = classifyMail(mail);
      const rules = classifyByRules(mail);
      counts.mails++;
      if (isCase(combined.category)) counts.caseCombined++;
      if (isCase(rules.category)) counts.caseRules++;
      if (combined.category === "automated") counts.automatedCombined++;
      if (rules.category === "automated") counts.automatedRules++;
      if (combined.category === "automated" && combined.reasons.some((reason) => reason.trim().length > 0)) counts.reasoned++;
    }
    const { mails } = counts;
    console.log(`${group.padEnd(12)} ${String(mails).padStart(6)}  ${pct(counts.caseCombined, mails).padStart(27)} ${pct(counts.caseRules, mails).padStart(7)}  ${pct(counts.automatedCombined, mails).padStart(19)} ${pct(counts.automatedRules, mails).padStart(7)}  ${pct(counts.reasoned, mails).padStart(10)}`);
  }
}
