import { RIGHTS, type Right } from "../types";
import type { Clause } from "./normalize";
import { matchedWords } from "./phrase";
import { ASKING_ABOUT } from "./asking-about";
import { RIGHT_RULES } from "./right-rules";
import { settleClause, settleMail } from "./settle-rights";

// One combined pattern per right lets most clauses, which mention no right, be passed over in one test.
const ANY_RULE_OF = new Map(RIGHTS.map((right) => [right, new RegExp(RIGHT_RULES.filter((r) => r.right === right).map((r) => r.re.source).join("|"))]));

// Negation right before the matched words: "jeg vil ikke slette kontoen", "don't delete my account".
const NEGATION = /\b(ikke|ikkje|not|dont|never|aldri|nor|neither|uten)\b/;
const NEGATION_WINDOW_WORDS = 4;

export interface RightsFinding {
  rights: Right[];
  reasons: string[];
  /** A right was mentioned only in a question about it. */
  askedAbout: boolean;
  /** Clauses where a mention was negated ("jeg vil ikke slette"). */
  negated: string[];
}

/** `context`: clauses the mail replies to (a reply's subject), used only to read pronouns such as "ikke send meg dette mer". */
export function findRights(clauses: Clause[], context: Clause[] = []): RightsFinding {
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
    settleClause(inClause, clause);
    if (inClause.size > 0 && ASKING_ABOUT.some((re) => re.test(clause.words))) {
      askedAbout = true;
      continue;
    }
    for (const [right, words] of inClause) if (!found.has(right)) found.set(right, words);
  }
  settleMail(found, clauses, context);
  const reasons = [...found].map(([right, words]) => `«${words}» → ${right}`);
  return { rights: RIGHTS.filter((r) => found.has(r)), reasons, askedAbout, negated };
}

function isNegated(words: string, index: number): boolean {
  const before = words.slice(0, index + 1).trim().split(" ").slice(-NEGATION_WINDOW_WORDS);
  // "…ikke slette kontoen, bare endre e-post": a comma or "bare/men/but/only" ends the negation.
  const scopeStart = Math.max(...["," , "bare", "men", "but", "only", "just", "kun", "unntatt", "except"].map((w) => before.lastIndexOf(w)));
  return NEGATION.test(before.slice(scopeStart + 1).join(" "));
}
