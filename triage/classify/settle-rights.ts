/**
 * How rights found in one clause, or in one mail, relate: which one a combination really asks for, and
 * short requests ("Stop it.", "stryk meg") that take their meaning from another sentence of the mail.
 */
import type { Right } from "../types";
import type { Clause } from "./normalize";
import { matchedWords, phrase } from "./phrase";

const CONSENT_WORDS = /samtykk|consent|nyhetsbrev|newsletter|unsubscrib|meld|avmeld|opt|utsendelse|list/;
const ABOUT_ME = phrase("(har|hold|have|store|keep|lagrer|lagret|registrert) _ (om|pa|about|on) (meg|me)");
const ACCESS_VERB = phrase("(se|vite|vis|send*|kopi*|innsyn*|oversikt|see|know|copy|access|show|tell|list)");
const MARKETING = phrase("(markedsf*|reklame*|marketing|sales|salg*|sms*|calls|ring*|tilbud*|offers|promotion*|advert*|ads|object*|protest*|motsett*|reserv*)");
const NEWSLETTER = phrase("(nyhetsbrev*|newsletter*|mailings|mailing|utsendelse*|list*)");

const PRONOUN_WITHDRAWAL = new RegExp(
  [
    phrase("(stryk|stryker|ta meg av|fjern meg|remove me|take me off|det trekker jeg|trekker jeg det|withdraw it|i withdraw that)"),
    phrase("(ikke|dont|do not|stop|slutt a|stopp a|slutt med a) (send|sende|sending|email|emailing|mail) [meg|me] (dette|det|dem|disse|this|these|it|them|flere|more|sant|such) [mer|lenger|anymore|again|any more]"),
  ].map((re) => re.source).join("|"),
);
const CONSENT_CONTEXT = new RegExp(
  [
    phrase("(nyhetsbrev*|newsletter*|samtykk*|consent*|sa ja|sagt ja|agreed|tillatelse*|permission)"),
    phrase("(meldte|meldt|registrerte|abonnerte) [meg] pa _ (tips*|epost*|mail*|utsendelse*|sms*|varsl*)"),
    phrase("(signed up|subscribed|opted in) (to|for) "),
  ].map((re) => re.source).join("|"),
);
/** "I never signed up": what they get was not consented to, so stopping it is an objection. */
const NEVER_AGREED = phrase("(never|aldri|ikke) _ (signed up|subscribed|meldt meg pa|meldte meg pa|bedt om|asked for|agreed|samtykket|consented|opted in)");
const DONT_USE = phrase("(ikke|not|dont|never|aldri|stop|slutt a|stopp) _ (bruke|bruk|bruker|dele|del|use|using|share|sharing|behandle|process*|vise|show)");
/** A clause about personal details that are wrong or have changed: "etternavnet mitt er nå Strand", "the notes … are untrue". */
const DETAIL_WORD = phrase("(notat*|notes|opplysning*|records|profil*|profile|registrert|registered|navn|navnet|etternavn*|fornavn*|name|surname|adresse*|address|epost*|email|telefonnummer*|mobilnummer*|nummer|nummeret|number|tittel*|title|stilling*|fodselsdato*|birth*|birthday|journal*|arbeidsgiver*|employer)");
const CHANGED_WORD = phrase("(feil|wrong|incorrect|untrue|uriktig*|utdatert*|outdated|fortsatt|fremdeles|still|ny|nytt|nye|new|na|now|changed|endret|byttet|flyttet|moved|gift*|married|lenger|longer|anymore|not true|ikke riktig|ikke sant|stemmer ikke)");
/** "Kan dere endre det?", "please correct them": a fix asked for, whose object is in another sentence. */
const FIX_ASK = new RegExp(
  [
    phrase("(kan|kunne|vil|can|could|would|will) (dere|du|you) [please|vennligst] (endre|oppdatere|rette|fikse|korrigere|update|change|fix|correct|amend)"),
    phrase("(please|vennligst|venligst|pls) (endre|oppdater*|rett|rette|fiks*|korriger*|update|change|fix|correct|amend)"),
    phrase("(ma|must|should|needs to|need to) [be] (endres|rettes|oppdateres|korrigeres|fikses|updated|changed|corrected|fixed)"),
  ].map((re) => re.source).join("|"),
);
const STOP_IT = phrase("^ (stop|stopp|slutt|stans) (it|now|this|that|det|na|dette|med det|with it)");
const TAKE_DOWN = phrase("(ned|down|taken|take)");
const FIX_VERB = phrase("(rett|rette|retter|rettet|korriger*|endr*|oppdater*|fiks*|bytt*|correct*|fix*|update*|change*|amend*|rectif*)");
const KEEP_IT = new RegExp(
  [
    phrase("(ikke|la vare a|not|dont|never|aldri) (slett*|delete*|erase*|fjern*|remove*)"),
    phrase("(ikke|not|dont|never|aldri) _ (slett*|delete*|erase*|fjern*|remove*) _ (enna|yet|for now|forelopig|men|but)"),
  ].map((re) => re.source).join("|"),
);

const has = (re: RegExp, words: string | undefined) => words !== undefined && re.test(` ${words} `);

/** Rights found together in one clause, with the words that showed each. */
export function settleClause(inClause: Map<Right, string>, clause: Clause): void {
  // "I don't want marketing emails": the objection covers it; only explicit consent or newsletter words make it a withdrawal too.
  if (inClause.has("objection") && !CONSENT_WORDS.test(inClause.get("withdraw_consent") ?? "samtykke")) inClause.delete("withdraw_consent");
  // "Stop sending me your newsletter": the newsletter was opted into, so it is a withdrawal, not an objection.
  if (inClause.has("withdraw_consent") && inClause.has("objection") && !has(MARKETING, inClause.get("objection")) && has(NEWSLETTER, inClause.get("withdraw_consent"))) inClause.delete("objection");
  // A copy "in CSV" or "machine-readable" is portability; it is access as well only when the clause asks what is held about them.
  if (inClause.has("portability") && !ABOUT_ME.test(clause.words)) inClause.delete("access");
  // "Delete everything you have on me" names what to delete; it asks to see nothing.
  if (inClause.has("erasure") && inClause.has("access") && !ACCESS_VERB.test(clause.words)) inClause.delete("access");
}

/** All rights found in the mail; `context` is what the mail answers (a reply's subject), read only to understand a pronoun. */
export function settleMail(found: Map<Right, string>, clauses: Clause[], context: Clause[] = []): void {
  // "Fint om dere stryker meg", "det trekker jeg nå" after a sentence about the newsletter or a consent given.
  if (!found.has("withdraw_consent") && [...clauses, ...context].some((c) => CONSENT_CONTEXT.test(c.words))) addFromAnyClause(found, "withdraw_consent", PRONOUN_WITHDRAWAL, clauses);
  // "Stop it." after a sentence about sales calls or marketing objects to them.
  if (!found.has("objection") && clauses.some((c) => MARKETING.test(c.words))) addFromAnyClause(found, "objection", STOP_IT, clauses);
  // "Ikke slett opptaket. Men dere må ikke bruke det": keeping it unused, said over two sentences.
  if (!found.has("restriction") && clauses.some((c) => KEEP_IT.test(c.words))) addFromAnyClause(found, "restriction", DONT_USE, clauses.filter((c) => !KEEP_IT.test(c.words)));
  // "Etternavnet mitt er nå Strand. Kan dere endre det?"
  if (!found.has("rectification") && clauses.some((c) => DETAIL_WORD.test(c.words) && CHANGED_WORD.test(c.words))) addFromAnyClause(found, "rectification", FIX_ASK, clauses);
  // "I subscribed to your newsletter, but please stop sending it": a consent taken back, not an objection.
  const objection = found.get("objection");
  if (objection !== undefined && !has(MARKETING, objection) && clauses.some((c) => CONSENT_CONTEXT.test(c.words)) && !clauses.some((c) => MARKETING.test(c.words) || NEVER_AGREED.test(c.words))) {
    found.delete("objection");
    if (!found.has("withdraw_consent")) found.set("withdraw_consent", objection);
  }
  if (found.has("restriction")) {
    // "The data is wrong; don't use it until it's checked" disputes the data rather than asking for a fix.
    if (found.has("rectification") && !has(FIX_VERB, found.get("rectification"))) found.delete("rectification");
    // "Don't delete it, but don't use it": keeping the data is the point.
    if (found.has("erasure") && clauses.some((clause) => KEEP_IT.test(clause.words))) found.delete("erasure");
  }
  // Taking down a photo or testimonial whose consent is withdrawn is the withdrawal itself.
  if (found.has("withdraw_consent") && has(TAKE_DOWN, found.get("erasure"))) found.delete("erasure");
}

function addFromAnyClause(found: Map<Right, string>, right: Right, re: RegExp, clauses: Clause[]): void {
  for (const clause of clauses) {
    const match = re.exec(clause.words);
    if (match) {
      found.set(right, matchedWords(match));
      return;
    }
  }
}
