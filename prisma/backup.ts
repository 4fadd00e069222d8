// `npm run -s cli -- backup PATH`: a consistent copy of the SQLite database, taken while the service runs.
import fs from "node:fs";
import path from "node:path";
import Sqlite from "better-sqlite3";
import { UserError } from "../user-error";
import { loadConfig } from "../config";
import { loadDotEnv } from "../env-file";
import { providerOf, sqlitePath } from "./database";

/**
 * SQLite's online backup API (through better-sqlite3) copies page by page and restarts when the service writes
 * meanwhile, so the copy is always a consistent database. It is written next to the target and renamed into
 * place, so an interrupted backup never leaves a half-written file under the target's name.
 */
export async function backupSqlite(databaseFile: string, target: string): Promise<{ bytes: number }> {
  if (!fs.existsSync(databaseFile)) throw new UserError(`Fant ingen database / no database at ${databaseFile}`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const partial = `${target}.partial`;
  const source = new Sqlite(databaseFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(partial);
  } finally {
    source.close();
  }
  fs.renameSync(partial, target);
  return { bytes: fs.statSync(target).size };
}

export async function backupCommand(target: string): Promise<void> {
  loadDotEnv();
  const url = loadConfig().databaseUrl;
  if (providerOf(url) !== "sqlite")
    throw new UserError("DATABASE_URL er PostgreSQL: bruk pg_dump (se README, «Running it for real») / DATABASE_URL is PostgreSQL: use pg_dump, e.g. pg_dump --format=custom --file=backup.dump \"$DATABASE_URL\"");
  const file = sqlitePath(url);
  const { bytes } = await backupSqlite(file, target);
  process.stdout.write(`Sikkerhetskopi skrevet / backup written: ${target} (${bytes} bytes)\n`);
}
