import { readFileSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { useNamesOf } from "../../knowledge/business-names";
import { knowledgeFileFromEnvironment } from "../../knowledge/cli/ask";
import { prepareKnowledge } from "../../knowledge/index-cache";
import { classifyMail } from "../classify/index";
import { parseMail } from "../parse";
import type { ParsedMail } from "../mail";
import type { Category, Classification, Right } from "../types";

/** Body text beyond this is cut, as the IMAP watcher's default limit does. */
const MAX_BODY_BYTES = 2_000_000;

export interface TriageLine extends Partial<Classification> {
  file: string;
  error?: string;
}

/**
 * `triage [--json] PATH…`: classifies .eml files (folders are searched recursively, in sorted order).
 * With --json, stdout carries exactly one JSON object per mail. A mail that cannot be read gives
 * an error line and exit code 1 at the end, not a crash.
 */
export async function triageCommand(paths: string[], options: { json?: boolean }): Promise<void> {
  // The business's names come from its knowledge base (KNOWLEDGE_FILE, or the bundled one), read through the index cache.
  useNamesOf((await prepareKnowledge(knowledgeFileFromEnvironment())).kb);
  const files = await listMailFiles(paths);
  let failed = false;
  // Lines go out in batches of about OUTPUT_BATCH_CHARS: one write per line costs as much as reading a short mail.
  let pending = "";
  for (const file of files) {
    const line = await triageFile(file);
    if (line.error) failed = true;
    pending += options.json ? `${JSON.stringify(line)}\n` : summary(line);
    if (pending.length >= OUTPUT_BATCH_CHARS) {
      process.stdout.write(pending);
      pending = "";
    }
  }
  process.stdout.write(pending);
  if (failed) process.exitCode = 1;
}

const OUTPUT_BATCH_CHARS = 16 * 1024;

export async function triageFile(file: string): Promise<TriageLine> {
  try {
    const { category, rights, language, confidence, reasons } = classifyMail(await readMailFile(file));
    return { file, category, rights, language, confidence: Math.round(confidence * 100) / 100, reasons };
  } catch (error) {
    return { file, error: fileErrorMessage(error) };
  }
}

/** One .eml file, parsed as the watchers parse mail. Read at once: fs/promises' readFile takes several trips through the thread pool per file. */
export async function readMailFile(file: string): Promise<ParsedMail> {
  return parseMail(readFileSync(file), { maxBodyBytes: MAX_BODY_BYTES });
}

/** Why a mail file could not be read, for an error line. */
export function fileErrorMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" ? "finnes ikke / no such file" : code === "EISDIR" ? "er en mappe / is a folder" : error instanceof Error ? error.message : String(error);
}

/** Files given by name (even missing ones, which then report an error) are taken as they are; folders contribute their .eml files, recursively. */
export async function listMailFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    // A missing path is reported on its own line by triageFile, like any unreadable file.
    if (info?.isDirectory()) files.push(...(await emlFilesUnder(path)));
    else files.push(path);
  }
  return files;
}

async function emlFilesUnder(folder: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await emlFilesUnder(path)));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith(".eml")) files.push(path);
  }
  return files;
}

export const CATEGORY_NB: Record<Category, string> = {
  rights_request: "henvendelse om rettigheter",
  complaint: "klage",
  inquiry: "spørsmål",
  automated: "automatisk e-post",
};

export const RIGHT_NB: Record<Right, string> = {
  access: "innsyn",
  erasure: "sletting",
  rectification: "retting",
  restriction: "begrensning av behandling",
  portability: "dataportabilitet",
  objection: "protest",
  withdraw_consent: "trekke tilbake samtykke",
};

function summary(line: TriageLine): string {
  if (line.error) return `${line.file}\n  Feil: kunne ikke lese e-posten (${line.error})\n\n`;
  const lines = [line.file, `  Kategori: ${CATEGORY_NB[line.category!]} (sikkerhet ${Math.round((line.confidence ?? 0) * 100)} %)`];
  if (line.rights?.length) lines.push(`  Rettigheter: ${line.rights.map((r) => RIGHT_NB[r]).join(", ")}`);
  lines.push(`  Språk: ${line.language === "en" ? "engelsk" : "norsk (bokmål)"}`);
  if (line.reasons?.length) lines.push(`  Begrunnelse: ${line.reasons.join("; ")}`);
  return `${lines.join("\n")}\n\n`;
}
