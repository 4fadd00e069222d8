import { describe, expect, it } from "vitest";
import { secretScrubber } from "../log";
import { secretValues } from "../config";

describe("scrubbing secrets from log lines", () => {
  const config = {
    databaseUrl: "postgresql://pva:db%2Fpass%40word@db.example:5432/pva",
    imap: { password: "imap\"pass\\word" }, smtp: { password: "smtp-pass-ÆØÅ" },
    telegram: { token: "7012345678:AAH-token_value", webhookSecret: "webhook-secret" },
    slack: { botToken: "xoxb-1-2-slack", appToken: "xapp-1-slack", signingSecret: "signing-secret" },
  } as unknown as Parameters<typeof secretValues>[0];
  const scrub = secretScrubber(secretValues(config));

  it("finds each configured secret as written, JSON-escaped, doubly escaped and URL-encoded", () => {
    for (const secret of secretValues(config)) {
      const line = JSON.stringify({ msg: `failed with ${secret}`, err: { message: JSON.stringify({ quoted: secret }) }, url: `https://x.example/?k=${encodeURIComponent(secret)}` });
      const scrubbed = scrub(line);
      expect(scrubbed).not.toContain(secret);
      expect(scrubbed).not.toContain(JSON.stringify(secret).slice(1, -1));
      expect(scrubbed).not.toContain(encodeURIComponent(secret));
      expect(scrubbed).toContain("[skjult]");
    }
  });

  it("hides the database URL's password, encoded and decoded, and keeps the rest readable", () => {
    expect(scrub("connect postgresql://pva:db%2Fpass%40word@db.example failed; password db/pass@word")).toBe("connect postgresql://pva:[skjult]@db.example failed; password [skjult]");
  });

  it("hides any Telegram bot token inside an API URL, even one not configured", () => {
    expect(secretScrubber([])("request to https://api.telegram.org/bot123456:ABC-def_ghi/sendMessage failed")).toBe("request to https://api.telegram.org/bot[skjult]/sendMessage failed");
  });

  it("leaves lines without secrets alone, and does not blot out very short values", () => {
    expect(secretScrubber(["abc"])("abc def")).toBe("abc def");
    expect(scrub("{\"msg\":\"assistant started\"}")).toBe("{\"msg\":\"assistant started\"}");
  });
});
