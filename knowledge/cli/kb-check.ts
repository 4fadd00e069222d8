import { art13Report, type RequirementStatus } from "../art13-report";
import { loadKnowledgeBase } from "../load";
import type { AssistantRetention } from "../schema";
import { knowledgeFileFromEnvironment } from "./ask";

const LABEL: Record<RequirementStatus, string> = { present: "OK     ", partial: "DELVIS ", missing: "MANGLER" };

/** `kb check [FILE] [--json]`: validates a knowledge base (errors name path and line, exit 1) and reports on GDPR Art. 13. */
export async function kbCheckCommand(file: string | undefined, options: { json?: boolean }): Promise<void> {
  const path = file ?? knowledgeFileFromEnvironment();
  const kb = loadKnowledgeBase(path);
  const report = art13Report(kb);
  const counts = { present: 0, partial: 0, missing: 0 };
  for (const item of report.items) counts[item.status] += 1;

  if (options.json) {
    process.stdout.write(`${JSON.stringify({ file: path, valid: true, topics: kb.topics.length, ...report, summary: counts, assistantRetention: kb.assistant_retention ?? null })}\n`);
    return;
  }
  const lines = [
    `Kunnskapsbasen er gyldig / the knowledge base is valid: ${path} (${kb.topics.length} emner / topics)`,
    "",
    "GDPR art. 13 – hva personvernerklæringen skal opplyse om / what the privacy notice must tell:",
    ...report.items.map((item) => `  [${LABEL[item.status]}] art. ${item.article.padEnd(9)} ${item.requirement}\n              ${item.why}`),
  ];
  if (report.knownGaps.length) lines.push("", "Kjente hull i den publiserte erklæringen / known gaps:", ...report.knownGaps.map((gap) => `  - ${gap}`));
  lines.push("", ...assistantRetentionLines(kb.assistant_retention));
  lines.push("", `Oppsummering / summary: ${counts.present} OK, ${counts.partial} delvis / partial, ${counts.missing} mangler / missing`);
  process.stdout.write(`${lines.join("\n")}\n`);
}

function assistantRetentionLines(periods: AssistantRetention | undefined): string[] {
  if (!periods)
    return ["Assistentens egen lagring / the assistant's own records: MANGLER (assistant_retention): ingenting slettes av seg selv / nothing is deleted by itself"];
  return [
    "Assistentens egen lagring / how long the assistant keeps its own records:",
    `  chat uten sak / chats that opened no case:            ${periods.chat_without_case_days} dager / days`,
    `  avbrutte henvendelser / abandoned hand-overs:           ${periods.abandoned_intake_days} dager / days`,
    `  innhold i besvarte saker / content of answered cases:   ${periods.case_content_days} dager / days (deretter minimumspost / then a minimal record)`,
    `  e-postfiler / mail files:                              ${periods.mail_files_days} dager / days`,
  ];
}
