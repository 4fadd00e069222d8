import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../prisma/database";
import { runCli } from "./support/cli";

describe("cli backup", () => {
  const dirs: string[] = [];
  afterEach(() => { for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true }); });

  it("copies the SQLite database while it is open and being written, into a database that opens with every row", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pva-backup-"));
    dirs.push(dir);
    const url = `file:${path.join(dir, "live.db")}`;
    const live = await openDatabase(url);
    try {
      for (let i = 0; i < 50; i++) await live.db.notificationLog.create({ data: { key: `before:${i}` } });
      const backup = runCli(["backup", path.join(dir, "copies", "backup.db")], { env: { DATABASE_URL: url } });
      for (let i = 0; i < 20; i++) await live.db.notificationLog.create({ data: { key: `during:${i}` } }); // the service keeps writing
      const result = await backup;
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/backup written: .*backup\.db/);
    } finally {
      await live.close();
    }
    expect(fs.existsSync(path.join(dir, "copies", "backup.db.partial"))).toBe(false);
    const copy = await openDatabase(`file:${path.join(dir, "copies", "backup.db")}`);
    try {
      expect(await copy.db.notificationLog.count({ where: { key: { startsWith: "before:" } } })).toBe(50);
    } finally {
      await copy.close();
    }
  }, 60_000);

  it("points to pg_dump for PostgreSQL, and says so when there is no database to copy", async () => {
    const postgres = await runCli(["backup", "/tmp/never.db"], { env: { DATABASE_URL: "postgresql://user:pw@127.0.0.1:1/db" } });
    expect(postgres.code).toBe(2);
    expect(postgres.stderr).toContain("pg_dump");
    expect(postgres.stderr).not.toContain("pw@");
    const missing = await runCli(["backup", "/tmp/never.db"], { env: { DATABASE_URL: "file:/nonexistent/pva.db" } });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no database at /nonexistent/pva.db");
  }, 60_000);
});
