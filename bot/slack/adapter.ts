import { App, HTTPReceiver, SocketModeReceiver } from "@slack/bolt";
import type { Logger } from "../../log";
import { createReplyDispatcher } from "../reply-dispatcher";
import type { ConversationCore } from "../core/core";
import type { ChatSender, OutgoingMessage } from "../core/messages";
import { routeOnPath, startHttpServer, type HttpRoute, type RunningHttpServer } from "../http-server";
import { createPerChatPacer } from "../per-chat-pacer";
import { boltLogger } from "./bolt-logger";
import { fromSlackAction, fromSlackFileShare, fromSlackMessage } from "./events";
import { fetchIncomingFile } from "../fetch-file";
import { ACTION_PREFIX, slackMessages } from "./format";

export interface SlackAdapterOptions {
  botToken: string;
  /** SLACK_APP_TOKEN: Socket Mode, no public URL needed. Without it, HTTP events signed with `signingSecret`. */
  appToken?: string;
  signingSecret?: string;
  ownerId: string;
  /** SLACK_API_URL, e.g. "http://127.0.0.1:4000/api/"; default https://slack.com/api/. */
  apiUrl?: string;
  core: ConversationCore;
  logger: Logger;
  /** HTTP mode: where Slack posts events (HTTP_PORT); the path is `endpoint`. */
  port: number;
  host?: string;
  endpoint?: string;
  /** False: do not open a server; mount `httpRoute` on a shared one instead. */
  listen?: boolean;
  /** Where the core's replies go: the chat router. Default: this adapter. */
  deliver?: ChatSender;
  minIntervalMs?: number;
  clock?: () => Date;
}

const SEEN_LIMIT = 2000;

export function createSlackAdapter(options: SlackAdapterOptions) {
  const { core, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const endpoint = options.endpoint ?? "/slack/events";
  const clientOptions = {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl.endsWith("/") ? options.apiUrl : `${options.apiUrl}/` } : {}),
    // Bolt's client waits out 429s itself; keep it from trying for half an hour.
    retryConfig: { retries: 3, factor: 2, minTimeout: 1000, maxTimeout: 30_000 },
  };
  const boltLog = boltLogger(logger);

  let receiver: HTTPReceiver | undefined;
  let app: App;
  if (options.appToken) {
    // Built here rather than by App so that its own client (apps.connections.open) also honours SLACK_API_URL.
    const socketReceiver = new SocketModeReceiver({ appToken: options.appToken, logger: boltLog, installerOptions: { clientOptions } });
    app = new App({ token: options.botToken, receiver: socketReceiver, clientOptions, logger: boltLog, deferInitialization: true });
  } else {
    if (!options.signingSecret) throw new Error("Slack HTTP events need SLACK_SIGNING_SECRET");
    // Bolt checks every request's signature and rejects timestamps more than five minutes off.
    receiver = new HTTPReceiver({ signingSecret: options.signingSecret, endpoints: [endpoint], processBeforeResponse: false, logger: boltLog });
    app = new App({ token: options.botToken, receiver, clientOptions, logger: boltLog, deferInitialization: true });
  }

  const pacer = createPerChatPacer({ minIntervalMs: options.minIntervalMs ?? 1000 });
  const dmChannels = new Map<string, string>();
  const seenEvents = new Set<string>();

  /** Member ids (U…/W…) become their direct-message channel; channel ids are used as they are. */
  async function channelFor(conversationId: string): Promise<string> {
    if (!/^[UW][A-Z0-9]+$/.test(conversationId)) return conversationId;
    const known = dmChannels.get(conversationId);
    if (known) return known;
    const opened = await app.client.conversations.open({ users: conversationId });
    const id = opened.channel?.id;
    if (!id) throw new Error(`conversations.open gave no channel for ${conversationId}`);
    dmChannels.set(conversationId, id);
    return id;
  }

  const sender: ChatSender = {
    async send(message: OutgoingMessage) {
      const channel = await channelFor(message.conversationId);
      for (const { text, blocks } of slackMessages(message)) {
        await pacer.schedule(channel, async () => {
          await app.client.chat.postMessage({ channel, text, blocks, unfurl_links: false, unfurl_media: false });
        });
      }
    },
  };
  const { dispatch, settled } = createReplyDispatcher(options.deliver ?? sender, logger, "slack");


  /** Slack re-sends an event it thinks we missed; one we already took is dropped here (the core also de-duplicates). */
  function firstTime(eventId: string): boolean {
    if (seenEvents.has(eventId)) return false;
    seenEvents.add(eventId);
    if (seenEvents.size > SEEN_LIMIT) seenEvents.delete(seenEvents.values().next().value!);
    return true;
  }

  /** Files the owner shared in the DM, fetched with the bot token (scope files:read), each handed to the core. */
  async function onOwnerFiles(eventId: string, shared: ReturnType<typeof fromSlackFileShare>): Promise<void> {
    if (!firstTime(eventId)) return;
    try {
      for (const { message, url, file } of shared) {
        const fetched = await fetchIncomingFile(async () => url, file, { authorization: `Bearer ${options.botToken}` });
        dispatch(await core.handleMessage({ ...message, file: fetched }));
      }
    } catch (error) {
      seenEvents.delete(eventId); // let Slack's retry try again
      throw error;
    }
  }

  async function onMessageEvent(body: { event_id?: string }, event: Parameters<typeof fromSlackMessage>[1], botUserId: string | undefined) {
    const eventId = body.event_id;
    if (!eventId) return;
    const shared = fromSlackFileShare(eventId, event).filter((entry) => entry.message.userId === options.ownerId);
    if (shared.length > 0) return onOwnerFiles(eventId, shared);
    const incoming = fromSlackMessage(eventId, event, botUserId);
    if (!incoming || !firstTime(eventId)) return;
    try {
      dispatch(await core.handleMessage(incoming));
    } catch (error) {
      seenEvents.delete(eventId); // let Slack's retry try again
      throw error;
    }
  }

  // Events are acknowledged by Bolt before these run (processBeforeResponse is off): Slack's 3 seconds are never at risk.
  app.event("message", async ({ body, event, context }) => onMessageEvent(body, event as never, context.botUserId));
  app.event("app_mention", async ({ body, event, context }) => onMessageEvent(body, event as never, context.botUserId));
  app.action(new RegExp(`^${ACTION_PREFIX}`), async ({ ack, body, action }) => {
    await ack();
    const tap = fromSlackAction(body as never, action as never, clock());
    if (tap) dispatch(await core.handleTap(tap));
  });
  app.error(async (error) => { logger.error({ err: error }, "slack: event failed"); });

  const httpRoute: HttpRoute | undefined = receiver ? routeOnPath(endpoint, receiver.requestListener, logger) : undefined;
  let server: RunningHttpServer | undefined;

  return {
    app,
    sender,
    /** HTTP mode: the route to mount on a shared HTTP server (when `listen` is false). */
    httpRoute,
    get port(): number | undefined { return server?.port; },
    async start(): Promise<void> {
      await app.init(); // auth.test: fails early on a wrong token
      if (options.appToken) {
        await app.start();
        logger.info("slack: socket mode connected");
      } else if (options.listen !== false) {
        server = await startHttpServer({ port: options.port, host: options.host, routes: [httpRoute!] });
        logger.info({ port: server.port, endpoint }, "slack: listening for events");
      }
    },
    async stop(): Promise<void> {
      if (options.appToken) await app.stop();
      if (server) { await server.close(); server = undefined; }
      await settled();
    },
  };
}

export type SlackAdapter = ReturnType<typeof createSlackAdapter>;
