import type { LiteralScan } from "../classify/phrase";
import type { ClauseReading } from "../classify/rights";
import { markBusinessNames } from "./business-names";

/**
 * Turns mail text into clauses of folded, typo-corrected words, so one set of patterns
 * matches "ønsker", "onsker" and "oensker", and "opplysnigner" as "opplysninger".
 */
export interface Clause {
  /** Folded words joined by single spaces, with a space at each end: " jeg vil slette kontoen ". */
  words: string;
  question: boolean;
  /** The same words one by one, so they need not be split again. */
  wordList?: string[];
  /** Which of the rules' literal words the clause holds: filled on first use by the rules' prefilter (classify/phrase.ts). */
  literals?: LiteralScan;
  /** The rights rules' reading of the clause, kept once made (classify/rights.ts): a mail's body is read more than once. */
  reading?: ClauseReading;
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * æøå and their ASCII stand-ins (ae/oe/aa, a/o) all fold to one spelling, and other accents drop ("é" → "e"),
 * so "sletting", "oppbevarer" and "paa" match whichever way they were written. Used for chat questions, the
 * knowledge base and mail alike.
 */
export function fold(text: string): string {
  let lower = text.toLowerCase();
  // Each replacement only where its letters occur: most text has none of them, and a test is cheaper than a replace.
  if (NON_ASCII.test(lower)) {
    lower = lower.replace(/æ/g, "a").replace(/ø/g, "o");
    if (NON_ASCII.test(lower)) lower = lower.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  if (lower.includes("ae")) lower = lower.replace(/ae/g, "a");
  if (lower.includes("oe")) lower = lower.replace(/oe/g, "o");
  return lower.includes("aa") ? lower.replace(/aa/g, "a") : lower;
}

// Words the patterns rely on; a token one edit away from one of them (and not a word itself) is read as it.
const KEYWORDS = `slette sletting slettet slettes opplysninger opplysningene personopplysninger personopplysningene
  samtykke samtykket samtykket nyhetsbrev nyhetsbrevet nyhetsbrevene markedsforing dataportabilitet portabilitet
  maskinlesbart maskinlesbar misfornoyd uakseptabelt skuffet reservere reserverer tilbakekalle tilbakekaller
  begrense begrensning behandlingen behandling korrigere oppdatere endre kontoen profilen brukeren informasjon
  innsyn fjerne fjernes fjernet lagret lagrer korrigert oppdatert oppdateres begrenset begrenses slettede
  delete deleted deletion erase erasure information personal consent withdraw withdrawing unsubscribe
  portability rectify rectification restrict restriction complaint complain disappointed unacceptable
  newsletter newsletters marketing account profile portable readable machine request access
  systemet systemene registeret registrene databasen adresse adressen adressa postadressen telefonnummer
  telefonnummeret mobilnummeret etternavnet etternavn kundeprofilen profilen kontaktet opptaket opptakene
  makulere eksport eksportere importere overfore oppdater korriger skriver stavet feilstavet utdatert
  address details history everything nothing another customer recording testimonial destroy processing
  process correct changed contact reminder suspend restrict birthday surname misspelled outdated
  transfer provider platform records database`
  .split(/\s+/)
  .map(fold)
  .filter((w) => w.length >= 6);

// Ordinary words that sit one edit from a keyword and must stay as they are.
const REAL_WORDS = new Set(["unsubscribed", "content", "settings", "setting", "provide", "provided", "provides", "change", "portalen", "record", "profil", "plattform", "delene", "skrive", "deleting", "deletes", "fjerner", "oppdaterer", "begrenser", "reminders", "kontakte", "kontakter", "registrert", "registrere", "registrerte", "systemer", "adresser", "adressene", "profiler", "opptak", "eksporten", "eksportert", "importert", "skrevet", "changes", "charged", "contract", "contacts", "corrects", "progress", "recordings", "customers", "providers", "platforms", "skrivere", "eksperter", "prosess", "slutte", "slutter", "sluttet", "fjerde", "kontor", "sette", "setter", "delte", "lagrede", "sletta", "skuffen", "sletter", "lagrede", "behandle", "endret", "endrer", "account", "accounts", "counts", "person", "access", "assess", "excess", "consents", "request", "requests", "deleted", "profiles", "informasjonen", "restrict", "compliant", "compliance", "registered", "registers", "korrigeres", "withdrawn",
  // One edit from a keyword with another meaning: "den sjette e-posten" (sixth), "settes på vent" (put on hold).
  "sjette", "settes", "remainder", "adressat", "adressater"].map(fold));

const KEYWORD_SET = new Set(KEYWORDS);
/** Symmetric-delete index: every keyword with one letter removed, pointing back to the keyword. */
const DELETIONS = new Map<string, string>();
for (const word of KEYWORDS) {
  DELETIONS.set(word, word);
  for (let i = 0; i < word.length; i++) {
    const variant = word.slice(0, i) + word.slice(i + 1);
    if (!DELETIONS.has(variant)) DELETIONS.set(variant, word);
  }
}

const corrections = new Map<string, string>();
const MAX_CACHED = 50_000;

/** A longer word is no deletion, nor one edit, from any keyword. */
const LONGEST_CORRECTABLE = Math.max(...KEYWORDS.map((word) => word.length)) + 1;

export function correctTypo(word: string): string {
  if (word.length < 6 || word.length > LONGEST_CORRECTABLE || KEYWORD_SET.has(word) || REAL_WORDS.has(word)) return word;
  const cached = corrections.get(word);
  if (cached !== undefined) return cached;
  let found = DELETIONS.get(word);
  for (let i = 0; !found && i < word.length; i++) found = DELETIONS.get(word.slice(0, i) + word.slice(i + 1));
  // Only trust a correction that keeps the first letter: "settes" is not "slettes".
  const result = found && found[0] === word[0] && Math.abs(found.length - word.length) <= 1 ? found : word;
  // Full: start again, so the words of today's mail are the ones remembered, not the first 50,000 ever seen.
  if (corrections.size >= MAX_CACHED) corrections.clear();
  corrections.set(word, result);
  return result;
}

// Dialect and Nynorsk forms of the words the patterns lean on, read as their Bokmål form.
// "Æ"/"mæ" must be caught before folding, where they would become "a"/"ma" (å, må).
const DIALECT_PRONOUNS = /(^|[^\p{L}])(æ|mæ)(?![\p{L}])/giu;
const DIALECT = new Map(
  Object.entries({ ikkje: "ikke", ikkj: "ikke", itj: "ikke", dokker: "dere", dokk: "dere", dykk: "dere", dakker: "dere", eg: "jeg", darleg: "darlig", mykje: "mye", kva: "hva", korleis: "hvordan", sja: "se", undertegnede: "meg", undertegnedes: "mine", kor: "hvor", ein: "en", eit: "et",
    // Nynorsk: "medan de finn ut av dette: ikkje bruk desse opplysningane … til saka er avklara".
    medan: "mens", meir: "mer", desse: "disse", noko: "noe", nokon: "noen", berre: "bare", dykkar: "deres", liggje: "ligge", saka: "saken", avklara: "avklart",
    vidare: "videre", framleis: "fremdeles", heile: "hele", seier: "sier", sjolv: "selv", synest: "synes", forventar: "forventer", fekk: "fikk",
    meiner: "mener", ynskjer: "onsker", kvifor: "hvorfor", kven: "hvem", tek: "tar", gjere: "gjore", vere: "vare", mistar: "mister", slettar: "sletter", greitt: "greit",
    // Spoken forms in terse phone mail: "ka dokker har lagra om mæ?", "har flytta", "før det er sjekka".
    ka: "hva", kem: "hvem", adressa: "adressen", koss: "hvordan", kossen: "hvordan", hu: "hun", lagra: "lagret", flytta: "flyttet", sjekka: "sjekket", dukka: "dukket", venta: "ventet", forventa: "forventet", betre: "bedre", endra: "endret", retta: "rettet", fjerna: "fjernet",
    hogt: "hoyt", framfor: "foran", kjende: "kjente", audmjuka: "ydmyket", audmjukt: "ydmyket", kursleiaren: "kurslederen", kursleiar: "kursleder", deltakarane: "deltakerne", onskjer: "onsker", onskte: "onsket", nyhendebrev: "nyhetsbrev", nyhendebrevet: "nyhetsbrevet", nyhendebreva: "nyhetsbrevene", heilt: "helt", namn: "navn", namnet: "navnet", feilstava: "feilstavet", meint: "ment", annan: "annen", endrar: "endrer", oppdaterar: "oppdaterer", hennar: "hennes", marknadsforing: "markedsforing", marknadsforinga: "markedsforingen",
    // "Eg ber om at dette vert retta, og at de ikkje nyttar opplysningane mine til noko før det er gjort."
    nyttar: "bruker", nyttast: "brukes", vert: "blir",
    // English texting shorthand: "took u 5 weeks", "my quote on ur website", "pls take it down".
    kordan: "hvordan", gjer: "gjor", ittj: "ikke", sel: "selger", seljer: "selger",
    slet: "slett", u: "you", ur: "your", pls: "please", plz: "please", thx: "thanks", abt: "about", yr: "year",
    // Danish and Swedish words in mail to a Norwegian business: "jeg beder jer slette mig", "tar bort mina uppgifter".
    mig: "meg", dig: "deg", sig: "seg", jer: "dere", jeres: "deres", gerne: "gjerne", beder: "ber", bede: "be", indsigelse: "innsigelse",
    oplysninger: "opplysninger", oplysningerne: "opplysningene", uppgifter: "opplysninger", uppgifterna: "opplysningene", mina: "mine", hermed: "herved", mod: "mot" }),
);

/** A dialect or Nynorsk word as its Bokmål form ("dokker" → "dere"), for words already folded. */
export function standardWord(word: string): string {
  return DIALECT.get(word) ?? word;
}

/** A furious or thumbs-down emoji says what words often don't ("dette er jo spam 😡"): read as the word. */
const ANGRY_EMOJI = /[\u{1F620}\u{1F621}\u{1F624}\u{1F92C}\u{1F44E}]/gu;

// Sentence ends, blank lines, and "… og hvor lenge …?": a question joined to a request is its own clause.
// An abbreviation's full stop ("e.g. JSON or CSV?", "f.eks. CSV") ends no sentence, nor a date's ("12. mars"), nor an
// article's ("Innsigelse, jf. art. 21, mot …").
const CLAUSE_BREAK = /(?<=[.!?])(?<!(?:^|[^a-z])(?:e\.g|i\.e|t\.d|f\.eks|feks|bl\.a|dvs|ca|evt|mr|mrs|ms|dr|nr|jf|jfr|pga|inkl|ekskl|kl|tlf|ref|iht|mht|vs)\.)(?!(?<=(?:^|[^a-z])art\.)\s+\d)(?!(?<=\d\.)\s+(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|des)\b)\s+|\n\s*\n|[;]|(?<=\?)|,?\s+(?=(?:og|and|samt) (?:hvor|hva|hvem|nar|hvordan|hvorfor|how|what|who|when|where|why)\b)/;

/**
 * Splits text into clauses at sentence ends and blank lines (not at hard line wraps),
 * folds and corrects each word. Hyphens and apostrophes join: "e-post" → "epost", "don't" → "dont".
 */
export function clauses(text: string): Clause[] {
  const result: Clause[] = [];
  let marked = markBusinessNames(text);
  // The emoji lie outside the BMP: without a surrogate the (slow, Unicode-aware) pattern need not run.
  if (HAS_SURROGATE.test(marked)) marked = marked.replace(ANGRY_EMOJI, " angry ");
  // Most text has no "æ" at all: then the pronoun pattern (slow, being Unicode-aware) need not run.
  if (HAS_AE.test(marked)) marked = marked.replace(DIALECT_PRONOUNS, (_, before: string, word: string) => `${before}${word.toLowerCase().startsWith("m") ? "meg" : "jeg"}`);
  const folded = fold(marked).replace(/(\w)['’-](\w)/g, "$1$2");
  for (const piece of folded.split(CLAUSE_BREAK)) {
    // Commas stay as words of their own: they end the reach of a negation. An e-mail address is one word, so that
    // "den gamle kontoen på ingrid.solheim@hotmail.com kan slettes" keeps its words as close as they are said.
    // The local part is bounded (64 characters, as mail addresses are): unbounded, a long run of dots or underscores is read again from every position.
    const words = piece.match(/[a-z0-9][a-z0-9._+]{0,63}@[a-z0-9.]*[a-z0-9]|[a-z0-9@]+|,/g);
    if (!words || words.every((w) => w === ",")) continue;
    const wordList = words.map(readWord);
    // The caches start empty, so every clause keeps one shape as they are filled.
    result.push({ words: ` ${wordList.join(" ")} `, question: piece.includes("?"), wordList, literals: undefined, reading: undefined });
  }
  return result;
}

const HAS_AE = /[æÆ]/;
const HAS_SURROGATE = /[\ud800-\udfff]/;

/** Each folded word as the patterns read it: dialect as Bokmål, a typo as its keyword (correctTypo remembers those). */
function readWord(word: string): string {
  return DIALECT.get(word) ?? correctTypo(word);
}
