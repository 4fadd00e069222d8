import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { BUNDLED_KNOWLEDGE_FILE } from "../knowledge/bundled";
import { UserError } from "../user-error";
import { createQaEngine } from "../knowledge/engine";
import { KnowledgeBaseError, loadKnowledgeBase } from "../knowledge/load";

const here = path.dirname(fileURLToPath(import.meta.url));
const BAKERY = path.join(here, "fixtures", "knowledge", "solbakken-bakeri.yaml");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "kb-test-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function writeVariant(name: string, edit: (text: string) => string): string {
  const file = path.join(scratch, name);
  fs.writeFileSync(file, edit(fs.readFileSync(BAKERY, "utf8")));
  return file;
}

function loadError(file: string): KnowledgeBaseError {
  try {
    loadKnowledgeBase(file);
  } catch (error) {
    if (error instanceof KnowledgeBaseError) return error;
    throw error;
  }
  throw new Error("expected the knowledge base to be rejected");
}

const lineOf = (file: string, needle: string) => fs.readFileSync(file, "utf8").split("\n").findIndex((line) => line.includes(needle)) + 1;

describe("loading a knowledge base", () => {
  it("loads the bundled Bedre Bedrift file with exactly the contracted topics", () => {
    const kb = loadKnowledgeBase(BUNDLED_KNOWLEDGE_FILE);
    expect(kb.business.contact_email).toBe("hei@bedrebedrift.no");
    expect(kb.topics.map((topic) => topic.id)).toEqual(expect.arrayContaining([
      "controller", "contact", "dpo", "rights_overview", "response_time", "right_access", "right_erasure",
      "right_rectification", "right_restriction", "right_portability", "right_objection", "right_withdraw_consent",
      "right_complain", "data_subjects", "voluntary", "no_selling", "automated_decisions", "special_categories", "systems",
      "legal_bases", "activity_contact", "activity_purchase", "analytics_website", "contact_form_cookies", "activity_portal",
      "portal_analytics", "activity_events", "webinar_analytics", "activity_surveys", "activity_suppliers", "retention_general",
      "email_retention", "accounting_retention", "sharing", "processors", "processor_checks", "transfers", "security", "breaches",
    ]));
    expect(kb.topics).toHaveLength(39);
  });

  it("fills in placeholders so each fact is written once", () => {
    const kb = loadKnowledgeBase(BUNDLED_KNOWLEDGE_FILE);
    const contact = kb.topics.find((topic) => topic.id === "contact")!;
    expect(contact.answer.nb).toContain("hei@bedrebedrift.no");
    expect(JSON.stringify(kb.topics)).not.toMatch(/\{business\./);
  });

  it("names the path and line of every schema problem", () => {
    const file = writeVariant("broken-schema.yaml", (text) => text
      .replace("contact_email: post@solbakken.example", "contact_email: not-an-email")
      .replace("    legal_bases: [b, c]\n    retention:", "    legal_bases: [x]\n    retention:"));
    const error = loadError(file);
    expect(error).toBeInstanceOf(UserError);
    expect(error.exitCode).toBe(1);
    expect(error.message).toContain(`business.contact_email (line ${lineOf(file, "contact_email: not-an-email")})`);
    expect(error.message).toContain(`activities.0.legal_bases.0 (line ${lineOf(file, "legal_bases: [x]")})`);
    expect(error.message).toMatch(/must be a letter from GDPR Art\. 6\(1\)/);
  });

  it("refuses a legitimate interest on an activity that does not rest on basis f", () => {
    const file = writeVariant("interest-without-f.yaml", (text) => text
      .replace("    legal_bases: [b, c]\n    retention:", "    legal_bases: [b, c]\n    legitimate_interest: { nb: å selge mer kake, en: selling more cake }\n    retention:"));
    expect(loadError(file).message).toMatch(/activities\.0\.legitimate_interest .*a legitimate interest is given, but legal_bases does not include f/);
  });

  it("refuses a transfer for a processor the file does not name", () => {
    const file = writeVariant("unknown-transfer.yaml", (text) => `${text}\ntransfers:\n  - processor: Ukjent AS\n    country: USA\n`);
    expect(loadError(file).message).toMatch(/transfers\.0\.processor .*"Ukjent AS" is not a name under processors/);
  });

  it("refuses a response-time text that names other days than the promise the deadlines count", () => {
    const file = writeVariant("promise-mismatch.yaml", (text) => text.replace("    nb: innen 14 dager", "    nb: innen 30 dager"));
    expect(loadError(file).message).toMatch(/rights\.response_time\.nb .*says 30 days, but response_time_days is 14/);
    expect(loadError(file).message).not.toMatch(/response_time\.en/);
  });

  it("points a missing field at its parent's line", () => {
    const file = writeVariant("missing-answer.yaml", (text) => text.replace(
      "      nb: Vi deler navnet og adressen din med budfirmaet Kjapp for å levere kaken.\n", ""));
    const error = loadError(file);
    expect(error.message).toMatch(/topics\.1\.answer\.nb \(line \d+\)/);
    const lines = fs.readFileSync(file, "utf8").split("\n");
    const answerLine = lines.findIndex((line, index) => line === "    answer:" && index > lines.indexOf("  - id: delivery")) + 1;
    expect(error.message).toContain(`topics.1.answer.nb (line ${answerLine})`);
  });

  it("reports a YAML syntax error with its line", () => {
    const file = writeVariant("bad-yaml.yaml", (text) => text.replace("  org_number: 999 888 777", "  org_number: [999 888 777"));
    expect(loadError(file).message).toMatch(/line \d+: YAML:/);
  });

  it("reports a placeholder that points nowhere", () => {
    const file = writeVariant("bad-placeholder.yaml", (text) => text.replace("{business.dpo.name}, {business.dpo.contact}.", "{business.ceo}."));
    expect(loadError(file).message).toMatch(/topics\.2\.answer\.nb \(line \d+\): unknown placeholder \{business\.ceo\}/);
  });

  it("reports duplicate topic ids", () => {
    const file = writeVariant("duplicate.yaml", (text) => text.replace("  - id: delivery", "  - id: cake_orders"));
    expect(loadError(file).message).toContain('topics.1.id (line');
    expect(loadError(file).message).toContain('duplicate topic id "cake_orders"');
  });

  it("reports a file that does not exist", () => {
    expect(loadError(path.join(scratch, "nope.yaml")).message).toMatch(/ENOENT/);
  });
});

describe("another business's knowledge base", () => {
  const engine = createQaEngine(loadKnowledgeBase(BAKERY));

  it("answers from that business's facts and sections", () => {
    expect(engine.ask("hvor lenge har dere telefonnummeret mitt?")).toMatchObject({
      action: "answered", topic: "cake_orders", sources: ["Kakebestilling"],
    });
    expect(engine.ask("who delivers the cake?")).toMatchObject({ action: "answered", topic: "delivery", language: "en" });
    expect(engine.ask("har dere personvernombud?").answer).toContain("Kari Deig");
  });

  it("hands over and falls back with that business's own messages", () => {
    expect(engine.ask("slett meg").answer).toBe("Jeg sender ønsket om sletting til Solbakken Bakeri AS.");
    const fallback = engine.ask("hva koster en kake?");
    expect(fallback.action).toBe("fallback");
    expect(fallback.answer).toContain("post@solbakken.example");
    expect(fallback.answer).not.toMatch(/Bedre Bedrift/);
  });
});
