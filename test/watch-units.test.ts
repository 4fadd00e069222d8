import { describe, expect, it } from "vitest";
import { backoffDelay } from "../triage/watch/connection";
import { headerMessageId } from "../triage/watch/content";

describe("reconnect backoff", () => {
  const backoff = { baseMs: 1_000, maxMs: 60_000 };

  it("waits longer after each failure, but never longer than the cap", () => {
    const highest = (attempt: number) => backoffDelay(attempt, backoff, () => 1);
    expect([1, 2, 3, 4].map(highest)).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(highest(30)).toBe(60_000);
  });

  it("spreads retries (jitter) between half and all of the current ceiling", () => {
    expect(backoffDelay(3, backoff, () => 0)).toBe(2_000);
    expect(backoffDelay(3, backoff, () => 0.5)).toBe(3_000);
  });
});

describe("Message-ID read from the raw header section", () => {
  it("finds a folded header and ignores a Message-ID quoted in the body", () => {
    const source = Buffer.from("From: a@b.example\r\nMessage-ID:\r\n <abc@b.example>\r\nSubject: x\r\n\r\nMessage-ID: <fake@body>\r\n");
    expect(headerMessageId(source)).toBe("<abc@b.example>");
  });

  it("is undefined for a mail without one", () => {
    expect(headerMessageId(Buffer.from("From: a@b.example\r\n\r\nMessage-ID: <fake@body>\r\n"))).toBeUndefined();
  });
});
