// Benchmark (not a test): how long the IMAP watcher takes to turn a backlog of N mails into cases.
// Appends N varied mails to a fresh mailbox of the throw-away Dovecot (test/services/dovecot.sh),
// starts the watcher on a fresh SQLite database and waits until every mail is recorded.
// Target: 1,000 mails in under 2 minutes. Run alone: `npx tsx test/bench/backlog.ts [N]`.
import crypto from "node:crypto";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ImapFlow } from "imapflow";
import { openDatabase } from "../../prisma/database";
import { silentLogger } from "../../log";
import { createMailboxWatcher } from "../../triage/watch";
import type { ImapSettings } from "../../triage/watch/connection";

export interface BacklogBenchResult {
  mails: number;
  appendSeconds: number;
  /** From the watcher's start until every mail had its IngestedMail row. */
  ingestSeconds: number;
  mailsPerSecond: number;
  cases: number;
  attached: number;
  automated: number;
  failed: number;
  /** Distinct reasons of failed mails (a few): a benchmark with failures measured the wrong thing. */
  failureReasons: string[];
  targetSeconds: number;
  withinTarget: boolean;
}

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export async function benchBacklog(count = 1_000, options: { timeoutSeconds?: number } = {}): Promise<BacklogBenchResult> {
  const server = JSON.parse(execFileSync(path.join(projectRoot, "test/services/dovecot.sh"), ["start"], { encoding: "utf8" })) as { host: string; port: number; password: string };
  const imap: ImapSettings = {
    host: server.host, port: server.port, user: `bench${crypto.randomBytes(4).toString("hex")}`, password: server.password,
    tls: false, mailbox: "INBOX", markSeen: false, maxBodyBytes: 2_000_000, pollSeconds: 60,
  };

  const appendStarted = performance.now();
  const client = new ImapFlow({ host: imap.host, port: imap.port, secure: false, auth: { user: imap.user, pass: imap.password }, logger: false });
  await client.connect();
  const run = crypto.randomBytes(3).toString("hex");
  for (let i = 0; i < count; i += 1) await client.append("INBOX", variedMail(i, run), [], new Date(Date.UTC(2026, 10, 2) + i * 60_000));
  await client.logout();
  const appendSeconds = (performance.now() - appendStarted) / 1000;

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pva-bench-"));
  const database = await openDatabase(`file:${path.join(dir, "bench.db")}`);
  const watcher = createMailboxWatcher({ db: database.db, imap, logger: silentLogger, promisedDays: 30 });
  try {
    const started = performance.now();
    watcher.start();
    const deadline = started + (options.timeoutSeconds ?? 600) * 1000;
    while ((await database.db.ingestedMail.count()) < count) {
      if (performance.now() > deadline) throw new Error(`backlog bench: not done after ${options.timeoutSeconds ?? 600} s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const ingestSeconds = (performance.now() - started) / 1000;
    const outcomes = await database.db.ingestedMail.groupBy({ by: ["outcome"], _count: { _all: true } });
    const failures = await database.db.ingestedMail.findMany({ where: { outcome: { in: ["failed", "given_up"] } }, select: { lastError: true } });
    const of = (outcome: string) => outcomes.find((row) => row.outcome === outcome)?._count._all ?? 0;
    return {
      mails: count, appendSeconds: round(appendSeconds), ingestSeconds: round(ingestSeconds),
      mailsPerSecond: round(count / ingestSeconds), cases: await database.db.case.count(), attached: of("attached"),
      automated: of("automated"), failed: of("failed") + of("given_up"),
      failureReasons: [...new Set(failures.map((row) => row.lastError ?? ""))].slice(0, 5), targetSeconds: 120, withinTarget: ingestSeconds < 120,
    };
  } finally {
    await watcher.stop();
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const round = (value: number) => Math.round(value * 100) / 100;

const people = ["Kari Nordmann", "Ola Hansen", "Per Olsen", "Liv Berg", "Nils Dahl", "Siri Lie", "John Smith", "Emma Brown"];
const bodies: { subject: string; body: string; automated?: boolean }[] = [
  { subject: "Innsyn", body: "Hei,\n\nJeg ber om innsyn i alle personopplysninger dere har om meg, jf. GDPR artikkel 15.\n\nMvh" },
  { subject: "Slett meg", body: "Hei, jeg vil at dere sletter kontoen min og alle opplysninger om meg." },
  { subject: "Feil adresse", body: "Adressen dere har registrert på meg er feil. Kan dere rette den?" },
  { subject: "Klage", body: "Jeg er svært misfornøyd med at dere sendte nyhetsbrev etter at jeg meldte meg av. Dette er ikke greit." },
  { subject: "Spørsmål om lagring", body: "Hvor lenge lagrer dere opplysninger om kunder som har handlet i nettbutikken?" },
  { subject: "Access request", body: "Hello,\n\nUnder Article 15 GDPR I request a copy of all personal data you hold about me.\n\nRegards" },
  { subject: "Please delete my data", body: "Please erase my account and every piece of personal data you have on me." },
  { subject: "Ordrebekreftelse 10023", body: "Takk for bestillingen. Denne e-posten kan ikke besvares.", automated: true },
  { subject: "Delivery Status Notification (Failure)", body: "This is an automatically generated Delivery Status Notification.", automated: true },
  { subject: "Trekk tilbake samtykke", body: "Jeg trekker tilbake samtykket til markedsføring på e-post og SMS." },
];

/** Mail number i of the backlog: senders, languages, kinds, sizes and header styles vary; some are replies. */
function variedMail(i: number, run: string): string {
  const messageId = (n: number) => `<bench-${n}-${run}@kunde.example>`;
  // Every 11th mail answers the one five before it (a requester writing again in the same thread).
  const replyTo = i % 11 === 10 && (i - 5) % 17 !== 5 && !bodies[(i - 5) % bodies.length]!.automated ? i - 5 : undefined;
  const kind = replyTo === undefined ? bodies[i % bodies.length]! : { subject: "Re: oppfølging", body: "Her er legitimasjonen dere ba om." };
  const person = people[i % people.length]!;
  const address = `${person.toLowerCase().replace(/\s+/g, ".")}${i}@kunde.example`;
  const headers = [
    `From: ${kind.automated ? `Butikken <no-reply@butikk.example>` : `${person} <${address}>`}`,
    "To: personvern@bedrebedrift.example",
    `Subject: ${kind.subject} #${i}`,
    ...(replyTo === undefined ? [] : [`In-Reply-To: ${messageId(replyTo)}`, `References: ${messageId(replyTo)}`]),
    `Date: ${new Date(Date.UTC(2026, 10, 2) + i * 60_000).toUTCString()}`,
    ...(i % 17 === 5 ? [] : [`Message-ID: ${messageId(i)}`]),
    ...(kind.automated ? ["Auto-Submitted: auto-generated", "Precedence: bulk"] : []),
    "MIME-Version: 1.0",
  ];
  const padding = i % 25 === 0 ? `\n\n${"Tidligere korrespondanse og sitert tekst. ".repeat(400)}` : "";
  const text = `${kind.body}\n\nNr. ${i}${padding}\n\n--\n${person}`;
  if (i % 3 === 0) {
    const html = `<html><body><p>${kind.body.replace(/\n/g, "<br>")}</p><p>Nr. ${i}</p></body></html>`;
    return [...headers, 'Content-Type: multipart/alternative; boundary="b1"', "", "--b1",
      "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", text,
      "--b1", "Content-Type: text/html; charset=utf-8", "", html, "--b1--", ""].join("\r\n");
  }
  return [...headers, "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", text, ""].join("\r\n").replace(/\r?\n/g, "\r\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await benchBacklog(Number(process.argv[2] ?? 1_000));
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
