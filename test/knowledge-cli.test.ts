import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./support/cli";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BAKERY = path.join(root, "test", "fixtures", "knowledge", "solbakken-bakeri.yaml");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "kb-cli-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** Runs the real CLI with only a clean environment (no other configuration required). */
const cli = (args: string[], input = "", env: Record<string, string> = {}) => runCli(args, { input, env, cwd: root });

describe("ask --json", () => {
  it("prints exactly one JSON object per non-empty input line and nothing else", async () => {
    const questions = ["hvem er behandlingsansvarlig?", "", "slett alt dere har om meg", "   ", "do you use AI?", "How long do you keep webinar data?"];
    const run = await cli(["ask", "--json"], `${questions.join("\n")}\n`);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n").filter((line) => line !== "");
    expect(run.stdout.endsWith("\n")).toBe(true);
    expect(lines).toHaveLength(4);
    const parsed = lines.map((line) => JSON.parse(line));
    for (const object of parsed) expect(Object.keys(object).sort()).toEqual(["action", "answer", "category", "question", "rights", "sources"]);
    expect(parsed.map((object) => [object.question, object.action])).toEqual([
      ["hvem er behandlingsansvarlig?", "answered"],
      ["slett alt dere har om meg", "handover"],
      ["do you use AI?", "fallback"],
      ["How long do you keep webinar data?", "answered"],
    ]);
    expect(parsed[0].sources).toEqual(["Behandlingsansvarlig"]);
    expect(parsed[3].answer).toMatch(/webinar/i);
    expect(parsed.map((object) => [object.category, object.rights])).toEqual([
      ["inquiry", []],
      ["rights_request", ["erasure"]],
      ["inquiry", []],
      ["inquiry", []],
    ]);
  });

  it("uses KNOWLEDGE_FILE when it is set", async () => {
    const run = await cli(["ask", "--json"], "who delivers the cake?\n", { KNOWLEDGE_FILE: BAKERY });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout.trim())).toMatchObject({ action: "answered", sources: ["Delivery"] });
  });
});

describe("ask", () => {
  it("prints a readable answer with its source", async () => {
    const run = await cli(["ask", "hvor", "lenge", "lagrer", "dere", "e-post?"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/inntil to år/);
    expect(run.stdout).toMatch(/Kilde \/ source: Sletting av personopplysninger/);
  });

  it("says what happens next on a hand-over", async () => {
    const run = await cli(["ask", "I want a copy of my data"]);
    expect(run.stdout).toMatch(/passing this on to Bedre Bedrift AS/);
    expect(run.stdout).toMatch(/rights request \(access\)/);
  });
});

describe("kb check", () => {
  it("reports what the Bedre Bedrift notice leaves out under GDPR Art. 13", async () => {
    const run = await cli(["kb", "check"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\[MANGLER\] art\. 13\(1\)\(b\)\s+Personvernombud/);
    expect(run.stdout).toMatch(/\[MANGLER\] art\. 13\(2\)\(d\)[^\n]*\n\s+Erklæringen sier ikke at man kan klage til Datatilsynet/);
    expect(run.stdout).toMatch(/\[DELVIS \] art\. 13\(1\)\(e\)[^\n]*\n\s+Listen over mottakere er tom; hele listen publiseres ikke/);
    expect(run.stdout).toMatch(/Tre lister i den publiserte erklæringen er tomme/);
    expect(run.stdout).toMatch(/chat uten sak[^\n]*30 dager/);
    expect(run.stdout).toMatch(/innhold i besvarte saker[^\n]*730 dager/);
  });

  it("gives the report as JSON, derived from the file's data", async () => {
    const run = await cli(["kb", "check", BAKERY, "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.valid).toBe(true);
    expect(report.items.find((item: { id: string }) => item.id === "dpo")).toMatchObject({ status: "present" });
    expect(report.items.find((item: { id: string }) => item.id === "complaint")).toMatchObject({ status: "present" });
    expect(report.items).toHaveLength(12);
    expect(report.assistantRetention).toEqual({ chat_without_case_days: 14, abandoned_intake_days: 2, case_content_days: 90, mail_files_days: 90 });
  });

  it("rejects a broken file with path and line, exit code 1 and no stack trace", async () => {
    const broken = path.join(scratch, "broken.yaml");
    fs.writeFileSync(broken, fs.readFileSync(BAKERY, "utf8").replace("contact_email: post@solbakken.example", "contact_email: nope"));
    const run = await cli(["kb", "check", broken]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/business\.contact_email \(line 5\): must be an email address/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
