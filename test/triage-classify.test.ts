import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { classifyByRules } from "../triage/classify/index";
import { parseMail } from "../triage/parse";
import { RIGHTS, type Category, type Right } from "../triage/types";

// These are the rules' own examples, so the rules alone are held to them; the learned model that
// classifyMail weighs them with is held to the eval gates (triage-eval.test.ts) and triage-model.test.ts.

/** Builds a real mail and runs it through the real parser, as the inbox would. */
async function classify(subject: string, body: string, headers: Record<string, string> = {}, from = "kunde@example.no") {
  const extra = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join("");
  const source = `From: Kunde <${from}>\r\nTo: hei@bedrebedrift.no\r\nSubject: ${subject}\r\nDate: Tue, 12 May 2026 10:00:00 +0200\r\nContent-Type: text/plain; charset=utf-8\r\n${extra}\r\n${body.replace(/\n/g, "\r\n")}\r\n`;
  return classifyByRules(await parseMail(source));
}
const fixture = async (name: string) => classifyByRules(await parseMail(readFileSync(join(import.meta.dirname, "fixtures/mail", name))));

/**
 * Examples as data (test/fixtures/understand/mail-examples.json): one table per right asked for, one for mails
 * asking for several, and one per other category. Each example is a test: subject and body in, category and rights out.
 */
type Example = [subject: string, body: string];
interface Examples extends Record<Right, Example[]> {
  "several rights": [subject: string, body: string, rights: Right[]][];
  complaint: Example[];
  inquiry: Example[];
  automated: Example[];
}
const EXAMPLES = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures/understand/mail-examples.json"), "utf8")) as Examples;

async function expectClassified(subject: string, body: string, category: Category, rights: Right[]) {
  const result = await classify(subject, body);
  expect({ category: result.category, rights: result.rights }).toEqual({ category, rights });
}

for (const right of RIGHTS) {
  describe(`classifyMail: ${right}`, () => {
    it.each(EXAMPLES[right])("%s: %s", (subject, body) => expectClassified(subject, body, "rights_request", [right]));
  });
}
describe("classifyMail: several rights in one mail", () => {
  it.each(EXAMPLES["several rights"])("%s: %s → %s", (subject, body, rights) => expectClassified(subject, body, "rights_request", rights));
});
for (const category of ["complaint", "inquiry", "automated"] as const) {
  describe(`classifyMail: ${category}`, () => {
    it.each(EXAMPLES[category])("%s: %s", (subject, body) => expectClassified(subject, body, category, []));
  });
}

/** A cover note over a forwarded mail, as Gmail writes it. */
const forward = (note: string, from: string, subject: string, text: string) =>
  `${note}\n\n---------- Forwarded message ---------\nFrom: ${from}\nDate: Wed, 18 Nov 2026 at 07:41\nSubject: ${subject}\nTo: anna@example.no\n\n${text}`;
/** The same, as Thunderbird writes it in Norwegian. */
const forwardedInNorwegian = (note: string, from: string, subject: string, text: string) =>
  `${note}\n\n-------- Videresendt melding --------\nFra: ${from}\nDato: Wed, 18 Nov 2026 07:41\nEmne: ${subject}\nTil: post@example.no\n\n${text}`;

describe("classifyMail: several rights and the reasons the owner reads", () => {
  it("lists several rights from one mail in the order of RIGHTS", async () => {
    const result = await classify("Flere ting", "Jeg vil trekke tilbake samtykket mitt, få en kopi av opplysningene dere har om meg, og deretter slette kontoen.");
    expect(result.rights).toEqual(["access", "erasure", "withdraw_consent"]);
  });

  it("tells the owner why, naming the phrase, the right and the rule that found it", async () => {
    const result = await classify("Hei", "Vennligst slett alle opplysninger om meg.");
    expect(result.reasons).toContain("«slett alle opplysninger» → erasure [erasure.slett-data]");
    expect(result.confidence).toBeGreaterThan(0.5);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });

  it("quotes a mail written for someone else in its own words, and says it was read for them", async () => {
    const result = await classify("Far min", "Far min har bedt meg skrive. Han vil at dere sletter opplysningene om ham.");
    expect(result.rights).toEqual(["erasure"]);
    expect(result.foundBy.erasure?.words).toBe("sletter opplysningene");
    const forHim = await classify("Min mor", "Jeg skriver på vegne av min mor. Hun ønsker en kopi av alt dere har registrert om henne.");
    expect(forHim.rights).toEqual(["access"]);
    expect(forHim.reasons.join(" ")).toMatch(/«[^»]*om henne» \(for en annen \/ for someone else\) → access/);
  });

  it("reads «she» as the sender's own words only where the mail says it is written for her", async () => {
    const forHer = await classify("Opptak", "Datteren min var med på samlingen. Kan dere sende opptakene der hun er med?");
    expect(forHer.rights).toEqual(["access"]);
    const aboutHer = await classify("Opptak", "En deltaker var med på samlingen. Kan dere sende opptakene der hun er med?");
    expect(aboutHer.rights).toEqual([]);
  });
});

describe("classifyMail: negation and questions about a right", () => {
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

  it("names the header in the reasons, and the rule that read it", async () => {
    const result = await classify("Hei", "Takk for e-posten.", { "Auto-Submitted": "auto-replied" });
    expect(result.reasons).toContain("header Auto-Submitted: auto-replied [automated.auto-submitted]");
  });

  it("reads Auto-Submitted: no as a person's mail", async () => {
    const result = await classify("Hei", "Takk for e-posten.", { "Auto-Submitted": "no" });
    expect(result.category).not.toBe("automated");
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

describe("classifyMail: æøå written as aa, ae and o", () => {
  it("reads the Norwegian requests alike when æøå are written as aa, ae and o", async () => {
    const ascii = (text: string) => text.replace(/å/g, "aa").replace(/æ/g, "ae").replace(/ø/g, "o").replace(/Å/g, "Aa").replace(/Æ/g, "Ae").replace(/Ø/g, "O");
    const requests = RIGHTS.flatMap((right) => EXAMPLES[right].map(([subject, body]) => ({ subject, body, rights: [right] })));
    // The dialect pronouns "æ"/"mæ" are read before folding; nobody writes them "ae"/"mae".
    const norwegian = requests.filter(({ body }) => /[æøå]/i.test(body) && !/(^|\P{L})m?æ(\P{L}|$)/iu.test(body));
    expect(norwegian.length).toBeGreaterThan(50);
    for (const { subject, body, rights } of norwegian) {
      const result = await classify(ascii(subject), ascii(body));
      expect({ body, category: result.category, rights: result.rights }).toEqual({ body, category: "rights_request", rights });
    }
  });
});

describe("classifyMail: someone else's newsletter", () => {
  it("takes someone else's newsletter with an unsubscribe footer for automated mail, even about deletion", async () => {
    const result = await classify("Ukens personvernbrev", "Denne uken: slik håndterer du krav om sletting. Du kan når som helst melde deg av.", {}, "news@personvernbrevet.no");
    expect(result.category).toBe("automated");
  });
});

describe("classifyMail: forwarded notices and requests under 'FYI'", () => {
  it("does not take a forwarded notice to a customer ('FYI' over a phishing mail) for a request, and reads the note's language", async () => {
    const nb = await classify("Fwd: Kontoen din blir slettet", forward("FYI", "Support <support@konto-example.com>", "Kontoen din blir slettet", "Kjære kunde,\nKontoen din blir slettet innen 24 timer. Bekreft passordet ditt her: http://konto-example.com"));
    expect(nb).toMatchObject({ category: "inquiry", rights: [], language: "en" });
    const en = await classify("Fwd: Your account will be deleted", forward("FYI", "Support <support@login-example.com>", "Your account will be deleted", "Dear customer,\nYour account will be deleted within 24 hours. Please verify your password here: http://login-example.com"));
    expect(en).toMatchObject({ category: "inquiry", rights: [] });
  });

  it("still reads a forwarded request from a person under an 'FYI' note", async () => {
    const result = await classify("Fwd: Slett meg", forward("FYI", "Kari <kari@example.no>", "Slett meg", "Hei, jeg vil at dere sletter kontoen min og alt dere har om meg."));
    expect(result).toMatchObject({ category: "rights_request", rights: ["erasure"] });
  });
});

describe("classifyMail: forwards and out-of-office notes", () => {
  it("reads a forwarded request under 'Se under.' in full, though the forward's subject already names one right", async () => {
    const result = await classify("VS: Avmelding", forwardedInNorwegian("Se under.", "Kari <kari@example.no>", "Avmelding", "Jeg vil ikke ha flere nyhetsbrev. Meld meg av, og slett meg fra kundelisten deres."));
    expect(result).toMatchObject({ category: "rights_request", rights: ["erasure", "withdraw_consent"] });
  });

  it("does not take a forwarded newsletter about access and deletion ('FYI') for a request", async () => {
    const result = await classify("Fwd: Ny veileder om innsyn", forwardedInNorwegian("FYI", "Tilsynet <nyhetsbrev@tilsyn.example.no>", "Ny veileder om innsyn", "Vi har publisert en veileder om krav om innsyn, retting og sletting."));
    expect(result).toMatchObject({ category: "inquiry", rights: [] });
  });

  it("takes an out-of-office without headers that points elsewhere for deletions for automated mail", async () => {
    const nb = await classify("Fraværende: Kursplass", "Jeg er i foreldrepermisjon til 1. mars og leser ikke e-post. Gjelder det sletting av deltakere, kontakt kurs@example.no.");
    expect(nb.category).toBe("automated");
    const en = await classify("Your message", "I'm out of the office until Monday. For data deletion requests, please contact privacy@example.com.");
    expect(en.category).toBe("automated");
  });
});

describe("classifyMail: disclaimers, and answers already given", () => {
  it("passes over rights named before 'this is not a request', but not a request made after it", async () => {
    const parent = await classify("Innsyn og sletting", "Datteren min går på kurset deres. Jeg ber ikke om noe konkret nå, jeg vil bare forstå reglene.");
    expect(parent).toMatchObject({ category: "inquiry", rights: [] });
    expect(parent.reasons.join(" ")).toContain("asks for nothing");
    const questions = await classify("Innsyn for foreldre?", "- Har vi som foreldre rett til innsyn i hva dere har om sønnen vår?\n- Kan han selv be om å få slettet kontoen?");
    expect(questions).toMatchObject({ category: "inquiry", rights: [] });
    const lawyer = await classify("Access request", "Our client has not yet decided. This letter is not a request under Article 15. How long do you keep analytics?");
    expect(lawyer).toMatchObject({ category: "inquiry", rights: [] });
    const client = await classify("Enquiry", "Our client has not decided whether to make a request under Article 15 GDPR and is not making one by this letter.");
    expect(client).toMatchObject({ category: "inquiry", rights: [] });
    const after = await classify("Innsyn", "Jeg ber ikke om noe nå om sletting. Men send meg en kopi av opplysningene dere har om meg.");
    expect(after).toMatchObject({ category: "rights_request", rights: ["access"] });
  });

  it("reads 'I don't need anything more' as asking for nothing only once the answer came", async () => {
    const slow = await classify("Treg behandling av innsynskravet", "Jeg ba om innsyn i august og fikk svar sju uker senere. Jeg har fått det jeg ba om, så jeg trenger ikke noe mer fra dere. Men det var altfor lenge.");
    expect(slow).toMatchObject({ category: "complaint", rights: [] });
    const thatsAll = await classify("Delete", "Please delete my account. I don't need anything else from you.");
    expect(thatsAll).toMatchObject({ category: "rights_request", rights: ["erasure"] });
  });

  it("reads a one-word English mail as English", async () => {
    expect((await classify("unsubscribe", "")).language).toBe("en");
    expect((await classify("unsubscribe", "takk")).language).toBe("nb");
  });
});

describe("classifyMail: confidentiality disclaimers", () => {
  it("ignores a confidentiality disclaimer's 'delete it', under '-- ' or in the text", async () => {
    const signed = await classify("Invoice", "Could you resend the invoice for order 10377?\n\nThanks,\n\n-- \nOla Sæther | Operations Manager\nThis e-mail may contain confidential information. If you are not the intended recipient, please delete it.");
    expect(signed).toMatchObject({ category: "inquiry", rights: [] });
    const inline = await classify("Faktura", "Kan dere sende fakturaen på nytt?\n\nDenne e-posten kan inneholde konfidensiell informasjon. Dersom du har mottatt den ved en feil, vennligst slett den og gi beskjed til avsender.");
    expect(inline).toMatchObject({ category: "inquiry", rights: [] });
    const request = await classify("Delete", "Please delete my account.\n\nThis e-mail may contain confidential information. If you have received this in error, please notify the sender and delete it.");
    expect(request).toMatchObject({ category: "rights_request", rights: ["erasure"] });
    const dashes = await classify("Hei", "Hei\n--\nJeg vil at dere sletter kontoen min og alt dere har om meg.");
    expect(dashes).toMatchObject({ category: "rights_request", rights: ["erasure"] });
  });
});

describe("classifyMail: a forwarded sales mail under a complaint", () => {
  it("keeps the cover note's complaint when a forwarded sales mail is read with it", async () => {
    const en = await classify("Fwd: Following up on the webinar", forward("Since the free webinar I've had two calls and now this email trying to sell me the coaching package. It came across as pushy and has put me off booking anything with you.", "Sander <sander@bedrebedrift.no>", "Following up on the webinar", "Hi Tom,\nGreat to have you at the webinar! We're offering 20% off the coaching package this week - shall I set up a call?"));
    expect(en).toMatchObject({ category: "complaint", rights: [] });
    const nb = await classify("VS: Tilbud", forward("Etter webinaret har jeg fått to telefoner og nå denne e-posten. Det virket svært masete.", "Sander <sander@bedrebedrift.no>", "Tilbud", "Hei!\nVi har 20 % rabatt på coachingpakken denne uka. Skal jeg sette opp en samtale?"));
    expect(nb).toMatchObject({ category: "complaint", rights: [] });
  });
});
