import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { classifyByRules } from "../triage/classify/index";
import { parseMail } from "../triage/parse";
import type { Category, Right } from "../triage/types";

// These are the rules' own examples, so the rules alone are held to them; the learned model that
// classifyMail weighs them with is held to the eval gates (triage-eval.test.ts) and triage-model.test.ts.

/** Builds a real mail and runs it through the real parser, as the inbox would. */
async function classify(subject: string, body: string, headers: Record<string, string> = {}, from = "kunde@example.no") {
  const extra = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join("");
  const source = `From: Kunde <${from}>\r\nTo: hei@bedrebedrift.no\r\nSubject: ${subject}\r\nDate: Tue, 12 May 2026 10:00:00 +0200\r\nContent-Type: text/plain; charset=utf-8\r\n${extra}\r\n${body.replace(/\n/g, "\r\n")}\r\n`;
  return classifyByRules(await parseMail(source));
}
const fixture = async (name: string) => classifyByRules(await parseMail(readFileSync(join(import.meta.dirname, "fixtures/mail", name))));

type Case = [string, string, Category, Right[]];

/** One test per case: subject and body in, category and rights out. */
function classifiesAs(cases: Case[]): void {
  it.each(cases)("%s: %s", async (subject, body, category, rights) => {
    const result = await classify(subject, body);
    expect({ category: result.category, rights: result.rights }).toEqual({ category, rights });
  });
}

/** A cover note over a forwarded mail, as Gmail writes it. */
const forward = (note: string, from: string, subject: string, text: string) =>
  `${note}\n\n---------- Forwarded message ---------\nFrom: ${from}\nDate: Wed, 18 Nov 2026 at 07:41\nSubject: ${subject}\nTo: anna@example.no\n\n${text}`;
/** The same, as Thunderbird writes it in Norwegian. */
const forwardedInNorwegian = (note: string, from: string, subject: string, text: string) =>
  `${note}\n\n-------- Videresendt melding --------\nFra: ${from}\nDato: Wed, 18 Nov 2026 07:41\nEmne: ${subject}\nTil: post@example.no\n\n${text}`;

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
  classifiesAs(cases);

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
  classifiesAs(cases);

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

/**
 * Everyday phrasings written for these tests (none taken from the corpus): how Norwegian and English
 * customers word each right, a complaint or a question — with missing æøå, typos, compounds, angry
 * requests, requests for a child or a parent, and mail-client shapes. They guard against rules that
 * only fit the corpus templates.
 */
describe("classifyMail: everyday phrasings", () => {
  const requests: Case[] = [
    ["Hei", "Kan dere fryse opplysningene mine mens dere undersøker saken?", "rights_request", ["restriction"]],
    ["Hei", "Ikke bruk opplysningene mine mens klagen min behandles.", "rights_request", ["restriction"]],
    ["Kontoen min", "Jeg vil at dere setter behandlingen av dataene mine på vent til vi har funnet ut av dette.", "rights_request", ["restriction"]],
    ["Hei", "Ikke slett noe ennå, men ikke bruk opplysningene om meg heller før saken er avklart.", "rights_request", ["restriction"]],
    ["Hei", "Jeg ber om at dere begrenser behandlingen av personopplysningene mine.", "rights_request", ["restriction"]],
    ["Adresse", "Jeg mener adressen dere har på meg er feil. Inntil det er sjekket vil jeg ikke at dere bruker den til noe.", "rights_request", ["restriction"]],
    ["Hei", "Kan dere sperre opplysningene mine inntil videre? De skal ikke slettes.", "rights_request", ["restriction"]],
    ["Opptak", "Opptaket skal ikke slettes, men det må ikke brukes eller deles før tvisten er løst.", "rights_request", ["restriction"]],
    ["Hei", "Vær så snill å stanse all bruk av opplysningene mine til advokaten min har sett på saken.", "rights_request", ["restriction"]],
    ["Begrensning", "Jeg krever begrenset behandling av dataene mine mens innsigelsen min vurderes.", "rights_request", ["restriction"]],
    ["Hei", "Frys kontoen min, ikke bruk noe av det som ligger der før jeg sier fra.", "rights_request", ["restriction"]],
    ["Hei", "Dere kan beholde opplysningene, men ikke bruk dem til noe før klagen er ferdigbehandlet.", "rights_request", ["restriction"]],
    ["Hi", "Please stop processing my data until you've checked whether it's correct.", "rights_request", ["restriction"]],
    ["Account", "Could you freeze my data while we sort out the billing dispute?", "rights_request", ["restriction"]],
    ["Hi", "Don't delete anything yet, but please don't use my information either until this is resolved.", "rights_request", ["restriction"]],
    ["Hi", "I'd like you to restrict how my data is used while my complaint is investigated.", "rights_request", ["restriction"]],
    ["Hi", "Please put the processing of my personal data on hold.", "rights_request", ["restriction"]],
    ["Recording", "Keep the recording, but don't use or share it until I've decided what to do.", "rights_request", ["restriction"]],
    ["Hi", "I want my data kept but not used for anything while the matter is pending.", "rights_request", ["restriction"]],
    ["Hi", "Please limit the use of my information to storage only.", "rights_request", ["restriction"]],
    ["Hi", "I contest the accuracy of the data you hold. Please don't process it until it has been verified.", "rights_request", ["restriction"]],
    ["Hi", "Please suspend any use of my details until my lawyer has reviewed this.", "rights_request", ["restriction"]],
    ["Navn", "Navnet mitt er stavet feil på kursbeviset, det skal være Kristoffersen.", "rights_request", ["rectification"]],
    ["Hei", "Kan dere rette opp navnet mitt? Det står Hanssen, men jeg heter Hansen.", "rights_request", ["rectification"]],
    ["Ny e-post", "Jeg har fått ny e-postadresse: kari.nord@example.no. Vennligst oppdater.", "rights_request", ["rectification"]],
    ["Hei", "Adressen dere har på meg er gammel. Jeg bor nå i Bergen, Nygårdsgaten 3.", "rights_request", ["rectification"]],
    ["Hei", "Dere har registrert feil fødselsdato på meg, riktig er 3. mars 1985.", "rights_request", ["rectification"]],
    ["Hei", "Endre e-posten min til ola@example.no, takk.", "rights_request", ["rectification"]],
    ["Hei", "Telefonnummeret mitt er endret til 98765432, kan dere legge inn det?", "rights_request", ["rectification"]],
    ["Hei", "Opplysningene om meg er utdaterte, kan dere oppdatere dem?", "rights_request", ["rectification"]],
    ["Faktura", "Fakturaadressen er feil, firmaet har flyttet til Storgata 5.", "rights_request", ["rectification"]],
    ["Hei", "Etternavnet mitt er feilstavet i systemet deres.", "rights_request", ["rectification"]],
    ["Hei", "Kan dere oppdatere kontaktinformasjonen min? Nytt nummer er 41234567.", "rights_request", ["rectification"]],
    ["Hei", "Jeg heter ikke Per, jeg heter Pål. Kan dere fikse det i kundeprofilen?", "rights_request", ["rectification"]],
    ["Hei", "Kjøpshistorikken min viser et kurs jeg aldri har kjøpt, kan dere rette det?", "rights_request", ["rectification"]],
    ["Hei", "Det står feil arbeidsgiver på profilen min. Jeg jobber nå i Fjord AS.", "rights_request", ["rectification"]],
    ["Hei", "Vennligst korriger postnummeret mitt til 5003.", "rights_request", ["rectification"]],
    ["Name", "My name is misspelled on the certificate, it should be Sørensen.", "rights_request", ["rectification"]],
    ["Hi", "Please update my details, I've moved to Trondheim.", "rights_request", ["rectification"]],
    ["Hi", "Your records have my old phone number. The new one is 98765432.", "rights_request", ["rectification"]],
    ["Hi", "Could you correct my email address? It's jane.doe@example.com, not jane.do@example.com.", "rights_request", ["rectification"]],
    ["Hi", "The address you have for me is outdated, please use 4 Park Lane instead.", "rights_request", ["rectification"]],
    ["Hi", "You've got my date of birth wrong, it's 4 May 1990.", "rights_request", ["rectification"]],
    ["Hi", "Please change the name on my account to my married name, Smith.", "rights_request", ["rectification"]],
    ["Hi", "Can you fix the typo in my surname? It's Lund, not Lunde.", "rights_request", ["rectification"]],
    ["Hi", "My order history lists a course I never bought, please correct it.", "rights_request", ["rectification"]],
    ["Hi", "The company name on my profile is out of date. We are now called Nordlys AS.", "rights_request", ["rectification"]],
    ["Slett meg", "Slett meg.", "rights_request", ["erasure"]],
    ["Hei", "Fjern meg fra kundelisten deres og slett alt dere har.", "rights_request", ["erasure"]],
    ["Hei", "Jeg ønsker å bli glemt hos dere.", "rights_request", ["erasure"]],
    ["Hei", "Avslutt kontoen min og slett alle opplysningene.", "rights_request", ["erasure"]],
    ["Hei", "Kan dere fjerne alle spor etter meg?", "rights_request", ["erasure"]],
    ["Opptak", "Vennligst slett opptaket fra webinaret der jeg er med.", "rights_request", ["erasure"]],
    ["Hei", "Jeg vil ikke at dere skal ha noen opplysninger om meg lenger.", "rights_request", ["erasure"]],
    ["Hei", "Kan dere slette profilen min på kursportalen?", "rights_request", ["erasure"]],
    ["Hei", "Jeg ber om at e-postadressen min fjernes fra databasen deres.", "rights_request", ["erasure"]],
    ["Hei", "Hvis dere har noe lagret om meg, vær så snill å slett det.", "rights_request", ["erasure"]],
    ["Hei", "Jeg skrev for en måned siden og ba dere slette kontoen min. Gjør det nå.", "rights_request", ["erasure"]],
    ["Hei", "Vennligst makuler alle papirene med opplysninger om meg.", "rights_request", ["erasure"]],
    ["Hei", "Jeg ønsker at kontoen min blir lukket og at alt blir slettet.", "rights_request", ["erasure"]],
    ["Hei", "Ta meg ut av alle registrene deres.", "rights_request", ["erasure"]],
    ["Hi", "Delete my account please.", "rights_request", ["erasure"]],
    ["Hi", "Remove all my data from your systems.", "rights_request", ["erasure"]],
    ["Hi", "Please wipe everything you have on me.", "rights_request", ["erasure"]],
    ["Forget me", "Forget me.", "rights_request", ["erasure"]],
    ["Hi", "I'd like my account closed and all my data erased.", "rights_request", ["erasure"]],
    ["Hi", "Please delete the recording of the webinar I'm in.", "rights_request", ["erasure"]],
    ["Hi", "Could you take my details out of your database?", "rights_request", ["erasure"]],
    ["Hi", "If you hold anything about me, delete it.", "rights_request", ["erasure"]],
    ["Hi", "Please purge my information from your CRM.", "rights_request", ["erasure"]],
    ["Hi", "I asked four weeks ago and nothing has happened. Delete my data now.", "rights_request", ["erasure"]],
    ["Hi", "Please close my account and remove me from everything.", "rights_request", ["erasure"]],
    ["Hi", "I want my photo taken down from your website.", "rights_request", ["erasure"]],
    ["Hei", "Hva har dere registrert om meg?", "rights_request", ["access"]],
    ["Hei", "Send meg en kopi av opplysningene dere har om meg.", "rights_request", ["access"]],
    ["Innsyn", "Jeg ønsker innsyn.", "rights_request", ["access"]],
    ["Hei", "Kan jeg få se hvilke data dere har lagret på meg?", "rights_request", ["access"]],
    ["Hei", "Jeg vil vite hvilke opplysninger dere har om meg og hvem dere har delt dem med.", "rights_request", ["access"]],
    ["Hei", "Jeg vil gjerne få tilsendt alt dere har samlet inn om meg.", "rights_request", ["access"]],
    ["Hi", "What personal data do you hold about me?", "rights_request", ["access"]],
    ["Hi", "Please send me a copy of everything you have on me.", "rights_request", ["access"]],
    ["Hi", "I'd like to see the information you keep about me.", "rights_request", ["access"]],
    ["Hi", "Can I get a copy of my data?", "rights_request", ["access"]],
    ["Hi", "This is a subject access request.", "rights_request", ["access"]],
    ["Hi", "Who have you shared my personal data with? Please list everything you hold on me.", "rights_request", ["access"]],
    ["Hei", "Kan jeg få dataene mine i en fil jeg kan importere hos en annen leverandør?", "rights_request", ["portability"]],
    ["Hei", "Send meg kursdataene mine som CSV.", "rights_request", ["portability"]],
    ["Hei", "Overfør opplysningene mine direkte til den nye coachen min.", "rights_request", ["portability"]],
    ["Hi", "I'd like to take my data with me to another platform.", "rights_request", ["portability"]],
    ["Hi", "Please send my data in a machine-readable format.", "rights_request", ["portability"]],
    ["Hi", "Export my course progress as JSON, please.", "rights_request", ["portability"]],
    ["Hei", "Jeg vil ha en kopi av alt dere har om meg, og i tillegg dataene i maskinlesbart format så jeg kan flytte dem.", "rights_request", ["access", "portability"]],
    ["Hi", "Please send me a copy of all personal data you hold about me, and a machine-readable export I can transfer to another provider.", "rights_request", ["access", "portability"]],
    ["Hei", "Hva har dere lagret om meg? Jeg vil også ha kursdataene som CSV.", "rights_request", ["access", "portability"]],
    ["Hei", "Rett opp adressen min og slutt å sende meg reklame.", "rights_request", ["rectification", "objection"]],
    ["Hi", "Please fix my misspelled name and unsubscribe me from the newsletter.", "rights_request", ["rectification", "withdraw_consent"]],
    ["Hei", "Jeg bruker ikke kursportalen lenger. Dere kan bare slette meg.", "rights_request", ["erasure"]],
    ["Hei", "Kan dere fjerne bildet av meg fra nettsiden?", "rights_request", ["erasure"]],
    ["Hei", "Vil ha kontoen min slettet.", "rights_request", ["erasure"]],
    ["Hei", "Slett all informasjon dere har om firmaet mitt og meg.", "rights_request", ["erasure"]],
    ["Hei", "Ønsker at alle mine personopplysninger blir fjernet.", "rights_request", ["erasure"]],
    ["Hei", "Kan dere slette e-postene jeg sendte dere i fjor?", "rights_request", ["erasure"]],
    ["Hi", "Please erase me from your records.", "rights_request", ["erasure"]],
    ["Hi", "I no longer use the portal, so please get rid of my profile.", "rights_request", ["erasure"]],
    ["Hi", "Kindly delete the testimonial I wrote for you last year.", "rights_request", ["erasure"]],
    ["Hi", "Can you remove my comments from the course forum?", "rights_request", ["erasure"]],
    ["Hi", "I'm closing my business. Delete everything related to me and my company.", "rights_request", ["erasure"]],
    ["Hei", "Jeg har giftet meg og har nytt etternavn, Berg. Kan dere endre det?", "rights_request", ["rectification"]],
    ["Hei", "Navnet mitt er feil på fakturaen, det skal være Åse, ikke Ase.", "rights_request", ["rectification"]],
    ["Hei", "E-postadressen dere bruker til meg er gammel, bruk heller ase@example.no.", "rights_request", ["rectification"]],
    ["Hi", "My surname changed after I got married, could you update it to Berg?", "rights_request", ["rectification"]],
    ["Hi", "You have me down as Mr, but I'm Ms.", "rights_request", ["rectification"]],
    ["Hi", "Please amend my billing address to 22 King Street.", "rights_request", ["rectification"]],
    ["Hei", "Inntil klagen min er behandlet, ber jeg om at dere ikke bruker opplysningene mine.", "rights_request", ["restriction"]],
    ["Hi", "While you look into my complaint, please don't process my data any further.", "rights_request", ["restriction"]],
    ["Hi", "Please pause all use of my personal data until the dispute is resolved, but don't delete anything.", "rights_request", ["restriction"]],
    ["Hei", "Jeg vil gjerne vite hva dere vet om meg.", "rights_request", ["access"]],
    ["Hi", "Under GDPR, please tell me what information you have on file about me.", "rights_request", ["access"]],
    ["Hi", "Please send my workbook answers as an Excel file so I can use them in another tool.", "rights_request", ["portability"]],
    ["Hei", "Kan dere sende alle kursnotatene mine direkte til min nye coach?", "rights_request", ["portability"]],
    ["Hei", "Jeg vil ikke være med på bildene i markedsføringen deres lenger, jeg trekker samtykket.", "rights_request", ["withdraw_consent"]],
    ["Hi", "Please stop sending me your newsletter.", "rights_request", ["withdraw_consent"]],
    ["Hi", "I never signed up for your marketing emails. Stop sending them.", "rights_request", ["objection"]],
    ["Hei", "Jeg ønsker ikke lenger å være kunde hos dere, og vil at alt om meg skal bort.", "rights_request", ["erasure"]],
    ["Hei", "Kan dere sørge for at jeg ikke lenger finnes i systemene deres?", "rights_request", ["erasure"]],
    ["Hei", "Vennligst avslutt medlemskapet mitt og slett meg fra kundelisten.", "rights_request", ["erasure"]],
    ["Hei", "Jeg vil ha alle opplysninger om meg slettet.", "rights_request", ["erasure"]],
    ["Hei", "Fjern alt om meg, takk.", "rights_request", ["erasure"]],
    ["Hei", "Det ligger fortsatt et bilde av meg på nettsiden deres. Det må fjernes.", "rights_request", ["erasure"]],
    ["Hei", "Jeg krever at dere sletter personopplysningene mine etter GDPR artikkel 17.", "rights_request", ["erasure"]],
    ["Hei", "Kontoen min skal slettes, og dere skal ikke beholde noe om meg.", "rights_request", ["erasure"]],
    ["Hei", "Kan dere kvitte dere med alt dere har lagret om meg?", "rights_request", ["erasure"]],
    ["Hei", "Slett brukeren min og alt som hører til.", "rights_request", ["erasure"]],
    ["Hi", "I want nothing of mine left on your servers.", "rights_request", ["erasure"]],
    ["Hi", "Please make sure I'm completely removed from your mailing system and customer database.", "rights_request", ["erasure"]],
    ["Hi", "I'm exercising my right to erasure under Article 17.", "rights_request", ["erasure"]],
    ["Hi", "Could you please delete me?", "rights_request", ["erasure"]],
    ["Hi", "My old account should be deleted, I don't use it anymore.", "rights_request", ["erasure"]],
    ["Hi", "Please destroy any copies of my passport you still have.", "rights_request", ["erasure"]],
    ["Hi", "Close my account and don't keep any of my information.", "rights_request", ["erasure"]],
    ["Hi", "There's still a photo of me on your site. Please take it down.", "rights_request", ["erasure"]],
    ["Hi", "Kindly remove my personal details from all your systems.", "rights_request", ["erasure"]],
    ["Hi", "I want all traces of me gone from your platform.", "rights_request", ["erasure"]],
    ["Hei", "Meld meg av nyhetsbrevet og slett e-postadressen min fra listene deres.", "rights_request", ["erasure", "withdraw_consent"]],
    ["Hei", "Send meg først en kopi av det dere har om meg. Etterpå kan dere slette alt.", "rights_request", ["access", "erasure"]],
    ["Hi", "Please send me a copy of my data, and once I have it, delete my account.", "rights_request", ["access", "erasure"]],
    ["Hei", "Jeg trekker samtykket til bildet på nettsiden, og vil i tillegg at kontoen min slettes.", "rights_request", ["erasure", "withdraw_consent"]],
    ["Hi", "I withdraw my consent for the testimonial, and please close and delete my account too.", "rights_request", ["erasure", "withdraw_consent"]],
    ["Hei", "Slutt å ringe meg med tilbud, og fjern telefonnummeret mitt fra systemet.", "rights_request", ["erasure", "objection"]],
    ["Hi", "Stop the sales calls and delete my phone number from your CRM.", "rights_request", ["erasure", "objection"]],
    ["Hei", "Rett opp e-postadressen min, og slett den gamle.", "rights_request", ["erasure", "rectification"]],
    ["Hei", "Jeg vil vite hva dere har lagret om meg, og deretter at alt slettes.", "rights_request", ["access", "erasure"]],
    ["Hi", "Export my course data as CSV and then wipe my account.", "rights_request", ["erasure", "portability"]],
    ["Hei", "Kan dere sende over dataene mine i et format jeg kan importere i et annet system, og så slette profilen?", "rights_request", ["erasure", "portability"]],
    ["Hi", "Unsubscribe me and forget my email address.", "rights_request", ["erasure", "withdraw_consent"]],
    ["Kontoen min", "Hei. Jeg tok salgskurset hos dere i 2024, men driver ikke lenger firmaet. Jeg ser ingen grunn til at dere skal sitte på opplysningene mine, så jeg ber om at de fjernes fra alle systemene deres. Bekreft gjerne når det er gjort.", "rights_request", ["erasure"]],
    ["Avslutning", "Hei! Jeg har bestemt meg for å avslutte medlemskapet. Når det er gjort ønsker jeg også at dere sletter profilen og all historikk knyttet til meg.", "rights_request", ["erasure"]],
    ["Account", "Hello, I signed up for a free webinar last spring and have since received a number of emails. I'd now like my account and any related data to be permanently removed. Thanks.", "rights_request", ["erasure"]],
    ["Feil i profilen", "Hei. Da jeg logget inn i kursportalen i dag så jeg at etternavnet mitt står som Larsn. Det skal være Larsen. Kan dere ordne det?", "rights_request", ["rectification"]],
    ["Details", "Hi, quick one: my details on the portal still show my maiden name (Hansen). I'm Olsen now. Would be great if that could be sorted.", "rights_request", ["rectification"]],
    ["Opptak", "Hei. Jeg har klaget på hvordan opptaket fra veiledningen ble brukt. Mens dere ser på klagen, vil jeg at opptaket ikke brukes til noe som helst. Ikke slett det, jeg kan trenge det.", "rights_request", ["restriction"]],
    ["Recording", "Hi, until my complaint about the session recording has been looked into, please make sure it isn't used or shared. I don't want it deleted yet.", "rights_request", ["restriction"]],
    ["Innsyn", "Hei, jeg lurer på hva slags opplysninger dere har om meg etter kurset. Kan dere sende en oversikt, og si hvem dere eventuelt har delt dem med?", "rights_request", ["access"]],
    ["My data", "Hi, I'm curious what you actually hold about me after all these years. Could you send me everything, including any notes from the coaching calls?", "rights_request", ["access"]],
    ["Hei", "Hei, jeg har meldt meg av nyhetsbrevet to ganger, men får det fortsatt. Nå vil jeg at dere fjerner meg fra lista en gang for alle.", "rights_request", ["withdraw_consent"]],
    ["Hi", "I've asked twice already. Please delete my account. This is getting ridiculous.", "rights_request", ["erasure"]],
    ["Hei", "Ta bort navnet mitt fra deltakerlisten på nettsiden.", "rights_request", ["erasure"]],
    ["Hei", "Kan dere fjerne sitatet mitt fra forsiden?", "rights_request", ["erasure"]],
    ["Hei", "Jeg vil at svarene mine på spørreskjemaet skal slettes.", "rights_request", ["erasure"]],
    ["Hei", "Slett chatten vår fra i fjor, den inneholder helseopplysninger.", "rights_request", ["erasure"]],
    ["Hei", "Kan dere fjerne meg fra gruppebildet på Facebook-siden deres?", "rights_request", ["erasure"]],
    ["Hei", "Fjern kortopplysningene mine fra kontoen.", "rights_request", ["erasure"]],
    ["Hei", "Jeg ønsker at notatene fra coachingtimene mine blir slettet.", "rights_request", ["erasure"]],
    ["Hei", "Dere har fortsatt CV-en min fra da jeg søkte jobb. Den kan dere slette.", "rights_request", ["erasure"]],
    ["Hi", "Please remove my name from the attendee list on your site.", "rights_request", ["erasure"]],
    ["Hi", "Delete the notes from my coaching sessions, please.", "rights_request", ["erasure"]],
    ["Hi", "You still have my CV from when I applied. Please bin it.", "rights_request", ["erasure"]],
    ["Hi", "I'd like my survey answers deleted.", "rights_request", ["erasure"]],
    ["Hi", "Please remove the quote attributed to me from your homepage.", "rights_request", ["erasure"]],
    ["Hi", "Erase my payment card details from my account.", "rights_request", ["erasure"]],
    ["Hei", "Avslutt kontoen min, og sørg for at ingenting om meg blir liggende igjen.", "rights_request", ["erasure"]],
    ["Hei", "Kan jeg be om at dere sletter kun én av e-postadressene mine, og beholder den andre?", "rights_request", ["erasure"]],
    ["Hei", "Jeg har aldri gitt dere lov til å ha nummeret mitt. Fjern det umiddelbart.", "rights_request", ["erasure"]],
    ["Hei", "Dette er tredje gang jeg ber om det: få meg av listene deres, og slett alt dere har om meg.", "rights_request", ["erasure", "withdraw_consent"]],
    ["Hei", "Skandaløst at dere deler bilder av kursdeltakere uten å spørre. Bildet av meg skal bort fra Instagram med en gang.", "rights_request", ["erasure"]],
    ["Hei", "Jeg er lei av reklamen deres. Jeg har aldri vært kunde. Slutt å kontakte meg.", "rights_request", ["objection"]],
    ["Hei", "Det er uhørt at dere ikke har svart. Jeg krever fortsatt å få se hva dere har registrert om meg.", "rights_request", ["access"]],
    ["Hei", "Dere har feil navn på meg overalt, og det er irriterende. Rett det nå.", "rights_request", ["rectification"]],
    ["Hi", "I'm furious. I never gave you my number, yet your sales team keeps calling. Stop it and delete my number.", "rights_request", ["erasure", "objection"]],
    ["Hi", "This is the third time I'm asking. Tell me what data you hold on me.", "rights_request", ["access"]],
    ["Hi", "Really disappointed that my photo is still on your site after the course. Take it down, please.", "rights_request", ["erasure"]],
    ["Hi", "You misspelled my name on the certificate, which is embarrassing. Fix it and send a new one.", "rights_request", ["rectification"]],
    ["Hi", "Unacceptable that you're still emailing me. Unsubscribe me from everything.", "rights_request", ["withdraw_consent"]],
    ["Hi", "I've had enough of your marketing texts. I never agreed to them. Stop now.", "rights_request", ["objection"]],
    ["Hei", "Dårlig gjort å bruke sitatet mitt i en annonse. Jeg trekker tilbake tillatelsen.", "rights_request", ["withdraw_consent"]],
    ["Hi", "Not happy that my testimonial was used in ads. I'm taking back my permission.", "rights_request", ["withdraw_consent"]],
    ["Hei", "Hvilke opplysninger sitter dere på om meg?", "rights_request", ["access"]],
    ["Hei", "Kan jeg få utlevert opplysningene dere har om meg?", "rights_request", ["access"]],
    ["Hi", "What do you know about me? I want to see it all.", "rights_request", ["access"]],
    ["Hi", "Could you send me my customer file?", "rights_request", ["access"]],
    ["Hei", "Kan jeg få en utskrift av kundeprofilen min med alt som er lagret?", "rights_request", ["access"]],
    ["Hei", "Send meg loggen over når jeg har vært innlogget og hva som er registrert.", "rights_request", ["access"]],
    ["Hi", "I want to download all my data so I can move it to a new provider.", "rights_request", ["portability"]],
    ["Hei", "Kan dere sende dataene mine til min nye regnskapsfører i et format de kan lese inn?", "rights_request", ["portability"]],
    ["Hei", "Jeg angrer på at jeg sa ja til at dere kunne bruke bildet mitt. Det ønsker jeg ikke lenger.", "rights_request", ["withdraw_consent"]],
    ["Hi", "I no longer want to be on your newsletter.", "rights_request", ["withdraw_consent"]],
    ["Hei", "Ikke send meg flere nyhetsbrev.", "rights_request", ["withdraw_consent"]],
    ["Hi", "Please don't email me your newsletter anymore.", "rights_request", ["withdraw_consent"]],
    ["Hei", "Jeg vil ikke at dere bruker opplysningene mine til profilering eller målrettet reklame.", "rights_request", ["objection"]],
    ["Hi", "Don't use my data for targeted ads.", "rights_request", ["objection"]],
    ["Hei", "Jeg har byttet nummer, nytt er 45612378.", "rights_request", ["rectification"]],
    ["Hei", "Min nye adresse er Kirkeveien 4, 0368 Oslo.", "rights_request", ["rectification"]],
    ["Hi", "The correct email for me is anna.berg@example.com, please use that from now on.", "rights_request", ["rectification"]],
    ["Hei", "Kan dere legge inn ny adresse på meg? Bor nå i Tromsø.", "rights_request", ["rectification"]],
    ["Hei", "La opplysningene mine ligge i ro hos dere, men ikke bruk dem, til saken med forsikringen er avgjort.", "rights_request", ["restriction"]],
    ["Hi", "Please delete my son's account and everything you hold about him.", "rights_request", ["erasure"]],
    ["Hi", "My daughter is 15 and signed up without asking us. Please remove her data.", "rights_request", ["erasure"]],
    ["Hei", "Slett opplysningene om datteren min, hun er under 18.", "rights_request", ["erasure"]],
    ["Hei", "Sønnen min har opprettet en bruker hos dere. Vi ønsker at den slettes.", "rights_request", ["erasure"]],
    ["Hei", "Jeg skriver på vegne av min mor, som ønsker innsyn i hva dere har registrert om henne.", "rights_request", ["access"]],
    ["Hi", "I'm writing on behalf of my father, who would like a copy of the data you hold about him.", "rights_request", ["access"]],
    ["Hi", "My late husband had an account with you. Please close it and delete his information.", "rights_request", ["erasure"]],
    ["Hei", "Kona mi ønsker ikke lenger å motta nyhetsbrevet. Kan dere melde henne av?", "rights_request", ["withdraw_consent"]],
    ["Hei", "Min kollega har byttet etternavn til Dahl, kan dere oppdatere det i deltakerlisten?", "rights_request", ["rectification"]],
    ["Hi", "Could you remove our son's photo from the course page?", "rights_request", ["erasure"]],
    ["Hei", "Jeg bytter til et annet kursfirma og vil ha med meg alle oppgavene og fremdriften min. Kan dere sende det i et format som kan leses inn der?", "rights_request", ["portability"]],
    ["Hei", "Kan dere overføre kundehistorikken min direkte til Fjord Coaching AS?", "rights_request", ["portability"]],
    ["Hei", "Jeg ønsker å få dataene mine utlevert i en fil, slik at jeg kan ta dem med videre.", "rights_request", ["portability"]],
    ["Hei", "Gi meg en eksport av alt jeg har lagt inn i portalen, gjerne som Excel.", "rights_request", ["portability"]],
    ["Hi", "I'm switching providers. Please hand over my data in a format the new one can import.", "rights_request", ["portability"]],
    ["Hi", "Can you give me a downloadable export of everything I've uploaded?", "rights_request", ["portability"]],
    ["Hi", "Please transfer my coaching notes to my new coach at lisa@example.com.", "rights_request", ["portability"]],
    ["Hi", "I want to exercise my right to data portability.", "rights_request", ["portability"]],
    ["Hei", "Jeg vil vite hva dere har lagret om meg, og få det jeg selv har lagt inn som en CSV-fil.", "rights_request", ["access", "portability"]],
    ["Hi", "Tell me what personal data you hold on me, and also send the data I provided in a machine-readable format.", "rights_request", ["access", "portability"]],
    ["Hei", "Send meg en kopi av opplysningene mine som CSV.", "rights_request", ["portability"]],
    ["Hi", "Please send me a copy of my data in JSON so I can import it elsewhere.", "rights_request", ["portability"]],
    ["Hei", "Kan jeg få innsyn i hva dere har om meg? Jeg vil også ha dataene eksportert så jeg kan flytte dem til en annen leverandør.", "rights_request", ["access", "portability"]],
    ["Hei", "Jeg vil ikke ha noe mer med dere å gjøre. Alt om meg skal ut av systemene deres.", "rights_request", ["erasure"]],
    ["Hi", "Could you check what you've got on me and send it over?", "rights_request", ["access"]],
    ["Hi", "I'd like to know whether you process any personal data about me, and if so, what.", "rights_request", ["access"]],
    ["Hei", "Er jeg registrert hos dere? I så fall vil jeg vite hva dere har.", "rights_request", ["access"]],
    ["Hei", "Dere skriver navnet mitt feil i alle e-postene. Det er Aase med to a-er.", "rights_request", ["rectification"]],
    ["Hei", "Kan dere bytte ut den gamle e-postadressen min med denne?", "rights_request", ["rectification"]],
    ["Hei", "Jeg vil ikke bli kontaktet av selgerne deres mer.", "rights_request", ["objection"]],
    ["Hi", "Don't contact me again with offers.", "rights_request", ["objection"]],
    ["Hei", "Jeg ønsker ikke å bli ringt opp med tilbud igjen.", "rights_request", ["objection"]],
    ["Hi", "I'd rather you didn't use my purchase history to target me with ads. Please stop.", "rights_request", ["objection"]],
    ["Hei", "Jeg vil ikke lenger stå med bilde på nettsiden deres, det sa jeg ja til for lenge siden.", "rights_request", ["withdraw_consent"]],
    ["Hi", "I agreed to be featured in your case study last year, but I've changed my mind. Please take me out of it.", "rights_request", ["withdraw_consent"]],
    ["Hei", "Dere har fortsatt gammel adresse på meg i Fiken, den nye er Bakkegata 2.", "rights_request", ["rectification"]],
    ["Hi", "Your system still has me at my old job. I'm now at Nordlys AS.", "rights_request", ["rectification"]],
    ["Hei", "Kan dere vente med å bruke opplysningene mine til noe som helst til jeg har fått svar fra Datatilsynet?", "rights_request", ["restriction"]],
    ["Hi", "Please hold off on using my data for anything until the complaint is settled.", "rights_request", ["restriction"]],
    ["Nyhetsbrev", "Hei, jeg får nyhetsbrevet deres hver uke, men har ikke lenger bruk for det. Ta meg av lista, takk.", "rights_request", ["withdraw_consent"]],
    ["Hei", "Kan dere slutte å sende meg nyhetsbrevet?", "rights_request", ["withdraw_consent"]],
    ["Hei", "Nyhetsbrevet trenger jeg ikke mer. Fint om dere stryker meg.", "rights_request", ["withdraw_consent"]],
    ["Hei", "Jeg har tidligere sagt ja til at dere kan bruke uttalelsen min i markedsføring. Det trekker jeg nå.", "rights_request", ["withdraw_consent"]],
    ["Hei", "Jeg ønsker ikke lenger SMS-påminnelser fra dere, selv om jeg krysset av for det.", "rights_request", ["withdraw_consent"]],
    ["Hi", "Please take me off the newsletter, I don't read it anymore.", "rights_request", ["withdraw_consent"]],
    ["Hi", "I'd like to opt out of the weekly tips emails I signed up for.", "rights_request", ["withdraw_consent"]],
    ["Hi", "You can no longer use my quote on your website. I'm withdrawing permission.", "rights_request", ["withdraw_consent"]],
    ["Hi", "Cancel my newsletter subscription, please.", "rights_request", ["withdraw_consent"]],
    ["Hi", "Stop the reminder texts, I only agreed to them for the first course.", "rights_request", ["withdraw_consent"]],
    ["Hei", "Jeg har fått ny e-post på jobb, kan dere sende alt til kari@nyjobb.no fra nå?", "rights_request", ["rectification"]],
    ["Hei", "Etternavnet mitt har en æ som blir borte hos dere: det er Sæther, ikke Sather.", "rights_request", ["rectification"]],
    ["Hei", "Postadressen min er endret. Ny adresse: Fjellveien 12, 5003 Bergen.", "rights_request", ["rectification"]],
    ["Hei", "Dere har registrert meg med feil firma, jeg jobber ikke i Nordlys lenger.", "rights_request", ["rectification"]],
    ["Hi", "Please note my new address from 1 June: 5 Mill Road, Cambridge.", "rights_request", ["rectification"]],
    ["Hi", "The phone number you have is no longer mine, please replace it with 98765432.", "rights_request", ["rectification"]],
    ["Hi", "My certificate says Jon, but my name is John. Could that be corrected?", "rights_request", ["rectification"]],
    ["Hei", "Vennligst slett profilen min fra sytemene deres.", "rights_request", ["erasure"]],
    ["Hei", "Telefonnummmeret mitt er endret til 98765432, kan dere legge inn det?", "rights_request", ["rectification"]],
    ["Hi", "Please stop procesing my data until you have checked it.", "rights_request", ["restriction"]],
    ["Hi", "My adderss is wrong, please correct it.", "rights_request", ["rectification"]],
    ["Hi", "Please send me a copy of everyting you have on me.", "rights_request", ["access"]],
    ["Hei", "Jeg vil ha en eskport av dataene mine som CSV.", "rights_request", ["portability"]],
    ["Hei", "Takk!\n\nKan dere slette kontoen min?\n\nOla", "rights_request", ["erasure"]],
    ["Hi", "Thanks for the quick reply.\n\nPlease delete my account.\n\nBest,\nAnna", "rights_request", ["erasure"]],
    ["Hi", "Thank you.\nOne more thing: please send me a copy of my data.\nAnna", "rights_request", ["access"]],
    ["Hei", "Hei igjen,\n\nbeklager at jeg maser, men\njeg vil gjerne at dere sletter\nprofilen min.\n\nMvh Kari", "rights_request", ["erasure"]],
    ["Hei", "Hei\nJeg ønsker innsyn\nMvh\nKari Nordmann\nTlf 99887766", "rights_request", ["access"]],
    ["Re: Kurs", "Ja takk, slett alt.\n\nDen 12. mai 2026 kl. 10:00 skrev Rie <rie@bedrebedrift.no>:\n> Vil du at vi sletter kontoen din?", "rights_request", ["erasure"]],
    ["Hei", "Hei,\n\nJeg vil slette kontoen min.\n\nSendt fra min iPhone", "rights_request", ["erasure"]],
    ["Hi", "Hi -\n\nremove me from your database please\n\nthx", "rights_request", ["erasure"]],
    // Dialect and Nynorsk: "æ", "mæ", "ikkje", "dokker" read as their Bokmål words.
    ["notater", "Eg lurer på om eg kan få sjå notata coachen skreiv om meg i timane?", "rights_request", ["access"]],
    ["gifta meg", "e gifta mæ i sommar så etternavnet mitt e no Strand, ikkje Olsen lenger. kan dokker endre det?", "rights_request", ["rectification"]],
    // The request in one sentence, what it is about in another.
    ["Endring", "Jeg har ny mobil: 948 12 345. Fint om dere legger det inn.", "rights_request", ["rectification"]],
    ["Notes", "The notes from my session say I was let go from my job, which is untrue. Please correct them, and don't use them until they're fixed.", "rights_request", ["rectification", "restriction"]],
    ["Opptak", "Ikke slett opptaket fra timen, jeg kan trenge det. Men dere må ikke bruke det eller dele det med noen.", "rights_request", ["restriction"]],
    ["Mailadressen", "Jeg vil ikke at dere skal ha e-postadressen min liggende, så fint om dere sletter den.", "rights_request", ["erasure"]],
    ["Closing", "Please make sure none of my personal information stays on your servers.", "rights_request", ["erasure"]],
    ["Records", "Would you be able to send over whatever you have on file for me?", "rights_request", ["access"]],
    ["no more", "I subscribed to your weekly newsletter at the conference, but please stop sending it to me.", "rights_request", ["withdraw_consent"]],
    ["Sv: Nyhetsbrev desember", "Ikke send meg dette mer.", "rights_request", ["withdraw_consent"]],
    ["case study", "I agreed to be a case study on your site but I'd rather not be anymore.", "rights_request", ["withdraw_consent"]],
    ["Annoyed", "This is the third time your sales team has called me. Take my number off your call list.", "rights_request", ["objection"]],
    ["Samtalereferat", "Hei. Jeg ønsker å få tilsendt referatene fra coachingsamtalene mine.", "rights_request", ["access"]],
    ["Sv: Kursbevis", "Kan jeg få vite hvilke opplysninger dere har om meg og hvor lenge dere beholder dem?", "rights_request", ["access"]],
    ["my name", "My name is registered as Mohamed Ali but it should be Mohammed Ali. Please amend.", "rights_request", ["rectification"]],
    ["please stop", "Every week I get a sales call from your team. I didn't ask for this. Stop calling.", "rights_request", ["objection"]],
    ["SMS-varsler", "Hei, jeg takket ja til SMS-påminnelser, men vil ikke ha dem lenger.", "rights_request", ["withdraw_consent"]],
    ["What did you record?", "You recorded our group session without telling us. I want to see everything you recorded of me.", "rights_request", ["access"]],
    ["Profiling", "Please stop analysing my purchase history to send me personalised offers.", "rights_request", ["objection"]],
    ["Riktig firma", "Hei, jeg jobber ikke lenger i Telenor, men i Equinor. Vennligst endre det i deltakerregisteret.", "rights_request", ["rectification"]],
    ["quick question", "Do you keep any notes on me from our calls? If so I'd like a copy.", "rights_request", ["access"]],
    ["pause", "Please don't do anything with my data for now - I'm checking with a lawyer whether it is accurate.", "rights_request", ["restriction"]],
    ["Overføring", "Jeg har startet i et nytt coachingprogram hos en annen leverandør. Kan dere sende fremdriften min over til dem?", "rights_request", ["portability"]],
    ["Leave me alone", "Your team keeps texting me about new offers. I never asked to be contacted. Please stop.", "rights_request", ["objection"]],
    ["Nyhetsbrev", "Takk for mange fine nyhetsbrev, men nå er det nok for min del. Kan dere melde meg ut?", "rights_request", ["withdraw_consent"]],
    ["Uttalelsen min", "Jeg vil ikke lenger at uttalelsen min brukes på nettsiden deres. Fjern den, takk.", "rights_request", ["withdraw_consent"]],
    ["Wrong company", "My invoices still show my old company name. Please update your customer records.", "rights_request", ["rectification"]],
    ["SMS", "Hei! Jeg vil ikke ha flere SMS-påminnelser. Kun e-post er fint.", "rights_request", ["withdraw_consent"]],
    ["Spelling", "You spelled my surname 'Mcdonald' on the certificate - it's 'MacDonald'. Could you send a new one?", "rights_request", ["rectification"]],
    ["Calls", "I keep getting calls from your sales team. I've never been a customer. I don't want to be contacted for sales.", "rights_request", ["objection"]],
    ["Referral", "I agreed to let you use my name as a referral for other clients. Please don't do that anymore.", "rights_request", ["withdraw_consent"]],
    ["Hello", "I'd be grateful if you could let me know what details of mine are on your system.", "rights_request", ["access"]],
    ["data correction", "The date of birth on my profile is off by a year. It should be 3 May 1990.", "rights_request", ["rectification"]],
    ["please remove", "I'm getting your weekly newsletter which I signed up for, but I'd like to stop receiving it now.", "rights_request", ["withdraw_consent"]],
    ["Takk for meg", "Takk for et fint kurs. Jeg vil gjerne meldes av nyhetsbrevet, og at kontoen min slettes.", "rights_request", ["erasure", "withdraw_consent"]],
    ["transcripts", "Do you have transcripts of my coaching calls? I'd like to receive them, please.", "rights_request", ["access"]],
    ["Feil i profilen", "I profilen min står det at jeg bor i Bergen, men jeg bor i Trondheim. Fint om det blir rettet.", "rights_request", ["rectification"]],
    ["Stop using my data", "Until we've resolved the billing dispute, I don't want my data used for anything other than keeping it on file.", "rights_request", ["restriction"]],
    ["Reklame i posten", "Hei, jeg ønsker ikke mer reklame i posten fra dere. Har aldri bestilt noe.", "rights_request", ["objection"]],
    ["Bildet", "Dere fikk lov til å bruke bildet mitt i brosjyren. Det ønsker jeg ikke lenger.", "rights_request", ["withdraw_consent"]],
  ];
  it.each(requests)("request: %s: %s", async (subject, body, category, rights) => {
    const result = await classify(subject, body);
    expect({ category: result.category, rights: result.rights }).toEqual({ category, rights });
  });
  const complaints: Case[] = [
    ["Kurset", "Jeg er veldig skuffet over kurset.", "complaint", []],
    ["Hei", "Dette er helt uakseptabelt.", "complaint", []],
    ["Hei", "Jeg er ikke fornøyd med hvordan dere har behandlet meg.", "complaint", []],
    ["Hei", "Jeg har sendt tre e-poster og aldri fått svar.", "complaint", []],
    ["Hei", "Jeg føler meg dårlig behandlet av kundeservice.", "complaint", []],
    ["Hei", "Jeg har ventet i flere uker uten å høre noe fra dere.", "complaint", []],
    ["Hei", "Dere lovet at opptaket skulle være klart på fredag, og det er fortsatt ingenting.", "complaint", []],
    ["Hei", "Kursholderen var dårlig forberedt og kurset var bortkastede penger.", "complaint", []],
    ["Faktura", "Dere sendte fakturaen min til naboen min!", "complaint", []],
    ["Klage", "Jeg vil klage på behandlingen jeg fikk på telefon.", "complaint", []],
    ["Hei", "Det tok dere over en måned å svare på innsynsforespørselen min. Det er for dårlig.", "complaint", []],
    ["Hei", "Jeg er lite fornøyd med oppfølgingen etter kurset.", "complaint", []],
    ["Hei", "Hvorfor får jeg fortsatt e-post fra dere når jeg har meldt meg av for lenge siden?", "complaint", []],
    ["Hei", "Ingen har svart meg på to uker. Jeg er rett og slett skuffa.", "complaint", []],
    ["Hi", "I've been waiting for weeks and nobody has got back to me.", "complaint", []],
    ["Course", "I'm really disappointed with the course.", "complaint", []],
    ["Hi", "This is unacceptable.", "complaint", []],
    ["Hi", "You never answered my email.", "complaint", []],
    ["Hi", "I'm not happy with how my data was handled.", "complaint", []],
    ["Hi", "The webinar was cancelled with no notice, which is very frustrating.", "complaint", []],
    ["Hi", "Your staff were rude to me on the phone.", "complaint", []],
    ["Complaint", "I wish to make a formal complaint about how my booking was handled.", "complaint", []],
    ["Hi", "It took you six weeks to answer my access request. That is far too slow.", "complaint", []],
    ["Hi", "I'm very dissatisfied with the service I received.", "complaint", []],
    ["Hei", "Jeg må si at jeg ble overrasket over hvor lite hjelp jeg fikk.", "complaint", []],
    ["Hei", "Dette var langt under forventning for et kurs til 9000 kr.", "complaint", []],
    ["Hei", "Hvordan kan det ha seg at jeg får reklame fra dere når jeg aldri har vært kunde?", "complaint", []],
    ["Hei", "Tre uker og fortsatt ikke noe svar. Hva holder dere på med?", "complaint", []],
    ["Hei", "Opptaket der jeg er med ble delt i en Facebook-gruppe uten at noen spurte meg. Det liker jeg ikke.", "complaint", []],
    ["Hei", "Kundeservicen deres er en katastrofe.", "complaint", []],
    ["Hei", "Det er ikke i orden at dere ringer meg midt i arbeidstiden med salg.", "complaint", []],
    ["Hi", "Honestly, the course was a letdown. Half the modules were missing.", "complaint", []],
    ["Hi", "I've emailed you four times now without a single reply.", "complaint", []],
    ["Hi", "I'm quite upset that my photo was used in an ad without asking me.", "complaint", []],
    ["Hi", "You charged my card twice for the same course. Not impressed.", "complaint", []],
    ["Hi", "Your newsletter went out with everyone's email addresses visible. That's a serious mistake.", "complaint", []],
    ["Hi", "The coach didn't turn up and nobody even apologised.", "complaint", []],
    ["Klage", "Hei. Jeg ble lovet tilbakemelding på oppgaven innen en uke. Det har nå gått fire uker. Jeg synes ikke det er greit.", "complaint", []],
    ["Feedback", "Hi Rie, I'll be honest, I expected a lot more from the mentoring programme. Sessions were moved at the last minute and the material felt recycled.", "complaint", []],
    ["Klage", "Hei. Påmeldingsskjemaet ba om fødselsnummer for et gratis webinar. Det virker helt unødvendig, og jeg liker ikke at dere samler inn slikt.", "complaint", []],
    ["Complaint", "Hello, your reminder texts arrive at 11pm. That's really not appropriate and it woke my kids.", "complaint", []],
    ["Hei", "Jeg har ringt flere ganger uten å komme gjennom, og ingen ringer tilbake.", "complaint", []],
    ["Hei", "Kurset ble avlyst uten beskjed, og jeg hadde tatt fri fra jobben.", "complaint", []],
    ["Hei", "Hvorfor har ingen svart meg? Jeg skrev for tre uker siden.", "complaint", []],
    ["Hei", "Det var ikke helt som jeg forventet, for å si det sånn.", "complaint", []],
    ["Hi", "It's been three weeks and nothing has happened. What is going on?", "complaint", []],
    ["Hi", "I feel like nobody over there cares about customers any more.", "complaint", []],
    ["Hi", "I was promised a refund in March and I'm still waiting.", "complaint", []],
    ["Hei", "Dere har trukket meg to ganger for samme kurs.", "complaint", []],
    ["Hei", "Jeg fikk ikke noe kursbevis, selv om jeg har spurt tre ganger.", "complaint", []],
    ["Hei", "Jeg ble ganske overrasket da en selger fra dere visste hvor jeg jobber. Det føles ikke trygt.", "complaint", []],
    ["Hei", "Jeg oppdaget at navnet mitt står på nettsiden deres som referanse, uten at jeg visste om det.", "complaint", []],
    ["Hi", "I didn't expect my details to be passed on to your partners. That wasn't made clear at all.", "complaint", []],
    ["Hi", "Why am I on your mailing list? I've never heard of you.", "complaint", []],
    ["Hei", "Hvordan har dere fått tak i telefonnummeret mitt? Jeg har aldri gitt det til dere.", "complaint", []],
    ["Hei", "Opptaket fra webinaret ligger åpent på YouTube, og der vises ansiktet mitt. Det var ikke avtalt.", "complaint", []],
    ["Hi", "The recording with my face in it is public on your YouTube channel. Nobody told us it would be.", "complaint", []],
    ["Hei", "Fakturaene deres er et kaos: feil beløp, feil dato, og ingen svarer når jeg spør.", "complaint", []],
    ["Hi", "Your invoices are a mess, wrong amounts and wrong dates, and nobody answers my emails.", "complaint", []],
    ["Hei", "Jeg har sendt to e-poster uten svar. Dette er ikke sånn jeg forventer å bli behandlet som kunde.", "complaint", []],
    ["Hi", "I've sent two emails and heard nothing. Not the service I expect.", "complaint", []],
    ["Hei", "Jeg er ikke fornøyd.", "complaint", []],
    ["Hei", "Dette burde dere ha sagt fra om før jeg betalte.", "complaint", []],
    ["Hei", "Jeg betalte for et kurs med oppfølging, men har ikke hørt noe siden første time. Ganske dårlig.", "complaint", []],
    ["Hei", "Lenken til webinaret virket ikke, og ingen svarte på telefonen. Jeg gikk glipp av hele greia.", "complaint", []],
    ["Hei", "Jeg syns det er trist at dere har sluttet å svare på e-post. Tidligere var dere så flinke.", "complaint", []],
    ["Hei", "Nå er det tredje gangen fakturaen kommer med feil beløp. Orker ikke mer av dette.", "complaint", []],
    ["Hei", "Kursmateriellet var fullt av feil, og halvparten av videoene manglet lyd.", "complaint", []],
    ["Hei", "Jeg ble lovet plass på kurset i mars, men så ble den gitt til noen andre. Det er ikke greit.", "complaint", []],
    ["Hi", "The coaching session started 25 minutes late and ended early. I paid for a full hour.", "complaint", []],
    ["Hi", "I've been charged for a course I cancelled in time. This needs fixing.", "complaint", []],
    ["Hi", "Your reply was rude and dismissive. I won't be recommending you.", "complaint", []],
    ["Hi", "Half the links in the course portal are dead and support hasn't responded in a week.", "complaint", []],
    ["Hi", "I'm a bit let down, to be honest. The content was very basic for the price.", "complaint", []],
    ["Hi", "Every email from you lands at 6am on a Sunday. It's too much.", "complaint", []],
    ["Hi", "You charged me twice for the same course.", "complaint", []],
    ["treg sletting", "Dere slettet til slutt kontoen min, men det tok over to måneder. Dere burde ha bedre rutiner.", "complaint", []],
    ["Kurset", "syns ikkje kurset va verdt pengan. dårleg opplegg", "complaint", []],
    ["Misfornøyd", "Jeg er misfornøyd med hvordan dere håndterte forespørselen min om innsyn. Det tok seks uker.", "complaint", []],
    ["Sv: Sletting", "Dere skrev at kontoen var slettet, men jeg fikk nettopp en påminnelse om kurset. Hva er det som skjer hos dere?", "complaint", []],
    ["warning", "If you ever share my details with a partner again, I will demand that you delete everything. Consider this a warning.", "complaint", []],
    ["Re: Deletion confirmed", "So you confirm my data is deleted, but I still got your newsletter today. How is that possible?", "complaint", []],
  ];
  it.each(complaints)("complaint: %s: %s", async (subject, body, category, rights) => {
    const result = await classify(subject, body);
    expect({ category: result.category, rights: result.rights }).toEqual({ category, rights });
  });
  const questions: Case[] = [
    ["Hei", "Hvor lenge lagrer dere opplysningene mine?", "inquiry", []],
    ["Hei", "Har jeg rett til å få en kopi av dataene mine?", "inquiry", []],
    ["Hei", "Hvordan kan jeg slette kontoen min?", "inquiry", []],
    ["Hei", "Hvilke formater kan dere eksportere i?", "inquiry", []],
    ["Hei", "Hva skjer med kursene mine hvis jeg trekker samtykket?", "inquiry", []],
    ["Hei", "Kan jeg endre e-postadressen min selv i portalen?", "inquiry", []],
    ["SV: Innsyn", "Takk, da venter jeg på svar.", "inquiry", []],
    ["Oppsigelse", "Jeg vil si opp abonnementet mitt fra neste måned.", "inquiry", []],
    ["Hei", "Deler dere e-postadressen min med andre firmaer?", "inquiry", []],
    ["Hei", "Lagrer dere kortnummeret mitt når jeg betaler?", "inquiry", []],
    ["Hei", "Hvordan ber jeg om innsyn?", "inquiry", []],
    ["Hei", "Sletter dere opplysningene automatisk når kurset er ferdig?", "inquiry", []],
    ["Hei", "Hvor oppbevares dataene mine, og er det i Norge?", "inquiry", []],
    ["Hei", "Kan dere sende meg fakturaen på nytt?", "inquiry", []],
    ["Hei", "Får jeg tilgang til opptaket av kurset etterpå?", "inquiry", []],
    ["Hi", "How long do you keep my data?", "inquiry", []],
    ["Hi", "Do I have a right to see what you store about me?", "inquiry", []],
    ["Hi", "What formats can you export in?", "inquiry", []],
    ["Hi", "What happens to my courses if I withdraw consent?", "inquiry", []],
    ["Hi", "Can I update my email address myself?", "inquiry", []],
    ["Re: Access request", "Thanks, I'll wait for your reply then.", "inquiry", []],
    ["Hi", "Please cancel my membership.", "inquiry", []],
    ["Hi", "Where is my data stored?", "inquiry", []],
    ["Hi", "Do you sell my data to third parties?", "inquiry", []],
    ["Hi", "Is my data deleted automatically when I cancel?", "inquiry", []],
    ["Hi", "Could you resend the link to the recording of yesterday's webinar?", "inquiry", []],
    ["Hi", "Can I change my booking to the March course?", "inquiry", []],
    ["Hei", "Jeg lurer på om dere sletter opptakene av webinarene etter en stund?", "inquiry", []],
    ["Hei", "Hvis jeg sier opp medlemskapet, blir da profilen min slettet også?", "inquiry", []],
    ["Hei", "Kan dere forklare hvordan dere behandler personopplysninger i kursportalen?", "inquiry", []],
    ["Hei", "Jeg har meldt meg på nyhetsbrevet, men har ikke fått noe ennå. Er det riktig e-post dere har?", "inquiry", []],
    ["Hei", "Hvordan melder jeg meg av nyhetsbrevet?", "inquiry", []],
    ["Hei", "Er det mulig å få eksportert fremdriften min hvis jeg en gang bytter plattform?", "inquiry", []],
    ["Hei", "Hvem hos dere har tilgang til opplysningene om kundene?", "inquiry", []],
    ["Hei", "Kan jeg få kvittering på kurset sendt til en annen e-postadresse?", "inquiry", []],
    ["Hei", "Hva gjør dere med dataene når jeg avslutter abonnementet?", "inquiry", []],
    ["Hei", "Jeg vil gjerne bytte til et billigere medlemskap. Hvordan gjør jeg det?", "inquiry", []],
    ["Hei", "Takk for at dere slettet kontoen min så raskt!", "inquiry", []],
    ["Hei", "Takk for oversikten dere sendte. Da har jeg det jeg trenger.", "inquiry", []],
    ["Hei", "Vi i firmaet vurderer å bruke dere. Har dere databehandleravtale?", "inquiry", []],
    ["Hi", "Out of curiosity, do you ever delete old customer records?", "inquiry", []],
    ["Hi", "If I close my account, what happens to my certificates?", "inquiry", []],
    ["Hi", "Could you explain what you use my email address for?", "inquiry", []],
    ["Hi", "How do I unsubscribe from the newsletter?", "inquiry", []],
    ["Hi", "Thanks for deleting my data so quickly, much appreciated.", "inquiry", []],
    ["Hi", "Is there a way to download my certificates as PDF?", "inquiry", []],
    ["Hi", "Do you keep recordings of the coaching sessions, and for how long?", "inquiry", []],
    ["Hi", "I'd like to upgrade to the annual plan. Can you send me an invoice?", "inquiry", []],
    ["Hi", "Who is your data protection contact?", "inquiry", []],
    ["Hi", "Just checking you received my request from last week. No rush.", "inquiry", []],
    ["Hi", "I want to change my password but can't find the setting.", "inquiry", []],
    ["Hei", "Har dere budsjettmalen fra kurset i Excel-format?", "inquiry", []],
    ["Hei", "Kan jeg bruke kursmateriellet i et annet firma jeg eier?", "inquiry", []],
    ["Hi", "Is the workbook available as a spreadsheet?", "inquiry", []],
    ["Hi", "Can I export my course notes myself from the portal?", "inquiry", []],
    ["Hei", "Kan jeg laste ned kursbeviset som PDF?", "inquiry", []],
    ["Hei", "Kan man flytte et kjøpt kurs til en annen bruker i samme firma?", "inquiry", []],
    ["Hi", "Does your platform integrate with other CRM systems?", "inquiry", []],
    ["Hei", "Jeg har fått ny jobb og lurer på om kurset kan faktureres til den nye arbeidsgiveren min.", "inquiry", []],
    ["Hei", "Hvordan oppdaterer jeg betalingskortet mitt?", "inquiry", []],
    ["Hi", "Where do I update my card details?", "inquiry", []],
    ["Hei", "Jeg fikk en e-post om at dere endrer personvernerklæringen. Hva betyr det for meg?", "inquiry", []],
    ["Hei", "Kan dere sende meg kvitteringen for kurset i mars?", "inquiry", []],
    ["Hi", "Can you send me a copy of the invoice for my order?", "inquiry", []],
    ["Hi", "Could you send me the slides from yesterday's session?", "inquiry", []],
    ["Hei", "Kan dere sende meg opptaket av webinaret i går? Jeg rakk det ikke.", "inquiry", []],
    ["Hei", "Hva slags informasjon samler dere inn når man kjøper et kurs?", "inquiry", []],
    ["Hi", "What kind of data do you collect when someone books a session?", "inquiry", []],
    ["Hei", "Kan dere bekrefte at påmeldingen min er registrert?", "inquiry", []],
    ["Hi", "Please confirm you've received my registration.", "inquiry", []],
    ["Hei", "Jeg har byttet jobb. Kan jeg fortsatt delta på kurset?", "inquiry", []],
    ["Hei", "Vil dere slette opptaket etter kurset, eller blir det liggende?", "inquiry", []],
    ["Hi", "Will the recording be deleted after the course or kept?", "inquiry", []],
    ["Hei", "Jeg sa opp abonnementet i forrige uke. Kan dere bekrefte at det er avsluttet?", "inquiry", []],
    ["Hei", "Er det mulig å reservere seg mot at bildet tas på kurset?", "inquiry", []],
    ["Hi", "Do I need to give my date of birth to sign up?", "inquiry", []],
    ["Hei", "Må jeg oppgi adresse for å kjøpe kurset?", "inquiry", []],
    ["Hei", "Kan jeg endre navnet på kursbeviset selv, eller må dere gjøre det?", "inquiry", []],
    ["Hi", "Can other participants see my email address in the portal?", "inquiry", []],
    ["Hei", "Hvordan kan jeg ta med meg fremdriften min hvis jeg bytter til et annet abonnement?", "inquiry", []],
    ["Hei", "Kan dere melde meg på nyhetsbrevet igjen? Jeg meldte meg av ved en feil.", "inquiry", []],
    ["Hi", "I accidentally unsubscribed from the newsletter, can you add me back?", "inquiry", []],
    ["Hei", "Jeg vil gjerne melde meg av kurset i april og heller ta det i mai.", "inquiry", []],
    ["Hi", "I need to cancel my place on Thursday's webinar.", "inquiry", []],
    ["Hei", "Kan jeg melde meg av webinaret på torsdag? Jeg blir dessverre forhindret.", "inquiry", []],
    ["Hei", "Hei! Jeg har vært på to kurs hos dere og lurer på hvor lenge dere tar vare på oppgavene jeg leverte. Må jeg be om at de slettes, eller skjer det automatisk?", "inquiry", []],
    ["Question", "Hi, before I sign up: if I later want my data removed, how would I go about that, and how long does it take?", "inquiry", []],
    ["Nyhetsbrev", "Hei, jeg har fått nyhetsbrevet deres en stund. Kan jeg velge å bare få det en gang i måneden?", "inquiry", []],
    ["Faktura", "Hei! Fakturaen for Mentorprogrammet har feil organisasjonsnummer. Kan dere sende en ny med riktig nummer 912345678?", "inquiry", []],
    ["Invoice", "Hi, the invoice you sent has the wrong VAT number on it. Could you reissue it?", "inquiry", []],
    ["Hei", "Takk for svar. Da venter jeg på oversikten dere nevnte.", "inquiry", []],
    ["Re: Your deletion request", "Thanks for confirming. All good on my side.", "inquiry", []],
    ["Hei", "Jeg lurer på hvilke rettigheter jeg har når det gjelder opplysningene dere lagrer.", "inquiry", []],
    ["Hei", "Kan dere fortelle litt om hvordan sletting fungerer hos dere?", "inquiry", []],
    ["Hei", "Hva slags format får man dataene i hvis man ber om en eksport?", "inquiry", []],
    ["Hei", "Blir opplysningene mine delt med kursholderne?", "inquiry", []],
    ["Hei", "Har dere en rutine for å slette gamle kundeopplysninger?", "inquiry", []],
    ["Hei", "Jeg vurderer å melde meg på, men vil først vite om dere selger e-postadresser videre.", "inquiry", []],
    ["Hei", "Sier opp abonnementet mitt fra 1. juni. Takk for nå!", "inquiry", []],
    ["Hei", "Kan dere avslutte medlemskapet mitt fra neste måned?", "inquiry", []],
    ["Hei", "Hvis jeg trekker samtykket til bilder, må jeg da slutte på kurset?", "inquiry", []],
    ["Hei", "Hvordan går jeg fram for å få rettet opp feil i profilen min?", "inquiry", []],
    ["Hei", "Er det noen frist for når dere må svare på en forespørsel om innsyn?", "inquiry", []],
    ["Hei", "Takk for hjelpen med å rette adressen. Alt ser riktig ut nå.", "inquiry", []],
    ["Hi", "I'd like to understand what rights I have regarding the data you hold.", "inquiry", []],
    ["Hi", "In what format would you send my data if I asked for it?", "inquiry", []],
    ["Hi", "Is it possible to object to the use of my data for profiling, and how would that work?", "inquiry", []],
    ["Hi", "Please cancel my subscription at the end of the billing period.", "inquiry", []],
    ["Hi", "Do you share attendee lists with the course instructors?", "inquiry", []],
    ["Hi", "How can I get my name corrected on the certificate?", "inquiry", []],
    ["Hi", "What would happen to my progress if I deleted my account?", "inquiry", []],
    ["Hi", "Can you tell me who your data processors are?", "inquiry", []],
    ["Hi", "Thanks for updating my address so quickly.", "inquiry", []],
    ["Hi", "I'm writing on behalf of my company. What personal data do you need from our staff to run the training?", "inquiry", []],
    ["Hi", "We'd like to know whether you store data outside the EEA.", "inquiry", []],
    ["Hei", "Vi er et firma som vurderer kurs hos dere. Hvilke opplysninger om de ansatte trenger dere?", "inquiry", []],
    ["Hei", "Datteren min var på kurs i fjor. Hvordan kan hun få innsyn?", "inquiry", []],
    ["Hi", "Can parents ask for their children's data to be deleted?", "inquiry", []],
    ["Hei", "Hva skjer med dataene mine hvis jeg sletter kontoen?", "inquiry", []],
    ["Hi", "If I delete my account, will I lose my certificates?", "inquiry", []],
    ["Hei", "Takk for at dere rettet navnet mitt. Nå ser alt bra ut.", "inquiry", []],
    ["Hi", "Thanks for fixing my name on the certificate, it looks right now.", "inquiry", []],
    ["Hei", "Jeg har prøveabonnement. Hvordan avslutter jeg det før det blir dyrt?", "inquiry", []],
    ["Hei", "Jeg vil si opp prøveperioden min før den går over til betalt.", "inquiry", []],
    ["Hei", "Hvordan ber jeg om innsyn hos dere, og hvor lang tid tar det?", "inquiry", []],
    ["Hi", "How do I request a copy of my data, and do I need to prove who I am?", "inquiry", []],
    ["Hei", "Beklager at jeg maser, men har dere fått med dere spørsmålet mitt om faktura?", "inquiry", []],
    ["Hi", "Sorry to bother you again. Did you get my question about the March course?", "inquiry", []],
    ["Hei", "Ikke noe problem om det tar litt tid, jeg lurte bare på når kursbeviset kommer.", "inquiry", []],
    ["Hi", "No worries if not, but could I move my session to Friday?", "inquiry", []],
    ["Hei", "Jeg er ikke sikker på om jeg har meldt meg på riktig kurs. Kan dere sjekke?", "inquiry", []],
    ["Hi", "I'm not sure I understood the homework. Could you explain task 3?", "inquiry", []],
    ["Hei", "Dessverre blir jeg syk og må avlyse timen i morgen.", "inquiry", []],
    ["Hi", "Unfortunately I can't make it on Thursday. Could we reschedule?", "inquiry", []],
    ["Hi", "Could you send me the contract for the mentoring programme?", "inquiry", []],
    ["Hei", "Jeg er borte i dag, men kan dere sende meg fakturaen?", "inquiry", []],
    ["Innsyn?", "Har jeg rett til å se notatene coachen tar om meg?", "inquiry", []],
    ["GDPR", "Are you GDPR compliant? Do you have a data processing agreement?", "inquiry", []],
    ["Question", "How do you handle requests from customers who want their data deleted?", "inquiry", []],
    ["Can I", "Can I ask you to delete the recordings later, after the course is finished?", "inquiry", []],
    ["Sletting?", "Hei, sletter dere opplysningene om meg automatisk når kurset er ferdig?", "inquiry", []],
    ["Innlogging", "Hvordan endrer jeg e-postadressen jeg logger inn med?", "inquiry", []],
    ["Re: Deletion", "Thanks. One question though - will I still get the invoice for October?", "inquiry", []],
  ];
  it.each(questions)("no right exercised: %s: %s", async (subject, body, category, rights) => {
    const result = await classify(subject, body);
    expect({ category: result.category, rights: result.rights }).toEqual({ category, rights });
  });
  const machineSent: Case[] = [
    ["Kurs i mars", "Takk for e-posten din. Jeg er på kurs og har begrenset tilgang til e-post frem til 14. mars. Ved hastesaker, kontakt kontoret på 22 33 44 55.", "automated", []],
    ["Re: Faktura", "Hei, jeg er i foreldrepermisjon og leser ikke e-post jevnlig. Henvendelser kan sendes til post@firma.no.", "automated", []],
    ["Webinar", "Thank you for your email. I am away until 3 June with no access to email. For urgent matters please contact my colleague at ops@example.com.", "automated", []],
    ["Your message", "Thanks for reaching out! I'm currently travelling and will reply when I'm back on Monday.", "automated", []],
    ["Påminnelse: Webinar i morgen kl. 10", "Hei! Dette er en påminnelse om at webinaret «Prising for småbedrifter» starter i morgen kl. 10.00. Bli med via lenken under. Vi ses!", "automated", []],
    ["Reminder: your session starts in 1 hour", "Hi Rie, your meeting with Kari starts in 1 hour. Join here: https://whereby.com/bedrebedrift", "automated", []],
    ["Ny bestilling #1234", "Du har mottatt en ny bestilling i nettbutikken. Ordrenummer: 1234. Beløp: 1490 kr.", "automated", []],
    ["Payment received", "You received a payment of NOK 1,490.00 from Ola Nordmann. View the payment in your dashboard.", "automated", []],
  ];
  it.each(machineSent)("machine-sent: %s: %s", async (subject, body, category, rights) => {
    const result = await classify(subject, body);
    expect({ category: result.category, rights: result.rights }).toEqual({ category, rights });
  });

  it("reads the Norwegian requests alike when æøå are written as aa, ae and o", async () => {
    const ascii = (text: string) => text.replace(/å/g, "aa").replace(/æ/g, "ae").replace(/ø/g, "o").replace(/Å/g, "Aa").replace(/Æ/g, "Ae").replace(/Ø/g, "O");
    const norwegian = requests.filter(([, body]) => /[æøå]/i.test(body));
    expect(norwegian.length).toBeGreaterThan(50);
    for (const [subject, body, category, rights] of norwegian) {
      const result = await classify(ascii(subject), ascii(body));
      expect({ body, category: result.category, rights: result.rights }).toEqual({ body, category, rights });
    }
  });
});

describe("classifyMail: round 9 phrasings", () => {
  const cases: Case[] = [
    ["Faktura", "Firmaet vårt har fått nytt navn, Fjellvind AS. Kan dere oppdatere fakturaen til det?", "inquiry", []],
    ["Invoice", "Our business has a new name now - could the next invoice show it?", "inquiry", []],
    ["Innlogging", "Jeg har byttet e-postadresse og kommer ikke inn på kursportalen. Hjelp?", "inquiry", []],
    ["Login", "I changed my email and now the login doesn't work. What should I do?", "inquiry", []],
    ["Faktura", "Navnet mitt er feilstavet på fakturaen, det skal være Lien, ikke Lie. Vennligst rett det.", "rights_request", ["rectification"]],
    ["Svar", "Jeg ba om sletting i mars og fikk svar først nå i juni. Det er for dårlig.", "complaint", []],
    ["Slett", "Jeg ba om sletting for en måned siden og har ikke fått svar. Slett kontoen min nå.", "rights_request", ["erasure"]],
    ["Slutt", "Jeg har bare vært på et gratis webinar. Jeg ba aldri om salgssamtaler, så stopp det.", "rights_request", ["objection"]],
    ["Offers", "I never subscribed to anything. Stop marketing to me.", "rights_request", ["objection"]],
    ["Ringing", "Dere ringte meg igjen i dag med tilbud. Jeg vil ikke ha flere slike oppringinger.", "rights_request", ["objection"]],
    ["Anbefaling", "Jeg ga dere en uttalelse til hjemmesiden for to år siden. Jeg vil ikke at den skal stå der lenger.", "rights_request", ["withdraw_consent"]],
    ["Story", "I agreed to appear as a case study. I'd rather you didn't use it anymore.", "rights_request", ["withdraw_consent"]],
    ["Varsler", "Jeg sa ja til påminnelser på SMS, men ønsker ikke å motta dem lenger.", "rights_request", ["withdraw_consent"]],
    ["Slutt", "Jeg har sluttet i jobben og trenger ikke brukeren. Dere kan slette meg og alt som hører til.", "rights_request", ["erasure"]],
    ["Chat", "Kan jeg få en kopi av chatten mellom meg og mentoren min?", "rights_request", ["access"]],
    ["Eksport", "Kan dere eksportere kurshistorikken og notatene mine? Jeg skal bytte til en annen plattform.", "rights_request", ["portability"]],
    ["Leaving", "I won't be using your services any more, so please delete my details.", "rights_request", ["erasure"]],
    ["Deltakerliste", "Dere viste adressene til alle deltakerne på storskjerm. Helt uforsvarlig.", "complaint", []],
  ];
  classifiesAs(cases);

  it("takes someone else's newsletter with an unsubscribe footer for automated mail, even about deletion", async () => {
    const result = await classify("Ukens personvernbrev", "Denne uken: slik håndterer du krav om sletting. Du kan når som helst melde deg av.", {}, "news@personvernbrevet.no");
    expect(result.category).toBe("automated");
  });
});

/**
 * Phrasing families met in a later blind dev set, written afresh here (none copied from it): a second right
 * in its own sentence, a fix or deletion asked for in the passive, a request inside an angry mail, keeping
 * data unused, a threat that is only a complaint, an open CC list, and a forwarded notice with only "FYI".
 */
describe("classifyMail: second rights, passives, threats and forwarded notices", () => {
  const cases: Case[] = [
    // A fix asked for in the passive or as a noun.
    ["Ordrehistorikk", "Ordrehistorikken min viser et kurs jeg aldri har kjøpt. Jeg ber om at oversikten rettes.", "rights_request", ["rectification"]],
    ["Notes", "On behalf of my client I request correction of the session notes, which wrongly say she was dismissed.", "rights_request", ["rectification"]],
    ["Historikk", "Kjøpshistorikken stemmer ikke. Jeg ber om at historikken korrigeres, og inntil saken er avklart ber jeg om at dere ikke bruker disse opplysningene.", "rights_request", ["rectification", "restriction"]],
    ["History", "My purchase history shows a workshop I never attended. I'd like the history corrected.", "rights_request", ["rectification"]],
    // "Correct" after "is/it's" describes; it asks for no fix.
    ["My data", "Please send me what you hold about me. Until I've checked it's correct, put my profile on hold.", "rights_request", ["access", "restriction"]],
    ["Sertifikat", "Please check that my details are correct before you print the certificate.", "inquiry", []],
    ["Booking", "I'd like my booking changed to the May course.", "inquiry", []],
    ["Time", "Jeg ønsker at timen min endres til torsdag.", "inquiry", []],
    // Scrub, purge, destroy: erasure, also inside an angry mail.
    ["Take me off", "Please stop the marketing and scrub my details from your CRM and mailing lists.", "rights_request", ["erasure", "objection"]],
    ["Disgraceful", "Disgraceful. Your trainer discussed my private situation with the group without asking. I want that recording purged today.", "rights_request", ["erasure"]],
    ["Notater", "Jeg er sjokkert over at coachen delte dette. Jeg vil ha notatene fra timen slettet med en gang.", "rights_request", ["erasure"]],
    // A withdrawal as the second right: "heller ikke", "either", "opt me out".
    ["Avslutte", "Slett profilen min. Nyhetsbrevet vil jeg heller ikke ha lenger.", "rights_request", ["erasure", "withdraw_consent"]],
    ["Closing", "Please delete my account. I don't want the newsletter either.", "rights_request", ["erasure", "withdraw_consent"]],
    ["Newsletter", "I joined your mailing list at the fair, but please opt me out now.", "rights_request", ["withdraw_consent"]],
    ["Lista", "Jeg meldte meg på i fjor, men vil gjerne bli strøket fra e-postlista nå.", "rights_request", ["withdraw_consent"]],
    ["Opt out", "How do I opt out of the newsletter?", "inquiry", []],
    // Keep it, but don't use it: restriction, even when the use is marketing.
    ["Video", "I don't need the video deleted, but stop using it in your ads and don't share it.", "rights_request", ["restriction"]],
    ["Opptak", "Jeg ber ikke om at opptaket slettes. Men dere må slutte å bruke det i reklame og ikke dele det med andre.", "rights_request", ["restriction"]],
    // "Stop this" after marketing they never asked for.
    ["Tilbud", "Etter et gratis webinar får jeg tilbud fra dere hver uke. Det har jeg aldri bedt om, og det vil jeg at dere slutter med.", "rights_request", ["objection"]],
    ["Sales", "Since the free webinar your team sends me sales emails every week. I never asked for this. I want you to stop.", "rights_request", ["objection"]],
    // A threat about next time is a complaint, not a request.
    ["Webinaret", "Det var ydmykende å bli hengt ut foran hele gruppen. Skjer det igjen, kommer jeg til å kreve at dere sletter alt om meg.", "complaint", []],
    ["Webinar", "You read out my private message to the whole group. Should anything like this happen again, I will demand that you erase my data.", "complaint", []],
    ["Certificate", "This is embarrassing, but I lost my certificate. Could you resend it?", "inquiry", []],
    // Participants' addresses visible to everyone.
    ["Påminnelse", "Invitasjonen gikk ut med alle deltakernes e-postadresser synlige i kopifeltet. Det er ikke i tråd med det vi forventer.", "complaint", []],
    ["Reminder", "Your reminder was sent with all participants' addresses in CC instead of BCC.", "complaint", []],
    ["Kopi", "Kan dere sende invitasjonen med blindkopi neste gang?", "inquiry", []],
  ];
  classifiesAs(cases);

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

/**
 * Everyday wordings met in two later blind dev sets (written afresh here): binning or clearing data out,
 * copies of one's own session recordings, notes sent straight to a new coach, keeping data unused in
 * Nynorsk and English, keeping enquiry history, complaints without privacy words, and questions about
 * unsubscribing or deleting that must stay inquiries.
 */
describe("classifyMail: everyday wordings, Nynorsk, and what stays a question", () => {
  const cases: Case[] = [
    // Erasure in everyday words.
    ["Spørreskjema", "Jeg angrer på at jeg sa ja til at dere kunne bruke svarene mine. Vær så snill og kast dem.", "rights_request", ["erasure", "withdraw_consent"]],
    ["Survey", "I filled in the survey with my full name. Could you please throw my answers away?", "rights_request", ["erasure"]],
    ["Lists", "Please clear my name and phone number out of your lists and any other systems.", "rights_request", ["erasure"]],
    ["Done", "The course is over for me. There's no need to keep anything about me.", "rights_request", ["erasure"]],
    ["E-poster", "Jeg ber om at alle de gamle e-postene mine fra 2021 blir fjernet.", "rights_request", ["erasure"]],
    ["Kurs", "Kan jeg kaste et blikk på svarene fra undersøkelsen før dere sender dem ut?", "inquiry", []],
    ["Konto", "Kontoen min ble slettet uten at noen sa fra. Det er ikke greit.", "complaint", []],
    // Copies of one's own recordings; a group webinar's recording is course material.
    ["Recordings", "My coaching sessions last spring were recorded. I'd love copies of those recordings and the chat.", "rights_request", ["access"]],
    ["Opptak", "Timene mine i høst ble tatt opp. Kan jeg få kopi av opptakene?", "rights_request", ["access"]],
    ["Webinar", "I missed Thursday's group webinar. Can I get the recording of it?", "inquiry", []],
    // Straight to the next coach; an invoice sent to an accountant moves no data.
    ["Ny coach", "Jeg begynner hos en ny coach. Er det mulig at dere sender målene mine direkte over til henne, i et format hun kan legge inn i systemet sitt?", "rights_request", ["portability"]],
    ["New coach", "I'm switching to a new coach. Please send my goals and notes straight to her.", "rights_request", ["portability"]],
    ["Faktura", "Kan dere sende fakturaen direkte til regnskapsføreren min?", "inquiry", []],
    // Kept, but not used: Nynorsk and English.
    ["Purring", "Eg har klaga på fakturaen. Ikkje bruk opplysningane mine til purringar medan de ser på saka.", "rights_request", ["restriction"]],
    ["Purring", "La opplysningene mine ligge i ro til klagen er avklart.", "rights_request", ["restriction"]],
    ["Dispute", "Please don't delete the notes or the recordings of our calls, I may need them, but don't use them for anything or share them.", "rights_request", ["restriction"]],
    ["Account", "I don't want to delete my account, but I don't use it much. Can I pause it?", "inquiry", []],
    // A fix asked for in everyday words; a booking changed is no correction.
    ["Kjøp", "I kjøpshistorikken min står det et kurs jeg aldri har kjøpt. Vær så snill å rette det.", "rights_request", ["rectification"]],
    ["Kjøp", "Eg vil gjerne at de ordnar opp i kjøpshistorikken min slik at den stemmer.", "rights_request", ["rectification"]],
    ["Booking", "I'd like my booking moved to June, my email is ola@example.com.", "inquiry", []],
    ["Adresse", "E-postadressen min er endret. Den nye er ola@example.no.", "rights_request", ["rectification"]],
    // Keeping their enquiry history, and mail they never signed up for.
    ["Historikk", "Jeg vil ikke at dere tar vare på korrespondansen vår fra i fjor.", "rights_request", ["objection"]],
    ["History", "I don't want you to keep the history of my old enquiries.", "rights_request", ["objection"]],
    ["Nyhetsbrev", "Jeg har aldri meldt meg på nyhetsbrevet deres. Slutt å sende det.", "rights_request", ["objection"]],
    ["Newsletter", "I never signed up for your newsletter. Please stop sending it, and delete my email address.", "rights_request", ["erasure", "objection"]],
    // Complaints without privacy words.
    ["Portalen", "Då eg logga inn, var all framgangen min i modul 3 borte. Eg synest ikkje det er godt nok.", "complaint", []],
    ["Progress", "All my progress in the course has vanished. I don't think that's acceptable.", "complaint", []],
    ["Telefonen", "Hun som tok telefonen gjentok høyt at jeg er sykmeldt. Det syns jeg var veldig ubehagelig.", "complaint", []],
    ["SV: Innsyn", "Takk for oversikten, men seks uker er altfor lenge å vente, og jeg måtte purre to ganger.", "complaint", []],
    ["Feedback", "In March I asked you to delete my account. I finally got confirmation in May. This isn't a new request, but it took far too long.", "complaint", []],
    ["Kopi", "Invitasjonen var sendt med alle mottakerne synlige. Skjer det en gang til, kommer jeg til å kreve at dere sletter alt om meg.", "complaint", []],
    ["Faktura", "Adressen er nå rettet, så det er i orden. Men jeg vil at dere skal vite at dette fikk store konsekvenser for meg.", "inquiry", []],
    ["Workshop", "Hope the workshop happens again next year, it was great!", "inquiry", []],
    ["Kurs", "Skjer det igjen til høsten? Jeg vil gjerne være med.", "inquiry", []],
    // Questions and conditionals stay inquiries.
    ["Export", "If I leave later, can I get my notes out of the portal? In what formats – CSV, PDF?", "inquiry", []],
    ["Sletting?", "Har jeg rett til å få slettet opplysningene mine? Jeg skal ikke slette noe nå, lurer bare.", "inquiry", []],
    ["Nyheitsbrev", "Eg tør ikkje melde meg av: mistar eg tilgangen til kursa dersom eg seier nei takk til nyheitsbrevet?", "inquiry", []],
    ["Nyhetsbrev", "Hvis jeg melder meg av nyhetsbrevet, mister jeg kursene? Har ikke meldt meg av ennå.", "inquiry", []],
    ["Newsletter", "Would I still have access to my courses if I unsubscribed from the newsletter?", "inquiry", []],
  ];
  classifiesAs(cases);


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

describe("classifyMail: terse phone mail, reports and threats, mails that ask for nothing", () => {
  const cases: Case[] = [
    // A handled request reported, or threatened, is no request.
    ["deletion", "took u 6 weeks to delete my profile. way too slow", "complaint", []],
    ["sletting", "dere brukte fem uker på å slette kontoen min. altfor lenge", "complaint", []],
    ["sms", "får jeg én melding til fra dere, så krever jeg at dere sletter alt om meg. lei av dette", "complaint", []],
    ["texts", "one more text from you and I'll ask you to erase everything you hold on me. annoying", "complaint", []],
    ["sms", "Jeg fikk en sms til i dag. Så nå ber jeg om å bli slettet.", "rights_request", ["erasure"]],
    // Complaints without the usual words: spam, a flood of mail, someone else's details.
    ["spam", "4 eposter fra dere bare i dag. dette er jo spam 😡", "complaint", []],
    ["wrong", "Got a confirmation from you meant for another customer, with her address and phone number in it.", "complaint", []],
    ["feil", "Fikk en ordrebekreftelse fra dere adressert til en annen kunde, med navnet og nummeret hennes.", "complaint", []],
    ["spam", "Your last mail ended up in my spam folder. Is the webinar still on Friday?", "inquiry", []],
    // Questions, plans and self-service stay inquiries; a request beside them still counts.
    ["export", "which formats can u export my notes in, e.g. JSON or CSV? might switch platforms next yr", "inquiry", []],
    ["eksport", "Hvilke formater kan dere eksportere i? CSV, Excel eller noe annet?", "inquiry", []],
    ["eksport", "Jeg bytter til en annen plattform. Send meg dataene mine som CSV.", "rights_request", ["portability"]],
    ["adresse", "har flytta, hvor endrer jeg adressa på min side selv?", "inquiry", []],
    ["adresse", "har flytta, ny adresse er Storgata 3, 0155 Oslo. kan dere endre det?", "rights_request", ["rectification"]],
    ["Opptak", "Blir samlingene tatt opp, og i så fall, hvem kan se opptakene?", "inquiry", []],
    ["Recordings", "Were my sessions recorded? If so, please send me a copy.", "rights_request", ["access"]],
    ["Re: sletting", "Takk! Slik jeg forstår det, blir resten slettet i januar. Da venter jeg på en bekreftelse.", "inquiry", []],
    ["Re: deletion", "Thanks for the reply, but I want the rest deleted now, not in January.", "rights_request", ["erasure"]],
    // Nouns for the request or the link name no request.
    ["Avmelding", "Avmeldingslenken fungerer dårlig, jeg måtte prøve tre ganger. Nå er jeg avmeldt, men det burde ikke være så vanskelig.", "complaint", []],
    ["Link", "I can't find the unsubscribe link anywhere. Please remove me.", "rights_request", ["withdraw_consent"]],
    // Rights in dialect, in texting shorthand, in the third person and after a wrong record.
    ["hei", "ka dokker har lagra om mæ? vil ha kopi", "rights_request", ["access"]],
    ["hi", "pls delete my acc and all my info, thx", "rights_request", ["erasure"]],
    ["kjøp", "historikken min sier jeg har kjøpt tre kurs, jeg har bare kjøpt ett. fiks det", "rights_request", ["rectification"]],
    ["history", "my purchase history says I bought 3 courses. I only bought one. fix it pls", "rights_request", ["rectification"]],
    ["Dad", "Writing for my dad: he wants to know what you hold about him and then have it all deleted.", "rights_request", ["access", "erasure"]],
    ["Quiz", "Could you send me my quiz results? I'd like to see what has been recorded about how I did.", "rights_request", ["access"]],
    ["Quiz", "Where can I see my quiz results? I can't find them in the portal.", "inquiry", []],
    // Taking a quote or photo down is the consent withdrawn, not an erasure.
    ["sitat", "vil ikke ha sitatet mitt på nettsiden deres lenger, ta det ned", "rights_request", ["withdraw_consent"]],
    ["Photo", "I don't want my photo on your Instagram any more. Please remove it.", "rights_request", ["withdraw_consent"]],
    // Nynorsk.
    ["sms", "Får eg ein sms til frå dykk, så ber eg om å bli sletta. Eg er lei av dette.", "complaint", []],
    ["feil mottakar", "Eg fekk ein e-post frå dykk som var meint for ein annan kunde, med namnet og adressa hennar.", "complaint", []],
    ["eksport", "Kva format kan de eksportere i, t.d. CSV eller JSON?", "inquiry", []],
    ["namn", "namnet mitt er feilstava i systemet dykkar. kan de rette det?", "rights_request", ["rectification"]],
  ];
  classifiesAs(cases);

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

describe("classifyMail: complaints without complaint words, named rights that are not meant, and disclaimers", () => {
  const cases: Case[] = [
    // Dissatisfaction said plainly.
    ["Your coach called my office", "Your coach called my work number and discussed my career goals with my coworker. That's private information. Not cool at all.", "complaint", []],
    ["Samtale", "Coachen deres fortalte kollegaen min at jeg går i coaching. Det hadde jeg ikke ventet av dere.", "complaint", []],
    ["course", "I expected much better from you. The workshop was poorly run.", "complaint", []],
    ["kurs", "Eg forventa mykje betre av dykk.", "complaint", []],
    ["kurset", "Kurset var dårlig og timene var for korte.", "complaint", []],
    // Someone else's data, data shown or sent to others.
    ["faktura", "Fakturaen jeg fikk har en annen deltakers navn og adresse på. Dette er ikke bra. Vær mer nøye.", "complaint", []],
    ["invoice", "Your invoice had another customer's name and address on it. Please be more careful.", "complaint", []],
    ["course", "You showed my test results to the whole group on screen.", "complaint", []],
    ["sms", "Dere sendte ei melding om helsa mi til feil person.", "complaint", []],
    ["sporing", "Kursportalen registrerer hver innlogging. Dette ble ikke nevnt da jeg meldte meg på, og jeg opplever det som unødvendig inngripende.", "complaint", []],
    // No-shows.
    ["Re: session", "Honestly, this is the second time. I waited twenty minutes and nobody showed up, and your reply doesn't even apologise.", "complaint", []],
    ["timen", "coachen dukka aldri opp i gar, og ingen har sagt ifra", "complaint", []],
    // Near misses: not complaints.
    ["kurs", "Det er ikke bra for meg å komme på tirsdag, kan jeg bytte til torsdag?", "inquiry", []],
    ["syk", "Jeg var dårlig i går og kunne ikke komme på timen. Kan jeg ta den igjen?", "inquiry", []],
    ["kurs", "Dette er andre gang jeg tar kurset, og det er like bra. Når kommer neste?", "inquiry", []],
    ["deling", "I shared my notes with my colleague and she loved the course. Can she sign up too?", "inquiry", []],
    ["vedlegg", "Det er private opplysninger i vedlegget, så ikke videresend det. Kan dere bekrefte at dere har mottatt skjemaet?", "inquiry", []],
    ["Vendor due diligence", "Could you share the list of data processors you use and confirm whether you can sign our data processing agreement?", "inquiry", []],
    // A complaint word negated, a hypothetical complaint, asking whether one may complain.
    ["Coaching subscription", "Could you cancel my monthly coaching subscription at the end of this period? No complaints at all - just a change in circumstances.", "inquiry", []],
    ["Oppsigelse", "Jeg sier opp abonnementet. Dette er ikke en klage, jeg har bare fått ny jobb.", "inquiry", []],
    ["klage?", "Hvis jeg er misfornøyd med hvordan dere behandler opplysninger om meg, må jeg ta det opp med dere først, eller kan jeg gå rett til Datatilsynet? Bare lurer, har ingen konkret sak nå.", "inquiry", []],
    ["complaints", "If I'm ever unhappy with how you handle my data, do I complain to you first or to Datatilsynet? Just curious.", "inquiry", []],
    ["klage", "Kan jeg klage på karakteren min fra kurset? Hvordan gjør jeg det?", "inquiry", []],
    ["klage", "Hvis dere ikke svarer innen fredag, klager jeg til Datatilsynet.", "complaint", []],
    // Threats after "one more".
    ["SMS-ene deres", "Jeg har fått tre SMS-er fra dere denne uka. Kommer det én til, krever jeg at dere sletter nummeret mitt.", "complaint", []],
    ["texts", "Another one and I'm asking you to delete everything you have on me.", "complaint", []],
    ["kurs", "Kommer det flere kurs til høsten, så melder jeg meg på med en gang!", "inquiry", []],
    ["data", "Finner dere noe om meg, ber jeg om at dere sletter det.", "rights_request", ["erasure"]],
    // An earlier request named, answered slowly.
    ["My access request", "I sent you an access request in August and got the answer only at the end of October, after three reminders. Not acceptable.", "complaint", []],
    ["Tilbakemelding på slettesaken min", "Jeg fikk i går bekreftelse på at kontoen min er slettet. Men det tok nesten to måneder. Det synes jeg er for dårlig.", "complaint", []],
    ["My access request", "I sent you an access request in August and have heard nothing. Please send me my data now.", "rights_request", ["access"]],
    // Portability named but not meant; portability asked for politely, pointing back to a format.
    ["Data portability request", "I'm exercising my right to data portability. I'm not moving anywhere - I just want to see what information you've got on me. A simple summary is fine.", "rights_request", ["access"]],
    ["Dataportabilitet", "Jeg ber om dataportabilitet: send kursdataene mine til min nye leverandør.", "rights_request", ["portability"]],
    ["bytte av coach", "Hun bruker et program der man kan importere mål fra en csv-fil. Kunne dere sendt meg målplanen og øvelsesloggen min i et sånt format?", "rights_request", ["portability"]],
    ["new coach", "My new coach uses an app that imports CSV files. Could you send me my goal plan in that format?", "rights_request", ["portability"]],
    ["Switching", "Before we switch: 1) a list of the personal data you hold about me, and which third parties it has been shared with, and 2) my course results exported as JSON.", "rights_request", ["access", "portability"]],
    // A new or correct contact detail next to an objection; never having said yes, then stop.
    ["Telefonnummer", "Dere har et gammelt nummer på meg. Mitt riktige nummer er 948 55 310, vær så snill å oppdatere det. Og jeg vil ikke bli ringt med salg igjen.", "rights_request", ["rectification", "objection"]],
    ["Text messages", "I never agreed to marketing by SMS. Please stop, and delete my mobile number from your systems.", "rights_request", ["erasure", "objection"]],
    ["tilbud pa sms", "na far jeg sms med tilbud hele tiden. jeg har aldri sagt ja til a bli kontaktet sann. vil ikke ha mer av dette takk", "rights_request", ["objection"]],
    ["sms", "Eg har aldri sagt ja til dette. Vil ikkje ha meir av det.", "rights_request", ["objection"]],
    ["kurs", "Kurset var kjempebra! Vil gjerne ha mer av dette, når kommer neste?", "inquiry", []],
    // Not deleting, but putting on hold; a date's full stop ends no sentence.
    ["Opptaket", "Jeg vil ikke at opptaket fra gruppesamlingen 12. mars skal slettes, men jeg ber om at dere setter det på vent: ikke del det og ikke bruk det før vi har snakket sammen.", "rights_request", ["restriction"]],
    ["opptak", "Jeg vil ikke at dere skal beholde opptaket fra 3. mai. Det skal slettes.", "rights_request", ["erasure"]],
    // Login trouble.
    ["innlogging", "har byttet jobb og dermed mail, og nå kommer jeg ikke inn fordi tilbakestillingslenka går til den gamle adressen. hvordan fikser jeg det? kan jeg bytte e-post selv?", "inquiry", []],
  ];
  classifiesAs(cases);

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

describe("classifyMail: how-to questions, earlier requests, second rights and complaints without complaint words (maildev 19/20)", () => {
  const cases: Case[] = [
    ["Endre navn", "Hei,\n\nHvordan endrer jeg navnet som står på kontoen min? Jeg har giftet meg og skal bytte etternavn, men finner ikke noe felt for det under «Profil».", "inquiry", []],
    ["hei", "Hvordan endrer jeg navnet som står på kontoen min? Jeg har giftet meg.", "inquiry", []],
    ["Slette konto?", "Kan jeg slette kontoen min i kursportalen selv, eller må det gjøres av dere?", "inquiry", []],
    ["konto", "Kan jeg slette kontoen min i kursportalen selv, eller må det gjøres av dere?", "inquiry", []],
    ["Delete account?", "Can I delete my account in the course portal myself, or do you have to do it?", "inquiry", []],
    ["Change name", "How do I change the name on my account? I got married.", "inquiry", []],
    ["Endre adresse", "Korleis endrar eg adressa mi i portalen?", "inquiry", []],
    ["Endre navn", "Hei, jeg har giftet meg. Kan dere endre navnet mitt til Kari Berg?", "rights_request", ["rectification"]],
    ["Slette konto", "Kan dere slette kontoen min?", "rights_request", ["erasure"]],
    ["Slett kontoen", "Hei. Hvordan sletter jeg kursene mine? Og slett kontoen min også.", "rights_request", ["erasure"]],
    ["Feil navn", "Navnet mitt er feilstavet i portalen, det skal være Kari Berg. Kan dere rette det?", "rights_request", ["rectification"]],
    ["Change email", "Hi, where do I change my email address in the portal? Can I do it myself?", "inquiry", []],
    ["Nytt navn", "Jeg har giftet meg og skal bytte etternavn, kan dere endre det i portalen til Berg?", "rights_request", ["rectification"]],
    ["Nytt navn", "Jeg har giftet meg og skal bytte etternavn. Vennligst endre navnet mitt til Kari Berg.", "rights_request", ["rectification"]],
    ["My testimonial", "Last year I agreed to let you use my photo and a quote from me on your website. I've since changed jobs and would rather it wasn't out there any more – could you take both down?", "rights_request", ["withdraw_consent"]],
    ["Sitat", "I fjor sa jeg ja til at dere kunne bruke bildet mitt på nettsiden. Kan dere ta det ned?", "rights_request", ["withdraw_consent"]],
    ["Sitatet mitt på nettsiden", "For to år siden sa jeg ja til at dere kunne bruke et sitat og et bilde av meg som referanse på nettsiden. Etter måten jeg ble møtt på ønsker jeg ikke lenger å stå som en fornøyd kunde hos dere.\n\nTa ned sitatet og bildet, og slett bildet fra arkivet deres.", "rights_request", ["erasure", "withdraw_consent"]],
    ["Nyhendebrev", "Eg meldte meg på nyhendebrevet dykkar i fjor, men eg ønskjer ikkje å få det lenger.", "rights_request", ["withdraw_consent"]],
    ["Nyhendebrev", "Eg meldte meg på nyhendebrevet dykkar i fjor haust, men eg ønskjer ikkje å få det lenger. De kan gjerne slette e-postadressa mi heilt òg, eg treng ingenting meir frå dykk.", "rights_request", ["erasure", "withdraw_consent"]],
    ["Leaving", "Could you export my notes as a CSV so I can import them into the platform I'm moving to? Once I have that, please close my account and remove my details.", "rights_request", ["erasure", "portability"]],
    ["Leaving", "If I close my account, do I lose my certificates?", "inquiry", []],
    ["photo", "I agreed to let you use my photo last year. Where on the website is it shown?", "inquiry", []],
    ["Gamle opplysninger", "Hei,\n\nJeg tok et kurs hos dere i 2021. Hvis dere fortsatt har noe som helst lagret om meg fra den gang, vil jeg at det blir slettet.", "rights_request", ["erasure"]],
    ["Gammel adresse", "Dere har fortsatt den gamle adressen min. Den nye er Storgata 5.", "rights_request", ["rectification"]],
    ["My data", "Could you send me everything you have on me in a file I can take with me to another provider? I'm moving my coaching over to a platform that imports CSV, so something along those lines would be perfect.", "rights_request", ["portability"]],
    ["My data", "Please tell me what you hold about me and who you shared it with, and send it as a CSV I can import elsewhere.", "rights_request", ["access", "portability"]],
    ["Dataene mine", "Kan dere sende meg alt dere har om meg i en fil jeg kan ta med til en annen leverandør? Den nye plattformen importerer CSV.", "rights_request", ["portability"]],
    ["Wrong purchase history", "My purchase history in the portal lists the Leadership Intensive from January, which I never bought – I think it's someone else's order. Please correct it, and until it's sorted, don't use that history for anything (no invoices, no reminders).", "rights_request", ["rectification", "restriction"]],
    ["Feil historikk", "Kjøpshistorikken min viser et kurs jeg aldri har kjøpt. Rett det, og inntil det er ordnet, ikke bruk den historikken til noe.", "rights_request", ["rectification", "restriction"]],
    ["SMS", "I never signed up for texts. Stop sending me marketing, by SMS or any other way.\n\nAnd while you're at it, my name is Siobhán, with the accent, not \"Siobahn\" as it says in your message. Fix it.", "rights_request", ["rectification", "objection"]],
    ["name", "My name is Siobhán, not \"Siobahn\" as it says in your message. Fix it.", "rights_request", ["rectification"]],
    ["navn", "Navnet mitt er Håkon, ikke «Hakon» som det står i eposten. Rett det.", "rights_request", ["rectification"]],
    ["name", "My name is Siobhán and I'm the new contact person at Acme. Could you send me the invoice?", "inquiry", []],
    ["Påmelding", "Navn og e-post kan dere beholde. Fødselsdatoen, adressen og arbeidsgiveren vil jeg at dere fjerner fra påmeldingen min.", "rights_request", ["erasure"]],
    ["Påmelding", "Please remove my date of birth and home address from my registration.", "rights_request", ["erasure"]],
    ["Påmelding", "Kan dere fjerne påmeldingen min til webinaret på torsdag? Jeg kan ikke likevel.", "inquiry", []],
    ["session", "I'd like the part of the recording where this happens sent to me. Don't delete the recording – I may need it – but until this is resolved it must not be shared with the group or used for anything.", "rights_request", ["access", "restriction"]],
    ["opptak", "Jeg vil gjerne få tilsendt den delen av opptaket der dette skjer.", "rights_request", ["access"]],
    ["Påmelding", "Påmeldingen min vil jeg at dere fjerner, jeg kan ikke komme likevel.", "inquiry", []],
    ["Opptak", "Opptaket fra timen min vil jeg at dere sletter.", "rights_request", ["erasure"]],
    ["webinar", "Is there a recording of the webinar? I missed the first part and would like to receive it.", "inquiry", []],
    ["Re: Beklager – feil vedlegg", "Ingen fare, sånt skjer. Jeg har slettet e-posten. Fikk jeg forresten mitt eget kursbevis også?", "inquiry", []],
    ["Re: feil mottaker", "No worries, it happens. I've deleted the email. By the way, is my certificate ready?", "inquiry", []],
    ["Re: feil vedlegg", "Ikkje noko problem. Eg har sletta e-posten no.", "inquiry", []],
    ["konto", "Slett kontoen min, takk.", "rights_request", ["erasure"]],
    ["konto", "Jeg har slettet appen, og nå vil jeg at dere sletter kontoen min også.", "rights_request", ["erasure"]],
    ["data", "Vennligst slett dataene mine.", "rights_request", ["erasure"]],
    ["Innsynet mitt", "Hei,\n\nJeg ba om innsyn 12. august og fikk svaret 14. november. Det er tre måneder, ikke 30 dager som dere selv skriver i personvernerklæringen. Svaret var for så vidt greit, men ventetiden er det ikke.\n\nJeg har meldt fra om dette til Datatilsynet.", "complaint", []],
    ["Access request", "I asked for access in August and got the answer in November. That is three months, not one. Unacceptable.", "complaint", []],
    ["Innsyn", "Jeg ba om innsyn i august og fikk aldri svar. Send meg kopien nå.", "rights_request", ["access"]],
    ["How does one complain to Datatilsynet?", "Hello,\n\nQuick question, and not about you – you've always been fine! I've had a bad experience with another company's handling of my data and I'm thinking of taking it to Datatilsynet. Do you know how that works? Is there a form?", "inquiry", []],
    ["Datatilsynet", "Hei! Ikke om dere, men et annet firma har behandlet dataene mine dårlig og jeg vurderer å klage til Datatilsynet. Vet dere hvordan det gjøres?", "inquiry", []],
    ["VS: Viktig: bekreft kontoen din", "Hei, jeg fikk denne i går (se under). Den ser litt rar ut, avsenderen er ikke bedrebedrift.no. Er den fra dere, eller er det svindel? Jeg har ikke trykket på noe.", "inquiry", []],
    ["Suspicious email", "I got an email asking me to confirm my account. Is this a scam or is it really from you?", "inquiry", []],
    ["Faktura", "Dette er rent svindel. Dere har trukket meg to ganger og svarer ikke.", "complaint", []],
    ["Billing question", "I think there might be a mistake – I was charged twice for the November membership. Could you check? Not a big deal, just want it sorted.", "inquiry", []],
    ["Faktura", "Jeg tror jeg er trukket to ganger for november. Kan dere sjekke? Ingen stor sak, vil bare ha det ordnet.", "inquiry", []],
    ["Charged twice", "I was charged twice AGAIN. This is the third time. Sort it out.", "complaint", []],
    ["Spørsmål", "Ingen klage, bare et spørsmål: hvor lenge lagrer dere opptakene?", "inquiry", []],
    ["Question", "Not a complaint, just curious – how long do you keep the recordings?", "inquiry", []],
    ["Klage", "Dette er en klage. Coachen deres delte helseopplysningene mine med gruppa.", "complaint", []],
    ["Takk for en flott coachingtime", "Tusen takk for en svært effektiv coachingtime i går kl. 14. Jeg satt alene i Whereby-rommet i 45 minutter og fikk god tid til å reflektere. Veldig lærerikt.\n\nIngen e-post, ingen SMS, ingen beskjed om at dere ikke kom. Til 1 800 kroner timen forventer jeg i det minste at noen dukker opp.", "complaint", []],
    ["Thanks for a great session", "Thanks for a very efficient session yesterday. I sat alone in the Zoom room for 40 minutes. No email, no message that you weren't coming. For that price I expect at least that someone shows up.", "complaint", []],
    ["Timen", "Jeg ventet i 30 minutter, men coachen kom aldri.", "complaint", []],
    ["Timen", "Jeg satt alene og jobbet med oppgavene i går. Kan jeg få tilbakemelding på dem?", "inquiry", []],
    ["Timen", "Jeg forventer at noen kommer og henter pakken i morgen, går det greit?", "inquiry", []],
    ["Re: Refund for order BB-20417", "Dear Sir or Madam,\n\nThis is my third message concerning the refund for order BB-20417. On 4 September you confirmed in writing that the amount would be refunded within ten days. It has not been.\n\nI expect the refund to be paid within five working days of this message. If it is not, I will pass the matter to my lawyer.", "complaint", []],
    ["Refusjon", "Dette er tredje gang jeg skriver om refusjonen. Blir den ikke betalt innen fem dager, sender jeg saken til advokaten min.", "complaint", []],
    ["Advokat", "Hei, jeg er advokat og lurer på om dere har kurs i personvern for små firmaer?", "inquiry", []],
    ["Invoice", "Could you send the invoice to my lawyer's office address instead? She handles my business paperwork.", "inquiry", []],
    ["Det som skjedde på samlinga", "På samlinga på torsdag las kursleiaren opp deltakarlista og sa høgt, framfor alle, at eg hadde fått utsett betalinga for kurset. Det er ingen andre si sak. Eg kjende meg audmjuka.\n\nEg reknar med at de tek dette opp med kursleiaren.", "complaint", []],
    ["Samlingen", "Kurslederen sa foran hele gruppa at jeg hadde fått utsatt betaling.", "complaint", []],
    ["Samlingen", "Jeg fortalte foran hele gruppa om prosjektet mitt, og fikk gode tilbakemeldinger. Takk for en fin dag!", "inquiry", []],
    ["Your \"security incident\" email", "Your email yesterday said that \"some customer data may have been accessed by an unauthorised party\" in October. That is all: two sentences, three weeks after the fact, no detail about what was taken.\n\nThis is not an acceptable way to inform customers. I have forwarded your notice to my lawyer and will be following the matter closely.", "complaint", []],
    ["Great customer care", "Really appreciated your assistant telling me, in front of the whole workshop,\nthat my question was \"a bit basic, maybe read the material first\". Super\nwelcoming for someone who paid NOK 2 900 to be there. Top marks.", "complaint", []],
    ["Workshop", "Takk til assistenten som sa foran hele workshopen at spørsmålet mitt var «litt grunnleggende». Veldig imøtekommende.", "complaint", []],
    ["Workshop", "Can I present my project in front of the whole group next week?", "inquiry", []],
    ["Sales", "I joined your free webinar on pricing last Tuesday, and since then I've had two calls and now this email from someone on your team trying to sell me the coaching package. Honestly it came across as pushy and has put me off booking anything with you.", "complaint", []],
    ["Salg", "Etter gratiswebinaret har jeg fått to telefoner og nå denne e-posten fra en selger hos dere. Det virket svært masete og har gjort at jeg ikke har lyst til å kjøpe noe.", "complaint", []],
    ["Sales", "Your salesperson called me yesterday about the coaching package. Is there a payment plan?", "inquiry", []],
    ["Kurs", "Jeg har ikke lyst til å kjøpe noe nå, men kan dere sende meg info om høstkurset?", "inquiry", []],
    ["Slette konto", "Kan jeg slette kontoen min selv i appen, eller maa dere gjore det?", "inquiry", []],
    ["Endre e-post", "Korleis endrar eg e-postadressa mi i kursportalen?", "inquiry", []],
    ["Delete account", "Is it possible for me to delete my account myself from the settings page?", "inquiry", []],
    ["Change name", "How can I change my surname on my profile? I recently got married.", "inquiry", []],
    ["Nytt etternavn", "Jeg har giftet meg og heter nå Berg. Kan dere oppdatere navnet mitt?", "rights_request", ["rectification"]],
    ["Slette konto", "Jeg finner ikke hvordan jeg sletter kontoen selv. Kan dere slette den for meg?", "rights_request", ["erasure"]],
    ["Spørsmål", "Ikkje ei klage, berre eit spørsmål: kor lenge lagrar de opptaka?", "inquiry", []],
    ["Question", "This isn't a complaint, just a question: how long do you keep my notes?", "inquiry", []],
    ["Klage", "Ikke for å klage, men coachen deres delte diagnosen min med hele gruppa.", "complaint", []],
    ["Phishing?", "Got a weird email claiming to be from you asking for my password. Is it a scam? I haven't clicked anything.", "inquiry", []],
    ["Svindel?", "Fekk ein rar e-post i dag som seier at kontoen min blir sletta. Er det svindel?", "inquiry", []],
    ["Billing", "I seem to have been charged twice this month. Could you take a look? No big deal, just want it fixed.", "inquiry", []],
    ["Betaling", "Dere har trukket meg to ganger, igjen. Dette er tredje gang jeg skriver om det.", "complaint", []],
    ["Re: Feil mottaker", "No problem at all, these things happen. I've deleted it from my inbox.", "inquiry", []],
    ["Re: Feil vedlegg", "Ikke noe problem, jeg har slettet vedlegget. Ha en fin dag!", "inquiry", []],
    ["Re: Feil vedlegg", "Jeg har slettet e-posten. Men jeg vil også at dere sletter alle opplysningene om meg.", "rights_request", ["erasure"]],
    ["Innsyn", "Eg bad om innsyn i mars og fekk svar i juli. Det er altfor lenge.", "complaint", []],
    ["Bildet", "Jeg ga dere lov til å bruke bildet mitt i markedsføringen. Ta det ned nå, takk.", "rights_request", ["withdraw_consent"]],
    ["Case study", "I consented to being featured as a case study on your blog. Please take it down.", "rights_request", ["withdraw_consent"]],
    ["Case study", "I consented to being featured as a case study. When will it be published?", "inquiry", []],
    ["Name", "Please note my name is Aoife, not Afie as you wrote it in the certificate. Please correct it.", "rights_request", ["rectification"]],
    ["Rude", "Loved how your coach mocked my accent in front of the whole class. Very professional.", "complaint", []],
    ["Frekk", "Kursholderen lo av svaret mitt foran alle deltakerne. Flott opplevelse.", "complaint", []],
    ["Forsinket refusjon", "Dere bekreftet skriftlig at beløpet skulle refunderes innen ti dager. Det har ikke skjedd. Skjer det ikke innen fem dager, overlater jeg saken til advokaten min.", "complaint", []],
    ["No-show", "Waited 30 minutes in the Teams meeting. Nobody came, nobody wrote. Brilliant.", "complaint", []],
    ["Lawyer", "My lawyer asked me to get a copy of the course contract – could you send it to me?", "inquiry", []],
    ["Breach", "Your breach notice was two lines long and came three weeks late. Not an acceptable way to treat customers.", "complaint", []],
    ["Moving", "Please export everything you hold on me into a file I can bring to my new coach's platform.", "rights_request", ["portability"]],
    ["Innsyn", "Send meg alt dere har lagret om meg.", "rights_request", ["access"]],
    ["Account", "I deleted the app, but please also delete my account and all my data.", "rights_request", ["erasure"]],
    ["Account", "Please delete my account.", "rights_request", ["erasure"]],
    ["Account", "Can I delete my account myself?", "inquiry", []],
    ["Rude", "This is not about you, Rie, but your assistant was rude to me in front of the whole group.", "complaint", []],
    ["Workshop", "Dette handler ikke om deg, men assistenten din var frekk mot meg foran hele gruppa.", "complaint", []],
    ["Datatilsynet", "Ikke om dere – et annet firma har rotet med dataene mine og jeg vurderer å klage til Datatilsynet. Vet dere hvordan det fungerer?", "inquiry", []],
    ["Datatilsynet", "Nothing to do with you: a different company leaked my details. How do I report that to Datatilsynet?", "inquiry", []],
    ["Rude", "Not about you personally, but another participant was rude and your coach did nothing. Disappointing.", "complaint", []],
  ];
  classifiesAs(cases);

  it("keeps the cover note's complaint when a forwarded sales mail is read with it", async () => {
    const en = await classify("Fwd: Following up on the webinar", forward("Since the free webinar I've had two calls and now this email trying to sell me the coaching package. It came across as pushy and has put me off booking anything with you.", "Sander <sander@bedrebedrift.no>", "Following up on the webinar", "Hi Tom,\nGreat to have you at the webinar! We're offering 20% off the coaching package this week - shall I set up a call?"));
    expect(en).toMatchObject({ category: "complaint", rights: [] });
    const nb = await classify("VS: Tilbud", forward("Etter webinaret har jeg fått to telefoner og nå denne e-posten. Det virket svært masete.", "Sander <sander@bedrebedrift.no>", "Tilbud", "Hei!\nVi har 20 % rabatt på coachingpakken denne uka. Skal jeg sette opp en samtale?"));
    expect(nb).toMatchObject({ category: "complaint", rights: [] });
  });
});

describe("classifyMail: exam1 families (threats, 'not nice', never-asked-so-stop, needs to be right, meanwhile, until sorted)", () => {
  const cases: [string, string, Category, Right[]][] = [
    ["Reminders", "This is the fourth reminder this week. If this keeps up I'll be asking you to delete my account.", "complaint", []],
    ["Påminnelser", "Dette er den fjerde påminnelsen denne uka. Fortsetter dette, kommer jeg til å be dere slette kontoen.", "complaint", []],
    ["Course", "Hi, I'm on the fourth module of the course. Can I get an extension to finish it this month?", "inquiry", []],
    ["Blog", "It wasn't nice to find my name on the participant list on your blog. A quick question beforehand would have been the decent thing to do.", "complaint", []],
    ["Bloggen", "Det var ikke hyggelig å se navnet mitt på deltakerlista på bloggen.", "complaint", []],
    ["Session", "Hi, what would have been the right thing to do when I missed the session?", "inquiry", []],
    ["Calls", "Your records have our company as Nordlys Consult AS; the name on my contact details needs to be right. I never asked to be contacted by phone, so please stop.", "rights_request", ["rectification", "objection"]],
    ["Ringing", "Dere har ringt meg tre ganger. Jeg har aldri bedt om å bli ringt.", "complaint", []],
    ["Invoice", "Hi, does the name on the invoice need to be the company name, or can it be mine?", "inquiry", []],
    ["SMS", "Jeg meldte meg på nyhetsbrevet, men nå vil jeg ikke ha det lenger. SMS-ene med tilbud har jeg aldri sagt ja til. Stopp begge deler, takk.", "rights_request", ["objection", "withdraw_consent"]],
    ["Nyhetsbrev", "Hei, hvis jeg ikke vil ha nyhetsbrevet lenger, hvordan melder jeg meg av?", "inquiry", []],
    ["Notes", "I disagree with the session notes. In the meantime I don't want them used for anything.", "rights_request", ["restriction"]],
    ["App", "In the meantime I don't use the app much. When does the next module open?", "inquiry", []],
    ["Rapport", "Til saken er avklart, ikke send noe om meg videre til arbeidsgiveren.", "rights_request", ["restriction"]],
    ["Innsyn?", "Har jeg krav på å få vite hva dere har lagret om meg?", "inquiry", []],
    ["Innsyn", "Jeg har krav på å få vite hva dere har lagret om meg, så send meg en oversikt.", "rights_request", ["access"]],
    ["Address", "Hi, my husband doesn't use his old email address anymore, so I am writing for him. When is the next course?", "inquiry", []],
    ["Address", "You still have his old email address. Please update it to per@new.no.", "rights_request", ["rectification"]],
    // exam2 (set22) families: a survey's answers no longer to be used, a photo let up and taken down, "slutt å ring", an old address as the means, threats, slow handling, the whole list in CC, "is it possible to get my … as CSV".
    ["Survey", "I filled in your survey last year. I'd rather you didn't use my answers anymore.", "rights_request", ["withdraw_consent"]],
    ["Undersøkelse", "Jeg svarte på undersøkelsen deres i fjor. Jeg vil helst at dere ikke bruker svarene mine lenger.", "rights_request", ["withdraw_consent"]],
    ["Survey", "I filled in your survey last year. Do you still use the answers?", "inquiry", []],
    ["Photo", "Years ago I let you put my photo and a quote on your front page. Would you mind taking the photo and the quote down?", "rights_request", ["withdraw_consent"]],
    ["Bildet", "For noen år siden fikk dere bruke bildet mitt og et sitat på forsiden. Kan dere ta ned bildet og sitatet?", "rights_request", ["withdraw_consent"]],
    ["Telefonselger", "Æ har fått tre telefona fra dokker. Slutt å ring mæ og ikkje bruk nummeret mitt te salg.", "rights_request", ["objection"]],
    ["Salg", "Jeg vil ikke bruke mer penger på salg av kurs. Hva koster det?", "inquiry", []],
    ["Kurs", "Jeg tok et kurs hos dere i 2021 med en gammel e-postadresse. Hvis dere fortsatt har noe om meg, vil jeg at dere fjerner det.", "rights_request", ["erasure"]],
    ["Course", "I signed up with an old email address. Please change my email to ola@new.no.", "rights_request", ["rectification"]],
    ["For mye", "Denne uka har jeg fått tre e-poster fra dere om samme kurs. Det er rett og slett for mye. Fortsetter det sånn, kommer jeg til å be dere slette alt dere har om meg.", "complaint", []],
    ["Kurs", "Det blir for mye for meg å ta to kurs i høst. Hvilket anbefaler dere?", "inquiry", []],
    ["My request", "I want to put on record how poorly my request was handled. I asked you on 3 May to delete my data. I had to remind you twice, and the confirmation only came on 19 August.", "complaint", []],
    ["Still waiting", "I asked you on 3 May to delete my data and have heard nothing. Please delete my data now.", "rights_request", ["erasure"]],
    ["CC", "The newsletter you sent today had all recipients in the CC field. I can now see the email addresses of about 80 other people.", "complaint", []],
    ["Kopi", "Nyheitsbrevet de sende i dag kom med alle mottakarane i kopifeltet. Eg kan no sjå e-postadressa til rundt 80 andre.", "complaint", []],
    ["Travel", "Can I see the email addresses of the other participants before the workshop? I'd like to coordinate travel.", "inquiry", []],
    ["Export", "Is it possible to get my journal entries and course progress out of the portal as a CSV or JSON file I can import?", "rights_request", ["portability"]],
    ["Eksport", "Er det mulig å få notatene og fremdriften min ut av portalen som en CSV-fil jeg kan importere?", "rights_request", ["portability"]],
    ["Car pool", "Is it possible to get the participant list for the workshop as a CSV? I'm organising the car pool.", "inquiry", []],
    ["Formats", "What formats can you export in? Is it possible to export to Excel?", "inquiry", []],
  ];
  classifiesAs(cases);
});
