import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../prisma/database";
import { openCaseFromMail, recordEvent } from "../triage/cases";
import { exportLabels } from "../triage/cases/export-labels";
import { readLabels } from "../triage/eval/labels";
import type { ParsedMail } from "../triage/mail";
import { labelledExamples } from "../triage/model/dataset";
import { parseMail } from "../triage/parse";

function mail(messageId: string, subject: string, text: string): ParsedMail {
  return { messageId, references: [], from: { address: "kari@example.no" }, to: ["post@example.no"], subject, headers: {}, text, quoted: "", signature: "", truncated: false };
}

describe("cases export-labels", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pva-export-labels-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes the owner's corrections as labelled mail that training reads back", async () => {
    const database = await openDatabase(`file:${path.join(dir, "cases.db")}`);
    try {
      const { db } = database;
      const receivedAt = new Date("2026-03-02T09:00:00Z");
      const corrected = (await openCaseFromMail(db, {
        mail: mail("<a@kari.example>", "Spørsmål om kontoen", "Jeg protesterer mot at dere bruker e-posten min. Stans dette, og rett også etternavnet mitt: Ås, ikke Aas."),
        receivedAt, promisedDays: 30, classification: { category: "inquiry", rights: [], language: "nb", confidence: 0.6, reasons: [] },
      })).caseId;
      const untouched = (await openCaseFromMail(db, {
        mail: mail("<b@ola.example>", "Innsyn", "Jeg ber om innsyn."), receivedAt, promisedDays: 30,
        classification: { category: "rights_request", rights: ["access"], language: "nb", confidence: 0.9, reasons: [] },
      })).caseId;
      await recordEvent(db, corrected, { actor: "owner:1", type: "recategorised", detail: { from: { category: "inquiry", rights: [] }, to: { category: "complaint", rights: [] } } });
      await recordEvent(db, corrected, { actor: "owner:1", type: "recategorised", detail: { from: { category: "complaint", rights: [] }, to: { category: "rights_request", rights: ["rectification", "objection"], language: "nb" } } });
      await recordEvent(db, untouched, { actor: "owner:1", type: "note", detail: { text: "ok" } });

      const labelsFile = path.join(dir, "out", "labels.jsonl");
      await exportLabels(db, labelsFile);
      const labels = readLabels(labelsFile);
      expect(labels).toEqual([expect.objectContaining({ file: `mails/case-${corrected}.eml`, category: "rights_request", rights: ["rectification", "objection"], language: "nb" })]);

      const parsed = await parseMail(fs.readFileSync(labels[0]!.path));
      expect(parsed.subject).toBe("Spørsmål om kontoen");
      expect(parsed.text).toContain("rett også etternavnet mitt: Ås");
      const [example] = await labelledExamples("owner", labels);
      expect(example).toMatchObject({ group: "owner", category: "rights_request", rights: ["rectification", "objection"] });
      expect(example!.features.indices.length).toBeGreaterThan(50);
    } finally {
      await database.close();
    }
  });
});
