import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./support/cli";
import { longDate } from "../bot/drafts";
import { addDays, osloDateOf } from "../triage/deadlines/calendar";

const BAKERY_KB = path.resolve(import.meta.dirname, "fixtures", "knowledge", "solbakken-bakeri.yaml");

function eml(from: string, subject: string, body: string, date?: Date): string {
  return [`From: ${from}`, "To: hei@example.no", `Subject: ${subject}`, "Message-ID: <x@example.no>", ...(date ? [`Date: ${date.toUTCString()}`] : []),
    "Content-Type: text/plain; charset=utf-8", "", body, ""].join("\r\n");
}

describe("draft --json: the drafts for mail, stored nowhere", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "pva-draft-"));
    fs.mkdirSync(path.join(dir, "mail"));
    const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, "mail", name), text);
    write("1-access.eml", eml("Kari Nordmann <kari@example.no>", "Innsyn",
      "Hei! Jeg er elev på et av kursene deres. Jeg ber om innsyn i alle personopplysninger dere har om meg, jf. GDPR artikkel 15."));
    write("2-erasure.eml", eml("John Smith <john@example.com>", "Delete my data",
      "Hello, I bought a coaching package from you last year. Please delete all personal data you hold about me under Article 17 GDPR."));
    write("3-withdraw.eml", eml("Ola <ola@example.no>", "Samtykke",
      "Hei, jeg trekker tilbake samtykket mitt til at dere bruker opplysningene mine. Mvh Ola"));
    write("4-newsletter.eml", [`From: Nyhetsbrev <news@shop.example>`, "To: hei@example.no", "Subject: Ukens tilbud", "List-Unsubscribe: <mailto:u@shop.example>",
      "Precedence: bulk", "Content-Type: text/plain; charset=utf-8", "", "Se ukens tilbud! Meld deg av her.", ""].join("\r\n"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("prints one JSON object a line with the contract's fields, for a folder of mail and a missing file", async () => {
    const result = await runCli(["draft", "--json", "mail", "missing.eml"], { cwd: dir });
    expect(result.code).toBe(1); // the missing file
    const lines = result.stdout.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.file)).toEqual(["mail/1-access.eml", "mail/2-erasure.eml", "mail/3-withdraw.eml", "mail/4-newsletter.eml", "missing.eml"]);
    for (const line of lines.slice(0, 3)) expect(Object.keys(line)).toEqual(["file", "category", "rights", "language", "acknowledgement", "reply", "todo", "gaps"]);

    const [access, erasure, withdraw, newsletter, missing] = lines as [Record<string, any>, Record<string, any>, Record<string, any>, Record<string, any>, Record<string, any>];
    expect(access).toMatchObject({ category: "rights_request", rights: ["access"], language: "nb", gaps: ["kopi av opplysningene om deg"] });
    expect(access.acknowledgement).toMatch(/Vi mottok forespørselen din om innsyn .* senest/s);
    expect(access.reply).toMatch(/Kursportalen[\s\S]*Kajabi, LLC[\s\S]*Datatilsynet/);
    expect(access.todo).toContain("Lim inn kopien av opplysningene i svaret");

    expect(erasure).toMatchObject({ rights: ["erasure"], language: "en", gaps: [] });
    expect(erasure.reply).toMatch(/Accounting material is kept for five years after the customer relationship ended, under the Bookkeeping Act/);
    expect(erasure.todo).toEqual(expect.arrayContaining([expect.stringMatching(/^Slett opplysningene om personen i Kajabi, LLC/)]));
    expect(erasure.reply).not.toMatch(/Slett opplysningene/); // the to-do list is the owner's, not the mail's

    expect(withdraw).toMatchObject({ rights: ["withdraw_consent"], gaps: [] });
    expect(newsletter).toMatchObject({ category: "automated", acknowledgement: null, reply: null, todo: [], gaps: [] });
    expect(missing).toEqual({ file: "missing.eml", error: "finnes ikke / no such file" });
    // Nothing stored: no database, no sent mail.
    expect(fs.existsSync(path.join(dir, "data"))).toBe(false);
  }, 60_000);

  it("writes from another business's knowledge base: an objection to its newsletter leaves no gap and no Bedre Bedrift word", async () => {
    const sentAt = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000);
    fs.writeFileSync(path.join(dir, "objection.eml"), eml("Per <per@example.no>", "Nyhetsbrev",
      "Jeg protesterer mot at dere sender meg nyhetsbrevet. Slutt å bruke e-postadressen min til markedsføring.", sentAt));
    const result = await runCli(["draft", "--json", "objection.eml"], { cwd: dir, env: { KNOWLEDGE_FILE: BAKERY_KB } });
    const line = JSON.parse(result.stdout) as Record<string, any>;
    expect(line.rights).toContain("objection");
    expect(line.gaps).toEqual([]);
    expect(line.reply).toMatch(/Nyhetsbrevet med ukens brød: Dette er markedsføring/);
    expect(line.todo).toContain("Stans «Nyhetsbrevet med ukens brød» for personen (Postkassa nyhetsbrevverktøy)");
    // The bakery promises an answer in 14 days (its rights.response_time_days), not the 30 of another business.
    expect(line.acknowledgement).toContain(`senest ${longDate(addDays(osloDateOf(sentAt), 14), "nb")}`);
    expect(`${line.acknowledgement}${line.reply}`).not.toMatch(/bedre ?bedrift|bedrebedrift|kajabi|fathom|kursportal/i);
  }, 60_000);

  it("prints the drafts for a person without --json", async () => {
    const result = await runCli(["draft", "mail/2-erasure.eml"], { cwd: dir });
    expect(result.stdout).toMatch(/Kategori: henvendelse om rettigheter \(sletting\)\n  Språk: engelsk\n  Kvittering:\n    Hello John,/);
    expect(result.stdout).toMatch(/Huskeliste for eieren \(ikke i e-posten\):\n    1\. Slett/);
    expect(result.stdout).toMatch(/Må fylles inn: ingenting/);
  }, 60_000);
});
