import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError, SETTING_NAMES, loadConfig } from "../config";
import { BUNDLED_KNOWLEDGE_FILE } from "../knowledge/bundled";

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected the configuration to be refused");
}

describe("configuration", () => {
  it("starts on embedded defaults with nothing set", () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBe("file:./data/personvern-assistent.db");
    expect(config.knowledgeFile).toBe(BUNDLED_KNOWLEDGE_FILE);
    expect(config.inboxDir).toBe("./inbox");
    expect(config.imap).toBeUndefined();
    expect(config.telegram).toBeUndefined();
    expect(config.slack).toBeUndefined();
    expect(config.reminderDays).toEqual([7, 3, 1]);
    expect(config.httpHost).toBe("127.0.0.1");
  });

  it("listens for webhooks on loopback unless HTTP_HOST says otherwise, and refuses a host that is not an address", () => {
    expect(loadConfig({ HTTP_HOST: "" }).httpHost).toBe("127.0.0.1");
    expect(loadConfig({ HTTP_HOST: "0.0.0.0" }).httpHost).toBe("0.0.0.0");
    expect(problemsOf({ HTTP_HOST: "every interface" })).toEqual([expect.stringMatching(/^HTTP_HOST: must be an address to listen on/)]);
  });

  it("names every wrong setting in one message", () => {
    const problems = problemsOf({ IMAP_PORT: "abc", DATABASE_URL: "mysql://x", LOG_LEVEL: "loud", REMINDER_DAYS: "7,x" });
    expect(problems).toHaveLength(4);
    expect(problems.join("\n")).toMatch(/IMAP_PORT: must be a whole number from 1 to 65535 \(got "abc"\)/);
    expect(problems.join("\n")).toMatch(/LOG_LEVEL/);
    expect(problems.join("\n")).toMatch(/REMINDER_DAYS/);
    expect(problems.join("\n")).toMatch(/DATABASE_URL: must start with file:/);
  });

  it("names the settings that a chosen feature needs", () => {
    const problems = problemsOf({ IMAP_HOST: "imap.example.no", TELEGRAM_BOT_TOKEN: "123:abc", SLACK_BOT_TOKEN: "xoxb-1" });
    expect(problems).toEqual(expect.arrayContaining([
      "IMAP_USER: is required when IMAP_HOST is set",
      "IMAP_PASSWORD: is required when IMAP_HOST is set",
      "TELEGRAM_OWNER_ID: is required when TELEGRAM_BOT_TOKEN is set",
      "SLACK_OWNER_ID: is required when SLACK_BOT_TOKEN is set",
    ]));
  });

  it("never repeats a secret's value in an error", () => {
    const secret = "postgresql-but-wrong-hunter2";
    const problems = problemsOf({ DATABASE_URL: secret, TELEGRAM_OWNER_ID: "not-a-number" });
    expect(problems.join("\n")).not.toContain(secret);
    expect(problems.join("\n")).toContain('TELEGRAM_OWNER_ID: must be a numeric Telegram user id (got "not-a-number")');
  });

  it("reads IMAP, SMTP and chat settings with their defaults", () => {
    const config = loadConfig({
      IMAP_HOST: "imap.example.no", IMAP_USER: "hei@example.no", IMAP_PASSWORD: "pw", IMAP_TLS: "false",
      SMTP_HOST: "smtp.example.no", MAIL_FROM: "hei@example.no",
      TELEGRAM_BOT_TOKEN: "123:abc", TELEGRAM_OWNER_ID: "42",
      SLACK_BOT_TOKEN: "xoxb-1", SLACK_OWNER_ID: "U123ABC", SLACK_APP_TOKEN: "xapp-1",
      REMINDER_DAYS: "1,7,3,7",
    });
    expect(config.imap).toMatchObject({ port: 993, tls: false, mailbox: "INBOX", markSeen: false });
    expect(config.smtp).toMatchObject({ port: 587, secure: false, from: "hei@example.no" });
    expect(config.telegram).toMatchObject({ ownerId: "42" });
    expect(config.slack).toMatchObject({ ownerId: "U123ABC", appToken: "xapp-1" });
    expect(config.reminderDays).toEqual([7, 3, 1]);
  });

  it("refuses Slack over HTTP without a signing secret", () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_OWNER_ID: "U1" }).join("\n")).toMatch(/SLACK_SIGNING_SECRET: is required/);
  });

  it(".env.example documents every setting, and nothing else", () => {
    const documented = fs.readFileSync(".env.example", "utf8").split("\n")
      .map((line) => /^([A-Z][A-Z0-9_]*)=/.exec(line)?.[1]).filter(Boolean);
    expect([...documented].sort()).toEqual([...SETTING_NAMES].sort());
  });
});
