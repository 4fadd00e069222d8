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

/** The stem of a folded word. Norwegian also drops -ing/-ingen so "sletting" meets "slette". */
export function stem(word: string, language: Language): string {
  if (/^\d+$/.test(word)) return word;
  if (language === "en") return porterEn.stem(word);
  const stemmed = porterNo.stem(word);
  const withoutIng = stemmed.replace(/ing(en|er|ene)?$/, "");
  return withoutIng.length >= 5 ? withoutIng : stemmed;
}
