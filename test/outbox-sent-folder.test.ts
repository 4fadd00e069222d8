import { describe, expect, it } from "vitest";
import { createMailer } from "../bot/outbox/mailer";
import { createSentFolderAppender } from "../bot/outbox/sent-folder";
import { imapAccount, withImap } from "./support/imap";
import { startSmtpRecorder } from "./fakes/smtp-recorder";

describe("copy to the IMAP Sent folder", () => {
  it("appends each sent mail, marked as read, to the Sent folder", async () => {
    const account = imapAccount();
    await withImap(account, async (client) => { await client.mailboxCreate("Sent"); });
    const smtp = await startSmtpRecorder();
    try {
      const mailer = createMailer(smtp.smtpConfig(), { afterSend: createSentFolderAppender(account, "Sent") });
      await mailer.send({ to: "kari@example.no", subject: "Re: Innsyn", text: "Her er svaret.", messageId: "<svar-1@bedrebedrift.example>" });
      mailer.close();
      expect(smtp.mails).toHaveLength(1);
      const copies = await withImap(account, async (client) => {
        await client.mailboxOpen("Sent", { readOnly: true });
        return client.fetchAll("1:*", { envelope: true, flags: true });
      });
      expect(copies).toHaveLength(1);
      expect(copies[0]!.envelope?.messageId).toBe("<svar-1@bedrebedrift.example>");
      expect([...(copies[0]!.flags ?? [])]).toContain("\\Seen");
    } finally {
      await smtp.close();
    }
  });

  it("still counts the mail as sent when the copy fails", async () => {
    const smtp = await startSmtpRecorder();
    const problems: unknown[] = [];
    try {
      const account = { ...imapAccount(), port: 1 }; // nothing listens there
      const mailer = createMailer(smtp.smtpConfig(), { afterSend: createSentFolderAppender(account, "Sent"), onAfterSendError: (error) => problems.push(error) });
      await mailer.send({ to: "kari@example.no", subject: "Re: Innsyn", text: "Her er svaret.", messageId: "<svar-2@bedrebedrift.example>" });
      mailer.close();
      expect(smtp.mails).toHaveLength(1);
      expect(problems).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  });
});
