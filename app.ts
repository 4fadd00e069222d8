// The composition root: the one place that reads configuration and wires the parts together.
import type { Readable, Writable } from "node:stream";
import { UserError } from "./user-error";
import { loadConfig, secretValues, type Config } from "./config";
import { createLogger, type Logger } from "./log";
import { openDatabase } from "./prisma/database";
import { prepareKnowledge } from "./knowledge/index-cache";
import { createQaEngine } from "./knowledge/engine";
import { createConversationCore, type ConversationCore } from "./bot/core/core";
import type { Owners } from "./bot/core/ports";
import { createChatRouter, type ChatRouter } from "./bot/router";
import { CONSOLE_OWNER, startConsoleChat } from "./bot/console/console-chat";
import { createOwnerScheduler } from "./bot/owner/scheduler";
import { enqueueOutboxMessage } from "./bot/outbox/enqueue";
import { createMailerFromConfig } from "./bot/outbox/from-config";
import { senderAddress } from "./bot/outbox/mailer";
import { promisedDaysOf } from "./triage/deadlines";
import { createOwnerNotifier } from "./bot/outbox/owner-notices";
import { createOutboxWorker } from "./bot/outbox/worker";
import { startHttpServer, type HttpRoute } from "./bot/http-server";
import { createFolderWatcher } from "./triage/watch/folder-watcher";
import { createRetentionJob, mailFoldersOf, NO_PERIODS_MESSAGE, retentionSettings } from "./triage/retention";

export interface AssistantIo {
  /** A person at a terminal: open the console chat (which also plays the owner). */
  interactive: boolean;
  input: Readable;
  output: Writable;
}

export interface RunningAssistant {
  /** Resolves when the console chat ends; never, in service mode, until stop(). */
  done: Promise<void>;
  stop(): Promise<void>;
}

interface Part { name: string; stop(): Promise<void> | void }

export const NO_OWNER_CHANNEL = "Ingen eierkanal er satt opp: nye saker blir registrert, men ingen får beskjed om dem."
  + " Sett TELEGRAM_BOT_TOKEN/TELEGRAM_OWNER_ID eller SLACK_BOT_TOKEN/SLACK_OWNER_ID, eller start i en terminal. /"
  + " No owner channel is configured: new cases are recorded, but no one is told of them.";

export async function startFromEnvironment(): Promise<void> {
  const config = loadConfig();
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const assistant = await startAssistant(config, { interactive, input: process.stdin, output: process.stdout });
  let stopping: Promise<void> | undefined;
  const shutdown = () => (stopping ??= assistant.stop());
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  await Promise.race([assistant.done, new Promise<void>((resolve) => process.once("beforeExit", resolve))]);
  await shutdown();
}

export async function startAssistant(config: Config, io: AssistantIo, logger: Logger = consoleFriendlyLogger(config, io)): Promise<RunningAssistant> {
  // The knowledge base first: a broken file should stop us before anything starts.
  const { kb: knowledge, matcher } = await prepareKnowledge(config.knowledgeFile);
  const qa = createQaEngine(knowledge, matcher);
  const business = { name: knowledge.business.name, contactEmail: knowledge.business.contact_email, knowledge };
  const { db, close: closeDatabase, migrated } = await openDatabase(config.databaseUrl);
  if (migrated.length > 0) logger.info({ migrations: migrated }, "database migrated");

  const parts: Part[] = [{ name: "database", stop: closeDatabase }];
  try {
    return await startParts();
  } catch (error) {
    await stopParts(parts, logger); // e.g. a refused chat token: release what had started, then report
    throw error;
  }

  async function startParts(): Promise<RunningAssistant> {
    const clock = () => new Date();
    const owners: Owners = {
      ...(config.telegram ? { telegram: config.telegram.ownerId } : {}),
      ...(config.slack ? { slack: config.slack.ownerId } : {}),
      ...(io.interactive ? { console: CONSOLE_OWNER } : {}),
    };
    const router = createChatRouter();

    // MAIL_FROM wins; otherwise replies come from the business's own name and contact address.
    const mailer = createMailerFromConfig(config, logger, undefined, senderAddress(knowledge.business.name, knowledge.business.contact_email));
    parts.push({ name: "mailer", stop: () => mailer.close() });
    const outbox = createOutboxWorker({
      db, clock, logger, chat: router, mailer,
      notifyOwner: createOwnerNotifier({ chat: router, owners, logger }),
    });
    const scheduler = createOwnerScheduler({
      db, clock, logger, owners, qa, business, send: (message) => router.send(message),
      reminderDays: config.reminderDays, digestHour: config.digestHour,
    });
    const announceNow = () => void scheduler.announce().catch((error) => logger.error({ err: error }, "could not announce a new case"));
    const core = createConversationCore({
      db, qa, owners, business, clock, logger,
      outbox: { enqueue: enqueueOutboxMessage },
      onOutboxEnqueued: () => outbox.kick(),
      onCaseOpened: announceNow,
      mailFolders: mailFoldersOf(config),
    });

    // Registered now (the outbox may need them at once), started last: Telegram retries an unreachable
    // server for as long as it takes, and the inbox must not wait for that.
    const startChannels = await registerChatChannels(config, core, router, logger, parts);
    let done: Promise<void> = new Promise<void>(() => undefined);
    if (io.interactive) {
      const consoleChat = startConsoleChat({
        core, input: io.input, output: io.output, businessName: business.name, clock,
        onError: (error) => logger.error({ err: error }, "console chat: could not handle a line"),
      });
      router.register("console", consoleChat);
      parts.push({ name: "console", stop: () => consoleChat.stop() });
      done = consoleChat.closed;
    }

    const onCase = (caseId: number, how: string) => {
      logger.info({ caseId, how }, "sak fra innboksen / case from the inbox");
      announceNow();
    };
    const promisedDays = promisedDaysOf(knowledge);
    const watcher = config.imap
      ? (await import("./triage/watch/mailbox-watcher")).createMailboxWatcher({ db, imap: config.imap, logger, clock, onCase, promisedDays })
      : createFolderWatcher({ db, dir: config.inboxDir, logger, clock, onCase, promisedDays, maxBodyBytes: config.maxBodyBytes });
    await outbox.start();
    scheduler.start();
    watcher.start();
    parts.push({ name: "outbox", stop: () => outbox.stop() }, { name: "scheduler", stop: () => scheduler.stop() },
      { name: "inbox", stop: () => watcher.stop() });
    const retention = retentionSettings(config, knowledge);
    if (retention) {
      const job = createRetentionJob({ db, clock, logger, ...retention });
      job.start();
      parts.push({ name: "retention", stop: () => job.stop() });
    } else logger.warn(NO_PERIODS_MESSAGE);
    await startChannels();
    logger.info({ channels: Object.keys(owners), inbox: config.imap ? "imap" : config.inboxDir }, "assistant started");
    if (Object.keys(owners).length === 0) logger.warn(NO_OWNER_CHANNEL);

    return { done, stop: () => stopParts(parts, logger) };
  }
}

/** Stops what produces work before what carries it out; the database last. */
async function stopParts(parts: Part[], logger: Logger): Promise<void> {
  for (const part of parts.splice(0).reverse()) {
    try { await part.stop(); } catch (error) { logger.error({ err: error, part: part.name }, "could not stop cleanly"); }
  }
}

/**
 * Telegram and Slack, when configured: registered with the router at once; the returned function starts
 * them. Webhooks and Slack's HTTP events share one server on HTTP_PORT. Each channel's library is loaded only
 * when the channel is configured: grammy and Bolt together weigh ≈ 40 MB of memory.
 */
async function registerChatChannels(config: Config, core: ConversationCore, router: ChatRouter, logger: Logger, parts: Part[]): Promise<() => Promise<void>> {
  const routes: HttpRoute[] = [];
  const starters: (() => Promise<void>)[] = [];
  if (config.telegram) {
    const { token, ownerId, apiRoot, webhookUrl, webhookSecret } = config.telegram;
    const { createTelegramAdapter } = await import("./bot/telegram/adapter");
    const telegram = createTelegramAdapter({
      token, ownerId, apiRoot, core, logger, deliver: router,
      ...(webhookUrl && webhookSecret ? { webhook: { url: webhookUrl, secret: webhookSecret, port: config.httpPort, listen: false } } : {}),
    });
    router.register("telegram", telegram.sender);
    if (telegram.webhookRoute) routes.push(telegram.webhookRoute);
    parts.push({ name: "telegram", stop: () => telegram.stop() });
    starters.push(() => startOrExplain(telegram, "Telegram", "TELEGRAM_BOT_TOKEN / TELEGRAM_API_ROOT"));
  }
  if (config.slack) {
    const { botToken, appToken, signingSecret, ownerId, apiUrl } = config.slack;
    const { createSlackAdapter } = await import("./bot/slack/adapter");
    const slack = createSlackAdapter({ botToken, appToken, signingSecret, ownerId, apiUrl, core, logger, deliver: router, port: config.httpPort, listen: false });
    router.register("slack", slack.sender);
    if (slack.httpRoute) routes.push(slack.httpRoute);
    parts.push({ name: "slack", stop: () => slack.stop() });
    starters.push(() => startOrExplain(slack, "Slack", "SLACK_BOT_TOKEN / SLACK_APP_TOKEN / SLACK_API_URL"));
  }
  return async () => {
    if (routes.length > 0) {
      const server = await startHttpServer({ port: config.httpPort, host: config.httpHost, routes });
      logger.info({ host: config.httpHost, port: server.port }, "listening for webhooks");
      parts.push({ name: "http", stop: () => server.close() });
    }
    for (const start of starters) await start();
  };
}

/** A channel that cannot start is a setting to fix: say which, without a stack trace. */
async function startOrExplain(channel: { start(): Promise<void> }, name: string, settings: string): Promise<void> {
  try {
    await channel.start();
  } catch (error) {
    throw new UserError(`${name} kunne ikke starte / could not start (sjekk / check ${settings}): ${error instanceof Error ? error.message : String(error)}`, 1);
  }
}

/** In a terminal the chat owns the screen: only warnings and errors reach it, unless LOG_LEVEL asks for more. */
function consoleFriendlyLogger(config: Config, io: AssistantIo): Logger {
  const explicit = process.env.LOG_LEVEL !== undefined && process.env.LOG_LEVEL !== "";
  return createLogger(io.interactive && !explicit ? "warn" : config.logLevel, secretValues(config));
}
