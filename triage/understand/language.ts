import type { Language } from "../types";
import { fold } from "./normalize";

// Short, frequent words that tell Bokmål from English in a few lines of mail. Not FUNCTION_WORDS (below): words both
// languages write alike («i», «at», «no») tell neither, and question words and negation count here.
const NORWEGIAN = new Set(
  "og jeg ikke det er som på med til av for har de dere meg min mitt mine om hva hvordan hvor kan vil ønsker onsker å ble blir være var fra eller men også ogsa skal må ma hei takk hilsen mvh vennlig deres dette denne noen alle etter når nar slik sånn bare".split(" "),
);
const ENGLISH = new Set(
  "and not the is that with to of for have you your me my mine about what how where can will would want please be was from or but also shall must hi hello thanks regards this these some all after when just do does did are".split(" "),
);

/**
 * Words that carry little meaning on their own (folded), weighed down when a question is matched to the knowledge
 * base's topics (knowledge/matcher.ts). Question words and negation (hva, how, ikke) are not among them: they decide
 * which topic a question is about.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(("og i pa er det den de en et a til fra om med for av som at har kan vil skal ma jeg meg min mine mitt " +
  "dere deres du deg din vi oss var seg sin sitt hos da sa bare ogsa no non eller men hvis blir bli ble vart vare gjor gjore fa " +
  "the an and or of to in on at with by from about is are was be been do dos does did can could will would should me my mine " +
  "you your we us our it its this that there have has had any some please hi hello hei takk thanks s t e u ur pls if " +
  "don doesn didn isn aren won d ll m re ve " +
  // Dialect forms and fillers that say nothing about the topic ("kan eg få ein kopi", "who is actually …").
  "eg ein eit mi di ikkje egentlig liksom altsa vel jo nok really actually just also too " +
  // Chat fillers around the actual question ("jeg lurer litt på …", "quick question, I was wondering …").
  "slags lurer lure litt heisann hallo hey hiya wondering wonder curious nysgjerrig quick bit noticed synes tenkte").split(" "));

/**
 * The function words, and the words that tell the languages apart (hei, takk, hva, not): the commonest words of any
 * mail, which say nothing of what it asks (left out of the model's reasons; the rules' prefilter takes them for common).
 */
const COMMON_WORDS: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...[...NORWEGIAN, ...ENGLISH].map(fold)]);
export const isCommonWord = (folded: string): boolean => COMMON_WORDS.has(folded);

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
  forEachWord(text.toLowerCase().slice(0, 4000), (word, nordic) => {
    const norwegian = NORWEGIAN.has(word);
    const english = ENGLISH.has(word);
    if (norwegian) nb++;
    if (english) en++;
    if (ENGLISH_SHORTHAND.has(word)) en += 0.5;
    if (nordic) nb += 0.5;
    if (vocabulary && !norwegian && !english) {
      const folded = fold(word);
      const inNb = vocabulary.nb.has(folded);
      const inEn = vocabulary.en.has(folded);
      if (inNb && !inEn) nb += 0.5;
      if (inEn && !inNb) en += 0.5;
    }
  });
  if (nb === 0 && en === 0 && fallback !== undefined) return detectLanguage(fallback, undefined, vocabulary);
  return en > nb ? "en" : "nb";
}

const LETTER = /^\p{L}$/u;
/** Whether each UTF-16 unit outside ASCII is a letter: 0 not known yet, 1 a letter, 2 not. Learnt as met. */
const LETTER_UNITS = new Uint8Array(0x10000);
const AE = 0xe6;
const OE = 0xf8;
const AA = 0xe5;

/**
 * Each run of letters (`text.split(/[^\p{L}]+/u)`, without the empty ones), and whether it holds "æ", "ø" or "å":
 * one pass over the text, as this runs on every mail.
 */
function forEachWord(text: string, visit: (word: string, nordic: boolean) => void): void {
  let start = -1;
  let nordic = false;
  for (let i = 0; i <= text.length; i++) {
    const unit = i < text.length ? text.charCodeAt(i) : 0x20;
    let width = 1;
    let letter: boolean;
    if (unit < 0x80) letter = (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a);
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      letter = LETTER.test(text.slice(i, i + 2));
      width = 2;
    } else {
      if (LETTER_UNITS[unit] === 0) LETTER_UNITS[unit] = LETTER.test(String.fromCharCode(unit)) ? 1 : 2;
      letter = LETTER_UNITS[unit] === 1;
    }
    if (letter) {
      if (start < 0) {
        start = i;
        nordic = false;
      }
      if (unit === AE || unit === OE || unit === AA) nordic = true;
    } else if (start >= 0) {
      visit(text.slice(start, i), nordic);
      start = -1;
    }
    i += width - 1;
  }
}
