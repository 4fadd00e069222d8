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
