import pino, { type Logger } from "pino";
import { SECRET_SETTINGS } from "./config";

export type { Logger };

const CENSOR = "[skjult]";
// A bot token inside a Telegram API URL (…/bot123456:ABC…/sendMessage), configured or not.
const TELEGRAM_TOKEN_IN_URL = /\/bot\d+(?::|%3A)[\w-]+/gi;
// Shorter values would blot out ordinary words; no real token or password is this short.
const MIN_SECRET_LENGTH = 4;

/**
 * Replaces every given secret wherever it appears in a text: as written, JSON-escaped (once or twice, as in a
 * message quoted inside a log line) and URL-encoded; and any Telegram bot token inside a URL.
 */
export function secretScrubber(secrets: readonly (string | undefined)[]): (text: string) => string {
  const escape = (text: string) => JSON.stringify(text).slice(1, -1);
  const forms = [...new Set(secrets
    .filter((secret): secret is string => typeof secret === "string" && secret.length >= MIN_SECRET_LENGTH)
    .flatMap((secret) => [secret, escape(secret), escape(escape(secret)), encodeURIComponent(secret)]))]
    .sort((a, b) => b.length - a.length);
  return (text) => forms.reduce((scrubbed, form) => scrubbed.split(form).join(CENSOR), text.replace(TELEGRAM_TOKEN_IN_URL, `/bot${CENSOR}`));
}

/**
 * Structured logs on standard error, so standard output stays free for answers and JSON. Fields named like
 * secrets are redacted; every line is also scrubbed of the secret values themselves, wherever they appear
 * (an error message quoting a URL, say).
 */
export function createLogger(level: string = "info", secrets: readonly (string | undefined)[] = []): Logger {
  return pino(
    {
      name: "personvern-assistent",
      level,
      redact: { paths: [...SECRET_SETTINGS, "password", "token", "*.password", "*.token", "auth.pass"], censor: CENSOR },
      hooks: { streamWrite: secretScrubber(secrets) },
    },
    pino.destination(2),
  );
}

/** For tests and CLI commands that must print nothing but their output. */
export const silentLogger: Logger = pino({ level: "silent" });
