import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../log";
import type { OutgoingMessage } from "../bot/core/messages";
import { createMailer, type Mailer } from "../bot/outbox/mailer";
import { enqueueOutboxMessage } from "../bot/outbox/enqueue";
import { createOutboxWorker } from "../bot/outbox/worker";
import { markOutboxMessageSent, resendOutboxMessage } from "../bot/outbox/resend";
import { replySubject, referencesFor } from "../bot/outbox/threading";
import type { OwnerNotice } from "../bot/outbox/types";
import { ENGINES, freshDatabase } from "./support/databases";
import { startSmtpRecorder, type SmtpRecorder } from "./fakes/smtp-recorder";
import { openErasureMailCase } from "./fakes/cases";

describe("reply threading", () => {
  it("puts exactly one Re: in front, also over Norwegian SV:", () => {
    expect(replySubject("Sletting")).toBe("Re: Sletting");
    expect(replySubject("Re: Sletting")).toBe("Re: Sletting");
    expect(replySubject("RE: re: SV: Sletting")).toBe("Re: Sletting");
  });
  it("lists the thread, then the answered mail, each once", () => {
    expect(referencesFor("<b@x>", "<a@x> <b@x>")).toBe("<a@x> <b@x>");
    expect(referencesFor("<b@x>", undefined)).toBe("<b@x>");
  });
});

describe.each(ENGINES)("outbox on %s", (engine) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let smtp: SmtpRecorder;
  let now: Date;
  let notices: OwnerNotice[];
  let chats: OutgoingMessage[];
  const mailers: Mailer[] = [];

  beforeEach(async () => {
    database = await freshDatabase(engine);
    smtp = await startSmtpRecorder();
    now = new Date("2026-11-26T10:00:00Z");
    notices = [];
    chats = [];
  });
  afterEach(async () => {
    for (const mailer of mailers.splice(0)) mailer.close();
    await smtp.close();
    await database.dispose();
  });

  function worker(options: { maxAttempts?: number; port?: number } = {}) {
    const config = smtp.smtpConfig();
    const mailer = createMailer({ ...config, port: options.port ?? config.port }, { timeoutSeconds: 5 });
    mailers.push(mailer);
    return createOutboxWorker({
      db: database.db,
      mailer,
      chat: { async send(message) { chats.push(message); } },
      clock: () => now,
      logger: silentLogger,
      notifyOwner: async (notice) => { notices.push(notice); },
      maxAttempts: options.maxAttempts ?? 4,
      firstRetryDelayMs: 60_000,
    });
  }

  async function enqueueReply(caseId: number, key = `answer:${caseId}`) {
    return database.db.$transaction((tx) => enqueueOutboxMessage(tx, {
      idempotencyKey: key,
      caseId,
      kind: "email",
      recipient: "kari.nordmann@kunde.example",
      subject: "SV: Sletting av mine opplysninger",
      body: "Hei Kari,\n\nVi har slettet opplysningene om deg. Blåbærsyltetøy og æøå kommer fram som de skal.\n\nHilsen Bedre Bedrift",
      inReplyTo: "<sletting-1@kunde.example>",
      references: "<tidligere-1@kunde.example>",
      notBefore: now,
    }));
  }

  it("records a message once per idempotency key", async () => {
    const caseId = await openErasureMailCase(database.db, { now });
    const first = await enqueueReply(caseId);
    const second = await enqueueReply(caseId);
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    expect(await database.db.outboxMessage.count()).toBe(1);
  });

  it("sends an approved answer as a threaded plain-text reply from MAIL_FROM", async () => {
    const caseId = await openErasureMailCase(database.db, { now });
    const { id } = await enqueueReply(caseId);
    expect(await worker().runOnce()).toEqual({ sent: 1, retrying: 0, failed: 0, unknown: 0 });

    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0]!;
    expect(mail.to).toEqual(["kari.nordmann@kunde.example"]);
    expect(mail.parsed.from?.text).toBe("personvern@bedrebedrift.example");
    expect(mail.parsed.subject).toBe("Re: Sletting av mine opplysninger");
    expect(mail.parsed.inReplyTo).toBe("<sletting-1@kunde.example>");
    expect(mail.parsed.references).toEqual(["<tidligere-1@kunde.example>", "<sletting-1@kunde.example>"]);
    expect(mail.parsed.text).toContain("Blåbærsyltetøy og æøå");
    expect(mail.parsed.html).toBeFalsy();
    expect(mail.parsed.headers.has("auto-submitted")).toBe(false);

    const row = await database.db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("sent");
    // A reply to our answer must find the case again.
    const kase = await database.db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(kase.threadIds.split(" ")).toContain(mail.parsed.messageId);
    const events = await database.db.caseEvent.findMany({ where: { caseId, type: "outbox_sent" } });
    expect(events).toHaveLength(1);

    expect(await worker().runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0, unknown: 0 });
    expect(smtp.mails).toHaveLength(1);
  });

  it("after a crash between recorded and sent, asks the owner and never sends twice on its own", async () => {
    const caseId = await openErasureMailCase(database.db, { now });
    const { id } = await enqueueReply(caseId);
    // What a crash leaves behind: claimed and committed, the mail maybe out, never marked sent.
    await database.db.outboxMessage.update({ where: { id }, data: { status: "sending", attempts: 1 } });

    const restarted = worker();
    await restarted.start();
    await restarted.stop();
    await restarted.runOnce();
    expect(smtp.attempts).toBe(0);
    expect((await database.db.outboxMessage.findUniqueOrThrow({ where: { id } })).status).toBe("unknown");
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toMatch(/vet ikke om den kom fram/);
    expect(notices[0]!.text).toContain("kari.nordmann@kunde.example");
    expect(notices[0]!.buttons.flat().map((button) => button.data)).toEqual([`send_again:${id}`, `mark_sent:${id}`]);

    // A second restart does not ask again.
    const again = worker();
    await again.start();
    await again.stop();
    expect(notices).toHaveLength(1);

    // The owner checked the Sent folder and taps "Send igjen".
    expect(await resendOutboxMessage(database.db, id, now)).toEqual({ ok: true });
    expect(await resendOutboxMessage(database.db, id, now)).toEqual({ ok: false, reason: "in_progress" });
    await worker().runOnce();
    expect(smtp.mails).toHaveLength(1);
    expect(await resendOutboxMessage(database.db, id, now)).toEqual({ ok: false, reason: "already_sent" });
  });

  it("closes an in-doubt message without sending when the owner says it arrived", async () => {
    const { id } = await enqueueReply(await openErasureMailCase(database.db, { now }));
    await database.db.outboxMessage.update({ where: { id }, data: { status: "unknown" } });
    expect(await markOutboxMessageSent(database.db, id, now)).toBe(true);
    await worker().runOnce();
    expect(smtp.attempts).toBe(0);
    expect((await database.db.outboxMessage.findUniqueOrThrow({ where: { id } })).status).toBe("sent");
  });

  it("retries a greylisted (451) mail later, and sends it once", async () => {
    const { id } = await enqueueReply(await openErasureMailCase(database.db, { now }));
    smtp.failNext(1, 451);
    const sender = worker();
    expect(await sender.runOnce()).toEqual({ sent: 0, retrying: 1, failed: 0, unknown: 0 });
    const waiting = await database.db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(waiting.status).toBe("pending");
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
    expect(waiting.lastError).toMatch(/451/);

    expect(await sender.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0, unknown: 0 }); // not due yet
    now = new Date(now.getTime() + 61_000);
    expect(await sender.runOnce()).toEqual({ sent: 1, retrying: 0, failed: 0, unknown: 0 });
    expect(smtp.mails).toHaveLength(1);
    expect(notices).toEqual([]);
  });

  it("gives up after maxAttempts transient failures and tells the owner", async () => {
    const caseId = await openErasureMailCase(database.db, { now });
    const { id } = await enqueueReply(caseId);
    smtp.failNext(2, 421, "4.7.0 Service not available");
    const sender = worker({ maxAttempts: 2 });
    await sender.runOnce();
    now = new Date(now.getTime() + 10 * 60_000);
    expect(await sender.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 1, unknown: 0 });
    expect((await database.db.outboxMessage.findUniqueOrThrow({ where: { id } })).status).toBe("failed");
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toMatch(/ga opp etter 2 forsøk/i);
    expect(notices[0]!.caseId).toBe(caseId);
  });

  it("fails a permanently refused (550) mail at once and tells the owner", async () => {
    const { id } = await enqueueReply(await openErasureMailCase(database.db, { now }));
    smtp.failNext(1, 550);
    expect(await worker().runOnce()).toEqual({ sent: 0, retrying: 0, failed: 1, unknown: 0 });
    const row = await database.db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "failed", attempts: 1 });
    expect(notices[0]!.text).toMatch(/avviste/);
    expect(notices[0]!.text).toMatch(/550/);
  });

  it("treats a refused connection as transient", async () => {
    const { id } = await enqueueReply(await openErasureMailCase(database.db, { now }));
    const closedPort = smtp.port;
    await smtp.close();
    expect(await worker({ port: closedPort }).runOnce()).toEqual({ sent: 0, retrying: 1, failed: 0, unknown: 0 });
    expect((await database.db.outboxMessage.findUniqueOrThrow({ where: { id } })).status).toBe("pending");
    smtp = await startSmtpRecorder(); // for afterEach
  });

  it("delivers chat messages to the conversation named in the recipient", async () => {
    await enqueueOutboxMessage(database.db, { idempotencyKey: "chat:1", kind: "chat", recipient: "telegram:4242", body: "Saken din er behandlet.", notBefore: now });
    await enqueueOutboxMessage(database.db, { idempotencyKey: "chat:2", kind: "chat", recipient: "pigeon:1", body: "?", notBefore: now });
    expect(await worker().runOnce()).toEqual({ sent: 1, retrying: 0, failed: 1, unknown: 0 });
    expect(chats).toEqual([{ channel: "telegram", conversationId: "4242", text: "Saken din er behandlet." }]);
  });
});

describe("mailer without SMTP", () => {
  it("writes each mail as an .eml file a newcomer can open", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pva-sent-"));
    try {
      const mailer = createMailer(undefined, { sentMailDir: dir, fallbackFrom: "personvern@bedrebedrift.example" });
      await mailer.send({ to: "ola@example.com", subject: "Re: Innsyn", text: "Her er opplysningene om deg: ingen.", messageId: "<m1@bedrebedrift.example>" });
      const files = fs.readdirSync(dir);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/\.eml$/);
      const raw = fs.readFileSync(path.join(dir, files[0]!), "utf8");
      expect(raw).toMatch(/^To: ola@example.com$/m);
      expect(raw).toMatch(/^Subject: Re: Innsyn$/m);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("which delivery failures are worth retrying", () => {
  it("SMTP: 4xx and lost connections yes, 5xx no", async () => {
    const { classifyMailError } = await import("../bot/outbox/delivery-errors");
    expect(classifyMailError(Object.assign(new Error("greylisted"), { responseCode: 451 }))).toBe("transient");
    expect(classifyMailError(Object.assign(new Error("no such user"), { responseCode: 550 }))).toBe("permanent");
    expect(classifyMailError(Object.assign(new Error("refused"), { code: "ECONNREFUSED" }))).toBe("transient");
    expect(classifyMailError(Object.assign(new Error("timeout"), { code: "ETIMEDOUT" }))).toBe("transient");
    expect(classifyMailError(Object.assign(new Error("bad login"), { code: "EAUTH" }))).toBe("permanent");
  });

  it("chat: rate limits and server trouble yes; a blocked bot or unknown chat no", async () => {
    const { classifyChatError } = await import("../bot/outbox/delivery-errors");
    const { GrammyError, HttpError } = await import("grammy");
    const telegram = (code: number) => new GrammyError("x", { ok: false, error_code: code, description: "d" }, "sendMessage", {});
    expect(classifyChatError(telegram(403))).toBe("permanent");
    expect(classifyChatError(telegram(400))).toBe("permanent");
    expect(classifyChatError(telegram(429))).toBe("transient");
    expect(classifyChatError(telegram(502))).toBe("transient");
    expect(classifyChatError(new HttpError("network down", new Error("ECONNRESET")))).toBe("transient");
    expect(classifyChatError({ code: "slack_webapi_platform_error", data: { error: "channel_not_found" } })).toBe("permanent");
    expect(classifyChatError({ code: "slack_webapi_request_error" })).toBe("transient");
  });
});
