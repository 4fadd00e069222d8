import { describe, expect, it } from "vitest";
import {
  acknowledgementDraft, checkDraft, extensionNoticeDraft, finalReplyDraft, identityRequestDraft, refusalDraft,
  type CheckContext, type DraftCase,
} from "../bot/drafts";
import { RIGHTS } from "../triage/types";

const business = { businessName: "Testfirma AS" };
const base: DraftCase = {
  id: 7, category: "rights_request", rights: ["erasure"], language: "nb", channel: "email", fromName: "Kari Nordmann",
  receivedAt: new Date("2026-11-26T09:00:00Z"), due: "2026-12-26",
};
const context = (overrides: Partial<CheckContext> = {}): CheckContext => ({
  purpose: "acknowledgement", language: "nb", receivedAt: base.receivedAt, due: base.due, requesterAddress: "kari@example.no",
  ownAddresses: ["hei@testfirma.no"], identityStatus: "unverified", category: "rights_request", ...overrides,
});

describe("drafted replies", () => {
  it("acknowledges in Norwegian with both dates, the case number and the business's own name", () => {
    const draft = acknowledgementDraft(base, business);
    expect(draft).toMatch(/^Hei Kari,/);
    expect(draft).toContain("26. november 2026");
    expect(draft).toContain("senest 26. desember 2026");
    expect(draft).toMatch(/sletting/);
    expect(draft).toMatch(/Saksnummeret ditt er 7/);
    expect(draft.trim().endsWith("Testfirma AS")).toBe(true);
    expect(checkDraft(draft, context())).toEqual([]);
  });

  it("acknowledges in English when the requester wrote English, for every right", () => {
    for (const right of RIGHTS) {
      const draft = acknowledgementDraft({ ...base, language: "en", rights: [right] }, business);
      expect(draft).toMatch(/^Hello Kari,/);
      expect(draft).toContain("by 26 December 2026 at the latest");
      expect(draft).toContain("Kind regards\nTestfirma AS");
      expect(checkDraft(draft, context({ language: "en" }))).toEqual([]);
    }
  });

  it("acknowledges a complaint with the route to Datatilsynet", () => {
    expect(acknowledgementDraft({ ...base, category: "complaint", rights: [] }, business)).toMatch(/klagen din[\s\S]*Datatilsynet/);
  });

  it("asks for identity minimally, in both languages", () => {
    const nb = identityRequestDraft(base, business);
    expect(nb).toMatch(/svarer på denne e-posten fra adressen/);
    expect(nb).toMatch(/ber ikke om kopi av legitimasjon/);
    expect(checkDraft(nb, context({ purpose: "identity" }))).toEqual([]);
    const en = identityRequestDraft({ ...base, language: "en", channel: "telegram" }, business);
    expect(en).toMatch(/tell us the email address/);
    expect(checkDraft("Please send us a copy of your passport.", context({ purpose: "identity", language: "en" })).map((p) => p.code)).toContain("asks_too_much");
  });

  it("gives the reason and the new date in an extension notice", () => {
    const draft = extensionNoticeDraft({ ...base, extendedDue: "2027-02-26" }, business, { reason: "Saken gjelder mange systemer.", newDue: "2027-02-26" });
    expect(draft).toMatch(/artikkel 12 nr\. 3/);
    expect(draft).toContain("Saken gjelder mange systemer.");
    expect(draft).toContain("senest 26. februar 2027");
    expect(checkDraft(draft, context({ purpose: "extension", due: "2027-02-26" }))).toEqual([]);
  });

  it("names the reasons and the right to complain to Datatilsynet in a refusal", () => {
    const draft = refusalDraft({ ...base, language: "en" }, business, { reasons: "The Bookkeeping Act requires us to keep invoices for five years." });
    expect(draft).toContain("The reason is: The Bookkeeping Act");
    expect(draft).toMatch(/Datatilsynet/);
    expect(checkDraft(draft, context({ purpose: "refusal", language: "en" }))).toEqual([]);
  });

  it("leaves gaps in the final answer that block sending until filled", () => {
    const draft = finalReplyDraft({ ...base, rights: ["access"] }, business);
    expect(checkDraft(draft, context({ purpose: "reply" })).map((problem) => problem.code)).toEqual(["unfilled_placeholder"]);
  });
});

describe("checkDraft", () => {
  it("catches an acknowledgement without the answer date", () => {
    const codes = checkDraft("Hei Kari, vi mottok forespørselen 26. november 2026 og svarer snart. Hilsen Testfirma AS", context()).map((p) => p.code);
    expect(codes).toEqual(["missing_due_date"]);
  });

  it("reads the date of receipt as the Oslo date, written out or as YYYY-MM-DD", () => {
    // 00:30 in Oslo on 1 December is still 30 November in UTC.
    const afterMidnight = context({ receivedAt: new Date("2026-11-30T23:30:00Z") });
    const dueLine = "Vi svarer senest 26. desember 2026.";
    expect(checkDraft(`Vi mottok henvendelsen 1. desember 2026. ${dueLine}`, afterMidnight)).toEqual([]);
    expect(checkDraft(`Vi mottok henvendelsen 2026-12-01. ${dueLine}`, afterMidnight)).toEqual([]);
    const utcDate = checkDraft(`Vi mottok henvendelsen 2026-11-30. ${dueLine}`, afterMidnight);
    expect(utcDate.map((p) => p.code)).toEqual(["missing_received_date"]);
    expect(utcDate[0]!.message).toContain("1. desember 2026");
  });

  it("catches a refusal that does not say how to complain", () => {
    const codes = checkDraft("Vi kan ikke slette fakturaene dine. Hilsen Testfirma AS", context({ purpose: "refusal" })).map((p) => p.code);
    expect(codes).toEqual(["missing_complaint_route"]);
  });

  it("catches personal data disclosed to a requester whose identity is not confirmed", () => {
    const draft = [
      "Hei Kari, her er opplysningene vi har om deg:",
      "E-post: kari@example.no og ola.nordmann@example.com",
      "Telefon: 912 34 567",
      "Adresse: Storgata 12, 0155 Oslo",
      "Fødselsnummer: 01019912345",
      "Historikk: 2026-11-20T10:15 bestilling",
    ].join("\n");
    const problems = checkDraft(draft, context({ purpose: "reply" }));
    expect(problems.map((problem) => problem.code).sort()).toEqual(["case_history", "foreign_email", "identity_number", "phone_number", "postal_address"]);
    expect(problems.find((problem) => problem.code === "foreign_email")!.message).toContain("ola.nordmann@example.com");
    expect(problems.find((problem) => problem.code === "foreign_email")!.message).not.toContain("kari@example.no");
    // Once the identity is confirmed, the same answer may go out.
    expect(checkDraft(draft, context({ purpose: "reply", identityStatus: "verified" }))).toEqual([]);
  });

  it("does not take dates, years or the organisation number for phone numbers or addresses", () => {
    const draft = "Mottatt 26. november 2026, svar senest 26. desember 2026 (2026-12-26). Org.nr. 921 119 224. Skriv til hei@testfirma.no.";
    expect(checkDraft(draft, context())).toEqual([]);
  });
});
