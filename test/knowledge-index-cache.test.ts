import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { BUNDLED_KNOWLEDGE_FILE } from "../knowledge/bundled";
import { createQaEngine } from "../knowledge/engine";
import { fingerprintCode, prepareKnowledge } from "../knowledge/index-cache";
import { KnowledgeBaseError, loadKnowledgeBase } from "../knowledge/load";

const root = path.join(import.meta.dirname, "..");
const BAKERY = path.join(root, "test", "fixtures", "knowledge", "solbakken-bakeri.yaml");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "qa-index-cache-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

let dirs = 0;
const freshDir = () => fs.mkdtempSync(path.join(scratch, `case-${dirs++}-`));

function bakeryCopy(dir: string, edit: (text: string) => string = (text) => text): string {
  const file = path.join(dir, "bakery.yaml");
  fs.writeFileSync(file, edit(fs.readFileSync(BAKERY, "utf8")));
  return file;
}

const questions = fs.readFileSync(path.join(root, "knowledge", "questions", "questions.jsonl"), "utf8")
  .split("\n").filter(Boolean).map((line) => (JSON.parse(line) as { question: string }).question);

describe("the Q&A index kept between runs", () => {
  it("answers every labelled question exactly as an engine built from the YAML does", async () => {
    const cacheDir = freshDir();
    const built = await prepareKnowledge(BUNDLED_KNOWLEDGE_FILE, { cacheDir });
    const cached = await prepareKnowledge(BUNDLED_KNOWLEDGE_FILE, { cacheDir });
    expect([built.fromCache, cached.fromCache]).toEqual([false, true]);
    expect(cached.kb).toEqual(loadKnowledgeBase(BUNDLED_KNOWLEDGE_FILE));
    const fromYaml = createQaEngine(loadKnowledgeBase(BUNDLED_KNOWLEDGE_FILE));
    const fromCache = createQaEngine(cached.kb, cached.matcher);
    expect(questions.length).toBeGreaterThan(400);
    for (const question of questions) expect(fromCache.ask(question), question).toEqual(fromYaml.ask(question));
  });

  it("never answers a changed knowledge base from the old index", async () => {
    const cacheDir = freshDir();
    const file = bakeryCopy(freshDir());
    const question = "hvor lenge har dere telefonnummeret mitt?";
    const before = await prepareKnowledge(file, { cacheDir });
    expect(createQaEngine(before.kb, before.matcher).ask(question).answer).toContain("tre måneder");
    expect((await prepareKnowledge(file, { cacheDir })).fromCache).toBe(true);

    // The owner edits the retention period, and a question only the new examples cover.
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("i tre måneder etter levering", "i seks uker etter levering")
      .replace("examples:\n      nb: [hvem leverer kaken?", "examples:\n      nb: [kommer kaken med sykkelbud?, hvem leverer kaken?"));
    const after = await prepareKnowledge(file, { cacheDir });
    expect(after.fromCache).toBe(false);
    const engine = createQaEngine(after.kb, after.matcher);
    expect(engine.ask(question).answer).toContain("seks uker");
    expect(engine.ask(question).answer).not.toContain("tre måneder");
    expect(engine.ask("kommer kaken med sykkelbud?")).toMatchObject({ action: "answered", topic: "delivery" });
    expect(createQaEngine(after.kb, after.matcher).ask("kommer kaken med sykkelbud?")).toEqual(createQaEngine(loadKnowledgeBase(file)).ask("kommer kaken med sykkelbud?"));
  });

  it("reads a damaged cache file as no cache, and writes a good one", async () => {
    const cacheDir = freshDir();
    const file = bakeryCopy(freshDir());
    await prepareKnowledge(file, { cacheDir });
    const [stored] = fs.readdirSync(cacheDir);
    fs.writeFileSync(path.join(cacheDir, stored!), "not an index");
    const damaged = await prepareKnowledge(file, { cacheDir });
    expect(damaged.fromCache).toBe(false);
    expect(createQaEngine(damaged.kb, damaged.matcher).ask("har dere personvernombud?").answer).toContain("Kari Deig");
    expect((await prepareKnowledge(file, { cacheDir })).fromCache).toBe(true);
  });

  it("still answers when the cache folder cannot be written", async () => {
    const blocked = path.join(freshDir(), "a-file-not-a-folder");
    fs.writeFileSync(blocked, "");
    const prepared = await prepareKnowledge(bakeryCopy(freshDir()), { cacheDir: blocked });
    expect(createQaEngine(prepared.kb, prepared.matcher).ask("who delivers the cake?")).toMatchObject({ action: "answered", topic: "delivery" });
  });

  it("reports a broken or missing knowledge base exactly as loading it does, and caches nothing", async () => {
    const cacheDir = freshDir();
    const broken = bakeryCopy(freshDir(), (text) => text.replace("  - id: delivery", "  - id: cake_orders"));
    const missing = path.join(scratch, "nope.yaml");
    for (const file of [broken, missing]) {
      const error = await prepareKnowledge(file, { cacheDir }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(KnowledgeBaseError);
      expect(() => loadKnowledgeBase(file)).toThrow((error as Error).message);
    }
    expect(fs.readdirSync(cacheDir)).toEqual([]);
  });

  it("is keyed to the code: a change in any module the index builder imports gives a new key", () => {
    const dir = freshDir();
    fs.mkdirSync(path.join(dir, "lib"));
    fs.writeFileSync(path.join(dir, "entry.ts"), 'import { helper } from "./lib/helper";\nimport type { Thing } from "./lib";\nexport const x = helper;\n');
    fs.writeFileSync(path.join(dir, "lib", "helper.ts"), 'import { parse } from "yaml";\nexport const helper = 1;\n');
    fs.writeFileSync(path.join(dir, "lib", "index.ts"), "export type Thing = string;\n");
    const entry = [path.join(dir, "entry.ts")];
    const first = fingerprintCode(entry);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprintCode(entry)).toBe(first);
    fs.writeFileSync(path.join(dir, "lib", "helper.ts"), 'import { parse } from "yaml";\nexport const helper = 2;\n');
    const second = fingerprintCode(entry);
    expect(second).not.toBe(first);
    fs.writeFileSync(path.join(dir, "lib", "index.ts"), "export type Thing = number;\n");
    expect(fingerprintCode(entry)).not.toBe(second);
    // A module that cannot be found cannot be fingerprinted: then nothing is cached.
    fs.rmSync(path.join(dir, "lib", "helper.ts"));
    expect(fingerprintCode(entry)).toBeUndefined();
  });
});

describe("ask through the command line", () => {
  const run = promisify(execFile);
  const ask = async (knowledgeFile: string, question: string, env: Record<string, string> = {}) =>
    (await run(process.execPath, ["--import", "tsx", "cli.ts", "ask", question], { cwd: root, env: { ...process.env, KNOWLEDGE_FILE: knowledgeFile, ...env } })).stdout;

  it("answers from the knowledge base as it is now, run after run", async () => {
    const file = bakeryCopy(freshDir());
    const question = "hvor lenge har dere telefonnummeret mitt?";
    expect(await ask(file, question)).toContain("tre måneder");
    expect(await ask(file, question)).toContain("tre måneder");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("i tre måneder etter levering", "i seks uker etter levering"));
    const changed = await ask(file, question);
    expect(changed).toContain("seks uker");
    expect(changed).not.toContain("tre måneder");
  });

  it("keeps the index where systemd's CacheDirectory= says (CACHE_DIRECTORY), so a service user can write it", async () => {
    const cacheDirectory = freshDir();
    expect(await ask(bakeryCopy(freshDir()), "hvor lenge har dere telefonnummeret mitt?", { CACHE_DIRECTORY: cacheDirectory })).toContain("tre måneder");
    expect(fs.readdirSync(cacheDirectory).filter((name) => name.startsWith("qa-index-"))).toHaveLength(1);
  });
});
