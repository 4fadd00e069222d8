import http, { type IncomingMessage, type RequestListener, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A handler that serves some paths and says whether it took the request. */
export type HttpRoute = (request: IncomingMessage, response: ServerResponse) => boolean;

/** Mounts a listener on one exact path (query string ignored). */
export function routeOnPath(path: string, listener: RequestListener): HttpRoute {
  return (request, response) => {
    if ((request.url ?? "").split("?")[0] !== path) return false;
    listener(request, response);
    return true;
  };
}

/**
 * One HTTP server for all webhooks (Telegram and Slack share HTTP_PORT). Routes are tried in order;
 * a request none of them takes gets 404.
 */
export async function startHttpServer(options: { port: number; host?: string; routes: HttpRoute[] }) {
  const server = http.createServer((request, response) => {
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
