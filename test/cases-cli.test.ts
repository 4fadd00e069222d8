import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../prisma/database";
import { extendCase, openCaseFromChat, openCaseFromMail } from "../triage/cases";
import type { ParsedMail } from "../triage/mail";

interface Run { code: number; stdout: string; stderr: string }

async function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", "tsx", "cli.ts", ...args], {
      env: { PATH: process.env.PATH ?? "", HOME: os.tmpdir(), ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function mail(messageId: string, from: string, subject: string): ParsedMail {
  return { messageId, references: [], from: { address: from }, to: ["hei@bedrebedrift.no"], subject, headers: {}, text: `${subject}, takk.`, quoted: "", signature: "", truncated: false };
}

// Each test starts the real CLI as a child process, which takes seconds on a busy machine.
const SLOW = { timeout: 120_000 };

describe("cases CLI", SLOW, () => {
  let dir: string;
  let env: Record<string, string>;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "pva-cases-cli-"));
    env = { DATABASE_URL: `file:${path.join(dir, "cases.db")}` };
    const database = await openDatabase(env.DATABASE_URL);
    const { db } = database;
    ids.access = (await openCaseFromMail(db, {
      mail: mail("<a@kari.example>", "kari@example.no", "Innsyn"), receivedAt: new Date("2026-05-16T22:30:00Z"), promisedDays: 30,
      classification: { category: "rights_request", rights: ["access", "erasure"], language: "nb", confidence: 0.9, reasons: ["innsyn"] },
    })).caseId;
    ids.complaint = (await openCaseFromMail(db, {
      mail: mail("<c@ola.example>", "ola@example.no", "Klage på nyhetsbrev"), receivedAt: new Date("2026-05-02T08:00:00Z"), promisedDays: 30,
      classification: { category: "complaint", rights: [], language: "nb", confidence: 0.8, reasons: ["klage"] },
    })).caseId;
    ids.chat = (await openCaseFromChat(db, {
      channel: "slack", conversationId: "C1", fromAddress: "U0123", text: "Please delete my account", category: "rights_request",
      rights: ["erasure"], language: "en", receivedAt: new Date("2026-05-10T12:00:00Z"), promisedDays: 30,
    })).caseId;
    await extendCase(db, ids.complaint, { reason: "Trenger svar fra leverandør", actor: "owner:1", now: new Date("2026-05-20T08:00:00Z") });
    await database.close();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("cases list --json prints one object a line with the agreed fields, soonest due first", async () => {
    const run = await cli(["cases", "list", "--json"], env);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual([ids.chat, ids.access, ids.complaint]);
    expect(lines[1]).toEqual({
      id: ids.access, messageId: "<a@kari.example>", channel: "email", from: "kari@example.no", subject: "Innsyn",
      category: "rights_request", rights: ["access", "erasure"], receivedAt: "2026-05-16T22:30:00.000Z", due: "2026-06-16", status: "new",
    });
    expect(lines[0]).toMatchObject({ channel: "slack", messageId: null, from: "U0123", rights: ["erasure"], due: "2026-06-09" });
    expect(lines[2]).toMatchObject({ status: "extended", due: "2026-08-03", rights: [] });
  });

  it("cases list --status filters, and an unknown status is a clean error", async () => {
    const run = await cli(["cases", "list", "--json", "--status", "extended"], env);
    expect(run.stdout.trim().split("\n").map((line) => JSON.parse(line).id)).toEqual([ids.complaint]);
    const bad = await cli(["cases", "list", "--status", "open"], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Ukjent status.*new, awaiting_approval, answered, extended, closed/);
    expect(bad.stderr).not.toMatch(/at .*\.ts/);
  });

  it("cases list prints a readable table", async () => {
    const run = await cli(["cases", "list"], env);
    expect(run.code).toBe(0);
    const [head, ...rows] = run.stdout.trim().split("\n");
    expect(head).toMatch(/Frist.*Dager.*Status/);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/2026-06-09.*new.*rights_request.*U0123.*Please delete my account/);
  });

  it("cases show --json gives the case with its history", async () => {
    const run = await cli(["cases", "show", String(ids.complaint), "--json"], env);
    expect(run.code).toBe(0);
    const shown = JSON.parse(run.stdout);
    expect(shown).toMatchObject({ id: ids.complaint, status: "extended", extendedDue: "2026-08-03", subject: "Klage på nyhetsbrev" });
    expect(shown.events.map((event: { type: string }) => event.type)).toEqual(["received", "classified", "extended"]);
    expect(shown.events[2].detail.reason).toBe("Trenger svar fra leverandør");
  });

  it("cases show for people names the deadlines and the history", async () => {
    const run = await cli(["cases", "show", String(ids.access)], env);
    expect(run.stdout).toContain("kari@example.no");
    expect(run.stdout).toContain("lovens frist 2026-06-17, lovet 2026-06-16");
    expect(run.stdout).toMatch(/Historikk \(norsk tid\)[\s\S]*mottatt; svar senest 16\. juni 2026 \(assistenten\)[\s\S]*sortert som Forespørsel om rettigheter \(innsyn, sletting\), norsk/);
    expect(run.stdout).not.toMatch(/T\d\d:\d\d:\d\d\.\d{3}Z/);
  });

  it("cases show with an unknown or malformed id is a clean error", async () => {
    const unknown = await cli(["cases", "show", "4242"], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim()).toBe("Fant ingen sak med nummer 4242 / no case with id 4242");
    const malformed = await cli(["cases", "show", "abc"], env);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/heltall/);
  });
});

describe("deadline CLI", SLOW, () => {
  it("--json prints the five dates on one line", async () => {
    const run = await cli(["deadline", "2026-05-16T22:30:00Z", "--json"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('{"receivedDate":"2026-05-17","promisedDue":"2026-06-16","legalDue":"2026-06-17","due":"2026-06-16","extendedDue":"2026-08-17"}\n');
  });

  it("follows the promise of the knowledge base it is given: Solbakken Bakeri's 14 days (hand-checked)", async () => {
    const env = { KNOWLEDGE_FILE: path.join(import.meta.dirname, "fixtures/knowledge/solbakken-bakeri.yaml") };
    expect(JSON.parse((await cli(["deadline", "2026-05-17", "--json"], env)).stdout)).toMatchObject({ promisedDue: "2026-05-31", due: "2026-05-31" });
    expect((await cli(["deadline", "2026-05-17"], env)).stdout).toMatch(/lover svar innen 14 dager: søndag 31\. mai 2026/);
  });

  it("accepts an offset time and a bare Oslo date", async () => {
    expect(JSON.parse((await cli(["deadline", "2026-05-17T00:30:00+02:00", "--json"])).stdout).receivedDate).toBe("2026-05-17");
    expect(JSON.parse((await cli(["deadline", "2026-04-17", "--json"])).stdout)).toMatchObject({ receivedDate: "2026-04-17", legalDue: "2026-05-18" });
  });

  it("explains the dates in Norwegian for people", async () => {
    const run = await cli(["deadline", "2026-04-17"]);
    expect(run.stdout).toContain("17. mai er en helligdag (Grunnlovsdagen)");
  });

  it("refuses nonsense, impossible dates and times without a zone, naming the expected form", async () => {
    const inputs = ["i morgen", "2026-02-30", "2026-05-16T22:30:00"];
    const runs = await Promise.all(inputs.map((input) => cli(["deadline", input, "--json"])));
    runs.forEach((run, index) => {
      expect(run.code, inputs[index]).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr, inputs[index]).toContain("2026-05-16T23:30:00Z");
    });
    expect(runs[2]!.stderr).toContain("mangler tidssone");
  });
});
