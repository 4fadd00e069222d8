import { describe, expect, it } from "vitest";
import { cutAtCharacter, cutText } from "../triage/text-cut";
import { excerpt } from "../triage/cases/normalise";
import { clip } from "../bot/card-fields";

const isWellFormed = (text: string) => !/\p{Cs}/u.test(text);
const graphemes = (text: string) => [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)].map((s) => s.segment);

describe("cutting text where a person sees a character boundary", () => {
  const family = "👨\u200D👩\u200D👧\u200D👦"; // one person-visible character, eleven UTF-16 units
  const cases: [what: string, text: string][] = [
    ["an emoji (surrogate pair)", `${"a".repeat(99)}😀 og mer`],
    ["a ZWJ family", `${"a".repeat(95)}${family} og mer`],
    ["a flag (two regional indicators)", `${"a".repeat(98)}🇳🇴 og mer`],
    ["a letter with combining marks", `${"a".repeat(98)}e\u0301\u0323 og mer`],
    ["a skin-toned thumb", `${"a".repeat(98)}👍🏽 og mer`],
  ];

  it.each(cases)("never splits %s: the cut keeps or drops it whole, marks the cut and stays within the limit", (_what, text) => {
    for (const cut of [excerpt, clip, cutText]) {
      const result = cut(text, 100);
      expect(result.length).toBeLessThanOrEqual(100);
      expect(result.endsWith("…")).toBe(true);
      expect(isWellFormed(result)).toBe(true);
      const kept = result.slice(0, -1);
      expect(graphemes(text).slice(0, graphemes(kept).length).join("")).toBe(kept);
    }
  });

  it("leaves short text alone and cuts without a mark where asked", () => {
    expect(cutText("Kari 😀", 100)).toBe("Kari 😀");
    expect(cutAtCharacter(`${"a".repeat(99)}😀`, 100)).toBe("a".repeat(99));
    expect(cutAtCharacter(`${"a".repeat(90)}${family}`, 100)).toBe("a".repeat(90));
  });

  it("falls back to code points when one cluster is longer than the limit, and repairs lone surrogates", () => {
    const zalgo = `a${"\u0301".repeat(300)}`;
    expect(cutAtCharacter(zalgo, 50)).toBe(zalgo.slice(0, 50));
    expect(cutAtCharacter("😀😀", 3)).toBe("😀");
    expect(cutText("brutt \uD83D midt i", 100)).toBe("brutt \uFFFD midt i");
    expect(isWellFormed(cutText(`x\uDE00${"y".repeat(200)}`, 10))).toBe(true);
  });
});
