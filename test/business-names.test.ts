import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { businessNamesOf, useNamesOf } from "../knowledge/business-names";
import { loadKnowledgeBase } from "../knowledge/load";
import { classifyMail } from "../triage/classify/index";
import { parseMail } from "../triage/parse";
import { fillPlaceholders } from "../triage/understand/business-names";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const FIRST_CUSTOMER = loadKnowledgeBase(path.join(root, "knowledge/bedre-bedrift.yaml"));
const BAKERY = loadKnowledgeBase(path.join(root, "test/fixtures/knowledge/solbakken-bakeri.yaml"));

/** A real mail to the business, through the real parser. */
async function classify(to: string, subject: string, body: string) {
  const source = `From: Kunde <kunde@example.no>\r\nTo: ${to}\r\nSubject: ${subject}\r\nDate: Tue, 12 May 2026 10:00:00 +0200\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.replace(/\n/g, "\r\n")}\r\n`;
  const { category, rights } = classifyMail(await parseMail(source));
  return { category, rights };
}

// The same mail written to each business, naming the business and what it sells.
const PAIRS: { bakery: [string, string]; firstCustomer: [string, string] }[] = [
  { bakery: ["Sletting", "Does Solbakken Bakeri delete my data when I stop ordering cakes?"],
    firstCustomer: ["Sletting", "Does Bedre Bedrift delete my data when I stop taking courses?"] },
  { bakery: ["Innsyn", "I want to see everything Solbakken Bakeri AS has stored about me from my cake orders."],
    firstCustomer: ["Innsyn", "I want to see everything Bedre Bedrift AS has stored about me from my course sign-ups."] },
  { bakery: ["E-poster", "I don't want Solbakken Bakeri to keep my emails about the wedding cake any more."],
    firstCustomer: ["E-poster", "I don't want Bedre Bedrift to keep my emails about the webinar any more."] },
  { bakery: ["Klager", "Hvordan behandler Solbakken Bakeri klager på kakebestillinger?"],
    firstCustomer: ["Klager", "Hvordan behandler Bedre Bedrift klager på kurs?"] },
  { bakery: ["Slett meg", "Hei Solbakken Bakeri! Slett telefonnummeret mitt fra kakebestillingen i mai."],
    firstCustomer: ["Slett meg", "Hei Bedre Bedrift! Slett telefonnummeret mitt fra påmeldingen til webinaret i mai."] },
  { bakery: ["Bløtkaken", "Jeg er svært misfornøyd med Solbakken Bakeri: dere ga nummeret mitt til Budfirma Kjapp uten å spørre."],
    firstCustomer: ["Kurset", "Jeg er svært misfornøyd med Bedre Bedrift: dere ga nummeret mitt til en annen bedrift uten å spørre."] },
  { bakery: ["Feil navn", "Solbakken Bakeri har stavet navnet mitt feil på bestillingen. Rett det til Kari Nordmann."],
    firstCustomer: ["Feil navn", "Bedre Bedrift har stavet navnet mitt feil på kursbeviset. Rett det til Kari Nordmann."] },
];

describe("a business's names come from its knowledge base", () => {
  it("reads the second business's mail the same way as the first customer's", async () => {
    for (const { bakery, firstCustomer } of PAIRS) {
      useNamesOf(FIRST_CUSTOMER);
      const first = await classify(FIRST_CUSTOMER.business.contact_email, ...firstCustomer);
      useNamesOf(BAKERY);
      const second = await classify(BAKERY.business.contact_email, ...bakery);
      expect({ mail: bakery[1], ...second }).toEqual({ mail: bakery[1], ...first });
    }
  });

  it("reads a question about what the business does as a question, whichever business it names", async () => {
    useNamesOf(BAKERY);
    expect(await classify(BAKERY.business.contact_email, "Sletting", "Does Solbakken Bakeri delete my data when I stop ordering cakes?")).toEqual({ category: "inquiry", rights: [] });
  });

  it("takes the business's name and its processors' names from the knowledge base", () => {
    expect(businessNamesOf(BAKERY)).toEqual({ business: ["Solbakken Bakeri AS"], processors: ["Budfirma Kjapp", "Budfirma", "Postkassa nyhetsbrevverktøy", "Postkassa"] });
    const first = businessNamesOf(FIRST_CUSTOMER);
    expect(first.business).toEqual([FIRST_CUSTOMER.business.name]);
    expect(first.processors.length).toBeGreaterThanOrEqual(FIRST_CUSTOMER.processors.length);
  });

  it("refuses a rule with an unknown placeholder when the rules load", () => {
    expect(fillPlaceholders("(you|{business}) delete")).not.toContain("{");
    expect(() => fillPlaceholders("(you|{company}) delete")).toThrow(/unknown placeholder \{company\}/);
  });
});

/** Source files of the program (not tests, fixtures, the corpus of mail, or the knowledge bases themselves). */
function programFiles(dir: string): string[] {
  const skip = new Set(["node_modules", "test", "corpus", "generated", "data", ".git"]);
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return skip.has(entry.name) ? [] : programFiles(full);
    return /\.(ts|mts|mjs|js)$/.test(entry.name) ? [full] : [];
  });
}

describe("no business name in code or rule data", () => {
  it("names neither the first customer nor its processors outside its knowledge base", () => {
    const names = businessNamesOf(FIRST_CUSTOMER);
    const website = FIRST_CUSTOMER.business.website?.replace(/^https?:\/\//, "").split(".")[0];
    const words = [...names.business, ...names.processors, ...(website ? [website] : [])]
      .map((name) => name.replace(/[\s,]+(AS|LLC|Inc\.?)$/i, "").trim().toLowerCase());
    const found = programFiles(root).flatMap((file) => {
      const text = fs.readFileSync(file, "utf8").toLowerCase();
      return words.filter((word) => text.includes(word)).map((word) => `${path.relative(root, file)}: ${word}`);
    });
    expect(found).toEqual([]);
  });
});
