import type { Language } from "../types";

// Short, frequent function words that tell Bokmål from English in a few lines of mail.
const NORWEGIAN = new Set(
  "og jeg ikke det er som på med til av for har de dere meg min mitt mine om hva hvordan hvor kan vil ønsker onsker å ble blir være var fra eller men også ogsa skal må ma hei takk hilsen mvh vennlig deres dette denne noen alle etter når nar slik sånn bare".split(" "),
);
const ENGLISH = new Set(
  "and not the is that with to of for have you your me my mine about what how where can will would want please be was from or but also shall must hi hello thanks regards this these some all after when just do does did are".split(" "),
);

/**
 * English shorthand in a cover note ("FYI") or a one-word mail ("unsubscribe", "pls"): a weak sign, outweighed by
 * any Norwegian word ("FYI, se under", "unsubscribe takk").
 */
const ENGLISH_SHORTHAND = new Set(["fyi", "unsubscribe", "thx", "pls", "plz", "u", "ur"]);

/**
 * Bokmål or English, by counting function words; Norwegian letters tip the balance. Defaults to Bokmål.
 * `fallback` is read instead when `text` shows no language at all (a forward's cover note "Se under").
 */
export function detectLanguage(text: string, fallback?: string): Language {
  let nb = 0;
  let en = 0;
  for (const word of text.toLowerCase().slice(0, 4000).split(/[^\p{L}]+/u)) {
    if (!word) continue;
    if (NORWEGIAN.has(word)) nb++;
    if (ENGLISH.has(word)) en++;
    if (ENGLISH_SHORTHAND.has(word)) en += 0.5;
    if (/[æøå]/.test(word)) nb += 0.5;
  }
  if (nb === 0 && en === 0 && fallback !== undefined) return detectLanguage(fallback);
  return en > nb ? "en" : "nb";
}
