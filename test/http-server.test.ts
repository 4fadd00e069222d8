import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_WEBHOOK_BYTES, type RunningHttpServer, routeOnPath, startHttpServer } from "../bot/http-server";
import { silentLogger } from "../log";

/** A raw request, so the body can be sent without a length (chunked) as a misbehaving sender would. */
function send(port: number, body: Buffer, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, path: "/hook", method: "POST", headers }, (response) => {
      response.resume();
      resolve(response.statusCode!);
    });
    request.on("error", reject);
    request.end(body);
  });
}

describe("the webhook server refuses bodies it will not read", () => {
  let server: RunningHttpServer;
  let handled = 0;
  beforeAll(async () => {
    const route = routeOnPath("/hook", (_request, response) => { handled++; response.writeHead(200).end(); }, silentLogger);
    server = await startHttpServer({ port: 0, host: "127.0.0.1", routes: [route] });
  });
  afterAll(() => server.close());

  it("answers 413 to a body over the limit every time, without the sender's write failing, and never hands it on", async () => {
    const tooLarge = "x".repeat(16 * MAX_WEBHOOK_BYTES); // more than the sockets buffer: still being written when the answer comes
    for (let round = 0; round < 10; round++) {
      const response = await fetch(`http://127.0.0.1:${server.port}/hook`, { method: "POST", headers: { "content-type": "application/json" }, body: tooLarge });
      expect(response.status).toBe(413);
    }
    expect(handled).toBe(0);
  });

  it("answers 411 to a chunked body with no length, and takes a body within the limit", async () => {
    expect(await send(server.port, Buffer.alloc(64 * 1024, "y"), { "transfer-encoding": "chunked" })).toBe(411);
    expect(handled).toBe(0);
    expect(await send(server.port, Buffer.from("{}"), { "content-type": "application/json", "content-length": "2" })).toBe(200);
    expect(handled).toBe(1);
  });
});
