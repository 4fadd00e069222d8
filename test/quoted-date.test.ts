import { describe, expect, it } from "vitest";
import { dateInAttribution } from "../triage/quoted-date";

describe("dateInAttribution: the date a quoted mail was written, as mail programs write it", () => {
  it.each([
    ["Den tir. 3. nov. 2026 kl. 10:00 skrev Siri Dahl <siri@example.no>:", "2026-11-03"],
    ["3. november 2026 kl. 10:00 skrev Siri Dahl <siri@example.no>:", "2026-11-03"],
    ["On Tue, Nov 3, 2026 at 10:00 AM Siri Dahl <siri@example.no> wrote:", "2026-11-03"],
    ["On 3 Nov 2026, at 10:00, Siri Dahl <siri@example.no> wrote:", "2026-11-03"],
    ["Fra: Siri Dahl <siri@example.no> Sendt: tirsdag 3. mars 2026 10:00", "2026-03-03"],
    ["From: Siri Dahl Sent: Tuesday, September 29, 2026 4:12 PM", "2026-09-29"],
    ["Date: Fri, 1 May 2026 10:00:00 +0200", "2026-05-01"],
    ["Den 1. mai 2026 skrev Siri:", "2026-05-01"],
    ["Den 12. maj 2026 skrev Siri:", "2026-05-12"],
    ["Sendt: 03.11.2026 10:00", "2026-11-03"],
    ["2026-02-28 10:00 skrev Siri:", "2026-02-28"],
  ])("«%s» → %s", (line, date) => {
    expect(dateInAttribution(line)).toBe(date);
  });

  it.each([
    ["Den 3. nov. kl. 10:00 skrev Siri:"], // no year
    ["On 03/11/2026 Siri wrote:"], // day and month order unknown
    ["Den 31. februar 2026 skrev Siri:"], // no such day
    ["Siri Dahl <siri@example.no> skrev:"],
    ["Sendt: 3 mandager 2026"], // not a month
  ])("«%s» gives no date", (line) => {
    expect(dateInAttribution(line)).toBeUndefined();
  });
});
