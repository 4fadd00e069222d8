import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { attachSocketMode } from "./slack-socket";

export interface SlackCall {
  method: string;
  payload: Record<string, any>;
}

/** The bot token the tests give the adapter; the fake serves shared files only to it. */
export const FAKE_SLACK_TOKEN = "xoxb-test";

export const FAKE_SLACK_BOT = { user_id: "UBOTPVA", bot_id: "BBOTPVA", team_id: "TBEDRE" };

/**
 * A local stand-in for slack.com/api: auth.test, conversations.open, chat.postMessage, chat.update.
 * Records every call with its arguments decoded (blocks parsed back into objects).
 */
export async function startFakeSlack() {
  const calls: SlackCall[] = [];
  let ts = 1_764_000_000;
  /** Files people shared, served (to the bot's token only) at /files-pri/<id>/<name> as Slack's url_private_download. */
  const files = new Map<string, Buffer>();
  const server = http.createServer(async (request, response) => {
    if (request.url?.startsWith("/files-pri/")) {
      const file = files.get(request.url);
      const allowed = request.headers.authorization === `Bearer ${FAKE_SLACK_TOKEN}`;
      response.writeHead(file && allowed ? 200 : 404).end(file && allowed ? file : undefined);
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    const method = (request.url ?? "").replace(/^\/api\//, "").split("?")[0]!;
    const payload: Record<string, any> = {};
    if ((request.headers["content-type"] ?? "").includes("application/json")) Object.assign(payload, body ? JSON.parse(body) : {});
    else for (const [key, value] of new URLSearchParams(body)) payload[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
    calls.push({ method, payload });
    const reply = (result: Record<string, unknown>) => response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, ...result }));
    switch (method) {
      case "auth.test": return reply({ url: "https://bedre.slack.example/", team: "Bedre", user: "personvern", ...FAKE_SLACK_BOT });
      case "apps.connections.open": return reply({ url: `ws://127.0.0.1:${port}/link` });
      case "conversations.open": return reply({ channel: { id: `D${String(payload.users).slice(1)}` } });
      case "chat.postMessage": case "chat.update": return reply({ channel: payload.channel, ts: `${ts++}.000100` });
      default: return reply({});
    }
  });
  const socketMode = attachSocketMode(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    /** Socket Mode: push events over the WebSocket the app opened. */
    socketMode,
    apiUrl: `http://127.0.0.1:${port}/api/`,
    calls,
    /** A message event in which `user` shares a file in their DM with the app, `text` beside it. */
    fileShareEvent(user: string, file: { name: string; mimetype: string; bytes: Buffer }, text = "") {
      const url = `/files-pri/F${files.size + 1}/${encodeURIComponent(file.name)}`;
      files.set(url, file.bytes);
      return {
        ...dmEvent(user, text), subtype: "file_share",
        files: [{ id: `F${files.size}`, name: file.name, mimetype: file.mimetype, size: file.bytes.length, url_private_download: `http://127.0.0.1:${port}${url}` }],
      };
    },
    /** chat.postMessage payloads into a channel (a DM channel is "D" + the member id without its "U"). */
    posted(channel?: string) {
      return calls.filter((call) => call.method === "chat.postMessage" && (!channel || call.payload.channel === channel)).map((call) => call.payload);
    },
    close: () => new Promise<void>((resolve) => { socketMode.closeAll(); server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

export type FakeSlack = Awaited<ReturnType<typeof startFakeSlack>>;

/** The DM channel the fake opens for a member. */
export const dmOf = (userId: string) => `D${userId.slice(1)}`;

/** Headers Slack puts on a request: v0 HMAC-SHA256 of "v0:<timestamp>:<body>" with the signing secret. */
export function slackSignature(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = `v0=${crypto.createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  return { "x-slack-request-timestamp": String(timestamp), "x-slack-signature": signature };
}

let eventCounter = 0;

/** An Events API envelope around one event. */
export function eventEnvelope(event: Record<string, unknown>, eventId = `Ev${Date.now()}${++eventCounter}`) {
  return { token: "x", team_id: FAKE_SLACK_BOT.team_id, api_app_id: "APVA", type: "event_callback", event_id: eventId, event_time: Math.floor(Date.now() / 1000), event };
}

/** A visitor's (or the owner's) direct message to the app. */
export function dmEvent(user: string, text: string) {
  return { type: "message", channel_type: "im", channel: dmOf(user), user, text, ts: `${Math.floor(Date.now() / 1000)}.${String(++eventCounter).padStart(6, "0")}` };
}

/** A block_actions payload: someone pressed one of our buttons. */
export function buttonPress(user: string, data: string) {
  const n = ++eventCounter;
  return {
    type: "block_actions", user: { id: user, username: user, team_id: FAKE_SLACK_BOT.team_id }, api_app_id: "APVA", token: "x",
    trigger_id: `trig${Date.now()}.${n}`, team: { id: FAKE_SLACK_BOT.team_id, domain: "bedre" },
    container: { type: "message", message_ts: "1.1", channel_id: dmOf(user), is_ephemeral: false }, channel: { id: dmOf(user), name: "directmessage" },
    actions: [{ type: "button", action_id: `pva:${data}`, block_id: "b1", value: data, action_ts: `${Date.now() / 1000}`, text: { type: "plain_text", text: "x" } }],
  };
}
