import { describe, expect, it } from "vitest";
import { newestQuotedMail, splitBody } from "../triage/split-body";

/** The quoted history of a reply, as splitBody hands it on. */
const historyOf = (body: string) => splitBody(body).quoted;

describe("newestQuotedMail: who wrote the newest mail in a reply's history, and its own text", () => {
  it("reads a Gmail attribution with '> ' lines, without the older history and signature under it", () => {
    const quoted = historyOf([
      "Noe nytt her?",
      "",
      "Den fre. 6. mars 2026 kl. 08:15 skrev Hanna Berg <hanna.berg@example.no>:",
      "> Hei, kan dere sende meg en kopi av det dere har lagret om meg?",
      ">",
      "> Mvh Hanna Berg",
      ">",
      ">> Den 1. mars 2026 kl. 10:00 skrev Bedre Bedrift <hei@bedrebedrift.no>:",
      ">> Takk for kjøpet!",
    ].join("\n"));
    expect(newestQuotedMail(quoted)).toEqual({
      writer: "Den fre. 6. mars 2026 kl. 08:15 skrev Hanna Berg <hanna.berg@example.no>:",
      text: "Hei, kan dere sende meg en kopi av det dere har lagret om meg?",
    });
  });

  it("reads an attribution wrapped over two lines", () => {
    const quoted = historyOf("Still waiting.\n\nOn Thu, 2 Apr 2026 at 09:12, Leo Marsh <leo.marsh@example.com>\nwrote:\n> Please erase my profile.\n");
    expect(newestQuotedMail(quoted)).toEqual({ writer: "On Thu, 2 Apr 2026 at 09:12, Leo Marsh <leo.marsh@example.com> wrote:", text: "Please erase my profile." });
  });

  it("names the writer by the Outlook 'Fra:' line only, not by 'Til:', and reads the body under the header block", () => {
    const quoted = historyOf([
      "Purring.",
      "",
      "-----Opprinnelig melding-----",
      "Fra: Bedre Bedrift <hei@bedrebedrift.no>",
      "Sendt: mandag 4. mai 2026 10:02",
      "Til: Jon Lie <jon.lie@example.no>",
      "Emne: Sv: Kursbevis",
      "",
      "Hei Jon, kursbeviset kommer i posten.",
    ].join("\n"));
    expect(newestQuotedMail(quoted)).toEqual({ writer: "Fra: Bedre Bedrift <hei@bedrebedrift.no>", text: "Hei Jon, kursbeviset kommer i posten." });
  });

  it("names no writer for a bare run of '> ' lines", () => {
    expect(newestQuotedMail(historyOf("Se under.\n\n> Slett kontoen min.\n> Jon"))).toBeUndefined();
  });
});
