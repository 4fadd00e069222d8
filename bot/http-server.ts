import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../log";

/** A handler that serves some paths and says whether it took the request. */
export type HttpRoute = (request: IncomingMessage, response: ServerResponse) => boolean;

/** A webhook handler; it may answer later (grammy's and Bolt's return a promise). */
export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => unknown;

/**
 * Mounts a handler on one exact path (query string ignored). Whatever it throws or rejects with is logged
 * and answered with a status, so no request can end the process.
 */
export function routeOnPath(path: string, handler: RequestHandler, logger: Logger): HttpRoute {
  return (request, response) => {
    if ((request.url ?? "").split("?")[0] !== path) return false;
    Promise.resolve()
      .then(() => handler(request, response))
      .catch((error: unknown) => answerFailure(response, error, logger.child({ path })));
    return true;
  };
}

/** Invalid JSON is the sender's fault (400); anything else, e.g. grammy's webhook timeout, is ours (500: Telegram delivers again). */
function answerFailure(response: ServerResponse, error: unknown, logger: Logger): void {
  const status = error instanceof SyntaxError ? 400 : 500;
  logger.warn({ err: error, status }, "http: a webhook request failed; answered with an error status");
  if (!response.headersSent) response.writeHead(status).end();
  else if (!response.writableEnded) response.end();
}

/** Telegram's and Slack's webhook bodies are a few kilobytes; the handlers read a body whole into memory. */
export const MAX_WEBHOOK_BYTES = 1024 * 1024;

/** A body must say its length (Telegram and Slack do), so a too large one is refused before it is read. */
function refusedBody(request: IncomingMessage): 411 | 413 | undefined {
  const length = request.headers["content-length"];
  if (length === undefined) return request.headers["transfer-encoding"] ? 411 : undefined;
  return Number(length) > MAX_WEBHOOK_BYTES ? 413 : undefined;
}

/** How long a refused body may keep arriving (read and dropped) before the connection is cut. */
const REFUSED_BODY_DRAIN_MS = 10_000;

/**
 * Answers a body that is refused unread. The bytes still on their way are read and dropped, never kept, and
 * the answer goes when they have arrived: closing at once makes the sender's write fail (EPIPE) before it can
 * read the status. A sender that does not stop within the drain time is cut off.
 */
function refuse(request: IncomingMessage, response: ServerResponse, status: 411 | 413): void {
  const cutOff = setTimeout(() => request.socket.destroy(), REFUSED_BODY_DRAIN_MS);
  request.once("end", () => {
    clearTimeout(cutOff);
    response.writeHead(status, { connection: "close" }).end();
  });
  request.once("close", () => clearTimeout(cutOff));
  request.resume();
}

/**
 * One HTTP server for all webhooks (Telegram and Slack share HTTP_PORT). Routes are tried in order;
 * a request none of them takes gets 404.
 */
export async function startHttpServer(options: { port: number; host?: string; routes: HttpRoute[] }) {
  const server = http.createServer((request, response) => {
    const refused = refusedBody(request);
    if (refused) {
      refuse(request, response, refused);
      return;
    }
    for (const route of options.routes) if (route(request, response)) return;
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "0.0.0.0", () => { server.off("error", reject); resolve(); });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

export type RunningHttpServer = Awaited<ReturnType<typeof startHttpServer>>;
