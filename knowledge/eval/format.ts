import type { LabelledQuestion } from "./questions";
import { PREDICTED_ACTIONS, type EvalReport, type Outcome, type Prediction, type Tally } from "./score";

export function formatPercent(tally: Tally): string {
  const percent = tally.total === 0 ? "   -  " : `${(tally.accuracy * 100).toFixed(1).padStart(5)} %`;
  return `${percent} (${tally.correct}/${tally.total})`;
}

function describeExpected(question: LabelledQuestion): string {
  if (question.action === "answered") return `answered/${question.topic}`;
  if (question.action === "handover") return `handover[${(question.rights ?? []).join(",") || "complaint"}]`;
  return question.action;
}

function describePredicted(predicted: Prediction): string {
  if (predicted.action === "answered") return `answered/${predicted.topic ?? "?"}`;
  if (predicted.action === "handover") return `handover[${(predicted.rights ?? []).join(",") || "complaint"}]`;
  return predicted.action;
}

export function formatMiss({ question, predicted }: Outcome): string {
  return `  [${question.language}] ${describeExpected(question)} → ${describePredicted(predicted)}: ${question.question}`;
}

/** The report `npm run eval` prints; misses only when asked for. */
export function formatReport(report: EvalReport, options: { title: string; showMisses?: boolean }): string {
  const lines: string[] = [options.title, `Overall accuracy: ${formatPercent(report.overall)}`, ""];

  lines.push("By action:");
  for (const [action, tally] of Object.entries(report.byAction)) lines.push(`  ${action.padEnd(10)} ${formatPercent(tally)}`);
  lines.push("By language:");
  for (const [language, tally] of Object.entries(report.byLanguage)) lines.push(`  ${language.padEnd(10)} ${formatPercent(tally)}`);

  lines.push("", "By topic (answered questions; 'stolen' = other questions answered with this topic):");
  for (const topic of Object.keys(report.byTopic).sort()) {
    const tally = report.byTopic[topic]!;
    const stolen = tally.wronglyMatched > 0 ? `  stolen ${tally.wronglyMatched}` : "";
    lines.push(`  ${topic.padEnd(24)} ${formatPercent(tally)}${stolen}`);
  }

  const columns = PREDICTED_ACTIONS.filter(
    (action) => action !== "error" || Object.values(report.confusion).some((row) => row.error > 0),
  );
  lines.push("", "Actions (rows: expected, columns: engine):");
  lines.push(`  ${"".padEnd(10)}${columns.map((column) => column.padStart(10)).join("")}`);
  for (const [expected, row] of Object.entries(report.confusion))
    lines.push(`  ${expected.padEnd(10)}${columns.map((column) => String(row[column]).padStart(10)).join("")}`);

  lines.push("", `Handovers with exactly the expected rights: ${formatPercent(report.handoverRights)}`);

  if (options.showMisses) {
    lines.push("", `Misses (${report.misses.length}): expected → engine: question`);
    lines.push(...report.misses.map(formatMiss));
  } else if (report.misses.length > 0) lines.push(`(${report.misses.length} misses; --errors lists them)`);
  return lines.join("\n");
}
