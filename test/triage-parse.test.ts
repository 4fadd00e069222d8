import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MailParseError, parseMail } from "../triage/parse";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures/mail", name));

describe("parseMail: Norwegian charsets and encodings", () => {
  const files = [
    "charset-utf8-8bit.eml",
    "charset-utf8-base64.eml",
    "charset-latin1-8bit.eml",
    "charset-latin1-qp.eml",
    "charset-cp1252-qp.eml",
    "html-only.eml",
  ];
  it.each(files)("%s: æøåÆØÅ survive in subject, sender name and body", async (file) => {
    const mail = await parseMail(fixture(file));
    expect(mail.subject).toBe("Sletting av æøå ÆØÅ");
    expect(mail.from).toEqual({ address: "bjorn@example.no", name: "Bjørn Ærlig Åsen" });
    expect(mail.text).toContain("Jeg ønsker at dere sletter alle opplysninger om meg. Æ Ø Å æ ø å");
    expect(mail.text).not.toMatch(/\uFFFD|Ã/);
    expect(mail.signature).toMatch(/^Mvh\s+Bjørn Ærlig$/);
  });

  it("decodes the windows-1252 dash that ISO-8859-1 lacks", async () => {
    expect((await parseMail(fixture("charset-cp1252-qp.eml"))).text).toContain("å – takk");
  });

  it("turns an HTML-only mail into plain text without tags", async () => {
    const mail = await parseMail(fixture("html-only.eml"));
    expect(mail.text).not.toContain("<");
    expect(mail.text.startsWith("Hei!")).toBe(true);
  });

  it("reads a string source and lower-cases header names", async () => {
    const mail = await parseMail("From: A <a@example.no>\r\nX-Custom-Header: Verdi\r\nSubject: Hei\r\nMessage-ID: <m1@example.no>\r\n\r\nTekst\r\n");
    expect(mail.headers["x-custom-header"]).toBe("Verdi");
    expect(mail.headers["message-id"]).toBe("<m1@example.no>");
    expect(mail.messageId).toBe("<m1@example.no>");
    expect(mail.date).toBeUndefined();
  });

  it("keeps the threading headers", async () => {
    const mail = await parseMail(fixture("reply-quoted-right-nb.eml"));
    expect(mail.inReplyTo).toBe("<first@bedrebedrift.no>");
    expect(mail.references).toEqual(["<zero@example.no>", "<first@bedrebedrift.no>"]);
    expect(mail.date?.toISOString()).toBe("2026-05-13T07:12:00.000Z");
  });
});

describe("parseMail: new text, quoted history and signature", () => {
  it("separates a Norwegian reply with '> ' lines and a 'Den … skrev' attribution", async () => {
    const mail = await parseMail(fixture("reply-quoted-right-nb.eml"));
    expect(mail.text).toBe("Supert, takk for rask hjelp!");
    expect(mail.signature).toBe("Hilsen Per");
    expect(mail.quoted).toMatch(/^Den 12\. mai 2026 kl\. 10:00 skrev Bedre Bedrift/);
    expect(mail.quoted).toContain(">> Jeg vil at dere sletter alle opplysninger om meg.");
  });

  it("separates an Outlook reply (Fra:/Sendt:/Til:/Emne:) and a multi-line signature", async () => {
    const mail = await parseMail(fixture("outlook-reply-nb.eml"));
    expect(mail.text).toBe("Takk for svaret. Når kommer neste kurs?");
    expect(mail.signature).toMatch(/^Med vennlig hilsen\nKari Nordmann/);
    expect(mail.quoted).toContain("Fra: Bedre Bedrift");
    expect(mail.quoted).toContain("be oss slette opplysningene dine");
    expect(mail.forwarded).toBeUndefined();
  });

  it("separates an English reply whose 'On … wrote:' wraps over two lines, and 'Sent from my iPhone'", async () => {
    const mail = await parseMail(fixture("reply-wrapped-en.eml"));
    expect(mail.text).toBe("Thanks, that helps. Which payment methods do you accept?");
    expect(mail.signature).toContain("Best regards,");
    expect(mail.signature).toContain("Sent from my iPhone");
    expect(mail.quoted).toMatch(/^On Tue, 12 May 2026/);
  });

  it("separates an '-----Original Message-----' block", async () => {
    const mail = await parseMail(fixture("original-message-en.eml"));
    expect(mail.text).toBe("Got it, I will pay tomorrow.");
    expect(mail.quoted).toContain("withdraw your consent");
  });

  it("keeps the forwarded mail available when the cover note says only 'Se under.'", async () => {
    const mail = await parseMail(fixture("forward-nb-se-under.eml"));
    expect(mail.text).toBe("Se under.");
    expect(mail.signature).toBe("Sendt fra min iPhone");
    expect(mail.forwarded).toBe("Hei, jeg ber om innsyn i alle opplysninger dere har om meg.");
  });

  it("keeps the forwarded mail available under a Gmail 'Forwarded message' separator", async () => {
    const mail = await parseMail(fixture("forward-en-gmail.eml"));
    expect(mail.text).toBe("FYI");
    expect(mail.forwarded).toBe("Hello, please delete my account and all the data you have about me.");
  });

  it("treats a signature after '-- ' as signature", async () => {
    const mail = await parseMail("From: a@example.no\r\nSubject: Hei\r\n\r\nKan jeg få en faktura?\r\n\r\n-- \r\nOla Nordmann\r\nTlf 99 99 99 99\r\n");
    expect(mail.text).toBe("Kan jeg få en faktura?");
    expect(mail.signature).toContain("Ola Nordmann");
  });

  it("treats a disclaimer of whole sentences as signature, under '-- ' or under a sign-off", async () => {
    const dashes = await parseMail("From: a@example.no\r\nSubject: Hei\r\n\r\nCould you resend the invoice?\r\n\r\nThanks,\r\n\r\n-- \r\nOla Sæther | Operations Manager\r\nThis e-mail may contain confidential information. If you are not the intended recipient, please delete it.\r\n");
    expect(dashes.text).toBe("Could you resend the invoice?\n\nThanks,");
    expect(dashes.signature).toContain("intended recipient");
    const signOff = await parseMail("From: a@example.no\r\nSubject: Hei\r\n\r\nKan dere sende fakturaen?\r\n\r\nMvh Ola\r\nDenne e-posten kan inneholde konfidensiell informasjon. Hvis du har mottatt den ved en feil, ber vi deg slette den.\r\n");
    expect(signOff.text).toBe("Kan dere sende fakturaen?");
    // A "--" line with a sentence under it is no signature delimiter.
    const dashLine = await parseMail("From: a@example.no\r\nSubject: Hei\r\n\r\nHei\r\n--\r\nJeg vil at dere sletter kontoen min og alt dere har om meg.\r\n");
    expect(dashLine.text).toContain("sletter kontoen");
  });

  it("keeps a request that follows an opening 'Thank you.' as the sender's text, not as signature", async () => {
    const mail = await parseMail("From: a@example.com\r\nSubject: Data\r\n\r\nThank you.\r\nOne more thing: please send me a copy of my data.\r\nAnna\r\n");
    expect(mail.text).toContain("please send me a copy of my data");
    expect(mail.text).toMatch(/^Thank you\./);
  });
});

describe("parseMail: limits and bad input", () => {
  const bigMail = (bodyBytes: number) =>
    `From: a@example.no\r\nSubject: Stor\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${"Blåbærsyltetøy er godt. ".repeat(Math.ceil(bodyBytes / 27))}\r\n`;

  it("cuts text longer than maxBodyBytes and says so", async () => {
    const mail = await parseMail(bigMail(200_000), { maxBodyBytes: 1000 });
    expect(mail.truncated).toBe(true);
    expect(Buffer.byteLength(mail.text, "utf8")).toBeLessThanOrEqual(1000);
    expect(mail.text).not.toMatch(/\uFFFD/);
  });

  it("parses a huge mail under a limit without trouble", async () => {
    const mail = await parseMail(bigMail(30_000_000), { maxBodyBytes: 10_000 });
    expect(mail.truncated).toBe(true);
    expect(mail.subject).toBe("Stor");
  });

  it("leaves a mail under the limit whole", async () => {
    const mail = await parseMail(bigMail(500), { maxBodyBytes: 10_000 });
    expect(mail.truncated).toBe(false);
  });

  it("reads the first line with either line break, and an mbox From line before the headers", async () => {
    for (const source of [
      "Subject: Innsyn\r\nFrom: kari@example.no\r\n\r\nHei",
      "From kari@example.no Mon Dec  7 10:00:00 2026\nSubject: Innsyn\nFrom: kari@example.no\n\nHei",
    ]) {
      expect((await parseMail(source)).subject).toBe("Innsyn");
    }
    await expect(parseMail("Hei dere\r\nSubject: Innsyn\r\n\r\nHei")).rejects.toThrow(/first line/);
  });

  it.each([
    ["binary garbage", fixture("garbage.bin.eml")],
    ["an empty file", Buffer.alloc(0)],
    ["plain prose", "Dette er bare litt tekst uten e-posthoder.\nMed flere linjer."],
    ["random bytes", Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256))],
  ])("rejects %s with a clear error", async (_name, source) => {
    await expect(parseMail(source)).rejects.toThrow(MailParseError);
    await expect(parseMail(source)).rejects.toThrow(/not a mail|empty/);
  });
});
