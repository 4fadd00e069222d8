import { ImapFlow } from "imapflow";
import type { Config } from "../../config";
import type { Logger } from "../../log";

export type ImapSettings = NonNullable<Config["imap"]>;

export interface ConnectionTuning {
  /** IDLE is broken and re-issued this often, well inside the 29 minutes servers allow. */
  maxIdleMs: number;
  /** No byte from the server for this long: imapflow probes with NOOP, then gives up on the socket. */
  socketTimeoutMs: number;
}

export const DEFAULT_TUNING: ConnectionTuning = { maxIdleMs: 5 * 60_000, socketTimeoutMs: 3 * 60_000 };

/** A new client for every connection: imapflow never reconnects, and a closed client cannot be reused. */
export function createImapClient(imap: ImapSettings, logger: Logger, tuning: ConnectionTuning = DEFAULT_TUNING): ImapFlow {
  return new ImapFlow({
    host: imap.host,
    port: imap.port,
    secure: imap.tls,
    // A server offering STARTTLS on a plain port is used with it; one that does not is used as configured.
    auth: { user: imap.user, pass: imap.password },
    logger: imapLogger(logger),
    clientInfo: { name: "personvern-assistent" },
    maxIdleTime: tuning.maxIdleMs,
    socketTimeout: tuning.socketTimeoutMs,
    // Start IDLE soon after a pass, so new mail is announced at once.
    autoIdleDelay: 1_000,
    missingIdleCommand: "NOOP",
    connectionTimeout: 30_000,
    greetingTimeout: 16_000,
  });
}

/** imapflow logs every command at debug; keep only its warnings and errors, at debug level in ours. */
function imapLogger(logger: Logger) {
  const child = logger.child({ part: "imap" });
  return {
    debug: () => {},
    info: () => {},
    warn: (entry: unknown) => child.debug(clean(entry), "imapflow warning"),
    error: (entry: unknown) => child.debug(clean(entry), "imapflow error"),
  };
}

function clean(entry: unknown): Record<string, unknown> {
  if (!entry || typeof entry !== "object") return { msg: String(entry) };
  const { msg, err, code } = entry as { msg?: unknown; err?: unknown; code?: unknown };
  return { imapMsg: msg, err, code };
}

export interface Backoff {
  /** First wait after a failure. */
  baseMs: number;
  /** Longest wait. */
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 1_000, maxMs: 5 * 60_000 };

/** Exponential backoff with full jitter: attempt 1 waits up to base, each next one up to twice as long, capped. */
export function backoffDelay(attempt: number, backoff: Backoff, random: () => number = Math.random): number {
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempt - 1));
  // Never less than half the ceiling: a storm of instant retries helps nobody.
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
