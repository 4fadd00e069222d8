import path from "node:path";
import { UserError } from "../../cli-errors";
import { loadConfig } from "../../config";
import { createLogger } from "../../log";
import { loadKnowledgeBase } from "../../knowledge/load";
import { applyRetention, countsOf, NO_PERIODS_MESSAGE, planRetention, retentionSettings, type RetentionCounts, type RetentionPlan } from "../retention";
import { withDatabase } from "./cases";

const LABELS: Record<keyof RetentionCounts, string> = {
  chatLines: "Chatlinjer uten sak / chat lines with no case",
  sessions: "Forlatte samtaler / abandoned hand-overs",
  cases: "Saker redusert til minimumspost / cases cut to the minimal record",
  caseEvents: "Hendelser renset for innhold / events cleared of content",
  outboxMessages: "Utgående meldinger tømt / sent messages emptied",
  updateKeys: "Gamle oppdateringsnøkler / old update keys",
  ingestedMail: "Overflødig e-postbokføring / bookkeeping no longer needed",
  inboxFilesMoved: "Innboksfiler flyttet til processed / inbox files moved to processed",
  mailFiles: "Utløpte e-postfiler / expired mail files",
};

function humanReport(dryRun: boolean, plan: RetentionPlan, counts: RetentionCounts): string {
  const width = Math.max(...Object.values(LABELS).map((label) => label.length));
  const lines = [
    dryRun
      ? `Oppbevaring, prøvekjøring: dette ville blitt fjernet nå (ingenting er endret) / retention, dry run: what would go now (nothing changed)`
      : `Oppbevaring: dette er fjernet / retention: removed`,
    ...Object.entries(LABELS)
      .filter(([key]) => !(dryRun && (key === "caseEvents" || key === "outboxMessages")))
      .map(([key, label]) => `  ${label.padEnd(width)}  ${String(counts[key as keyof RetentionCounts]).padStart(6)}`),
  ];
  if (plan.cases.length > 0) lines.push(`  Saker / cases: ${plan.cases.map((entry) => entry.id).join(", ")}`);
  return lines.join("\n");
}

/** `retention [--dry-run] [--json]`: applies the knowledge base's periods to what the assistant has stored. */
export async function retentionCommand(options: { dryRun?: boolean; json?: boolean }): Promise<void> {
  const config = loadConfig();
  const settings = retentionSettings(config, loadKnowledgeBase(config.knowledgeFile));
  if (!settings) throw new UserError(NO_PERIODS_MESSAGE);
  const dryRun = Boolean(options.dryRun);
  const { plan, counts } = await withDatabase(async (db) => {
    const planned = await planRetention(db, new Date(), settings.periods, settings.folders);
    return { plan: planned, counts: dryRun ? countsOf(planned) : await applyRetention(db, planned, settings.folders, createLogger(config.logLevel)) };
  });
  if (!options.json) {
    process.stdout.write(`${humanReport(dryRun, plan, counts)}\n`);
    return;
  }
  const relative = (files: string[]) => files.map((file) => path.relative(process.cwd(), file));
  process.stdout.write(`${JSON.stringify({
    dryRun, now: plan.now.toISOString(), periods: settings.periods,
    cutoffs: Object.fromEntries(Object.entries(plan.cutoffs).map(([key, at]) => [key, at.toISOString()])),
    counts,
    cases: plan.cases.map((entry) => ({ id: entry.id, finishedAt: entry.finishedAt.toISOString() })),
    files: { toProcessed: relative(plan.inboxFilesToMove), expired: relative(plan.expiredMailFiles) },
  })}\n`);
}
