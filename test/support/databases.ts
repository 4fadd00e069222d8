import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { openDatabase, type Database } from "../../prisma/database";

export type Engine = "sqlite" | "postgresql";
export const ENGINES: Engine[] = ["sqlite", "postgresql"];

/** A fresh, empty database URL of the given engine, and a function that removes it. */
export async function freshDatabaseUrl(engine: Engine): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `pva_test_${crypto.randomBytes(6).toString("hex")}`;
  if (engine === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pva-sqlite-"));
    return { url: `file:${path.join(dir, `${name}.db`)}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const serverUrl = inject("postgresUrl");
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = serverUrl.replace(/\/[^/]*$/, `/${name}`);
  return {
    url,
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Opens a fresh, migrated database; call `dispose` in afterEach/afterAll. */
export async function freshDatabase(engine: Engine): Promise<Database & { dispose(): Promise<void> }> {
  const { url, drop } = await freshDatabaseUrl(engine);
  const database = await openDatabase(url);
  return { ...database, async dispose() { await database.close(); await drop(); } };
}
