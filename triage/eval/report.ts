/** Plain-text rendering of a triage eval report (pure). */
import { CATEGORIES, RIGHTS } from "../types";
import { type ClassScore, type ScoredCase, type TriageReport, effectiveRights } from "./score";

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`.padStart(6);

function scoreRow(label: string, score: ClassScore, width: number): string {
  return `${label.padEnd(width)} ${percent(score.precision)} ${percent(score.recall)} ${percent(score.f1)} ${String(score.support).padStart(7)} ${String(score.predicted).padStart(9)}`;
}

export function formatReport(report: TriageReport, title: string): string {
  const lines: string[] = [];
  lines.push(`Triage eval — ${title} (${report.total} mails)`, "");
  lines.push(`${"category".padEnd(16)} ${"prec".padStart(6)} ${"recall".padStart(6)} ${"F1".padStart(6)} ${"support".padStart(7)} ${"predicted".padStart(9)}`);
  for (const category of CATEGORIES) lines.push(scoreRow(category, report.perCategory[category], 16));
  lines.push("", `macro-F1 (4 categories): ${percent(report.macroF1).trim()}`);
  lines.push(`exact rights on rights requests: ${percent(report.exactRights.accuracy).trim()} (${report.exactRights.correct}/${report.exactRights.total})`);
  lines.push(`language accuracy: ${percent(report.language.accuracy).trim()} (${report.language.correct}/${report.language.total})`, "");
  lines.push(`${"right".padEnd(16)} ${"prec".padStart(6)} ${"recall".padStart(6)} ${"F1".padStart(6)} ${"support".padStart(7)} ${"predicted".padStart(9)}`);
  for (const right of RIGHTS) lines.push(scoreRow(right, report.perRight[right], 16));
  lines.push("", "confusion (rows: labelled, columns: predicted)");
  const short = { rights_request: "rights", complaint: "complaint", inquiry: "inquiry", automated: "automated" } as const;
  lines.push(`${"".padEnd(16)}${CATEGORIES.map((category) => short[category].padStart(10)).join("")}`);
  for (const expected of CATEGORIES) {
    lines.push(`${expected.padEnd(16)}${CATEGORIES.map((predicted) => String(report.confusion[expected][predicted]).padStart(10)).join("")}`);
  }
  return lines.join("\n");
}

export function formatMiss(scored: ScoredCase, details: { subject?: string; reasons?: readonly string[] } = {}): string {
  const show = (verdict: ScoredCase["expected"]) => {
    const rights = effectiveRights(verdict);
    return `${verdict.category}${rights.length ? `[${rights.join(",")}]` : ""}/${verdict.language}`;
  };
  const lines = [`✗ ${scored.file}`, `    labelled ${show(scored.expected)}  predicted ${show(scored.predicted)}`];
  if (details.subject !== undefined) lines.push(`    subject: ${details.subject}`);
  if (details.reasons?.length) lines.push(`    reasons: ${details.reasons.join("; ")}`);
  return lines.join("\n");
}
