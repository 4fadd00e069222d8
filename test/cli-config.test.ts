import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./support/cli";

describe("start with a broken configuration", () => {
  it("stops with one message naming each bad setting, no stack trace, no secret", async () => {
    const result = await runCli(["start"], {
      env: { IMAP_PORT: "nine", TELEGRAM_BOT_TOKEN: "123:very-secret-token", DATABASE_URL: "mysql://root:pw@db/x" },
    });
    expect(result.code).toBe(78);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("IMAP_PORT: must be a whole number from 1 to 65535");
    expect(result.stderr).toContain("TELEGRAM_OWNER_ID: is required when TELEGRAM_BOT_TOKEN is set");
    expect(result.stderr).toContain("DATABASE_URL: must start with file:");
    expect(result.stderr).not.toMatch(/very-secret-token|root:pw|\n\s+at /);
  });
});

describe("a .env file in the working directory", () => {
  it("is read by every command, and the environment wins where both name a setting", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pva-dotenv-"));
    const bakery = path.resolve("test/fixtures/knowledge/solbakken-bakeri.yaml");
    fs.writeFileSync(path.join(dir, ".env"), `KNOWLEDGE_FILE=${bakery}\nLOG_LEVEL=loud\n`);
    const fromFile = await runCli(["ask", "--json"], { cwd: dir, input: "who delivers the cake?\n" });
    expect(JSON.parse(fromFile.stdout)).toMatchObject({ action: "answered", sources: ["Delivery"] });

    const overridden = await runCli(["start"], { cwd: dir, env: { LOG_LEVEL: "shout" } });
    expect(overridden.code).toBe(78);
    expect(overridden.stderr).toContain('LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent (got "shout")');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
