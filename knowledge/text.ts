import porterNo from "natural/lib/natural/stemmers/porter_stemmer_no.js";
import porterEn from "natural/lib/natural/stemmers/porter_stemmer.js";
import AggressiveTokenizerNo from "natural/lib/natural/tokenizers/aggressive_tokenizer_no.js";
import type { Language } from "../triage/types";
import { fold, standardWord } from "../triage/understand/normalize";

const tokenizer = new AggressiveTokenizerNo();

/** Words of a text, folded and with dialect read as Bokmål, as the understanding reads them (triage/understand/normalize.ts). */
export function words(text: string): string[] {
  // "e-post", "e-postadresse" → "epost…", the way many people write them anyway.
  const joined = fold(text).replace(/\be-(?=[a-z])/g, "e");
  return tokenizer.tokenize(joined).filter((token) => token.length > 0).map(standardForm);
}

// "påmeldinga", "meldinga": the dialect's feminine -a is Bokmål's -en.
function standardForm(token: string): string {
  const mapped = standardWord(token);
  if (mapped !== token) return mapped;
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
