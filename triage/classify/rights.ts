import { RIGHTS, type FoundBy, type Right } from "../types";
import { fold, type Clause } from "../understand/normalize";
import { matchedWords, PhraseIndex } from "./phrase";
import { ASKING_ABOUT_INDEX } from "./asking-about";
import { isDisclaimer } from "./cues";
import { RIGHT_RULES } from "./right-rules";
import type { CompiledRule } from "./rules/compile";
import { settleClause, settleMail } from "./settle-rights";
import { isTooLittle, notJust } from "./not-just";

// Most clauses mention no right: the index passes them over without running a single rule.
const RULES = new PhraseIndex(RIGHT_RULES.map((rule) => rule.re));

// Negation right before the matched words: "jeg vil ikke slette kontoen", "don't delete my account".
// Folded like the text it is tested on ("doesnt" reads "dosnt" there).
const NEGATION = new RegExp(`\\b(${fold("ikke|ikkje|not|dont|doesnt|didnt|never|aldri|nor|neither|uten")})\\b`);
const NEGATION_WINDOW_WORDS = 4;

export interface RightsFinding {
  rights: Right[];
  reasons: string[];
  /** Which rule, or whole-mail resolver, found each right, in which words. */
  foundBy: FoundBy;
  /** A right was mentioned only in a question about it. */
  askedAbout: boolean;
  /** Mentions the owner should see were not taken as asked for: negated ("jeg vil ikke slette") or "not just" ("ikke bare meld meg av"). */
  negated: string[];
}

/** What one clause says, on its own. */
export interface ClauseReading {
  /** Each right the clause exercises, with the words that show it. */
  rights: Map<Right, string>;
  /** The id of the rule that found each right. */
  ruleIds: Map<Right, string>;
  negated: string[];
  askedAbout: boolean;
}

// A mail's body is read twice, with and without its subject (index.ts): each clause is read once, its reading kept
// with it (clause.reading; cheaper than a WeakMap, whose entries cost the garbage collector).

/** `context`: clauses the mail replies to (a reply's subject), used only to read pronouns such as "ikke send meg dette mer". */
export function findRights(clauses: Clause[], context: Clause[] = []): RightsFinding {
  const found = new Map<Right, string>();
  const ruleIds = new Map<Right, string>();
  const negated: string[] = [];
  let askedAbout = false;
  for (const clause of clauses) {
    const reading = clause.reading ?? readClause(clause);
    negated.push(...reading.negated);
    if (reading.askedAbout) {
      askedAbout = true;
      continue;
    }
    for (const [right, words] of reading.rights) {
      if (found.has(right)) continue;
      found.set(right, words);
      ruleIds.set(right, reading.ruleIds.get(right)!);
    }
  }
  // What a whole-mail resolver set is its own finding: the reason names the resolver.
  for (const [right, resolver] of settleMail(found, clauses, context)) ruleIds.set(right, resolver);
  const foundBy: FoundBy = {};
  const reasons: string[] = [];
  for (const [right, words] of found) {
    const ruleId = ruleIds.get(right)!;
    foundBy[right] = { words, ruleId };
    reasons.push(`«${words}» → ${right} [${ruleId}]`);
  }
  return { rights: RIGHTS.filter((r) => found.has(r)), reasons, foundBy, askedAbout, negated };
}

/** Whether a clause only asks about a right: `findRights(clauses).askedAbout`, without settling the mail. */
export function asksAboutRights(clauses: Clause[]): boolean {
  return clauses.some((clause) => (clause.reading ?? readClause(clause)).askedAbout);
}

/** What one rule finds in a clause: the words that show it (negated where a negation comes right before), where they start, or nothing. */
export function applyRule(rule: CompiledRule, clause: Clause): { words: string; negated: boolean; at: number } | undefined {
  const match = rule.re.exec(clause.words);
  if (!match) return undefined;
  if (rule.unlessFollowedBy?.test(clause.words.slice(match.index + match[0].length - 1))) return undefined;
  // A rule of parts in any order (a lookahead) matches at the clause's start: its words, and where they start, are its parts'.
  const parts = rule.parts?.map((part) => part.exec(clause.words));
  const words = parts ? parts.map((part) => part?.[0].trim() ?? "").join(" … ") : matchedWords(match);
  const at = parts?.[0]?.index ?? match.index;
  return { words, negated: rule.negatable && isNegated(clause.words, match.index), at };
}

/** Most clauses: no rule's words, or a disclaimer. Shared, and never changed. */
const NOTHING: ClauseReading = { rights: new Map(), ruleIds: new Map(), negated: [], askedAbout: false };

function readClause(clause: Clause): ClauseReading {
  const candidates = RULES.candidates(clause);
  if (candidates.length === 0 || isDisclaimer(clause)) {
    return (clause.reading = NOTHING);
  }
  const { read, tooLittle } = notJust(clause);
  const inClause = new Map<Right, string>();
  const ruleIds = new Map<Right, string>();
  const negated: string[] = [];
  for (const index of candidates) {
    const rule = RIGHT_RULES[index]!;
    if (inClause.has(rule.right)) continue;
    const found = applyRule(rule, read);
    if (!found) continue;
    if (isTooLittle(tooLittle, found.at)) negated.push(`«${found.words}» (ikke bare dette / not just this) [${rule.id}]`);
    else if (found.negated) negated.push(`«${found.words}» (nektet / negated) [${rule.id}]`);
    else {
      inClause.set(rule.right, found.words);
      ruleIds.set(rule.right, rule.id);
    }
  }
  if (inClause.size > 0) settleClause(inClause, clause);
  const reading = { rights: inClause, ruleIds, negated, askedAbout: inClause.size > 0 && ASKING_ABOUT_INDEX.some(clause) };
  return (clause.reading = reading);
}

// "Jeg vil ikke at opptaket fra samlingen 12. mars skal slettes": the wish is negated however far its verb comes.
const NEGATED_WISH = / (?:vil|onsker|ber|krever) (?:ikke|ikkje) (?:om )?at /;
const WISH_SCOPE_ENDS = new Set([",", "bare", "men", "but", "only", "just", "kun", "unntatt", "except", "og", "and", "sa", "so"]);

function isNegated(words: string, index: number): boolean {
  const before = words.slice(0, index + 1).trim().split(" ").slice(-NEGATION_WINDOW_WORDS);
  // "…ikke slette kontoen, bare endre e-post": a comma or "bare/men/but/only" ends the negation.
  const scopeStart = Math.max(...["," , "bare", "men", "but", "only", "just", "kun", "unntatt", "except"].map((w) => before.lastIndexOf(w)));
  if (NEGATION.test(before.slice(scopeStart + 1).join(" "))) return true;
  const sentence = words.slice(0, index + 1).trim().split(" ");
  const wishStart = sentence.findLastIndex((w) => WISH_SCOPE_ENDS.has(w));
  return NEGATED_WISH.test(` ${sentence.slice(wishStart + 1).join(" ")} `);
}
