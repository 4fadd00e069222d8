import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import type { Database, Db, OpenedDatabase } from "./database";
import { applyMigrations, type MigrationDriver } from "./migrate";

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

export async function openPostgres(url: string): Promise<OpenedDatabase> {
  const migrated = await migratePostgres(url);
  const db = new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  return { db, provider: "postgresql", migrated, close: () => db.$disconnect() };
}
