import { Bot, GrammyError, webhookCallback } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import type { Logger } from "../../log";
import { createReplyDispatcher } from "../reply-dispatcher";
import type { ConversationCore } from "../core/core";
import type { ChatSender, IncomingMessage, OutgoingMessage } from "../core/messages";
import { telegramMessages } from "./format";
import { routeOnPath, startHttpServer, type HttpRoute, type RunningHttpServer } from "../http-server";
import { createPerChatPacer } from "../per-chat-pacer";
import { retryAfter, type RetryAfterOptions } from "./retry-after";
import { toIncomingDocument, toIncomingMessage, toIncomingTap } from "./updates";
import { fetchIncomingFile } from "../fetch-file";

export interface TelegramAdapterOptions {
  token: string;
  /** The owner's numeric user id; their private chat with the bot has the same id. */
  ownerId: string;
  /** TELEGRAM_API_ROOT, e.g. a local Bot API server; default https://api.telegram.org. */
  apiRoot?: string;
  core: ConversationCore;
  logger: Logger;
  /** Webhook mode (TELEGRAM_WEBHOOK_URL): Telegram posts updates to `url`; we listen on `port` unless `listen` is false. */
  webhook?: { url: string; secret: string; port: number; host?: string; listen?: boolean };
  /** Known bot identity, saves the getMe call at start. */
  botInfo?: UserFromGetMe;
  /** Where the core's replies go: the chat router, so replies for other channels arrive too. Default: this adapter. */
  deliver?: ChatSender;
  /** Spacing of messages into one chat; Telegram asks for at most about one a second. */
  minIntervalMs?: number;
  retry?: RetryAfterOptions;
  clock?: () => Date;
}

const ALLOWED_UPDATES = ["message", "callback_query"] as const;
const TEXT_ONLY = "Jeg kan bare lese tekstmeldinger. Skriv spørsmålet ditt som tekst. / I can only read text messages.";

export function createTelegramAdapter(options: TelegramAdapterOptions) {
  const { core, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const apiRoot = options.apiRoot?.replace(/\/+$/, "") ?? "https://api.telegram.org";
  const bot = new Bot(options.token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    client: { apiRoot },
  });
  bot.api.config.use(retryAfter(options.retry));
  const pacer = createPerChatPacer({ minIntervalMs: options.minIntervalMs ?? 1000 });

  const sender: ChatSender = {
    async send(message: OutgoingMessage) {
      const chatId = message.conversationId;
      for (const { text, reply_markup, plain } of telegramMessages(message)) {
        await pacer.schedule(chatId, async () => {
          try {
            await bot.api.sendMessage(chatId, text, { parse_mode: "HTML", reply_markup, link_preview_options: { is_disabled: true } });
          } catch (error) {
            // Should our HTML ever be refused, the person still gets the words, unformatted.
            if (!(error instanceof GrammyError && /can't parse entities/i.test(error.description))) throw error;
            logger.warn({ chatId }, "telegram refused our HTML; sending plain text");
            await bot.api.sendMessage(chatId, plain ?? (message.text || " "), { reply_markup, link_preview_options: { is_disabled: true } });
          }
        });
      }
    },
  };
  const { dispatch, settled } = createReplyDispatcher(options.deliver ?? sender, logger, "telegram");


  // One failing update is logged and dropped; the bot keeps going (polling and webhook alike).
  const handlers = bot.errorBoundary((error) => {
    logger.error({ err: error.error, updateId: error.ctx.update.update_id }, "telegram: update failed");
  });
  /** A document from the owner, fetched from the Bot API's file store unless it is too large to keep. */
  async function ownerDocument(update: Update): Promise<IncomingMessage | undefined> {
    const found = toIncomingDocument(update);
    if (!found || found.message.userId !== options.ownerId) return undefined;
    const { fileId, ...info } = found.document;
    const url = async () => `${apiRoot}/file/bot${options.token}/${(await bot.api.getFile(fileId)).file_path}`;
    return { ...found.message, file: await fetchIncomingFile(url, info) };
  }

  handlers.on("message", async (ctx) => {
    const document = await ownerDocument(ctx.update);
    if (document) { dispatch(await core.handleMessage(document)); return; }
    const incoming = toIncomingMessage(ctx.update);
    if (incoming) { dispatch(await core.handleMessage(incoming)); return; }
    if (ctx.chat.type === "private" && !ctx.message.text) dispatch([{ channel: "telegram", conversationId: String(ctx.chat.id), text: TEXT_ONLY }]);
  });
  handlers.on("callback_query", async (ctx) => {
    // Always answer, at once: otherwise the button keeps spinning on the tapper's screen.
    await ctx.answerCallbackQuery().catch((error) => logger.warn({ err: error }, "telegram: answerCallbackQuery failed"));
    const tap = toIncomingTap(ctx.update, clock());
    if (tap) dispatch(await core.handleTap(tap));
  });
  bot.catch((error) => logger.error({ err: error.error }, "telegram: unhandled error"));

  let polling: Promise<void> | undefined;
  let server: RunningHttpServer | undefined;
  const webhook = options.webhook;
  const webhookRoute: HttpRoute | undefined = webhook
    ? routeOnPath(new URL(webhook.url).pathname, webhookCallback(bot, "http", { secretToken: webhook.secret }), logger)
    : undefined;

  return {
    bot,
    sender,
    /** In webhook mode: the route to mount on a shared HTTP server (when `webhook.listen` is false). */
    webhookRoute,
    /** The port the webhook server listens on, once started. */
    get port(): number | undefined { return server?.port; },
    async start(): Promise<void> {
      await bot.init();
      if (webhook) {
        if (webhook.listen !== false) server = await startHttpServer({ port: webhook.port, host: webhook.host, routes: [webhookRoute!] });
        await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
        logger.info({ url: webhook.url }, "telegram: webhook set");
        return;
      }
      await new Promise<void>((resolve, reject) => {
        polling = bot.start({ allowed_updates: [...ALLOWED_UPDATES], onStart: () => resolve() });
        polling.catch((error) => { logger.error({ err: error }, "telegram: polling stopped"); reject(error); });
      });
      logger.info({ bot: bot.botInfo.username }, "telegram: polling");
    },
    async stop(): Promise<void> {
      if (polling) { await bot.stop(); await polling.catch(() => undefined); polling = undefined; }
      if (server) { await server.close(); server = undefined; }
      await settled();
    },
  };
}

export type TelegramAdapter = ReturnType<typeof createTelegramAdapter>;
