import { describe, expect, it } from "vitest";
import { handedOnText, remindedRequest } from "../triage/classify/reminder";
import { wordsUpTo } from "../triage/model/model";
import { parseMail } from "../triage/parse";

/** A real mail from Siri Dahl, through the real parser. */
const mail = (subject: string, body: string) =>
  parseMail(`From: Siri Dahl <siri.dahl@example.no>\r\nTo: hei@bedrebedrift.no\r\nSubject: ${subject}\r\nDate: Tue, 12 May 2026 10:00:00 +0200\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body.replace(/\n/g, "\r\n")}\r\n`);

const HER_REQUEST = "Hei, kan dere slette profilen min og alt som hører til den?";
const quotingHer = (note: string, attribution = "Den 2. mars 2026 kl. 09:00 skrev Siri Dahl <siri.dahl@example.no>:") =>
  `${note}\n\n${attribution}\n> ${HER_REQUEST}\n>\n> Mvh Siri`;

describe("remindedRequest: a short reply that points at the sender's own unanswered request", () => {
  it.each([
    ["Se under, gjelder fortsatt!"],
    ["Any news on this?"],
    ["Purrer på denne. Har ikke hørt noe."],
    ["Still waiting."],
  ])("«%s» over her own mail reads that mail", async (note) => {
    expect(remindedRequest(await mail("Sv: Profilen min", quotingHer(note)))).toBe(HER_REQUEST);
  });

  it("knows her by name where the attribution gives no address", async () => {
    expect(remindedRequest(await mail("Re: Profilen min", quotingHer("Any update?", "On Mon, 2 Mar 2026 at 09:00, Siri Dahl wrote:")))).toBe(HER_REQUEST);
  });

  it("does not take a staff member who shares part of her name for her: a first name alone, or inside another name, is no match", async () => {
    const staffReply = (writer: string) => quotingHer("Noe nytt?", `Den 3. mars 2026 kl. 10:00 skrev ${writer}:`);
    expect(remindedRequest(await mail("Sv: Profilen", staffReply("Siri Dahlberg")))).toBeUndefined();
    expect(remindedRequest(await mail("Sv: Profilen", staffReply("Siri")))).toBeUndefined();
  });

  it.each([
    ["Glem det, behold profilen. Har ikke hørt noe uansett."],
    ["Following up on the below: no need to do anything, I sorted it out myself in the app."],
    ["Also: is the spring course still open for registration?"],
  ])("«%s» takes the request back or asks something new: no reminder", async (note) => {
    expect(remindedRequest(await mail("Sv: Profilen min", quotingHer(note)))).toBeUndefined();
  });

  it("reads nothing over the business's answer, someone else's mail, a thank-you or a reply with much to say", async () => {
    expect(remindedRequest(await mail("Sv: Profilen", quotingHer("Noe nytt?", "Den 3. mars 2026 kl. 10:00 skrev Bedre Bedrift <hei@bedrebedrift.no>:")))).toBeUndefined();
    expect(remindedRequest(await mail("Re: Profilen", quotingHer("Any news?", "On Tue, 3 Mar 2026, Per Hansen <per@example.org> wrote:")))).toBeUndefined();
    expect(remindedRequest(await mail("Sv: Profilen", quotingHer("Takk, da venter jeg.")))).toBeUndefined();
    expect(remindedRequest(await mail("Sv: Profilen", quotingHer(`Se under. ${"Jeg har mye annet å fortelle om kurset også. ".repeat(12)}`)))).toBeUndefined();
  });
});

describe("what the model reads beyond the sender's own words", () => {
  const forward = (from: string, text: string) =>
    `Se under.\n\n---------- Forwarded message ---------\nFrom: ${from}\nDate: Wed, 18 Nov 2026 at 07:41\nSubject: Hei\nTo: siri.dahl@example.no\n\n${text}`;

  it("reads a forwarded customer's mail, not a forwarded newsletter, and a reminder's earlier request", async () => {
    const customer = "Jeg ber om at dere sletter alle opplysninger om meg, også i nettbutikken, og bekrefter det skriftlig.";
    expect(handedOnText(await mail("VS: Sletting", forward("Ola Hansen <ola@example.no>", customer)))).toBe(customer);
    const newsletter = "Nye kurs i vår! Du får denne e-posten fordi du abonnerer på nyhetsbrevet vårt. Meld deg av her.";
    expect(handedOnText(await mail("Fwd: Nyhetsbrev", forward("Bedre Bedrift <nyhetsbrev@bedrebedrift.no>", newsletter)))).toBe("");
    expect(handedOnText(await mail("Sv: Profilen min", quotingHer("Gjelder fortsatt.")))).toBe(HER_REQUEST);
  });

  it("counts the forwarded mail's words, so a short cover note does not leave a whole forwarded request to the rules alone", async () => {
    const forwarded = await mail("VS: Sletting", forward("Ola Hansen <ola@example.no>", "Jeg ber om at dere sletter alle opplysninger om meg, også i nettbutikken, og at dere bekrefter det skriftlig når det er gjort."));
    expect(wordsUpTo(forwarded, 20)).toBe(20);
    expect(wordsUpTo(await mail("Hei", "Se under."), 20)).toBe(3);
  });
});
