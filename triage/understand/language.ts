import type { Language } from "../types";
import { fold } from "./normalize";

// Short, frequent function words that tell Bokmål from English in a few lines of mail.
const NORWEGIAN = new Set(
  "og jeg ikke det er som på med til av for har de dere meg min mitt mine om hva hvordan hvor kan vil ønsker onsker å ble blir være var fra eller men også ogsa skal må ma hei takk hilsen mvh vennlig deres dette denne noen alle etter når nar slik sånn bare".split(" "),
);
const ENGLISH = new Set(
  "and not the is that with to of for have you your me my mine about what how where can will would want please be was from or but also shall must hi hello thanks regards this these some all after when just do does did are".split(" "),
);

/** The function words of both languages, folded: the commonest words of any mail. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([...NORWEGIAN, ...ENGLISH].map(fold));

/**
 * English shorthand in a cover note ("FYI") or a one-word mail ("unsubscribe", "pls"): a weak sign, outweighed by
 * any Norwegian word ("FYI, se under", "unsubscribe takk").
 */
const ENGLISH_SHORTHAND = new Set(["fyi", "unsubscribe", "thx", "pls", "plz", "u", "ur"]);

/** Words a business's own texts use in each language (folded), e.g. its knowledge base's. */
export interface Vocabulary { nb: Set<string>; en: Set<string> }

/**
 * Bokmål or English, by counting function words; Norwegian letters tip the balance. Defaults to Bokmål.
 * `fallback` is read instead when `text` shows no language at all (a forward's cover note "Se under").
 * A `vocabulary` weighs the other words too (half as much): a short chat question has few function words.
 */
export function detectLanguage(text: string, fallback?: string, vocabulary?: Vocabulary): Language {
  let nb = 0;
  let en = 0;
  for (const word of text.toLowerCase().slice(0, 4000).split(/[^\p{L}]+/u)) {
    if (!word) continue;
    const norwegian = NORWEGIAN.has(word);
    const english = ENGLISH.has(word);
    if (norwegian) nb++;
    if (english) en++;
    if (ENGLISH_SHORTHAND.has(word)) en += 0.5;
    if (/[æøå]/.test(word)) nb += 0.5;
    if (vocabulary && !norwegian && !english) {
      const folded = fold(word);
      const inNb = vocabulary.nb.has(folded);
      const inEn = vocabulary.en.has(folded);
      if (inNb && !inEn) nb += 0.5;
      if (inEn && !inNb) en += 0.5;
    }
  }
  if (nb === 0 && en === 0 && fallback !== undefined) return detectLanguage(fallback, undefined, vocabulary);
  return en > nb ? "en" : "nb";
}
