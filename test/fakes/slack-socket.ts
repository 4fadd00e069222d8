import crypto from "node:crypto";
import type http from "node:http";
import type { Duplex } from "node:stream";

// Just enough of a WebSocket server (RFC 6455: handshake, unfragmented frames, ping/pong, close) to play
// Slack's Socket Mode endpoint: greet with "hello", push envelopes, collect the app's acknowledgements.

function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const header = length < 126 ? Buffer.from([0x80 | opcode, length])
    : length < 65536 ? Buffer.from([0x80 | opcode, 126, length >> 8, length & 0xff])
    : Buffer.concat([Buffer.from([0x80 | opcode, 127]), (() => { const b = Buffer.alloc(8); b.writeBigUInt64BE(BigInt(length)); return b; })()]);
  return Buffer.concat([header, payload]);
}

/** Decodes complete client frames (always masked) from `buffer`; returns them and the leftover bytes. */
function readFrames(buffer: Buffer): { frames: { opcode: number; payload: Buffer }[]; rest: Buffer } {
  const frames: { opcode: number; payload: Buffer }[] = [];
  let offset = 0;
  while (buffer.length - offset >= 2) {
    const opcode = buffer[offset]! & 0x0f;
    let length = buffer[offset + 1]! & 0x7f;
    let cursor = offset + 2;
    if (length === 126) { if (buffer.length < cursor + 2) break; length = buffer.readUInt16BE(cursor); cursor += 2; }
    else if (length === 127) { if (buffer.length < cursor + 8) break; length = Number(buffer.readBigUInt64BE(cursor)); cursor += 8; }
    if (buffer.length < cursor + 4 + length) break;
    const mask = buffer.subarray(cursor, cursor + 4);
    const payload = Buffer.from(buffer.subarray(cursor + 4, cursor + 4 + length));
    for (let i = 0; i < payload.length; i++) payload[i]! ^= mask[i % 4]!;
    frames.push({ opcode, payload });
    offset = cursor + 4 + length;
  }
  return { frames, rest: buffer.subarray(offset) };
}

export function attachSocketMode(server: http.Server, path = "/link") {
  const sockets = new Set<Duplex>();
  const acks: string[] = [];
  server.on("upgrade", (request, socket: Duplex) => {
    if (!(request.url ?? "").startsWith(path)) { socket.destroy(); return; }
    const accept = crypto.createHash("sha1").update(`${request.headers["sec-websocket-key"]}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest("base64");
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => sockets.delete(socket));
    let pending: Buffer = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      const { frames, rest } = readFrames(Buffer.concat([pending, chunk]));
      pending = rest;
      for (const { opcode, payload } of frames) {
        if (opcode === 0x9) socket.write(frame(0xa, payload));
        else if (opcode === 0x8) { socket.write(frame(0x8, payload)); socket.end(); }
        else if (opcode === 0x1) {
          const message = JSON.parse(payload.toString("utf8")) as { envelope_id?: string };
          if (message.envelope_id) acks.push(message.envelope_id);
        }
      }
    });
    socket.write(frame(0x1, Buffer.from(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "APVA" }, debug_info: { host: "fake" } }))));
  });
  return {
    acks,
    /** Pushes an Events API envelope down every open socket, as Slack does. */
    pushEvent(envelope: Record<string, unknown>, envelopeId = `env-${crypto.randomUUID()}`) {
      const message = { envelope_id: envelopeId, type: "events_api", accepts_response_payload: false, retry_attempt: 0, retry_reason: "", payload: envelope };
      for (const socket of sockets) socket.write(frame(0x1, Buffer.from(JSON.stringify(message))));
      return envelopeId;
    },
    get connections() { return sockets.size; },
    closeAll() { for (const socket of sockets) socket.destroy(); },
  };
}
