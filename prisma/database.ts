import type { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import type { Provider } from "./migrate";

/** The Prisma client type the rest of the code uses; both providers' clients share its shape. */
export type Db = SqliteClient;

export interface Database {
  db: Db;
  provider: Provider;
  close(): Promise<void>;
}

export const DEFAULT_DATABASE_URL = "file:./data/personvern-assistent.db";

export function providerOf(url: string): Provider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must start with file: or postgresql://`);
}

export function sqlitePath(url: string): string {
  return url.slice("file:".length).replace(/^\/\//, "");
}

/**
 * Opens the database named by `url`, applying pending migrations first. Only the provider in use is loaded:
 * each Prisma client carries its own query engine (WebAssembly), which an idle service should not hold twice.
 */
/** A database opened with its migrations applied: `migrated` names those applied now. */
export type OpenedDatabase = Database & { migrated: string[] };

export async function openDatabase(url: string = DEFAULT_DATABASE_URL): Promise<OpenedDatabase> {
  return providerOf(url) === "sqlite"
    ? (await import("./sqlite-database")).openSqlite(sqlitePath(url))
    : (await import("./postgres-database")).openPostgres(url);
}
