import fs from "node:fs";
import path from "node:path";
import Sqlite from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import type { Database, OpenedDatabase } from "./database";
import { applyMigrations, type MigrationDriver } from "./migrate";

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

export async function openSqlite(file: string): Promise<OpenedDatabase> {
  const migrated = await migrateSqlite(file);
  const db = new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: file }) });
  return { db, provider: "sqlite", migrated, close: () => db.$disconnect() };
}
