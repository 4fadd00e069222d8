import { RIGHTS, type Right } from "../types";
import type { Clause } from "./normalize";
import { matchedWords, phrase } from "./phrase";
import { ASKING_ABOUT, RIGHT_RULES } from "./right-rules";

// One combined pattern per right lets most clauses, which mention no right, be passed over in one test.
const ANY_RULE_OF = new Map(RIGHTS.map((right) => [right, new RegExp(RIGHT_RULES.filter((r) => r.right === right).map((r) => r.re.source).join("|"))]));

const CONSENT_WORDS = /samtykk|consent|nyhetsbrev|newsletter|unsubscrib|meld|avmeld|opt|utsendelse|list/;

// Negation right before the matched words: "jeg vil ikke slette kontoen", "don't delete my account".
const NEGATION = /\b(ikke|ikkje|not|dont|never|aldri|nor|neither|uten)\b/;
const NEGATION_WINDOW_WORDS = 4;

const ABOUT_ME = phrase("(har|hold|have|store|keep|lagrer|lagret|registrert) _ (om|pa|about|on) (meg|me)");
const MARKETING = phrase("(markedsf*|reklame*|marketing|sales|salg*|sms*|calls|ring*|tilbud*|offers|promotion*|advert*|ads|object*|protest*|motsett*|reserv*)");
const NEWSLETTER = phrase("(nyhetsbrev*|newsletter*|mailings|mailing|utsendelse*|list*)");
const STOP_IT = phrase("^ (stop|stopp|slutt|stans) (it|now|this|that|det|na|dette|med det|with it)");
const TAKE_DOWN = phrase("(ned|down|taken|take)");
const FIX_VERB = phrase("(rett|rette|retter|rettet|korriger*|endr*|oppdater*|fiks*|bytt*|correct*|fix*|update*|change*|amend*|rectif*)");
const KEEP_IT = new RegExp(
  [phrase("(ikke|la vare a|not|dont|never|aldri) (slett*|delete*|erase*|fjern*|remove*)"), phrase("(ikke|not|dont|never|aldri) _ (slett*|delete*|erase*|fjern*|remove*) _ (enna|yet|for now|forelopig|men|but)")].map((re) => re.source).join("|"),
);
const ACCESS_VERB = phrase("(se|vite|vis|send*|kopi*|innsyn*|oversikt|see|know|copy|access|show|tell|list)");

export interface RightsFinding {
  rights: Right[];
  reasons: string[];
  /** A right was mentioned only in a question about it. */
  askedAbout: boolean;
  /** Clauses where a mention was negated ("jeg vil ikke slette"). */
  negated: string[];
}

export function findRights(clauses: Clause[]): RightsFinding {
  const found = new Map<Right, string>();
  const negated: string[] = [];
  let askedAbout = false;
  for (const clause of clauses) {
    const inClause = new Map<Right, string>();
    const present = new Set(RIGHTS.filter((right) => ANY_RULE_OF.get(right)!.test(clause.words)));
    if (present.size === 0) continue;
    for (const rule of RIGHT_RULES) {
      if (!present.has(rule.right) || inClause.has(rule.right)) continue;
      const match = rule.re.exec(clause.words);
      if (!match) continue;
      if (rule.unlessFollowedBy?.test(clause.words.slice(match.index + match[0].length - 1))) continue;
      const words = rule.parts ? rule.parts.map((part) => part.exec(clause.words)?.[0].trim() ?? "").join(" … ") : matchedWords(match);
      if (rule.negatable && isNegated(clause.words, match.index)) {
        negated.push(`«${words}» (nektet / negated)`);
        continue;
      }
      inClause.set(rule.right, words);
    }
    // "I don't want marketing emails": the objection covers it; only explicit consent or newsletter words make it a withdrawal too.
    if (inClause.has("objection") && !CONSENT_WORDS.test(inClause.get("withdraw_consent") ?? "samtykke")) inClause.delete("withdraw_consent");
    // "Stop sending me your newsletter": the newsletter was opted into, so it is a withdrawal, not an objection.
    if (inClause.has("withdraw_consent") && inClause.has("objection") && !MARKETING.test(` ${inClause.get("objection")} `) && NEWSLETTER.test(` ${inClause.get("withdraw_consent")} `)) inClause.delete("objection");
    // A copy "in CSV" or "machine-readable" is portability; it is access as well only when the clause asks what is held about them.
    if (inClause.has("portability") && !ABOUT_ME.test(clause.words)) inClause.delete("access");
    // "Delete everything you have on me" names what to delete; it asks to see nothing.
    if (inClause.has("erasure") && inClause.has("access") && !ACCESS_VERB.test(clause.words)) inClause.delete("access");
    if (inClause.size > 0 && ASKING_ABOUT.some((re) => re.test(clause.words))) {
      askedAbout = true;
      continue;
    }
    for (const [right, words] of inClause) if (!found.has(right)) found.set(right, words);
  }
  // "Stop it." after a sentence about sales calls or marketing objects to them.
  if (!found.has("objection") && clauses.some((c) => STOP_IT.test(c.words)) && clauses.some((c) => MARKETING.test(c.words))) found.set("objection", "stop it");
  settleRestriction(found, clauses);
  // Taking down a photo or testimonial whose consent is withdrawn is the withdrawal itself.
  if (found.has("withdraw_consent") && TAKE_DOWN.test(` ${found.get("erasure")} `)) found.delete("erasure");
  const reasons = [...found].map(([right, words]) => `«${words}» → ${right}`);
  return { rights: RIGHTS.filter((r) => found.has(r)), reasons, askedAbout, negated };
}

/**
 * A restriction request keeps the data while something is checked: "the data is wrong, don't use it until
 * it's checked" disputes it rather than asking for a fix, and "don't delete it, but don't use it" is no erasure.
 */
function settleRestriction(found: Map<Right, string>, clauses: Clause[]): void {
  if (!found.has("restriction")) return;
  if (found.has("rectification") && !FIX_VERB.test(` ${found.get("rectification")} `)) found.delete("rectification");
  if (found.has("erasure") && clauses.some((clause) => KEEP_IT.test(clause.words))) found.delete("erasure");
}

function isNegated(words: string, index: number): boolean {
  const before = words.slice(0, index + 1).trim().split(" ").slice(-NEGATION_WINDOW_WORDS);
  // "…ikke slette kontoen, bare endre e-post": a comma or "bare/men/but/only" ends the negation.
  const scopeStart = Math.max(...["," , "bare", "men", "but", "only", "just", "kun", "unntatt", "except"].map((w) => before.lastIndexOf(w)));
  return NEGATION.test(before.slice(scopeStart + 1).join(" "));
}
