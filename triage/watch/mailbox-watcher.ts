// Watches one IMAP mailbox: catches up on the backlog, then waits with IDLE (or polls), and
// reconnects with a new client and backoff whenever the connection drops.
import type { ImapFlow } from "imapflow";
import type { Db } from "../../prisma/database";
import type { Logger } from "../../log";
import { backoffDelay, createImapClient, DEFAULT_BACKOFF, DEFAULT_TUNING, type Backoff, type ConnectionTuning, type ImapSettings } from "./connection";
import type { IngestHooks, IngestResult, MailProcessor } from "./ingest";
import { mailboxKey, syncMailbox, type SyncSummary } from "./mailbox-sync";
import { createMailPipeline } from "./pipeline";
import { Wakeup, sleep, withTimeout } from "./wakeup";

export interface MailboxWatcherDeps {
  db: Db;
  imap: ImapSettings;
  logger: Logger;
  /** Stands in for INTERNALDATE when a server sends none. */
  clock?: () => Date;
  /** Called after the commit, for a mail that opened a case or was attached to one. */
  onCase?: (caseId: number, how: "opened" | "attached") => void;
  /** The business's promise in days (its knowledge base's): a new case's dates follow it. */
  promisedDays: number;
  /** The per-mail pipeline; the real one (parse → classify → case) unless given. */
  process?: MailProcessor;
  maxAttempts?: number;
  backoff?: Backoff;
  tuning?: ConnectionTuning;
  /** A NOOP that takes longer than this means the connection is dead. */
  heartbeatTimeoutMs?: number;
  /** For crash tests only. */
  hooks?: IngestHooks;
}

export interface MailboxWatcher {
  /** Starts watching in the background; returns at once. Errors are logged and retried, never thrown. */
  start(): void;
  /** Finishes the mail in hand, logs out and resolves when the watcher has stopped. */
  stop(): Promise<void>;
  /** One connection, one pass over the mailbox, log out. Throws if the server cannot be reached. */
  runOnce(): Promise<SyncSummary>;
}

export function createMailboxWatcher(deps: MailboxWatcherDeps): MailboxWatcher {
  const { db, imap } = deps;
  const logger = deps.logger.child({ part: "mailbox-watcher", mailbox: imap.mailbox });
  const key = mailboxKey(imap);
  const process = deps.process ?? createMailPipeline({ maxBodyBytes: imap.maxBodyBytes, promisedDays: deps.promisedDays });
  const backoff = deps.backoff ?? DEFAULT_BACKOFF;
  const tuning = deps.tuning ?? DEFAULT_TUNING;
  const heartbeatTimeoutMs = deps.heartbeatTimeoutMs ?? 30_000;
  const wakeup = new Wakeup();
  let stopping = false;
  let current: ImapFlow | undefined;
  let loop: Promise<void> | undefined;

  const onIngested = (result: IngestResult) => {
    if (result.known || result.caseId === undefined) return;
    if (result.outcome === "case") deps.onCase?.(result.caseId, "opened");
    if (result.outcome === "attached") deps.onCase?.(result.caseId, "attached");
  };

  async function open(): Promise<ImapFlow> {
    const client = createImapClient(imap, logger, tuning);
    current = client;
    // Without a listener an 'error' event would crash the process; the loop learns of it through 'close'.
    client.on("error", (error: Error) => logger.warn({ err: error.message }, "IMAP-feil / IMAP error"));
    await client.connect();
    await client.mailboxOpen(imap.mailbox, { readOnly: !imap.markSeen });
    return client;
  }

  function sync(client: ImapFlow): Promise<SyncSummary> {
    return syncMailbox(client, {
      db, logger, mailboxKey: key, maxBodyBytes: imap.maxBodyBytes, markSeen: imap.markSeen, process,
      maxAttempts: deps.maxAttempts, hooks: deps.hooks, onIngested, clock: deps.clock, stopping: () => stopping,
    });
  }

  /** Watches over one connection until it drops or the watcher stops. */
  async function watch(client: ImapFlow, healthy: () => void): Promise<void> {
    const closed = new Promise<void>((resolve) => client.once("close", () => resolve()));
    client.on("exists", () => wakeup.wake());
    client.on("mailboxOpen", () => wakeup.wake()); // a new UIDVALIDITY was found
    const pollMs = imap.pollSeconds * 1000;
    let first = true;
    while (!stopping && client.usable) {
      if (!first) await withTimeout(client.noop(), heartbeatTimeoutMs, "IMAP NOOP fikk ikke svar / no answer to NOOP");
      first = false;
      const summary = await sync(client);
      healthy();
      if (summary.ingested > 0) logger.info({ ingested: summary.ingested }, "ny e-post behandlet / new mail handled");
      // IDLE runs by itself between commands (imapflow auto-IDLE); new mail wakes us, the poll is the safety net.
      await Promise.race([wakeup.wait(pollMs), closed]);
    }
  }

  async function run(): Promise<void> {
    let failures = 0;
    while (!stopping) {
      let client: ImapFlow | undefined;
      try {
        client = await open();
        // Only a completed pass resets the backoff: a server that accepts us and then fails every pass is not healthy.
        await watch(client, () => {
          if (failures > 0) logger.info({ failures }, "koblet til igjen / reconnected");
          failures = 0;
        });
        if (!stopping) logger.warn("forbindelsen til IMAP-tjeneren ble brutt / the IMAP connection dropped");
      } catch (error) {
        if (!stopping) logger.warn({ err: error instanceof Error ? error.message : String(error), failures: failures + 1 },
          "innboksovervåkingen feilet, prøver igjen snart / watching the mailbox failed, retrying soon");
      } finally {
        if (client && !client.isClosed) {
          if (stopping) await withTimeout(client.logout(), 5_000, "logout").catch(() => client!.close());
          else client.close();
        }
        current = undefined;
      }
      if (stopping) break;
      failures += 1;
      await wakeup.wait(backoffDelay(failures, backoff));
    }
  }

  return {
    start() {
      if (loop) return;
      stopping = false;
      logger.info({ host: imap.host, port: imap.port, readOnly: !imap.markSeen }, "overvåker postkassen / watching the mailbox");
      loop = run();
    },
    async stop() {
      if (!loop) return;
      stopping = true;
      wakeup.wake();
      // The loop finishes the mail in hand (it checks `stopping` between mails) and logs out.
      // A connection stuck on a dead server is cut after a while instead.
      const stopped = await Promise.race([loop.then(() => true), sleep(15_000).then(() => false)]);
      if (!stopped) current?.close();
      await loop;
      loop = undefined;
    },
    async runOnce() {
      const client = await open();
      try {
        return await sync(client);
      } finally {
        await withTimeout(client.logout(), 5_000, "logout").catch(() => client.close());
        current = undefined;
      }
    },
  };
}
