import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUNDLED_KNOWLEDGE_FILE } from "../knowledge/bundled";
import { createQaEngine } from "../knowledge/engine";
import { loadKnowledgeBase } from "../knowledge/load";
import { checkDraft, finalReply, type CheckContext, type DraftCase } from "../bot/drafts";
import type { Right } from "../triage/types";

const bundled = loadKnowledgeBase(BUNDLED_KNOWLEDGE_FILE);
const bakery = loadKnowledgeBase(path.join(import.meta.dirname, "fixtures", "knowledge", "solbakken-bakeri.yaml"));
const receivedAt = new Date("2026-11-26T09:00:00Z");

function reply(kb: typeof bundled, rights: Right[], language: "nb" | "en", text: string, category = "rights_request") {
  const c: DraftCase = { id: 12, category, rights, language, channel: "email", fromName: "Kari Nordmann", receivedAt, due: "2026-12-26", text };
  return finalReply(c, { businessName: kb.business.name, knowledge: kb, ask: (question) => createQaEngine(kb).ask(question) });
}

const check = (text: string, language: "nb" | "en"): string[] => checkDraft(text, {
  purpose: "reply", language, receivedAt, due: "2026-12-26", requesterAddress: "kari@example.no", identityStatus: "verified", category: "rights_request",
} satisfies CheckContext).map((problem) => problem.code);

// Words that belong to Bedre Bedrift's notice only: none may reach another business's replies.
const BEDRE_BEDRIFT_WORDS = /bedre ?bedrift|bedrebedrift|kajabi|fathom|conva|whereby|fastmail|proton|onedrive|kursportal|course portal|webinar|walle|krøllalfa/i;

describe("an access request answered from the knowledge base", () => {
  it("names purposes, data, legal bases, processors with country and safeguard, retention and Datatilsynet, in Norwegian; one gap: the copy", () => {
    const { text, gaps, todo } = reply(bundled, ["access"], "nb", "Hei! Jeg er elev på et av kursene deres. Jeg vil ha innsyn i hva dere har om meg.");
    expect(gaps).toEqual(["kopi av opplysningene om deg"]);
    expect(text.match(/\[FYLL INN/g)).toHaveLength(1);
    expect(text).toContain("Kursportalen");
    expect(text).toMatch(/Formål: å levere kurs og medlemskap/);
    expect(text).toMatch(/Opplysninger: antall innlogginger, dato for siste aktivitet, quizresultater, fremdrift/);
    expect(text).toMatch(/Rettslig grunnlag: avtale \(art\. 6 nr\. 1 bokstav b\) og rettslig forpliktelse/);
    expect(text).toMatch(/Lagringstid: Dataene oppbevares så lenge du er medlem eller elev/);
    expect(text).toMatch(/Kajabi, LLC – .*\(USA; EU–US Data Privacy Framework/);
    expect(text).toMatch(/klage til Datatilsynet \(datatilsynet\.no\)/);
    expect(text).toMatch(/Bedriften tar ingen automatiserte avgjørelser/);
    expect(text).toMatch(/rettet.*slettet.*begrenset.*protestere/);
    // Someone who writes is part of "contact" (their mail is kept); activities the mail does not touch are left out.
    expect(text).toContain("Når du kontakter oss");
    expect(text).not.toContain("Spørreundersøkelser");
    expect(todo).toContain("Hent ut opplysningene om personen i Kajabi, LLC (Kursportalen, Innebygd statistikk i kursportalen)");
    expect(check(text, "nb")).toEqual(["unfilled_placeholder"]);
    expect(check(text.replace("[FYLL INN: kopi av opplysningene om deg]", "Navn: Kari Nordmann"), "nb")).toEqual([]);
  });

  it("covers every activity when the mail does not tell which the requester is part of, in English", () => {
    const { text, gaps } = reply(bundled, ["access"], "en", "Please send me all the personal data you hold about me.");
    expect(gaps).toEqual(["a copy of your data"]);
    for (const activity of bundled.activities) expect(text).toContain(activity.name.en);
    for (const processor of bundled.processors) expect(text).toContain(processor.name);
    expect(text).toMatch(/Purposes: analysing and improving the website/);
    expect(text).toMatch(/complain to the Norwegian Data Protection Authority \(Datatilsynet\), datatilsynet\.no/);
    expect(text).not.toMatch(/[æøå]/);
  });

  it("is written from the other business's knowledge base with none of Bedre Bedrift's words", () => {
    for (const language of ["nb", "en"] as const) {
      const { text, gaps } = reply(bakery, ["access"], language, "Jeg bestilte en kake i fjor.");
      expect(text).toMatch(/Kakebestilling|Cake orders/);
      expect(text).toMatch(/Budfirma Kjapp – (levering av kaker|delivering cakes) \((Norge)\)/);
      expect(text).toContain("Solbakken Bakeri AS");
      expect(gaps).toHaveLength(1);
      expect(text).not.toMatch(BEDRE_BEDRIFT_WORDS);
    }
  });
});

describe("an erasure request answered from the knowledge base", () => {
  it("says what was erased and what the law makes the business keep, and for how long", () => {
    const nb = reply(bundled, ["erasure"], "nb", "Jeg har kjøpt coaching hos dere. Slett alt om meg.");
    expect(nb.text).toMatch(/Vi har slettet opplysningene vi hadde om deg i «Når du kontakter oss» og «Når du kjøper produkter eller tjenester»/);
    expect(nb.text).toMatch(/må vi likevel ta vare på, fordi loven krever det:\n- Regnskapsmateriale oppbevares i fem år etter at kundeforholdet er avsluttet, etter bokføringsloven/);
    expect(nb.gaps).toEqual([]);
    expect(nb.todo).toEqual(expect.arrayContaining([
      "Slett opplysningene om personen i Kajabi, LLC (Når du kjøper produkter eller tjenester)",
      "Slett opplysningene om personen i Fastmail (Når du kontakter oss)",
      "Behold (ikke slett): Regnskapsmateriale oppbevares i fem år etter at kundeforholdet er avsluttet, etter bokføringsloven.",
    ]));
    const en = reply(bundled, ["erasure"], "en", "I bought coaching from you. Delete everything about me.");
    expect(en.text).toMatch(/Accounting material is kept for five years after the customer relationship ended, under the Bookkeeping Act/);
    expect(check(nb.text, "nb")).toEqual([]);
  });

  it("keeps what the other business's law says, in its words", () => {
    for (const language of ["nb", "en"] as const) {
      const { text, todo } = reply(bakery, ["erasure"], language, "Please delete my cake order details.");
      expect(text).toMatch(/Kvitteringen for kjøpet oppbevares i fem år etter bokføringsloven|The receipt for the purchase is kept for five years under the Bookkeeping Act/);
      expect(todo).toContain("Slett opplysningene om personen i Bestillingsboka (Kakebestilling)");
      expect(text).not.toMatch(BEDRE_BEDRIFT_WORDS);
    }
  });
});

describe("the other rights", () => {
  it("objection: names the legitimate interest and says the portal's analytics cannot be switched off", () => {
    const { text, gaps, todo } = reply(bundled, ["objection"], "nb", "Jeg protesterer mot at dere registrerer fremdriften min i kurset.");
    expect(text).toMatch(/bygde på berettiget interesse: å kunne tilby produktene digitalt/);
    expect(text).toMatch(/kan ikke slås av/);
    expect(gaps).toEqual([]);
    expect(todo).toContain("Stans «Innebygd statistikk i kursportalen» for personen (Kajabi, LLC)");
  });

  it("objection to direct marketing and withdrawn consent leave no gap", () => {
    const objection = reply(bakery, ["objection"], "en", "Stop sending me your newsletter.");
    expect(objection.text).toMatch(/direct marketing, and an objection always stops it/);
    expect(objection.gaps).toEqual([]);
    const consent = reply(bakery, ["withdraw_consent"], "nb", "Jeg trekker samtykket til nyhetsbrevet.");
    expect(consent.text).toMatch(/trukket tilbake samtykket ditt til «Nyhetsbrevet med ukens brød»/);
    expect(consent.gaps).toEqual([]);
  });

  it("an objection that names no processing leaves the owner to say which", () => {
    expect(reply(bundled, ["objection"], "en", "I object to how you use my data.").gaps).toHaveLength(1);
  });

  it("portability names the format from the knowledge base, or leaves it as a gap", () => {
    expect(reply(bakery, ["portability"], "nb", "Kan jeg få dataene mine?").text).toContain("en CSV-fil");
    expect(reply(bakery, ["portability"], "nb", "Kan jeg få dataene mine?").gaps).toEqual(["filen eller lenken med opplysningene"]);
    expect(reply(bundled, ["portability"], "en", "Can I have my data?").gaps).toEqual(["file format", "the file or link with the data"]);
  });

  it("several rights get one reply with a part for each", () => {
    const { text } = reply(bundled, ["access", "erasure", "restriction", "rectification"], "en", "I am a student. Tell me what you have, fix my name and delete it.");
    expect(text.match(/Here is our answer/g)).toHaveLength(1);
    for (const heading of ["Access\n", "Erasure\n", "Restriction\n", "Rectification\n"]) expect(text).toContain(heading);
    expect(text).toMatch(/restricted the use of your data in "The course portal"/);
  });
});

describe("complaints and questions", () => {
  it("a complaint gets what happens now and the supervisory authority", () => {
    const { text, gaps } = reply(bakery, [], "nb", "Dere ringte meg uten lov.", "complaint");
    expect(gaps).toEqual(["hva vi har gjort med det du klaget på"]);
    expect(text).toMatch(/klage til Datatilsynet \(datatilsynet\.no\)/);
  });

  it("an inquiry gets every question answered with its source; an unknown one is a gap", () => {
    const { text, gaps } = reply(bundled, [], "nb", "Hei! Hvor lenge lagrer dere e-post? Og bruker dere Fathom til statistikk?\nHvor mye koster et kurs?", "inquiry");
    expect(text).toMatch(/«Hvor lenge lagrer dere e-post\?»\n.*i noen tilfeller .* inntil to år.*Kilde: personvernerklæringen/);
    expect(text).toMatch(/«Og bruker dere Fathom til statistikk\?»\n.*Fathom Analytics/);
    expect(gaps).toEqual(["svar på «Hvor mye koster et kurs?»"]);
  });
});
