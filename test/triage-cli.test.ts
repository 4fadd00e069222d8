import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const fixtures = join(import.meta.dirname, "fixtures/mail");
const run = promisify(execFile);

async function triage(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "cli.ts", "triage", ...args], { cwd: root, env: { ...process.env, NO_COLOR: "1" } });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

describe("triage CLI", () => {
  let dir: string;
  let good: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "triage-cli-"));
    good = join(dir, "good");
    mkdirSync(join(good, "nested"), { recursive: true });
    copyFileSync(join(fixtures, "forward-en-gmail.eml"), join(good, "b-forward.eml"));
    copyFileSync(join(fixtures, "bounce.eml"), join(good, "a-bounce.eml"));
    copyFileSync(join(fixtures, "charset-latin1-qp.eml"), join(good, "nested", "c-latin1.eml"));
    writeFileSync(join(good, "notes.txt"), "not a mail, and not an .eml file");
    copyFileSync(join(good, "a-bounce.eml"), join(dir, "a-bounce.eml"));
    copyFileSync(join(fixtures, "garbage.bin.eml"), join(dir, "z-garbage.eml"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("--json prints exactly one JSON object per .eml file, found recursively and in sorted order", async () => {
    const { stdout, code } = await triage("--json", good);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n").map((line) => JSON.parse(line));
    expect(lines.map((l) => l.file)).toEqual([join(good, "a-bounce.eml"), join(good, "b-forward.eml"), join(good, "nested", "c-latin1.eml")]);
    for (const line of lines) expect(Object.keys(line)).toEqual(["file", "category", "rights", "language", "confidence", "reasons"]);
    expect(lines[0]).toMatchObject({ category: "automated", rights: [] });
    expect(lines[1]).toMatchObject({ category: "rights_request", rights: ["erasure"], language: "en" });
    expect(lines[2]).toMatchObject({ category: "rights_request", rights: ["erasure"], language: "nb" });
    expect(lines[2].confidence).toBeGreaterThan(0);
    expect(lines[2].confidence).toBeLessThanOrEqual(1);
  });

  it("gives an unreadable file an error line, goes on, and exits with 1", async () => {
    const missing = join(dir, "missing.eml");
    const { stdout, code } = await triage("--json", join(dir, "z-garbage.eml"), join(dir, "a-bounce.eml"), missing);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split("\n").map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual({ file: join(dir, "z-garbage.eml"), error: expect.stringMatching(/not a mail/) });
    expect(lines[1]).toMatchObject({ file: join(dir, "a-bounce.eml"), category: "automated" });
    expect(lines[2]).toEqual({ file: missing, error: expect.stringMatching(/no such file/) });
  });

  it("without --json prints a readable Norwegian summary", async () => {
    const { stdout, code } = await triage(join(good, "nested", "c-latin1.eml"));
    expect(code).toBe(0);
    expect(stdout).toContain("Kategori: henvendelse om rettigheter");
    expect(stdout).toContain("Rettigheter: sletting");
    expect(stdout).toContain("Språk: norsk (bokmål)");
    expect(stdout).toContain("Begrunnelse:");
  });
});
