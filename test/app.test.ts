import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { startAssistant, type RunningAssistant } from "../app";
import { loadConfig } from "../config";
import { silentLogger } from "../log";
import { eventually } from "./fakes/eventually";
import { startFakeTelegram, type FakeTelegram } from "./fakes/telegram-server";
import { startSmtpRecorder, type SmtpRecorder } from "./fakes/smtp-recorder";

const OWNER = { id: 4242, first_name: "Rie" };
const io = { interactive: false, input: new PassThrough(), output: new PassThrough() };

describe("the composition root: mail in, owner approves in Telegram, reply out by SMTP", () => {
  let assistant: RunningAssistant | undefined;
  let telegram: FakeTelegram;
  let smtp: SmtpRecorder;
  let dir: string;
  afterEach(async () => {
    await assistant?.stop();
    await telegram.close();
    await smtp.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("wires every part from configuration alone", async () => {
    telegram = await startFakeTelegram();
    smtp = await startSmtpRecorder();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "pva-app-"));
    const inbox = path.join(dir, "inbox");
    fs.mkdirSync(inbox);
    const config = loadConfig({
      DATABASE_URL: `file:${path.join(dir, "db.sqlite")}`, INBOX_DIR: inbox,
      TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_OWNER_ID: String(OWNER.id), TELEGRAM_API_ROOT: telegram.apiRoot,
      SMTP_HOST: "127.0.0.1", SMTP_PORT: String(smtp.port), // no MAIL_FROM: the knowledge base's name and address
    });
    assistant = await startAssistant(config, io, silentLogger);

    fs.copyFileSync("test/fixtures/start/erasure-request.eml", path.join(inbox, "erasure-request.eml"));
    const toOwner = () => telegram.sent().filter((payload) => String(payload.chat_id) === String(OWNER.id));
    const card = await eventually(() => toOwner().find((payload) => JSON.stringify(payload.reply_markup ?? {}).includes("approve:")), 60_000, "the case card");
    expect(String(card.text)).toContain("kari.nordmann@example.no");
    const approve = /"(approve:\d+(?::\d+)?)"/.exec(JSON.stringify(card.reply_markup))![1]!;

    telegram.pushTap(OWNER, approve);
    telegram.pushTap(OWNER, approve); // a second, impatient tap sends nothing more
    const mail = await eventually(() => smtp.mails[0], 30_000, "the reply mail");
    expect(mail.to).toEqual(["kari.nordmann@example.no"]);
    expect(mail.parsed.subject).toBe("Re: Sletting av mine opplysninger");
    expect(mail.parsed.inReplyTo).toBe("<start-test-1@example.no>");
    // A person's answer: from the business's own address, without the robots' Auto-Submitted header.
    expect(mail.parsed.from?.value).toEqual([{ name: "Bedre Bedrift AS", address: "hei@bedrebedrift.no" }]);
    expect(mail.parsed.headers.has("auto-submitted")).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(smtp.mails).toHaveLength(1);
  }, 120_000);
});
