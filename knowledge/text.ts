import porterNo from "natural/lib/natural/stemmers/porter_stemmer_no.js";
import porterEn from "natural/lib/natural/stemmers/porter_stemmer.js";
import AggressiveTokenizerNo from "natural/lib/natural/tokenizers/aggressive_tokenizer_no.js";
import type { Language } from "../triage/types";

const tokenizer = new AggressiveTokenizerNo();

/**
 * Lower-case and spell æ, ø, å the way people type them without a Norwegian keyboard
 * (ae/a, oe/o, aa/a all become one form), so "sletting", "oppbevarer" and "paa" match
 * whichever way they were written. Applied identically to the knowledge base and to questions.
 */
export function foldLetters(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "a").replace(/ø/g, "o")
    .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
    .replace(/aa/g, "a").replace(/oe/g, "o").replace(/ae/g, "a");
}

// Nynorsk and dialect forms of common question words, folded, mapped to their Bokmål form (language, not business facts).
const DIALECT: Record<string, string> = {
  kor: "hvor", korleis: "hvordan", kordan: "hvordan", koss: "hvordan", kem: "hvem", kven: "hvem", kva: "hva", ka: "hva",
  tek: "tar", gjer: "gjor", sja: "se", ikkje: "ikke", ittj: "ikke", itj: "ikke", vidare: "videre", sel: "selger", seljer: "selger", nokon: "noen", noko: "noe",
};

/** Words of a text, folded (see foldLetters). */
export function words(text: string): string[] {
  // "e-post", "e-postadresse" → "epost…", the way many people write them anyway.
  const joined = foldLetters(text).replace(/\be-(?=[a-z])/g, "e");
  return tokenizer.tokenize(joined).filter((token) => token.length > 0).map(standardForm);
}

// "påmeldinga", "meldinga": the dialect's feminine -a is Bokmål's -en.
function standardForm(token: string): string {
  const mapped = DIALECT[token];
  if (mapped) return mapped;
  return token.length >= 7 && token.endsWith("inga") ? `${token.slice(0, -1)}en` : token;
}

/** Words that carry little meaning on their own (folded), weighted down when matching. */
export const FUNCTION_WORDS = new Set(("og i pa er det den de en et a til fra om med for av som at har kan vil skal ma jeg meg min mine mitt " +
  "dere deres du deg din vi oss var seg sin sitt hos da sa bare ogsa no non eller men hvis blir bli ble vart vare gjor gjore fa " +
  "the an and or of to in on at with by from about is are was be been do dos does did can could will would should me my mine " +
  "you your we us our it its this that there have has had any some please hi hello hei takk thanks s t e u ur pls if " +
  "don doesn didn isn aren won d ll m re ve " +
  // Dialect forms and fillers that say nothing about the topic ("kan eg få ein kopi", "who is actually …").
  "eg ein eit mi di ikkje egentlig liksom altsa vel jo nok really actually just also too " +
  // Chat fillers around the actual question ("jeg lurer litt på …", "quick question, I was wondering …").
  "slags lurer lure litt heisann hallo hey hiya wondering wonder curious nysgjerrig quick bit noticed synes tenkte").split(" "));

/** The stem of a folded word. Norwegian also drops -ing/-ingen so "sletting" meets "slette". */
export function stem(word: string, language: Language): string {
  if (/^\d+$/.test(word)) return word;
  if (language === "en") return porterEn.stem(word);
  const stemmed = porterNo.stem(word);
  const withoutIng = stemmed.replace(/ing(en|er|ene)?$/, "");
  return withoutIng.length >= 5 ? withoutIng : stemmed;
}

// Function words that only one of the two languages uses (folded), for telling them apart.
const NORWEGIAN_MARKERS = new Set(("jeg eg æ a mæ meg min mine mitt dere dokker dokkers deres hva ka kva hvordan korleis hvor kor " +
  "hvem kem hvilke hvilken hvorfor nar ikke ikkje og er det har vil kan blir bli til fra pa om med som eller no non " +
  "nokon alle bare sa ogsa hvis skal ma kunne takk jo dokk lurer ber mvh vennligst").split(" "));
const ENGLISH_MARKERS = new Set(("i you your yours do dos does what how who is are my me the an to of and can with about it " +
  "this that have has why when where which will would please want not don t thanks there any our us ur u pls whats " +
  "could should be get if s am they their".split(" ")));
const AMBIGUOUS = new Set(["i", "a", "no", "to", "for", "data", "hei", "s", "t", "e"]);

/**
 * Norwegian or English, from function words and from which language's vocabulary the words belong to.
 * Ties go to Norwegian (Bokmål first).
 */
export function detectLanguage(text: string, vocabulary?: { nb: Set<string>; en: Set<string> }): Language {
  const raw = text.toLowerCase();
  let score = /[æøå]/.test(raw) ? 2 : 0; // > 0 means Norwegian
  for (const word of words(text)) {
    const weight = AMBIGUOUS.has(word) ? 0.3 : 1;
    if (NORWEGIAN_MARKERS.has(word)) score += weight;
    if (ENGLISH_MARKERS.has(word)) score -= weight;
    if (vocabulary && !NORWEGIAN_MARKERS.has(word) && !ENGLISH_MARKERS.has(word)) {
      const inNb = vocabulary.nb.has(word);
      const inEn = vocabulary.en.has(word);
      if (inNb && !inEn) score += 0.5;
      if (inEn && !inNb) score -= 0.5;
    }
  }
  return score >= 0 ? "nb" : "en";
}
