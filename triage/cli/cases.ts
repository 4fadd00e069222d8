import { UserError } from "../../user-error";
import { loadConfig } from "../../config";
import { loadDotEnv } from "../../env-file";
import { openDatabase } from "../../prisma/database";
import { getCase, listCases, type CaseDetail, type CaseSummary } from "../cases";
import { CASE_STATUSES, type CaseStatus } from "../types";
import { CaseRuleError } from "../cases/errors";
import { createLogger } from "../../log";
import { describeErasure, erasePerson, mailFoldersOf } from "../retention";
import { historyLine } from "../../bot/owner/history";
import { osloDateTime } from "../../bot/owner/labels";

export async function withDatabase<T>(work: (db: Awaited<ReturnType<typeof openDatabase>>["db"]) => Promise<T>): Promise<T> {
  loadDotEnv();
  const database = await openDatabase(loadConfig().databaseUrl);
  try { return await work(database.db); } finally { await database.close(); }
}

function listLine(summary: CaseSummary) {
  return {
    id: summary.id, messageId: summary.messageId, channel: summary.channel, from: summary.fromAddress,
    subject: summary.subject, category: summary.category, rights: summary.rights,
    receivedAt: summary.receivedAt.toISOString(), due: summary.due, status: summary.status,
  };
}

function cut(text: string, width: number): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length <= width ? flat.padEnd(width) : `${flat.slice(0, width - 1)}…`;
}

function table(cases: CaseSummary[]): string {
  if (cases.length === 0) return "Ingen saker / no cases";
  const head = `${"Nr".padStart(4)}  ${"Frist".padEnd(10)}  ${"Dager".padStart(5)}  ${"Status".padEnd(17)}  ${"Kategori".padEnd(14)}  ${"Fra".padEnd(28)}  Emne`;
  const rows = cases.map((c) =>
    `${String(c.id).padStart(4)}  ${c.due}  ${String(c.daysLeft).padStart(5)}  ${c.status.padEnd(17)}  ${c.category.padEnd(14)}  ${cut(c.fromAddress, 28)}  ${cut(c.subject, 50).trimEnd()}`);
  return [head, ...rows].join("\n");
}

export async function listCasesCommand(options: { json?: boolean; status?: string }): Promise<void> {
  if (options.status !== undefined && !(CASE_STATUSES as readonly string[]).includes(options.status))
    throw new UserError(`Ukjent status / unknown status "${options.status}": bruk / use ${CASE_STATUSES.join(", ")}`);
  const cases = await withDatabase((db) => listCases(db, { status: options.status as CaseStatus | undefined }));
  if (options.json) {
    process.stdout.write(cases.map((c) => `${JSON.stringify(listLine(c))}\n`).join(""));
    return;
  }
  process.stdout.write(`${table(cases)}\n`);
}

function showText(c: CaseDetail): string {
  const lines = [
    `Sak ${c.id} (${c.channel}) — ${c.status}`,
    `Fra / from:        ${c.fromName ? `${c.fromName} <${c.fromAddress}>` : c.fromAddress}`,
    `Emne / subject:    ${c.subject}`,
    `Kategori:          ${c.category}${c.rights.length ? ` (${c.rights.join(", ")})` : ""}, språk ${c.language}`,
    `Mottatt:           ${osloDateTime(c.receivedAt)} (norsk tid)`,
    `Frist / due:       ${c.due} (${c.daysLeft} dager igjen / days left)`,
    `  lovens frist ${c.legalDue}, lovet ${c.promisedDue}${c.extendedDue ? `, forlenget til ${c.extendedDue}` : ""}`,
  ];
  if (c.pausedSince) lines.push(`Klokken står stille siden / clock paused since ${osloDateTime(c.pausedSince)}`);
  if (c.duplicateOfId) lines.push(`Mulig duplikat av sak / possible duplicate of case ${c.duplicateOfId}`);
  if (c.body) lines.push("", c.body);
  lines.push("", "Historikk (norsk tid) / history (Oslo time):");
  for (const event of c.events) lines.push(`  ${historyLine(event)}`);
  return lines.join("\n");
}

function parseCaseId(id: string): number {
  if (!/^\d+$/.test(id.trim())) throw new UserError(`Saksnummer må være et heltall / case id must be a whole number: "${id}"`);
  const caseId = Number(id.trim());
  if (!Number.isSafeInteger(caseId) || caseId > 2_147_483_647) throw new UserError(`Fant ingen sak med nummer ${id} / no case with id ${id}`);
  return caseId;
}

export async function showCaseCommand(id: string, options: { json?: boolean }): Promise<void> {
  const caseId = parseCaseId(id);
  const found = await withDatabase((db) => getCase(db, caseId));
  if (!found) throw new UserError(`Fant ingen sak med nummer ${caseId} / no case with id ${caseId}`);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(found)}\n`);
    return;
  }
  process.stdout.write(`${showText(found)}\n`);
}

/** `cases erase ID`: erases the person behind a case from every table at once, keeping minimal records. */
export async function eraseCaseCommand(id: string, options: { json?: boolean }): Promise<void> {
  const caseId = parseCaseId(id);
  const config = loadConfig();
  const result = await withDatabase((db) =>
    erasePerson(db, caseId, { now: new Date(), actor: "cli", folders: mailFoldersOf(config), logger: createLogger(config.logLevel) })
      .catch((error: unknown) => { throw error instanceof CaseRuleError ? new UserError(error.message) : error; }));
  process.stdout.write(options.json ? `${JSON.stringify({ caseId, erased: result })}\n` : `${describeErasure(caseId, result)}\n`);
}

export async function exportLabelsCommand(options: { out?: string }): Promise<void> {
  const { exportLabels } = await import("../cases/export-labels");
  const out = options.out ?? "owner-labels/labels.jsonl";
  const labels = await withDatabase((db) => exportLabels(db, out));
  process.stdout.write(`${labels.length} rettede saker skrevet til / corrected cases written to ${out}; tren med / train with: npm run train -- --labels ${out}\n`);
}
