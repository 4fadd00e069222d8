import { z } from "zod";
import { BUNDLED_KNOWLEDGE_FILE } from "./knowledge/bundled";

/** Settings whose values must never appear in logs or error messages. */
export const SECRET_SETTINGS = [
  "IMAP_PASSWORD",
  "SMTP_PASSWORD",
  "TELEGRAM_BOT_TOKEN",
  "TELEGRAM_WEBHOOK_SECRET",
  "SLACK_BOT_TOKEN",
  "SLACK_APP_TOKEN",
  "SLACK_SIGNING_SECRET",
  "DATABASE_URL",
] as const;

/** The password inside a database URL, as written and decoded; none for SQLite or a URL without one. */
function databasePasswords(url: string | undefined): string[] {
  try {
    const password = url ? new URL(url).password : "";
    return password ? [password, decodeURIComponent(password)] : [];
  } catch {
    return [];
  }
}

/** The secret values in use, for scrubbing them from logs and error output. */
export function secretValues(config: Pick<Config, "databaseUrl" | "imap" | "smtp" | "telegram" | "slack">): string[] {
  const values = [config.imap?.password, config.smtp?.password, config.telegram?.token, config.telegram?.webhookSecret,
    config.slack?.botToken, config.slack?.appToken, config.slack?.signingSecret, ...databasePasswords(config.databaseUrl)];
  return values.filter((value): value is string => Boolean(value));
}

/** The same from the raw environment, for when the configuration could not even be read. */
export function secretValuesInEnvironment(env: NodeJS.ProcessEnv = process.env): string[] {
  return [...SECRET_SETTINGS.map((name) => env[name]), ...databasePasswords(env.DATABASE_URL)].filter((value): value is string => Boolean(value));
}

const optionalText = z.preprocess((value) => (value === "" ? undefined : value), z.string().trim().min(1).optional());
const flag = (fallback: boolean) =>
  z.preprocess((value) => (value === undefined || value === "" ? fallback : value), z.union([
    z.literal("true").transform(() => true), z.literal("false").transform(() => false),
    z.literal("1").transform(() => true), z.literal("0").transform(() => false), z.boolean(),
  ], { error: "must be true or false" }));
const integer = (fallback: number, min: number, max: number) =>
  z.preprocess(
    (value) => (value === undefined || value === "" ? fallback : value),
    z.coerce.number({ error: `must be a whole number from ${min} to ${max}` }).int(`must be a whole number from ${min} to ${max}`)
      .min(min, `must be a whole number from ${min} to ${max}`).max(max, `must be a whole number from ${min} to ${max}`),
  );
const url = z.preprocess((value) => (value === "" ? undefined : value), z.url({ error: "must be a URL (https://…)" }).optional());
const email = z.preprocess((value) => (value === "" ? undefined : value), z.string().trim().min(3).optional());

const settingsSchema = z
  .object({
    DATABASE_URL: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.string().regex(/^(file:|postgres(ql)?:\/\/)/, "must start with file: (SQLite) or postgresql://").optional(),
    ),
    KNOWLEDGE_FILE: optionalText,
    LOG_LEVEL: z.preprocess((value) => (value === "" ? undefined : value),
      z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { error: "must be one of fatal, error, warn, info, debug, trace, silent" }).default("info")),
    INBOX_DIR: optionalText,

    IMAP_HOST: optionalText,
    IMAP_PORT: integer(993, 1, 65535),
    IMAP_USER: optionalText,
    IMAP_PASSWORD: optionalText,
    IMAP_TLS: flag(true),
    IMAP_MAILBOX: optionalText,
    IMAP_MARK_SEEN: flag(false),
    IMAP_MAX_BODY_BYTES: integer(2_000_000, 1_000, 100_000_000),
    IMAP_POLL_SECONDS: integer(60, 5, 3600),
    IMAP_SENT_FOLDER: optionalText,

    SMTP_HOST: optionalText,
    SMTP_PORT: integer(587, 1, 65535),
    SMTP_SECURE: flag(false),
    SMTP_USER: optionalText,
    SMTP_PASSWORD: optionalText,
    MAIL_FROM: email,

    TELEGRAM_BOT_TOKEN: optionalText,
    TELEGRAM_OWNER_ID: z.preprocess((value) => (value === "" ? undefined : value),
      z.string().regex(/^\d+$/, "must be a numeric Telegram user id").optional()),
    TELEGRAM_API_ROOT: url,
    TELEGRAM_WEBHOOK_URL: url,
    TELEGRAM_WEBHOOK_SECRET: optionalText,

    SLACK_BOT_TOKEN: optionalText,
    SLACK_APP_TOKEN: optionalText,
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_OWNER_ID: z.preprocess((value) => (value === "" ? undefined : value),
      z.string().regex(/^[UW][A-Z0-9]+$/, "must be a Slack member id such as U0123ABCD").optional()),
    SLACK_API_URL: url,

    HTTP_PORT: integer(3000, 1, 65535),
    HTTP_HOST: z.preprocess((value) => (value === undefined || value === "" ? "127.0.0.1" : value),
      z.string().trim().regex(/^[0-9A-Za-z.:-]+$/, "must be an address to listen on, e.g. 127.0.0.1, 0.0.0.0 or ::")),
    REMINDER_DAYS: z.preprocess((value) => (value === undefined || value === "" ? "7,3,1" : value),
      z.string().regex(/^\d+(,\d+)*$/, "must be days before the deadline, comma-separated, e.g. 7,3,1")
        .transform((text) => [...new Set(text.split(",").map(Number))].sort((a, b) => b - a))),
    DIGEST_HOUR: integer(8, 0, 23),
  });

const isSet = (env: NodeJS.ProcessEnv, key: string) => (env[key] ?? "").trim() !== "";

/** Settings that a chosen feature needs. Checked on the raw environment so they are reported together with type errors. */
function missingCompanions(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  const requireWith = (trigger: string, needed: string[]) => {
    if (!isSet(env, trigger)) return;
    for (const key of needed) if (!isSet(env, key)) problems.push(`${key}: is required when ${trigger} is set`);
  };
  requireWith("IMAP_HOST", ["IMAP_USER", "IMAP_PASSWORD"]);
  requireWith("TELEGRAM_BOT_TOKEN", ["TELEGRAM_OWNER_ID"]);
  requireWith("SLACK_BOT_TOKEN", ["SLACK_OWNER_ID"]);
  requireWith("TELEGRAM_WEBHOOK_URL", ["TELEGRAM_WEBHOOK_SECRET"]);
  if (isSet(env, "SLACK_BOT_TOKEN") && !isSet(env, "SLACK_APP_TOKEN") && !isSet(env, "SLACK_SIGNING_SECRET"))
    problems.push("SLACK_SIGNING_SECRET: is required for HTTP events when SLACK_APP_TOKEN (Socket Mode) is not set");
  return problems;
}

type Settings = z.output<typeof settingsSchema>;

/** Every setting the assistant reads, for documentation checks. */
export const SETTING_NAMES = Object.keys(settingsSchema.shape);

export interface Config {
  databaseUrl: string;
  knowledgeFile: string;
  logLevel: Settings["LOG_LEVEL"];
  inboxDir: string;
  /** Mail bodies larger than this are not read whole (IMAP and the inbox folder alike). */
  maxBodyBytes: number;
  imap?: { host: string; port: number; user: string; password: string; tls: boolean; mailbox: string;
    markSeen: boolean; maxBodyBytes: number; pollSeconds: number; sentFolder?: string };
  /** `from` is MAIL_FROM; without it, the knowledge base's name and contact address (set at the composition root). */
  smtp?: { host: string; port: number; secure: boolean; user?: string; password?: string; from?: string };
  telegram?: { token: string; ownerId: string; apiRoot?: string; webhookUrl?: string; webhookSecret?: string };
  slack?: { botToken: string; appToken?: string; signingSecret?: string; ownerId: string; apiUrl?: string };
  httpPort: number;
  /** Where the webhook server listens: loopback unless HTTP_HOST says otherwise (a reverse proxy forwards to it). */
  httpHost: string;
  reminderDays: number[];
  digestHour: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ugyldig konfigurasjon / invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Validates the environment; throws one ConfigError naming every bad setting (never a secret's value). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = settingsSchema.safeParse(env);
  const problems = (result.error?.issues ?? []).map((issue) => {
    const key = String(issue.path[0] ?? "configuration");
    const given = env[key];
    const shown = given === undefined || (SECRET_SETTINGS as readonly string[]).includes(key) ? "" : ` (got "${given}")`;
    return `${key}: ${issue.message}${shown}`;
  });
  problems.push(...missingCompanions(env));
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  const s = result.data;
  return {
    databaseUrl: s.DATABASE_URL ?? "file:./data/personvern-assistent.db",
    knowledgeFile: s.KNOWLEDGE_FILE ?? BUNDLED_KNOWLEDGE_FILE,
    logLevel: s.LOG_LEVEL,
    inboxDir: s.INBOX_DIR ?? "./inbox",
    maxBodyBytes: s.IMAP_MAX_BODY_BYTES,
    imap: s.IMAP_HOST
      ? { host: s.IMAP_HOST, port: s.IMAP_PORT, user: s.IMAP_USER!, password: s.IMAP_PASSWORD!, tls: s.IMAP_TLS,
          mailbox: s.IMAP_MAILBOX ?? "INBOX", markSeen: s.IMAP_MARK_SEEN, maxBodyBytes: s.IMAP_MAX_BODY_BYTES,
          pollSeconds: s.IMAP_POLL_SECONDS, sentFolder: s.IMAP_SENT_FOLDER }
      : undefined,
    smtp: s.SMTP_HOST
      ? { host: s.SMTP_HOST, port: s.SMTP_PORT, secure: s.SMTP_SECURE, user: s.SMTP_USER, password: s.SMTP_PASSWORD, from: s.MAIL_FROM }
      : undefined,
    telegram: s.TELEGRAM_BOT_TOKEN
      ? { token: s.TELEGRAM_BOT_TOKEN, ownerId: s.TELEGRAM_OWNER_ID!, apiRoot: s.TELEGRAM_API_ROOT,
          webhookUrl: s.TELEGRAM_WEBHOOK_URL, webhookSecret: s.TELEGRAM_WEBHOOK_SECRET }
      : undefined,
    slack: s.SLACK_BOT_TOKEN
      ? { botToken: s.SLACK_BOT_TOKEN, appToken: s.SLACK_APP_TOKEN, signingSecret: s.SLACK_SIGNING_SECRET,
          ownerId: s.SLACK_OWNER_ID!, apiUrl: s.SLACK_API_URL }
      : undefined,
    httpPort: s.HTTP_PORT,
    httpHost: s.HTTP_HOST,
    reminderDays: s.REMINDER_DAYS,
    digestHour: s.DIGEST_HOUR,
  };
}
