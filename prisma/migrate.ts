import fs from "node:fs";
import path from "node:path";
import { projectPath } from "../project-path";

/** A raw connection that can run one SQL script and simple queries, for either provider. */
export interface MigrationDriver {
  exec(sql: string): Promise<void>;
  appliedNames(): Promise<Set<string>>;
  /** Runs `work` in one transaction holding a lock, so concurrent starts never migrate twice. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}

export type Provider = "sqlite" | "postgresql";

const migrationsRoot = projectPath("prisma", "migrations");

export interface Migration { name: string; sql: string }

export function listMigrations(provider: Provider): Migration[] {
  const dir = path.join(migrationsRoot, provider);
  return fs
    .readdirSync(dir)
    .filter((name) => /^\d{4}_/.test(name))
    .sort()
    .map((name) => ({ name, sql: fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8") }));
}

export const MIGRATIONS_TABLE_SQL =
  'CREATE TABLE IF NOT EXISTS "_app_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" TEXT NOT NULL)';

/** Applies every migration not yet recorded, all in one transaction. Returns the names applied. */
export async function applyMigrations(driver: MigrationDriver, provider: Provider): Promise<string[]> {
  return driver.exclusive(async () => {
    await driver.exec(MIGRATIONS_TABLE_SQL);
    const applied = await driver.appliedNames();
    const pending = listMigrations(provider).filter((migration) => !applied.has(migration.name));
    for (const migration of pending) {
      const record = `INSERT INTO "_app_migrations" ("name", "appliedAt") VALUES ('${migration.name}', '${new Date().toISOString()}')`;
      await driver.exec(`${migration.sql}\n;${record};`);
    }
    return pending.map((migration) => migration.name);
  });
}
