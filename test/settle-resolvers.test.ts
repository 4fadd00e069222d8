import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { classifyMail } from "../triage/classify/index";
import { MAIL_RESOLVERS } from "../triage/classify/settle-rights";
import { parseMail } from "../triage/parse";
import type { Category, Right } from "../triage/types";

type Example = [subject: string, body: string, category: Category, rights: Right[]];
const { _: _about, ...EXAMPLES } = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures/understand/resolver-examples.json"), "utf8")) as Record<string, Example>;

async function classify(subject: string, body: string) {
  const source = `From: Kunde <kunde@example.no>\r\nTo: post@example.no\r\nSubject: ${subject}\r\nDate: Tue, 12 May 2026 10:00:00 +0200\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`;
  return classifyMail(await parseMail(source));
}

describe("whole-mail resolvers, by name", () => {
  it("has an example mail for every resolver, and no example for a resolver that is gone", () => {
    const names = MAIL_RESOLVERS.map((resolver) => resolver.name);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(EXAMPLES).sort()).toEqual([...names].sort());
  });

  it.each(Object.entries(EXAMPLES))("%s: reads its example as labelled", async (_name, [subject, body, category, rights]) => {
    const result = await classify(subject, body);
    expect({ category: result.category, rights: result.rights }).toEqual({ category, rights });
  });
});
