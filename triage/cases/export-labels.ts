/**
 * The owner's corrections as training data: each case whose category or rights the owner changed
 * becomes one labelled mail in the corpus format (labels.jsonl beside a mails/ folder), so
 * `npm run train -- --labels FILE` can learn from them. Nothing here retrains anything.
 *
 * A correction is a case event whose type names a correction ("recategorised", "corrected", …) with
 * detail `{ from: { category, rights }, to: { category, rights, language? } }`; the latest one counts.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { z } from "zod";
import { CATEGORIES, RIGHTS } from "../types";
import type { DbOrTx } from "./db";

const CORRECTION_TYPE = /correct|recategor|endre/i;

const correctionSchema = z.object({
  to: z.object({
    category: z.enum(CATEGORIES),
    rights: z.array(z.enum(RIGHTS)).default([]),
    language: z.enum(["nb", "en"]).optional(),
  }),
});

export interface ExportedLabel {
  file: string;
  category: (typeof CATEGORIES)[number];
  rights: (typeof RIGHTS)[number][];
  language: "nb" | "en";
  split: "tune";
}

/** A plain mail with the case's sender, subject and text: what the classifier read. */
export function caseAsMail(c: { id: number; messageId: string | null; fromAddress: string; subject: string; body: string; receivedAt: Date }): string {
  const header = (value: string) => value.replace(/[\r\n]+/g, " ");
  const subject = /^[\x20-\x7e]*$/.test(c.subject) ? header(c.subject) : `=?UTF-8?B?${Buffer.from(header(c.subject)).toString("base64")}?=`;
  return [
    `From: <${header(c.fromAddress)}>`,
    `Subject: ${subject}`,
    `Message-ID: ${header(c.messageId ?? `<case-${c.id}@export.invalid>`)}`,
    `Date: ${c.receivedAt.toUTCString()}`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: base64",
    "",
    Buffer.from(c.body).toString("base64").replace(/.{76}/g, "$&\r\n"),
    "",
  ].join("\r\n");
}

/** Writes labels.jsonl at `labelsFile` and the mails beside it; returns the labels written. */
export async function exportLabels(db: DbOrTx, labelsFile: string): Promise<ExportedLabel[]> {
  const events = await db.caseEvent.findMany({ orderBy: [{ caseId: "asc" }, { at: "asc" }, { id: "asc" }] });
  const latest = new Map<number, z.infer<typeof correctionSchema>["to"]>();
  for (const event of events) {
    if (!CORRECTION_TYPE.test(event.type)) continue;
    const parsed = correctionSchema.safeParse(JSON.parse(event.detail));
    if (parsed.success) latest.set(event.caseId, parsed.data.to);
  }
  const dir = dirname(labelsFile);
  mkdirSync(join(dir, "mails"), { recursive: true });
  const labels: ExportedLabel[] = [];
  for (const [caseId, to] of latest) {
    const c = await db.case.findUnique({ where: { id: caseId } });
    if (!c || c.channel === "telegram" || c.channel === "slack" || c.channel === "console") continue;
    const rights = to.category === "rights_request" ? RIGHTS.filter((r) => to.rights.includes(r)) : [];
    if (to.category === "rights_request" && rights.length === 0) continue;
    const file = `mails/case-${caseId}.eml`;
    writeFileSync(join(dir, file), caseAsMail(c));
    labels.push({ file, category: to.category, rights, language: to.language ?? (c.language === "en" ? "en" : "nb"), split: "tune" });
  }
  writeFileSync(labelsFile, labels.map((label) => `${JSON.stringify(label)}\n`).join(""));
  return labels;
}
