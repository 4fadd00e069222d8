// Folder mode: without IMAP settings, `.eml` files dropped into a local folder go through the same
// pipeline with the same guarantees. The watcher never moves or deletes a file (the retention job moves
// ingested ones to INBOX_DIR/processed, triage/retention); each is known by its name and
// content hash (IngestedMail: mailbox "folder:<dir>", uidValidity "<name> sha256:<hash>", uid 0), so a
// file is one case however often the folder is scanned, and a crash mid-scan repeats nothing.
import fs from "node:fs";
import path from "node:path";
import type { Db } from "../../prisma/database";
import type { Logger } from "../../log";
import { sourceHash } from "./content";
import { HEADER_ALLOWANCE } from "./fetch";
import { ingestMail, type IngestHooks, type IngestResult, type MailProcessor } from "./ingest";
import { createMailPipeline } from "./pipeline";

export interface FolderWatcherDeps {
  db: Db;
  dir: string;
  logger: Logger;
  clock?: () => Date;
  onCase?: (caseId: number, how: "opened" | "attached") => void;
  /** The business's promise in days (its knowledge base's): a new case's dates follow it. */
  promisedDays: number;
  maxBodyBytes?: number;
  /** The safety-net scan runs this often, on top of fs.watch. */
  scanSeconds?: number;
  /** A file changed more recently than this may still be being written: it waits for a later scan. */
  settleMs?: number;
  process?: MailProcessor;
  maxAttempts?: number;
  /** For crash tests only. */
  hooks?: IngestHooks;
}

export interface FolderScan {
  files: number;
  ingested: number;
  /** Files left for a later scan because they were still changing. */
  waiting: number;
}

export interface FolderWatcher {
  start(): void;
  stop(): Promise<void>;
  runOnce(): Promise<FolderScan>;
}

const FINAL = new Set(["case", "attached", "automated", "given_up"]);

export function createFolderWatcher(deps: FolderWatcherDeps): FolderWatcher {
  const dir = path.resolve(deps.dir);
  const logger = deps.logger.child({ part: "folder-watcher", dir });
  const clock = deps.clock ?? (() => new Date());
  const maxBodyBytes = deps.maxBodyBytes ?? 2_000_000;
  const process = deps.process ?? createMailPipeline({ maxBodyBytes, promisedDays: deps.promisedDays });
  const settleMs = deps.settleMs ?? 1_000;
  const mailbox = `folder:${dir}`;
  /** Files already finished with, by name, as they looked then: skipped without reading them again. */
  const done = new Map<string, string>();
  let watcher: fs.FSWatcher | undefined;
  let interval: NodeJS.Timeout | undefined;
  let debounce: NodeJS.Timeout | undefined;
  let scanning: Promise<FolderScan> | undefined;
  let again = false;
  let stopped = true;
  let halting = false;

  async function scan(): Promise<FolderScan> {
    fs.mkdirSync(dir, { recursive: true });
    const names = fs.readdirSync(dir).filter((name) => name.toLowerCase().endsWith(".eml")).sort();
    const summary: FolderScan = { files: names.length, ingested: 0, waiting: 0 };
    for (const name of names) {
      if (halting) break;
      const file = path.join(dir, name);
      let stat: fs.Stats;
      try {
        stat = fs.statSync(file);
      } catch {
        continue; // removed meanwhile
      }
      if (!stat.isFile()) continue;
      const look = `${stat.size}:${stat.mtimeMs}`;
      if (done.get(name) === look) continue;
      if (clock().getTime() - stat.mtimeMs < settleMs) {
        summary.waiting += 1;
        continue;
      }
      const { source, truncated } = readStart(file, stat.size, maxBodyBytes + HEADER_ALLOWANCE);
      const result = await ingestMail(deps.db, {
        key: { mailbox, uidValidity: `${name} sha256:${sourceHash(source)}`, uid: 0 },
        source, receivedAt: stat.mtime, truncated,
      }, { process, logger, maxAttempts: deps.maxAttempts, hooks: deps.hooks });
      if (!result.skipped) summary.ingested += 1;
      if (FINAL.has(result.outcome)) done.set(name, look);
      notify(result);
    }
    if (summary.waiting > 0) schedule(settleMs);
    return summary;
  }

  function notify(result: IngestResult) {
    if (result.skipped || result.known || result.caseId === undefined) return;
    if (result.outcome === "case") deps.onCase?.(result.caseId, "opened");
    if (result.outcome === "attached") deps.onCase?.(result.caseId, "attached");
  }

  /** One scan at a time; a request during a scan runs one more right after it. */
  function runScan(): Promise<FolderScan> {
    if (scanning) {
      again = true;
      return scanning;
    }
    scanning = scan().finally(() => {
      scanning = undefined;
      if (again && !stopped) {
        again = false;
        void runScan().catch(report);
      }
    });
    return scanning;
  }

  function report(error: unknown) {
    logger.error({ err: error instanceof Error ? error.message : String(error) }, "kunne ikke lese innboksmappen / could not scan the inbox folder");
  }

  function schedule(ms: number) {
    if (stopped) return;
    clearTimeout(debounce);
    debounce = setTimeout(() => void runScan().catch(report), ms);
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      halting = false;
      fs.mkdirSync(dir, { recursive: true });
      logger.info("overvåker innboksmappen for .eml-filer / watching the inbox folder for .eml files");
      try {
        watcher = fs.watch(dir, () => schedule(200));
        watcher.on("error", (error) => logger.warn({ err: error.message }, "fs.watch feilet; skanner periodisk / fs.watch failed; scanning periodically"));
      } catch (error) {
        logger.warn({ err: error instanceof Error ? error.message : String(error) }, "fs.watch er ikke tilgjengelig / fs.watch unavailable");
      }
      interval = setInterval(() => void runScan().catch(report), (deps.scanSeconds ?? 30) * 1000);
      void runScan().catch(report);
    },
    async stop() {
      stopped = true;
      halting = true;
      watcher?.close();
      clearInterval(interval);
      clearTimeout(debounce);
      watcher = undefined;
      interval = undefined;
      await scanning?.catch(() => {});
    },
    runOnce: () => runScan(),
  };
}

/** The file's first `limit` bytes (all of it if smaller); a big file is never read whole. */
function readStart(file: string, size: number, limit: number): { source: Buffer; truncated: boolean } {
  const handle = fs.openSync(file, "r");
  try {
    const buffer = Buffer.alloc(Math.min(size, limit) + 1);
    const read = fs.readSync(handle, buffer, 0, buffer.length, 0);
    return read > limit ? { source: buffer.subarray(0, limit), truncated: true } : { source: buffer.subarray(0, read), truncated: false };
  } finally {
    fs.closeSync(handle);
  }
}
