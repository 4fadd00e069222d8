import fs from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import MailComposer from "nodemailer/lib/mail-composer";
import SMTPConnection from "nodemailer/lib/smtp-connection";
import type { Config } from "../../config";

/** One plain-text mail, already threaded. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  messageId: string;
  inReplyTo?: string;
  references?: string;
  attachments?: MailAttachment[];
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface Mailer {
  /** The From address every mail carries (MAIL_FROM). */
  readonly from: string;
  /** Where mail goes: "smtp://host:port" or the folder .eml files are written to. */
  readonly destination: string;
  send(mail: OutgoingMail): Promise<{ messageId: string; raw: Buffer }>;
  close(): void;
}

export interface MailerOptions {
  /** Folder for .eml files when SMTP is not configured. */
  sentMailDir?: string;
  /** From address when MAIL_FROM is not set (with or without SMTP): the business's own contact address. */
  fallbackFrom?: string;
  /** Runs after a successful send, e.g. appending to the IMAP Sent folder. Its failure is not a send failure. */
  afterSend?: (raw: Buffer) => Promise<void>;
  onAfterSendError?: (error: unknown) => void;
  /** Seconds to wait for the SMTP server at each step. */
  timeoutSeconds?: number;
}

async function compose(from: string, mail: OutgoingMail): Promise<Buffer> {
  const composer = new MailComposer({
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    messageId: mail.messageId,
    inReplyTo: mail.inReplyTo,
    references: mail.references,
    ...(mail.attachments?.length ? { attachments: mail.attachments } : {}),
    textEncoding: "quoted-printable",
    // No Auto-Submitted header: every mail we send is a reply the owner approved, a person's answer (RFC 3834
    // marks robots' mail, which mail systems then treat as such: no auto-reply back, often filtered).
  });
  return composer.compile().build();
}

/** "\"Eksempel AS\" <hei@eksempel.no>": a From header with the business's name, quoted as RFC 5322 wants. */
export function senderAddress(name: string, address: string): string {
  return `"${name.replace(/["\\]/g, "\\$&")}" <${address}>`;
}

/**
 * SMTP when configured; otherwise every mail is written as an .eml file into `sentMailDir`, so someone
 * trying the assistant out can open exactly what would have gone out.
 */
export function createMailer(smtp: Config["smtp"] | undefined, options: MailerOptions = {}): Mailer {
  const timeoutMs = (options.timeoutSeconds ?? 30) * 1000;
  const afterSend = async (raw: Buffer) => {
    if (!options.afterSend) return;
    try { await options.afterSend(raw); } catch (error) { options.onAfterSendError?.(error); }
  };

  if (!smtp) {
    const dir = path.resolve(options.sentMailDir ?? "data/sent-mail");
    const from = options.fallbackFrom ?? "personvern-assistent@localhost";
    return {
      from,
      destination: dir,
      async send(mail) {
        const raw = await compose(from, mail);
        await fs.mkdir(dir, { recursive: true });
        const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${mail.messageId.replace(/[^A-Za-z0-9.-]+/g, "_")}.eml`;
        await fs.writeFile(path.join(dir, name), raw);
        await afterSend(raw);
        return { messageId: mail.messageId, raw };
      },
      close() {},
    };
  }

  const from = smtp.from ?? options.fallbackFrom ?? "personvern-assistent@localhost";
  return {
    from,
    destination: `smtp://${smtp.host}:${smtp.port}`,
    async send(mail) {
      const raw = await compose(from, mail);
      await sendOverSmtp(smtp, timeoutMs, { from: bareAddress(from), to: [bareAddress(mail.to)] }, raw);
      await afterSend(raw);
      return { messageId: mail.messageId, raw };
    },
    close() {},
  };
}

/** "Eksempel AS <hei@eksempel.no>" → "hei@eksempel.no", for the envelope. */
function bareAddress(address: string): string {
  return /<([^<>]*)>\s*$/.exec(address)?.[1]?.trim() ?? address.trim();
}

/**
 * One SMTP session per mail. It knows when the message itself went out: an error without a server reply
 * after that point (the connection lost before the server's "250") means the server may well have the mail,
 * so the error is marked `deliveryUnknown` and must not be retried by itself. Before that point, nothing
 * can have been delivered.
 */
function sendOverSmtp(smtp: NonNullable<Config["smtp"]>, timeoutMs: number, envelope: { from: string; to: string[] }, raw: Buffer): Promise<void> {
  const connection = new SMTPConnection({
    host: smtp.host, port: smtp.port, secure: smtp.secure,
    connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs * 2,
  });
  let handedOver = false;
  // Read only once the server has said "354, go ahead" to DATA.
  const message = new Readable({ read() { handedOver = true; this.push(raw); this.push(null); } });
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      if (!error) { connection.quit(); resolve(); return; }
      connection.close();
      const answered = typeof (error as { responseCode?: unknown }).responseCode === "number";
      reject(handedOver && !answered ? Object.assign(error, { deliveryUnknown: true }) : error);
    };
    connection.on("error", finish);
    const send = () => connection.send(envelope, message, (error) => finish(error ?? undefined));
    connection.connect((error) => {
      if (error) return finish(error);
      if (!smtp.user) return send();
      connection.login({ user: smtp.user, pass: smtp.password ?? "" }, (loginError) => (loginError ? finish(loginError) : send()));
    });
  });
}
