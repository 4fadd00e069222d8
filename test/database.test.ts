import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, providerOf } from "../prisma/database";
import { listMigrations } from "../prisma/migrate";
import { ENGINES, freshDatabaseUrl } from "./support/databases";

async function openInAnotherProcess(url: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "test/support/open-database.ts", url]);
  return JSON.parse(stdout) as string[];
}

describe.each(ENGINES)("database on %s", (engine) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => { for (const cleanup of cleanups.splice(0)) await cleanup(); });

  it("migrates a new database at open, and a second open applies nothing", async () => {
    const { url, drop } = await freshDatabaseUrl(engine);
    cleanups.push(drop);
    const first = await openDatabase(url);
    expect(first.migrated).toEqual(listMigrations(engine).map((migration) => migration.name));
    await first.db.conversationMessage.create({ data: { channel: "console", conversationId: "c1", userId: "u1", direction: "in", text: "Hei" } });
    await first.close();

    const second = await openDatabase(url);
    expect(second.migrated).toEqual([]);
    expect(await second.db.conversationMessage.count()).toBe(1);
    await second.close();
  });

  it("two processes starting at once migrate exactly once", async () => {
    const { url, drop } = await freshDatabaseUrl(engine);
    cleanups.push(drop);
    const [a, b] = await Promise.all([openInAnotherProcess(url), openInAnotherProcess(url)]);
    expect([...a, ...b]).toEqual(listMigrations(engine).map((migration) => migration.name));
  });
});

describe("providerOf", () => {
  it("tells SQLite from PostgreSQL and refuses anything else", () => {
    expect(providerOf("file:./data/x.db")).toBe("sqlite");
    expect(providerOf("postgresql://u@h/db")).toBe("postgresql");
    expect(providerOf("postgres://u@h/db")).toBe("postgresql");
    expect(() => providerOf("mysql://u@h/db")).toThrow(/DATABASE_URL/);
  });
});
