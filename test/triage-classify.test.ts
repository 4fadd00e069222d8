import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { classifyMail } from "../triage/classify/index";
import { parseMail } from "../triage/parse";
import type { Category, Right } from "../triage/types";

/** Builds a real mail and runs it through the real parser, as the inbox would. */
async function classify(subject: string, body: string, headers: Record<string, string> = {}, from = "kunde@example.no") {
  const extra = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join("");
  const source = `From: Kunde <${from}>\r\nTo: hei@bedrebedrift.no\r\nSubject: ${subject}\r\nDate: Tue, 12 May 2026 10:00:00 +0200\r\nContent-Type: text/plain; charset=utf-8\r\n${extra}\r\n${body.replace(/\n/g, "\r\n")}\r\n`;
  return classifyMail(await parseMail(source));
}
const fixture = async (name: string) => classifyMail(await parseMail(readFileSync(join(import.meta.dirname, "fixtures/mail", name))));

type Case = [string, string, Category, Right[]];

describe("classifyMail: each right, in Norwegian and English", () => {
  const cases: Case[] = [
    ["Innsyn", "Hei, jeg ber om innsyn i alle personopplysninger dere har om meg.", "rights_request", ["access"]],
    ["Data request", "Please send me a copy of the personal data you hold about me.", "rights_request", ["access"]],
    ["Slett meg", "Jeg vil at dere sletter kontoen min og alle opplysninger om meg.", "rights_request", ["erasure"]],
    ["Delete", "Please delete my account and all my data.", "rights_request", ["erasure"]],
    ["Feil adresse", "Dere har feil adresse på meg. Kan dere rette den til Storgata 1, 0155 Oslo?", "rights_request", ["rectification"]],
    ["Wrong name", "My surname is misspelled in your system, please correct it to Ødegård.", "rights_request", ["rectification"]],
    ["Begrensning", "Jeg ønsker at dere begrenser behandlingen av opplysningene mine til klagen er avgjort.", "rights_request", ["restriction"]],
    ["Restrict", "Please restrict the processing of my data until the dispute is settled.", "rights_request", ["restriction"]],
    ["Dataportabilitet", "Jeg vil ha kursdataene mine i et maskinlesbart format så jeg kan overføre dem til en annen leverandør.", "rights_request", ["portability"]],
    ["Export", "Please export my data as CSV or JSON so I can move it to another provider.", "rights_request", ["portability"]],
    ["Markedsføring", "Jeg motsetter meg at dere bruker opplysningene mine til markedsføring.", "rights_request", ["objection"]],
    ["Objection", "I object to you using my details for marketing.", "rights_request", ["objection"]],
    ["Samtykke", "Jeg trekker tilbake samtykket jeg ga til bilder fra kurset.", "rights_request", ["withdraw_consent"]],
    ["Consent", "I withdraw my consent to being photographed at the course.", "rights_request", ["withdraw_consent"]],
  ];
  it.each(cases)("%s: %s", async (subject, body, category, rights) => {
    const result = await classify(subject, body);
    expect({ category: result.category, rights: result.rights }).toEqual({ category, rights });
  });

  it("lists several rights from one mail in the order of RIGHTS", async () => {
    const result = await classify("Flere ting", "Jeg vil trekke tilbake samtykket mitt, få en kopi av opplysningene dere har om meg, og deretter slette kontoen.");
    expect(result.rights).toEqual(["access", "erasure", "withdraw_consent"]);
  });

  it("tells the owner why, naming the phrase and the right", async () => {
    const result = await classify("Hei", "Vennligst slett alle opplysninger om meg.");
    expect(result.reasons).toContain("«slett alle opplysninger» → erasure");
    expect(result.confidence).toBeGreaterThan(0.5);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });
});

describe("classifyMail: hard pairs", () => {
  const cases: Case[] = [
    ["Spørsmål", "Har jeg rett til å få slettet opplysningene mine?", "inquiry", []],
    ["Lagring", "Hvor lenge lagrer dere opplysningene etter at et kurs er ferdig?", "inquiry", []],
    ["Question", "How long do you keep my data after I cancel?", "inquiry", []],
    ["Hei", "hva har dere lagret om meg? jeg vil se det", "rights_request", ["access"]],
    ["Hi", "What data do you have about me?", "rights_request", ["access"]],
    ["Nyhetsbrev", "Jeg ønsker ikke lenger å motta nyhetsbrev fra dere.", "rights_request", ["withdraw_consent"]],
    ["E-post", "Jeg vil ikke slette kontoen, bare endre e-post til ny@example.no.", "rights_request", ["rectification"]],
    ["Konto", "Please delete my account.", "rights_request", ["erasure"]],
    ["Subscription", "Please cancel my subscription from next month.", "inquiry", []],
    ["Subscription", "Please cancel my subscription and delete all the data you have about me.", "rights_request", ["erasure"]],
    ["Kopi", "Kan jeg få en kopi av opplysningene dere har om meg?", "rights_request", ["access"]],
    ["Export", "Send me my data in a machine-readable format so I can move to another provider.", "rights_request", ["portability"]],
    ["Overføring", "Kan dere overføre dataene mine til en annen leverandør som CSV?", "rights_request", ["portability"]],
    ["Klage", "Jeg er svært misfornøyd med hvordan dere håndterte bestillingen min.", "complaint", []],
    ["Unacceptable", "I never signed up, yet I keep getting your emails. Unacceptable.", "complaint", []],
    ["Klage og sletting", "Dette er uakseptabelt. Jeg har aldri samtykket, og nå krever jeg at dere sletter alt om meg.", "rights_request", ["erasure"]],
    ["Typos", "Jeg onsker at dere sletter alle opplysnigner om meg", "rights_request", ["erasure"]],
    ["Trussel", "Hvis dette skjer igjen kommer jeg til å be dere slette alt dere har om meg. Ta dere sammen.", "complaint", []],
    ["Kurs", "Når starter neste kurs i prising, og hva koster det?", "inquiry", []],
    ["Konto", "Kontoen min på kursportalen og alle opplysningene som hører til, ønsker jeg at dere sletter.", "rights_request", ["erasure"]],
    ["Ikke slett", "Ikke slett opplysningene mine ennå, jeg trenger dem som bevis i en tvist.", "rights_request", ["restriction"]],
    ["Markedsføring", "Dere kan slutte å bruke navnet og bildet mitt i markedsføringen.", "rights_request", ["objection"]],
    ["Policy", "Do you delete customer data when a course ends?", "inquiry", []],
    ["Hei", "Min datter var på kurs hos dere i fjor. Hvordan kan hun få innsyn?", "inquiry", []],
    ["Lekkasje", "Dere sendte meg en e-post med en annen kundes navn og adresse. Dette er alvorlig.", "complaint", []],
  ];
  it.each(cases)("%s: %s", async (subject, body, category, rights) => {
    const result = await classify(subject, body);
    expect({ category: result.category, rights: result.rights }).toEqual({ category, rights });
  });

  it("explains a negated right instead of acting on it", async () => {
    const result = await classify("Konto", "I don't want you to delete my account.");
    expect(result.category).toBe("inquiry");
    expect(result.reasons.join(" ")).toMatch(/negated/);
  });

  it("says when a mail asks about a right without using it", async () => {
    const result = await classify("Spørsmål", "Har jeg rett til innsyn i hva dere har registrert om meg?");
    expect(result.category).toBe("inquiry");
    expect(result.reasons.join(" ")).toMatch(/asks about a right/);
  });
});

describe("classifyMail: quoted history and forwards", () => {
  it("ignores a right mentioned only in the quoted history", async () => {
    expect(await fixture("reply-quoted-right-nb.eml")).toMatchObject({ category: "inquiry", rights: [] });
    expect(await fixture("outlook-reply-nb.eml")).toMatchObject({ category: "inquiry", rights: [] });
    expect(await fixture("original-message-en.eml")).toMatchObject({ category: "inquiry", rights: [] });
  });

  it("reads the forwarded mail when the cover note says only 'Se under' or 'FYI'", async () => {
    const nb = await fixture("forward-nb-se-under.eml");
    expect(nb).toMatchObject({ category: "rights_request", rights: ["access"], language: "nb" });
    expect(nb.reasons.join(" ")).toMatch(/forwarded/);
    const en = await fixture("forward-en-gmail.eml");
    expect(en).toMatchObject({ category: "rights_request", rights: ["erasure"], language: "en" });
    expect(en.reasons.join(" ")).toMatch(/forwarded/);
  });
});

describe("classifyMail: automated mail", () => {
  it.each([
    ["Auto-Submitted", { "Auto-Submitted": "auto-replied" }],
    ["X-Autoreply", { "X-Autoreply": "yes" }],
    ["X-Autorespond", { "X-Autorespond": "yes" }],
    ["Precedence bulk", { Precedence: "bulk" }],
    ["Precedence list", { Precedence: "list" }],
    ["Precedence junk", { Precedence: "junk" }],
    ["List-Id", { "List-Id": "<nyheter.example.no>" }],
    ["List-Unsubscribe", { "List-Unsubscribe": "<mailto:av@example.no>" }],
    ["Return-Path <>", { "Return-Path": "<>" }],
  ])("header %s makes a mail automated even when it mentions a right", async (_name, headers) => {
    const result = await classify("Info", "Vi sletter alle opplysninger om deg etter 30 dager. Du kan be om innsyn.", headers);
    expect(result.category).toBe("automated");
    expect(result.rights).toEqual([]);
    expect(result.reasons.some((r) => r.startsWith("header"))).toBe(true);
  });

  it("names the header in the reasons", async () => {
    const result = await classify("Hei", "Takk for e-posten.", { "Auto-Submitted": "auto-replied" });
    expect(result.reasons).toContain("header Auto-Submitted: auto-replied");
  });

  it("reads a web form's relayed message (machine sender, Reply-To a person) by its content", async () => {
    const result = await classify("Kontaktskjema", "Melding fra nettsiden: Jeg ber om innsyn i opplysningene dere har om meg.", { "Reply-To": "Kari <kari@example.no>" }, "noreply@bedrebedrift.no");
    expect(result).toMatchObject({ category: "rights_request", rights: ["access"] });
  });

  it("does not take a person on holiday asking a question for an auto-reply", async () => {
    expect((await classify("Faktura", "Jeg er på ferie til mandag. Kan dere sende fakturaen på nytt?")).category).toBe("inquiry");
  });

  it("takes a person's reply to an auto-reply, or a forwarded bounce, for a person", async () => {
    expect((await classify("SV: Automatisk svar: Kurs", "Når er du tilbake? Jeg trenger svar om kurset.")).category).toBe("inquiry");
    expect((await classify("VS: Undelivered Mail Returned to Sender", "Hei, hvorfor kommer e-posten min til dere i retur?")).category).toBe("inquiry");
  });

  it("does not count Auto-Submitted: no", async () => {
    expect((await classify("Faktura", "Kan jeg få fakturaen på nytt?", { "Auto-Submitted": "no" })).category).toBe("inquiry");
  });

  it.each(["noreply@tjeneste.example", "no-reply@tjeneste.example", "MAILER-DAEMON@mx.example.no", "postmaster@example.no"])("sender %s is automated", async (from) => {
    expect((await classify("Varsel", "Du har en ny melding.", {}, from)).category).toBe("automated");
  });

  it.each([
    ["Fraværsmelding", "Jeg er borte til mandag."],
    ["Automatisk svar: Innsyn", "Jeg er på ferie til 20. mai."],
    ["Out of office: Delete my data", "I am out of the office until Monday."],
    ["Undelivered Mail Returned to Sender", "Your message could not be delivered."],
    ["Delivery Status Notification (Failure)", "Delivery to the following recipient failed permanently."],
  ])("subject «%s» is automated", async (subject, body) => {
    expect((await classify(subject, body)).category).toBe("automated");
  });

  it.each(["bounce.eml", "auto-reply-nb.eml", "newsletter.eml", "noreply-notification.eml", "out-of-office-subject-only.eml"])("fixture %s is automated", async (file) => {
    expect((await fixture(file)).category).toBe("automated");
  });
});

describe("classifyMail: language", () => {
  it("detects Bokmål and English", async () => {
    expect((await classify("Hei", "Kan dere sende meg fakturaen på nytt?")).language).toBe("nb");
    expect((await classify("Hi", "Could you send me the invoice again?")).language).toBe("en");
    expect((await classify("Hei", "Jeg onsker a fa vite hva dere har lagret om meg")).language).toBe("nb");
  });
});
