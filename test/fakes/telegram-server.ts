import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Update, UserFromGetMe } from "grammy/types";

export interface TelegramCall {
  method: string;
  payload: Record<string, any>;
}

export const FAKE_BOT: UserFromGetMe = {
  id: 777000111, is_bot: true, first_name: "Personvern", username: "bedre_personvern_bot",
  can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false,
  can_connect_to_business: false, has_main_web_app: false,
} as UserFromGetMe;

/**
 * A local stand-in for api.telegram.org: enough Bot API for grammy to poll, send, answer taps and set
 * webhooks. Records every call; tests push updates and can make a method fail (e.g. 429) a few times.
 */
export async function startFakeTelegram(token = "123456:TEST-TOKEN") {
  const calls: TelegramCall[] = [];
  const queue: Update[] = [];
  const failures = new Map<string, { error_code: number; description: string; parameters?: Record<string, number> }[]>();
  const drops = new Map<string, number>();
  let waiters: (() => void)[] = [];
  let nextUpdateId = 1000;
  let nextMessageId = 1;
  let lastOffset = 0;
  /** Files the bot may download: file_id → bytes, served at /file/bot<token>/<file_path>. */
  const files = new Map<string, { bytes: Buffer; path: string }>();

  const now = () => Math.floor(Date.now() / 1000);
  const messageFor = (payload: Record<string, any>) => ({
    message_id: nextMessageId++, date: now(), chat: { id: Number(payload.chat_id), type: "private" }, text: payload.text,
    from: { id: FAKE_BOT.id, is_bot: true, first_name: FAKE_BOT.first_name },
  });

  function answer(method: string, payload: Record<string, any>): unknown {
    switch (method) {
      case "getMe": return FAKE_BOT;
      case "sendMessage": return messageFor(payload);
      case "editMessageText": case "editMessageReplyMarkup": return messageFor(payload);
      case "answerCallbackQuery": case "setWebhook": case "deleteWebhook": case "setMyCommands": return true;
      case "getFile": {
        const file = files.get(String(payload.file_id));
        return file && { file_id: payload.file_id, file_unique_id: `u${payload.file_id}`, file_size: file.bytes.length, file_path: file.path };
      }
      case "getWebhookInfo": return { url: "", has_custom_certificate: false, pending_update_count: 0 };
      default: return true;
    }
  }

  async function getUpdates(payload: Record<string, any>, request: http.IncomingMessage): Promise<Update[]> {
    const offset = Number(payload.offset ?? 0);
    if (offset) lastOffset = offset;
    while (queue.length && queue[0]!.update_id < offset) queue.shift();
    if (queue.length || !payload.timeout) return queue.slice(0, payload.limit ?? 100);
    // Long polling: hold the request until an update arrives, the timeout passes or grammy gives up.
    await new Promise<void>((resolve) => {
      const wake = () => { clearTimeout(timer); request.socket.off("close", wake); resolve(); };
      const timer = setTimeout(wake, Math.min(Number(payload.timeout), 30) * 1000);
      waiters.push(wake);
      request.socket.once("close", wake);
    });
    while (queue.length && queue[0]!.update_id < offset) queue.shift();
    return queue.slice(0, payload.limit ?? 100);
  }

  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(request.url ?? "");
    if (download) {
      const file = [...files.values()].find((entry) => entry.path === download[2]);
      if (download[1] !== token || !file) { response.writeHead(404).end(); return; }
      response.writeHead(200, { "content-type": "application/octet-stream" }).end(file.bytes);
      return;
    }
    const match = /^\/bot([^/]+)\/(\w+)/.exec(request.url ?? "");
    const send = (status: number, body: unknown) => {
      if (response.destroyed) return;
      response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    };
    if (!match || match[1] !== token) return send(401, { ok: false, error_code: 401, description: "Unauthorized" });
    const method = match[2]!;
    const text = Buffer.concat(chunks).toString("utf8");
    const payload = text ? (JSON.parse(text) as Record<string, any>) : {};
    if (method !== "getUpdates") calls.push({ method, payload });
    const dropping = drops.get(method) ?? 0;
    if (dropping > 0) { drops.set(method, dropping - 1); request.socket.destroy(); return; }
    const failure = failures.get(method)?.shift();
    if (failure) return send(failure.error_code, { ok: false, ...failure });
    if (method === "getUpdates") return send(200, { ok: true, result: await getUpdates(payload, request) });
    send(200, { ok: true, result: answer(method, payload) });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;

  function push(update: Omit<Update, "update_id">): Update {
    const full = { update_id: nextUpdateId++, ...update } as Update;
    queue.push(full);
    const wake = waiters;
    waiters = [];
    for (const w of wake) w();
    return full;
  }

  return {
    token,
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    /** Calls of one method, e.g. sendMessage. */
    sent(method = "sendMessage") { return calls.filter((call) => call.method === method).map((call) => call.payload); },
    /** An update as Telegram would make it, not queued (for posting to a webhook). */
    messageUpdate(from: { id: number; first_name?: string }, text: string, chatType = "private"): Update {
      return {
        update_id: nextUpdateId++,
        message: {
          message_id: nextMessageId++, date: now(), text,
          chat: chatType === "private" ? { id: from.id, type: "private", first_name: from.first_name ?? "Kari" } : { id: -100123, type: "group", title: "Gruppe" },
          from: { id: from.id, is_bot: false, first_name: from.first_name ?? "Kari" },
        },
      } as Update;
    },
    /** A visitor or the owner writes to the bot. */
    pushMessage(from: { id: number; first_name?: string }, text: string, chatType = "private"): Update {
      const { update_id: _unused, ...rest } = this.messageUpdate(from, text, chatType);
      return push(rest);
    },
    /** Someone taps an inline button on a message in their chat with the bot. */
    pushTap(from: { id: number; first_name?: string }, data: string, chatId = from.id): Update {
      return push({
        callback_query: {
          id: `cq${nextUpdateId}`, chat_instance: "ci", data,
          from: { id: from.id, is_bot: false, first_name: from.first_name ?? "Ola" },
          message: { message_id: 1, date: now(), chat: { id: chatId, type: "private", first_name: "Ola" }, text: "kort" },
        },
      } as Omit<Update, "update_id">);
    },
    /**
     * Someone sends a file (a document): stored for getFile, with a caption, optionally as a reply to a message
     * of the bot's (whose text it quotes, as Telegram does).
     */
    pushDocument(from: { id: number; first_name?: string }, file: { name: string; mimeType: string; bytes: Buffer }, options: { caption?: string; replyToText?: string } = {}): Update {
      const fileId = `file${files.size + 1}`;
      files.set(fileId, { bytes: file.bytes, path: `documents/${fileId}-${file.name}` });
      const chat = { id: from.id, type: "private", first_name: from.first_name ?? "Ola" };
      return push({
        message: {
          message_id: nextMessageId++, date: now(), chat, from: { id: from.id, is_bot: false, first_name: from.first_name ?? "Ola" },
          document: { file_id: fileId, file_unique_id: `u${fileId}`, file_name: file.name, mime_type: file.mimeType, file_size: file.bytes.length },
          ...(options.caption ? { caption: options.caption } : {}),
          ...(options.replyToText ? { reply_to_message: { message_id: 1, date: now(), chat, text: options.replyToText, from: { id: FAKE_BOT.id, is_bot: true, first_name: FAKE_BOT.first_name } } } : {}),
        },
      } as Omit<Update, "update_id">);
    },
    /** Push a raw update (repeats included). */
    pushRaw(update: Update) { queue.push(update); const wake = waiters; waiters = []; for (const w of wake) w(); },
    /** The next `count` calls of `method` fail with this error. */
    failNext(method: string, count: number, error: { error_code: number; description: string; parameters?: Record<string, number> }) {
      const list = failures.get(method) ?? [];
      for (let i = 0; i < count; i++) list.push(error);
      failures.set(method, list);
    },
    /** The next `count` calls of `method` get no answer: the connection is cut (a network error for the caller). */
    dropNext(method: string, count: number) { drops.set(method, (drops.get(method) ?? 0) + count); },
    /** The offset grammy last confirmed: updates below it were handled. */
    get confirmedOffset() { return lastOffset; },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

export type FakeTelegram = Awaited<ReturnType<typeof startFakeTelegram>>;
