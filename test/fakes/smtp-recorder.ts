import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

export interface RecordedMail {
  from: string;
  to: string[];
  raw: string;
  parsed: ParsedMail;
}

/**
 * A real SMTP server on 127.0.0.1 that keeps what it receives. `failNext(n, code)` makes it answer the next
 * n mails with that reply code (421/451 transient, 550 permanent) instead of accepting them; `dropAfterData(n)`
 * keeps the next n mails and cuts the connection before answering.
 */
export async function startSmtpRecorder() {
  const mails: RecordedMail[] = [];
  const failures: { code: number; message: string }[] = [];
  let attempts = 0;
  let dropsAfterData = 0;
  /** Cuts the session's connection without a reply, as a network drop would. */
  const dropConnection = (sessionId: string) => {
    const connections = (server as unknown as { connections: Set<{ id: string; _socket: { destroy(): void } }> }).connections;
    for (const connection of connections) if (connection.id === sessionId) connection._socket.destroy();
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    closeTimeout: 200, // do not wait for pooled client connections to leave on close()
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        attempts++;
        const failure = failures.shift();
        if (failure) {
          callback(Object.assign(new Error(failure.message), { responseCode: failure.code }));
          return;
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        simpleParser(raw).then((parsed) => {
          mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            raw,
            parsed,
          });
          if (dropsAfterData > 0) { dropsAfterData--; dropConnection(session.id); return; }
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    mails,
    /** Mail transactions attempted, accepted or not. */
    get attempts() { return attempts; },
    failNext(count: number, code: number, message = code >= 500 ? "5.1.1 Mailbox unavailable" : "4.3.0 Try again later") {
      for (let i = 0; i < count; i++) failures.push({ code, message });
    },
    /** The next `count` mails are kept, but the connection drops before the server's "250". */
    dropAfterData(count: number) { dropsAfterData += count; },
    smtpConfig(from = "personvern@bedrebedrift.example") {
      return { host: "127.0.0.1", port, secure: false, from };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SmtpRecorder = Awaited<ReturnType<typeof startSmtpRecorder>>;
