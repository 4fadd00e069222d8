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

const PRONOUN_WITHDRAWAL = phrase("(stryk|stryker|ta meg av|fjern meg|remove me|take me off|det trekker jeg|trekker jeg det|withdraw it|i withdraw that)");
const CONSENT_CONTEXT = phrase("(nyhetsbrev*|newsletter*|samtykk*|consent*|sa ja|sagt ja|agreed|tillatelse*|permission)");
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

/** All rights found in the mail. */
export function settleMail(found: Map<Right, string>, clauses: Clause[]): void {
  // "Fint om dere stryker meg", "det trekker jeg nå" after a sentence about the newsletter or a consent given.
  if (!found.has("withdraw_consent") && clauses.some((c) => CONSENT_CONTEXT.test(c.words))) addFromAnyClause(found, "withdraw_consent", PRONOUN_WITHDRAWAL, clauses);
  // "Stop it." after a sentence about sales calls or marketing objects to them.
  if (!found.has("objection") && clauses.some((c) => MARKETING.test(c.words))) addFromAnyClause(found, "objection", STOP_IT, clauses);
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
