import path from "node:path";
import { describe, expect, it } from "vitest";
import { computeDeadlines, daysLeft, deadlinesForReceiptDate, explain, explainReceiptDate, extendedDueOf, promisedDaysOf, receivedDate, type DeadlineInputs } from "../triage/deadlines";
import { loadKnowledgeBase } from "../knowledge/load";

// Every expected date below was worked out by hand from a calendar (weekday of 1 January, Easter dates:
// 5 April 2026, 28 March 2027, 16 April 2028), not by running the code.
// A business that promises an answer within 30 days, as Bedre Bedrift does; the promise is always given, never assumed.
const THIRTY_DAYS = { promisedDays: 30 };
const on = (date: string, more: Partial<DeadlineInputs> = {}) => deadlinesForReceiptDate(date, { ...THIRTY_DAYS, ...more });

describe("receivedDate: the Oslo calendar date of receipt", () => {
  it("a mail at 22:30 UTC on 16 May (summer time) arrived on 17 May in Oslo (hand-checked)", () => {
    expect(receivedDate(new Date("2026-05-16T22:30:00Z"))).toBe("2026-05-17");
    expect(receivedDate(new Date("2026-05-16T21:59:59Z"))).toBe("2026-05-16");
  });

  it("a mail at 23:15 UTC on 30 January (winter time) arrived on 31 January in Oslo (hand-checked)", () => {
    expect(receivedDate(new Date("2026-01-30T23:15:00Z"))).toBe("2026-01-31");
    expect(receivedDate(new Date("2026-01-30T22:59:59Z"))).toBe("2026-01-30");
  });

  it("the nights the clocks change are still counted by the Oslo calendar", () => {
    expect(receivedDate(new Date("2026-03-28T23:30:00Z"))).toBe("2026-03-29");
    expect(receivedDate(new Date("2026-10-24T22:30:00Z"))).toBe("2026-10-25");
    expect(receivedDate(new Date("2026-10-24T21:30:00Z"))).toBe("2026-10-24");
  });

  it("just after midnight in Oslo moves every deadline by a day: 1 December vs 30 November (winter, hand-checked)", () => {
    expect(computeDeadlines(new Date("2026-11-30T23:30:00Z"), THIRTY_DAYS)).toMatchObject({ receivedDate: "2026-12-01", legalDue: "2027-01-04" });
    expect(computeDeadlines(new Date("2026-11-30T22:30:00Z"), THIRTY_DAYS)).toMatchObject({ receivedDate: "2026-11-30", legalDue: "2026-12-30" });
  });

  it("a summer receipt just after Oslo midnight counts from 17 May (hand-checked)", () => {
    expect(computeDeadlines(new Date("2026-05-16T22:30:00Z"), THIRTY_DAYS)).toEqual({
      receivedDate: "2026-05-17", promisedDue: "2026-06-16", legalDue: "2026-06-17", due: "2026-06-16", extendedDue: "2026-08-17",
    });
  });
});

describe("legalDue: one month, Regulation 1182/71", () => {
  it("31 January 2026 ends on Saturday 28 February, moved over the weekend to Monday 2 March (hand-checked)", () => {
    expect(on("2026-01-31")).toMatchObject({ legalDue: "2026-03-02", promisedDue: "2026-03-02", due: "2026-03-02" });
  });

  it("31 March ends on 30 April, the last day of April (hand-checked)", () => {
    expect(on("2026-03-31")).toMatchObject({ legalDue: "2026-04-30", promisedDue: "2026-04-30" });
  });

  it("31 May ends on 30 June (hand-checked)", () => {
    expect(on("2026-05-31")).toMatchObject({ legalDue: "2026-06-30" });
  });

  it("31 January 2028 (leap year) ends on Tuesday 29 February, earlier than the promise of 1 March (hand-checked)", () => {
    expect(on("2028-01-31")).toMatchObject({ legalDue: "2028-02-29", promisedDue: "2028-03-01", due: "2028-02-29" });
  });

  it("29 February 2028 ends on Wednesday 29 March (hand-checked)", () => {
    expect(on("2028-02-29")).toMatchObject({ legalDue: "2028-03-29", promisedDue: "2028-03-30", due: "2028-03-29" });
  });

  it("29 January 2027 (no leap year) ends on Sunday 28 February, moved to Monday 1 March (hand-checked)", () => {
    expect(on("2027-01-29")).toMatchObject({ legalDue: "2027-03-01" });
  });

  it("a month ending on Maundy Thursday skips the whole Easter weekend to Tuesday 7 April 2026 (hand-checked)", () => {
    expect(on("2026-03-02")).toMatchObject({ legalDue: "2026-04-07", promisedDue: "2026-04-01", due: "2026-04-01" });
  });

  it("Good Friday and Easter Monday also move to Tuesday 7 April 2026 (hand-checked)", () => {
    expect(on("2026-03-03").legalDue).toBe("2026-04-07");
    expect(on("2026-03-06").legalDue).toBe("2026-04-07");
  });

  it("Ascension Day, Thursday 14 May 2026, moves to Friday 15 May (hand-checked)", () => {
    expect(on("2026-04-14")).toMatchObject({ legalDue: "2026-05-15", promisedDue: "2026-05-14", due: "2026-05-14" });
  });

  it("Whit Sunday and Whit Monday 2026 move to Tuesday 26 May (hand-checked)", () => {
    expect(on("2026-04-24").legalDue).toBe("2026-05-26");
    expect(on("2026-04-25").legalDue).toBe("2026-05-26");
  });

  it("17 May on a Sunday (2026) and on a Monday (2027) moves to the 18th (hand-checked)", () => {
    expect(on("2026-04-17")).toMatchObject({ legalDue: "2026-05-18", promisedDue: "2026-05-17" });
    expect(on("2027-04-17").legalDue).toBe("2027-05-18");
  });

  it("1 May 2026, a Friday, moves past the weekend to Monday 4 May (hand-checked)", () => {
    expect(on("2026-04-01")).toMatchObject({ legalDue: "2026-05-04", promisedDue: "2026-05-01", due: "2026-05-01" });
  });

  it("Christmas: a month ending on 25 or 26 December 2026 moves to Monday 28 December (hand-checked)", () => {
    expect(on("2026-11-25").legalDue).toBe("2026-12-28");
    expect(on("2026-11-26").legalDue).toBe("2026-12-28");
  });

  it("Christmas Eve is a working day by law (only a bank holiday), so 24 December stays (hand-checked)", () => {
    expect(on("2026-11-24").legalDue).toBe("2026-12-24");
  });

  it("receipts between Christmas Eve and New Year's Eve (hand-checked)", () => {
    expect(on("2026-12-24")).toMatchObject({ legalDue: "2027-01-25", promisedDue: "2027-01-23", due: "2027-01-23" });
    expect(on("2026-12-25")).toMatchObject({ legalDue: "2027-01-25", promisedDue: "2027-01-24" });
    expect(on("2026-12-31")).toMatchObject({ legalDue: "2027-02-01", promisedDue: "2027-01-30", due: "2027-01-30" });
  });

  it("New Year's Day 2027, a Friday, moves to Monday 4 January (hand-checked)", () => {
    expect(on("2026-12-01")).toMatchObject({ legalDue: "2027-01-04", promisedDue: "2026-12-31", due: "2026-12-31" });
  });

  it("weekends: Saturday 12 and Sunday 13 September 2026 move to Monday 14 September (hand-checked)", () => {
    expect(on("2026-08-12").legalDue).toBe("2026-09-14");
    expect(on("2026-08-13")).toMatchObject({ legalDue: "2026-09-14", promisedDue: "2026-09-12", due: "2026-09-12" });
  });

  it("an ordinary working day is not moved and the 30-day promise comes first", () => {
    expect(on("2026-05-16")).toMatchObject({ legalDue: "2026-06-16", promisedDue: "2026-06-15", due: "2026-06-15" });
  });
});

describe("extendedDue: two more months from the unmoved end of the first month", () => {
  it("17 April 2026: first month ends on 17 May (moved to the 18th for the legal due), extension from the 17th to Friday 17 July (hand-checked)", () => {
    expect(on("2026-04-17")).toMatchObject({ legalDue: "2026-05-18", extendedDue: "2026-07-17" });
  });

  it("31 January 2026: from the unmoved 28 February to 28 April, not 30 April or 2 May (hand-checked)", () => {
    expect(on("2026-01-31")).toMatchObject({ legalDue: "2026-03-02", extendedDue: "2026-04-28" });
  });

  it("31 January 2028: 29 April is a Saturday, 1 May a holiday, so Tuesday 2 May (hand-checked)", () => {
    expect(on("2028-01-31").extendedDue).toBe("2028-05-02");
  });

  it("once extended, the due date the owner is reminded of is the extended one", () => {
    expect(on("2026-05-16", { extended: true })).toMatchObject({ due: "2026-08-17", extendedDue: "2026-08-17", legalDue: "2026-06-16" });
  });
});

describe("pauses: days waiting for identity or clarification are added", () => {
  const pause = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });

  it("a 5-day pause moves 4 June to 9 June, the promise to 8 June, the extension to Monday 10 August (hand-checked)", () => {
    expect(on("2026-05-04", { pauses: [pause("2026-05-06T10:00:00Z", "2026-05-11T08:00:00Z")] })).toEqual({
      receivedDate: "2026-05-04", promisedDue: "2026-06-08", legalDue: "2026-06-09", due: "2026-06-08", extendedDue: "2026-08-10",
    });
  });

  it("overlapping pauses count each day once (6–13 May = 7 days)", () => {
    const pauses = [pause("2026-05-06T10:00:00Z", "2026-05-11T08:00:00Z"), pause("2026-05-09T10:00:00Z", "2026-05-13T08:00:00Z")];
    expect(on("2026-05-04", { pauses })).toMatchObject({ legalDue: "2026-06-11", promisedDue: "2026-06-10" });
  });

  it("a pause begun and ended the same day changes nothing", () => {
    expect(on("2026-05-04", { pauses: [pause("2026-05-06T07:00:00Z", "2026-05-06T15:00:00Z")] })).toEqual(on("2026-05-04"));
  });

  it("a pause that lands the deadline on a holiday is still moved to a working day (14 May + 3 → 17 May → 18 May)", () => {
    expect(on("2026-04-14", { pauses: [pause("2026-04-20T10:00:00Z", "2026-04-23T10:00:00Z")] }).legalDue).toBe("2026-05-18");
  });
});

describe("daysLeft in Oslo calendar days", () => {
  it("counts to the due date by the Oslo calendar, negative when overdue", () => {
    expect(daysLeft("2026-06-16", new Date("2026-06-15T21:30:00Z"))).toBe(1);
    expect(daysLeft("2026-06-16", new Date("2026-06-15T22:30:00Z"))).toBe(0);
    expect(daysLeft("2026-06-16", new Date("2026-06-18T10:00:00Z"))).toBe(-2);
    expect(daysLeft("2027-01-04", new Date("2026-12-01T12:00:00Z"))).toBe(34);
  });
});

describe("explain", () => {
  it("tells in Norwegian why 17 April 2026 has its legal due on 18 May", () => {
    const text = explainReceiptDate("2026-04-17", THIRTY_DAYS).join(" ");
    expect(text).toContain("Mottatt fredag 17. april 2026");
    expect(text).toContain("17. mai er en helligdag (Grunnlovsdagen)");
    expect(text).toContain("mandag 18. mai 2026");
    expect(text).toContain("søndag 17. mai 2026. Et løfte flyttes ikke");
    expect(text).toContain("fredag 17. juli 2026");
  });

  it("names both weekend days and the month-end rule for 31 January 2026", () => {
    const text = explainReceiptDate("2026-01-31", THIRTY_DAYS).join(" ");
    expect(text).toContain("siste dag: lørdag 28. februar 2026");
    expect(text).toContain("28. februar er en lørdag og 1. mars er en søndag");
  });

  it("speaks English when asked, and counts the paused days", () => {
    const text = explain(new Date("2026-05-04T09:00:00Z"), { ...THIRTY_DAYS, pauses: [{ from: new Date("2026-05-06T10:00:00Z"), to: new Date("2026-05-11T08:00:00Z") }] }, "en").join(" ");
    expect(text).toContain("Received Monday 4 May 2026");
    expect(text).toContain("stood still for 5 days");
    expect(text).toContain("Tuesday 9 June 2026");
  });
});

describe("parseReceipt (the deadline command's argument)", async () => {
  const { parseReceipt } = await import("../triage/cli/deadline");
  const { UserError } = await import("../user-error");

  it("takes a bare date as an Oslo date and a zoned time by its Oslo date", () => {
    expect(parseReceipt("2026-05-16")).toBe("2026-05-16");
    expect(parseReceipt("2026-05-16T22:30:00Z")).toBe("2026-05-17");
    expect(parseReceipt("2026-05-16T22:30:00.123+00:00")).toBe("2026-05-17");
    expect(parseReceipt("2026-01-31T00:15+0100")).toBe("2026-01-31");
  });

  it("refuses impossible dates and times, times without a zone, and nonsense, with a UserError naming the form", () => {
    for (const input of ["2026-05-16T25:00:00Z", "2026-05-16T23:60:00Z", "2026-13-01", "2026-02-29", "16.05.2026", "", "2026-05-16T22:30:00"]) {
      expect(() => parseReceipt(input), input).toThrow(UserError);
      expect(() => parseReceipt(input), input).toThrow(/2026-05-16T23:30:00Z/);
    }
  });
});

describe("the business's own promise comes from its knowledge base", () => {
  it("a 14-day promise makes the promised date 14 days after receipt, and due the earlier one (hand-checked)", () => {
    expect(on("2026-05-17", { promisedDays: 14 })).toMatchObject({ promisedDue: "2026-05-31", legalDue: "2026-06-17", due: "2026-05-31" });
    expect(explainReceiptDate("2026-05-17", { promisedDays: 14 }).join("\n")).toMatch(/lover svar innen 14 dager/);
  });

  it("two businesses' requests of the same day, computed in turn, each keep their own promise", () => {
    const bedreBedrift = promisedDaysOf(loadKnowledgeBase(path.join(import.meta.dirname, "../knowledge/bedre-bedrift.yaml")));
    const bakery = promisedDaysOf(loadKnowledgeBase(path.join(import.meta.dirname, "fixtures/knowledge/solbakken-bakeri.yaml")));
    expect([bedreBedrift, bakery]).toEqual([30, 14]);
    const received = new Date("2026-05-17T08:00:00Z");
    const dates = [bedreBedrift, bakery, bedreBedrift].map((promisedDays) => computeDeadlines(received, { promisedDays }).promisedDue);
    expect(dates).toEqual(["2026-06-16", "2026-05-31", "2026-06-16"]);
  });

  it("a knowledge base that names no promise gets 30 days", () => {
    expect(promisedDaysOf({ rights: {} })).toBe(30);
  });

  it("the extended date (16 May → Monday 17 August, hand-checked) is the same whatever the promise", () => {
    expect(extendedDueOf(new Date("2026-05-16T10:00:00Z"), [])).toBe("2026-08-17");
    expect([30, 14].map((promisedDays) => on("2026-05-16", { promisedDays }).extendedDue)).toEqual(["2026-08-17", "2026-08-17"]);
  });
});
