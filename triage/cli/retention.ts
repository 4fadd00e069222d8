import path from "node:path";
import { UserError } from "../../user-error";
import { loadConfig } from "../../config";
import { createLogger } from "../../log";
import { loadKnowledgeBase } from "../../knowledge/load";
import { applyRetention, countsOf, NO_PERIODS_MESSAGE, planRetention, retentionSettings, type RetentionCounts, type RetentionPeriods, type RetentionPlan } from "../retention";
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

/** A dry run cannot know how many events and messages a case holds until it is cut down: those are left out. */
function shownCounts(dryRun: boolean, counts: RetentionCounts): Partial<RetentionCounts> {
  if (!dryRun) return counts;
  const { caseEvents: _events, outboxMessages: _messages, ...rest } = counts;
  return rest;
}

function humanReport(dryRun: boolean, plan: RetentionPlan, counts: Partial<RetentionCounts>, periods: RetentionPeriods): string {
  const width = Math.max(...Object.values(LABELS).map((label) => label.length));
  const lines = [
    dryRun
      ? `Oppbevaring, prøvekjøring: dette ville blitt fjernet nå (ingenting er endret) / retention, dry run: what would go now (nothing changed)`
      : `Oppbevaring: dette er fjernet / retention: removed`,
    `  Tider / periods (dager / days): chat uten sak ${periods.chatWithoutCaseDays}, avbrutte samtaler ${periods.abandonedIntakeDays}, ` +
      `saksinnhold ${periods.caseContentDays}, e-postfiler ${periods.mailFilesDays}`,
    ...Object.entries(LABELS)
      .filter(([key]) => key in counts)
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
    process.stdout.write(`${humanReport(dryRun, plan, shownCounts(dryRun, counts), settings.periods)}\n`);
    return;
  }
  const relative = (files: string[]) => files.map((file) => path.relative(process.cwd(), file));
  process.stdout.write(`${JSON.stringify({
    dryRun, now: plan.now.toISOString(), periods: settings.periods,
    cutoffs: Object.fromEntries(Object.entries(plan.cutoffs).map(([key, at]) => [key, at.toISOString()])),
    counts: shownCounts(dryRun, counts),
    cases: plan.cases.map((entry) => ({ id: entry.id, finishedAt: entry.finishedAt.toISOString() })),
    files: { toProcessed: relative(plan.inboxFilesToMove), expired: relative(plan.expiredMailFiles) },
  })}\n`);
}
