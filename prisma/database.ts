import fs from "node:fs";
import path from "node:path";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { applyMigrations, type MigrationDriver, type Provider } from "./migrate";

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

async function migrateSqlite(file: string): Promise<string[]> {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const connection = new Sqlite(file);
  connection.pragma("journal_mode = WAL");
  connection.pragma("busy_timeout = 5000");
  const driver: MigrationDriver = {
    async exec(sql) { connection.exec(sql); },
    async appliedNames() {
      const rows = connection.prepare('SELECT "name" FROM "_app_migrations"').all() as { name: string }[];
      return new Set(rows.map((row) => row.name));
    },
    async exclusive(work) {
      // BEGIN IMMEDIATE takes SQLite's write lock: a second process waits (busy_timeout) instead of racing.
      connection.exec("BEGIN IMMEDIATE");
      try {
        const result = await work();
        connection.exec("COMMIT");
        return result;
      } catch (error) {
        connection.exec("ROLLBACK");
        throw error;
      }
    },
  };
  try { return await applyMigrations(driver, "sqlite"); } finally { connection.close(); }
}

async function migratePostgres(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const driver: MigrationDriver = {
    async exec(sql) { await client.query(sql); },
    async appliedNames() {
      const result = await client.query<{ name: string }>('SELECT "name" FROM "_app_migrations"');
      return new Set(result.rows.map((row) => row.name));
    },
    async exclusive(work) {
      await client.query("BEGIN");
      try {
        await client.query("SELECT pg_advisory_xact_lock(727001)");
        const result = await work();
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
  };
  try { return await applyMigrations(driver, "postgresql"); } finally { await client.end(); }
}

/** Opens the database named by `url`, applying pending migrations first. */
export async function openDatabase(url: string = DEFAULT_DATABASE_URL): Promise<Database & { migrated: string[] }> {
  const provider = providerOf(url);
  if (provider === "sqlite") {
    const file = sqlitePath(url);
    const migrated = await migrateSqlite(file);
    const db = new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: file }) });
    return { db, provider, migrated, close: () => db.$disconnect() };
  }
  const migrated = await migratePostgres(url);
  const db = new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  return { db, provider, migrated, close: () => db.$disconnect() };
}
