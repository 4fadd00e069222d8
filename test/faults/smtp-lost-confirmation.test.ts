// The SMTP server has the mail, but the connection drops before its "250": the requester must not get it twice.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../log";
import { createMailer } from "../../bot/outbox/mailer";
import { enqueueOutboxMessage } from "../../bot/outbox/enqueue";
import { resendOutboxMessage } from "../../bot/outbox/resend";
import { createOutboxWorker } from "../../bot/outbox/worker";
import type { OwnerNotice } from "../../bot/outbox/types";
import { ENGINES, freshDatabase } from "../support/databases";
import { startSmtpRecorder, type SmtpRecorder } from "../fakes/smtp-recorder";
import { openErasureMailCase } from "../fakes/cases";

const HOUR_MS = 60 * 60 * 1000;

describe.each(ENGINES)("a lost SMTP confirmation (%s)", (engine) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let smtp: SmtpRecorder;
  beforeEach(async () => { database = await freshDatabase(engine); smtp = await startSmtpRecorder(); });
  afterEach(async () => { await smtp.close(); await database.dispose(); });

  it("leaves one copy with the server: the row becomes unknown, the owner is asked, and nothing is re-sent by itself", async () => {
    let now = new Date("2026-11-26T10:00:00Z");
    const notices: OwnerNotice[] = [];
    const worker = createOutboxWorker({
      db: database.db, mailer: createMailer(smtp.smtpConfig(), { timeoutSeconds: 5 }), chat: { async send() {} },
      clock: () => now, logger: silentLogger, notifyOwner: async (notice) => { notices.push(notice); }, firstRetryDelayMs: 60_000,
    });
    const caseId = await openErasureMailCase(database.db, { now });
    const { id } = await database.db.$transaction((tx) => enqueueOutboxMessage(tx, {
      idempotencyKey: `reply:${caseId}:1`, caseId, kind: "email", recipient: "kari.nordmann@kunde.example",
      subject: "Sletting", body: "Hei Kari,\n\nVi har slettet opplysningene om deg.\n\nHilsen Bedre Bedrift", notBefore: now,
    }));

    smtp.dropAfterData(1);
    expect(await worker.runOnce()).toEqual({ sent: 0, retrying: 0, failed: 0, unknown: 1 });
    for (let hours = 1; hours <= 48; hours *= 2) {
      now = new Date(now.getTime() + hours * HOUR_MS);
      await worker.runOnce();
    }
    expect(smtp.mails).toHaveLength(1);
    const row = await database.db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("unknown");
    expect(row.lastError).toMatch(/usikker levering/);
    expect(await database.db.caseEvent.count({ where: { caseId, type: "outbox_unknown" } })).toBe(1);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ outboxId: id, caseId, reason: "unknown" });
    expect(notices[0]!.text).toMatch(/brøt etter at jeg hadde sendt e-posten til kari\.nordmann@kunde\.example \(sak \d+\).*Jeg sender den ikke på nytt av meg selv/s);
    expect(notices[0]!.buttons.flat().map((button) => button.data)).toEqual([`send_again:${id}`, `mark_sent:${id}`]);

    // Only the owner's "Send igjen" sends it again.
    expect(await resendOutboxMessage(database.db, id, now)).toEqual({ ok: true });
    expect(await worker.runOnce()).toMatchObject({ sent: 1, unknown: 0 });
    expect(smtp.mails).toHaveLength(2);
  });

  it("still retries a connection lost before the message went out: nothing can have arrived", async () => {
    const now = new Date("2026-11-26T10:00:00Z");
    const port = smtp.port;
    await smtp.close();
    const worker = createOutboxWorker({
      db: database.db, mailer: createMailer({ ...smtp.smtpConfig(), port }, { timeoutSeconds: 2 }), chat: { async send() {} },
      clock: () => now, logger: silentLogger, notifyOwner: async () => {}, firstRetryDelayMs: 60_000,
    });
    await database.db.$transaction((tx) => enqueueOutboxMessage(tx, {
      idempotencyKey: "refused", kind: "email", recipient: "kari.nordmann@kunde.example", subject: "Sletting", body: "Hei", notBefore: now,
    }));
    expect(await worker.runOnce()).toEqual({ sent: 0, retrying: 1, failed: 0, unknown: 0 });
    smtp = await startSmtpRecorder();
  });
});
