// Helpers for tests against the throw-away Dovecot of test/services/dovecot.sh.
import crypto from "node:crypto";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { ImapFlow } from "imapflow";
import { inject } from "vitest";
import type { ImapSettings } from "../../triage/watch/connection";

const run = promisify(execFile);

/** A brand-new Dovecot user (so tests never share a mailbox) and watcher settings for it. */
export function imapAccount(overrides: Partial<ImapSettings> = {}): ImapSettings {
  const server = inject("imap");
  const user = `t${crypto.randomBytes(5).toString("hex")}`;
  return {
    host: server.host, port: server.port, user, password: server.password, tls: false, mailbox: "INBOX",
    markSeen: false, maxBodyBytes: 2_000_000, pollSeconds: 60, ...overrides,
  };
}

/** Runs `work` with a logged-in client of its own (as another mail client would be). */
export async function withImap<T>(account: ImapSettings, work: (client: ImapFlow) => Promise<T>): Promise<T> {
  const client = new ImapFlow({ host: account.host, port: account.port, secure: false, auth: { user: account.user, pass: account.password }, logger: false });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.logout().catch(() => client.close());
  }
}

/** Delivers mails into a mailbox (creating it if needed), as the mail server would. */
export async function appendMails(account: ImapSettings, mails: (string | Buffer)[], mailbox = account.mailbox): Promise<void> {
  await withImap(account, async (client) => {
    if (mailbox !== "INBOX" && !(await client.list()).some((entry) => entry.path === mailbox)) await client.mailboxCreate(mailbox);
    for (const mail of mails) await client.append(mailbox, mail, [], new Date());
  });
}

/** Each mail's UID and flags, in UID order. */
export async function mailFlags(account: ImapSettings, mailbox = account.mailbox): Promise<{ uid: number; flags: string[] }[]> {
  return withImap(account, async (client) => {
    await client.mailboxOpen(mailbox, { readOnly: true });
    if (client.mailbox && client.mailbox.exists === 0) return [];
    const messages = await client.fetchAll("1:*", { uid: true, flags: true });
    return messages.map((message) => ({ uid: message.uid, flags: [...(message.flags ?? [])] }));
  });
}

/** Cuts the user's connections on the server side, as a server restart or a network drop would. */
export async function kickUser(user: string): Promise<void> {
  await run("doveadm", ["-c", inject("imap").config, "kick", user]);
}

export interface TestMail {
  from?: string;
  to?: string;
  subject?: string;
  body?: string;
  messageId?: string | null;
  inReplyTo?: string;
  date?: Date;
  headers?: Record<string, string>;
}

let counter = 0;

/** A plain-text RFC 5322 mail. `messageId: null` leaves the header out. */
export function buildMail(mail: TestMail = {}): string {
  counter += 1;
  const messageId = mail.messageId === undefined ? `<test-${Date.now()}-${counter}-${crypto.randomBytes(4).toString("hex")}@kunde.example>` : mail.messageId;
  const lines = [
    `From: ${mail.from ?? "Kari Nordmann <kari@kunde.example>"}`,
    `To: ${mail.to ?? "personvern@bedrebedrift.example"}`,
    `Subject: ${mail.subject ?? "Innsyn i mine personopplysninger"}`,
    `Date: ${(mail.date ?? new Date()).toUTCString()}`,
    ...(messageId ? [`Message-ID: ${messageId}`] : []),
    ...(mail.inReplyTo ? [`In-Reply-To: ${mail.inReplyTo}`, `References: ${mail.inReplyTo}`] : []),
    ...Object.entries(mail.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    mail.body ?? "Hei,\n\nJeg ber om innsyn i hvilke personopplysninger dere har lagret om meg.\n\nMvh\nKari",
  ];
  return `${lines.join("\r\n").replace(/\r?\n/g, "\r\n")}\r\n`;
}

/** Waits until `check` returns something truthy (the watcher works in the background). */
export async function waitFor<T>(check: () => Promise<T | undefined | false | null> | T | undefined | false | null, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Freezes (SIGSTOP) the server processes of the user's open sessions: the connection stays up but
 * nothing answers, as with a silent network drop. Returns a function that lets them go on (SIGCONT).
 */
export async function freezeSessions(user: string): Promise<() => void> {
  const { stdout } = await run("doveadm", ["-c", inject("imap").config, "who", "-1", user]);
  const pids = stdout.split("\n").slice(1).map((line) => Number(line.trim().split(/\s+/)[2])).filter((pid) => pid > 0);
  if (pids.length === 0) throw new Error(`no open IMAP session for ${user}`);
  for (const pid of pids) process.kill(pid, "SIGSTOP");
  return () => {
    for (const pid of pids) {
      try { process.kill(pid, "SIGCONT"); } catch { /* already gone */ }
    }
  };
}
