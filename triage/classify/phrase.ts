import { fold, type Clause } from "../understand/normalize";
import { fillPlaceholders } from "../understand/business-names";

/**
 * A tiny phrase language, compiled once at module load, matched against a clause's folded words:
 *   word    the exact word            slett*   a word starting with "slett"
 *   [mine]  an optional word          (a|b*)   alternatives
 *   _       up to 4 words of any kind __       up to 8 words
 *   ~       up to 4 words, none a comma: the words on either side stand in one part of the clause
 *   ^       (first) the clause starts here
 *   {business}, {processor}  the business's own name, a processor's name (from the knowledge base)
 * Patterns are folded like the text, so they may be written with æøå.
 */
export function phrase(pattern: string): RegExp {
  let source = " ";
  const words = tokens(fold(fillPlaceholders(pattern)).trim());
  for (const token of words) source = token === "^" ? "^ " : source + compile(token);
  return withLiterals(new RegExp(source), literalsOf(words));
}

function compile(token: string): string {
  if (token === "_") return "(?:\\S+ ){0,4}";
  if (token === "__") return "(?:\\S+ ){0,8}";
  if (token === "~") return "(?:[^\\s,]+ ){0,4}";
  if (token.startsWith("[") && token.endsWith("]")) return `(?:(?:${word(token.slice(1, -1))}) )?`;
  return `${word(token)} `;
}

/**
 * All parts anywhere in the clause, in any order: "kontoen min … ønsker jeg at dere sletter".
 * `unless` (a phrase) must not occur anywhere in the clause.
 */
export function together(parts: string[], unless?: string): RegExp {
  const compiled = parts.map(phrase);
  const ahead = compiled.map((part) => `(?=.*?${part.source})`).join("");
  const not = unless ? `(?!.*?${phrase(unless).source})` : "";
  // The positive parts first: most clauses fail them at once.
  return withLiterals(new RegExp(`^${ahead}${not}`), compiled.flatMap(literalsOfRegExp));
}

/** Any one of several phrases, as one pattern tested once. */
export function anyPhrase(...patterns: string[]): RegExp {
  return new RegExp(patterns.map((pattern) => phrase(pattern).source).join("|"));
}

/** Splits at spaces outside parentheses, so "(om meg|pa meg)" stays one token. */
function tokens(pattern: string): string[] {
  const result: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of pattern) {
    if (char === "(" || char === "[") depth++;
    if (char === ")" || char === "]") depth--;
    if (/\s/.test(char) && depth === 0) {
      if (current) result.push(current);
      current = "";
    } else current += char;
  }
  if (current) result.push(current);
  return result;
}

function word(token: string): string {
  return token.replace(/\*/g, "[a-z0-9]*");
}

/** The words a pattern matched, for the reasons the owner reads. */
export function matchedWords(match: RegExpExecArray): string {
  return match[0].trim();
}

// Prefilter. A clause's words are " w1 w2 … ", and each token of a phrase matches whole words, so a
// token such as "(slett*|data|*adresse*)" cannot match unless the clause contains " slett", " data "
// or "adresse". Those strings are the token's literals; a phrase needs one literal of each of its tokens.

/** Compiled phrases by source: groups of literals; the clause must contain one literal of every group. */
const LITERALS = new Map<string, string[][]>();

function withLiterals(re: RegExp, literals: string[][]): RegExp {
  LITERALS.set(re.source, literals);
  return re;
}

/**
 * The literals of a compiled phrase, also when a rule file wraps it in lookarounds ("(?!…)" + phrase.source),
 * which only ever narrow what it matches. None for any other regex: it is always run.
 */
function literalsOfRegExp(re: RegExp): string[][] {
  if (re.flags.includes("i")) return [];
  let source = re.source;
  while (!LITERALS.has(source)) {
    const { groups, pipes, balanced } = shape(source);
    const first = groups[0];
    const last = groups.at(-1);
    if (!balanced || pipes.length > 0 || !first || !last) break;
    if (first[0] === 0 && isLookaround(source, 0)) source = source.slice(first[1]);
    else if (last[1] === source.length && isLookaround(source, last[0])) source = source.slice(0, last[0]);
    else break;
  }
  return LITERALS.get(source) ?? [];
}

function isLookaround(source: string, start: number): boolean {
  return /^\(\?<?[=!]/.test(source.slice(start, start + 4));
}

/**
 * One group per word or alternation token of a pattern. Another token (raw regex such as "(my )?data")
 * gives none; where its regex could reach into its neighbours' (a "|" or bracket of its own, a leading
 * quantifier that makes the space before it optional), it costs theirs too.
 */
function literalsOf(tokens: string[]): string[][] {
  const groups: (string[] | undefined)[] = [];
  for (const token of tokens) {
    if (token === "^") {
      groups.length = 0; // what came before is not part of the pattern
      continue;
    }
    const fragment = compile(token);
    const { pipes, balanced } = shape(fragment);
    if (!balanced || pipes.length > 0) return [];
    const quantifier = /^(?:[?+]|\{\d*,?\d*\})/.exec(fragment)?.[0];
    if (quantifier === undefined) groups.push(fragment.endsWith(" ") ? tokenLiterals(token) : undefined);
    else {
      // "machine ?readable": the space before the word may be missing, so the word before may run on.
      groups.pop();
      const rest = token.slice(quantifier.length);
      const inside = /^[a-z0-9*,]+$/.test(rest) ? literalOf(`*${rest}*`) : undefined; // "readable", wherever it starts
      groups.push(inside === undefined ? undefined : [inside]);
    }
  }
  return groups.filter((group) => group !== undefined);
}

/** One literal per alternative of a "word*" or "(a|b c|d*)" token; undefined where an alternative has none. */
function tokenLiterals(token: string): string[] | undefined {
  const star = token.endsWith(")*") ? "*" : ""; // "(send|give)*": the star ends each alternative
  const group = shape(token).groups[0];
  const alternation = group?.[0] === 0 && group[1] === token.length - star.length;
  const alternatives = alternation ? split(token.slice(1, group[1] - 1)) : [token];
  const literals = alternatives.map((alternative) => alternativeLiteral(alternative, star));
  return literals.every((literal) => literal !== undefined) ? [...new Set(literals as string[])] : undefined;
}

/** Of plain words ("dere lovet"), the longest one's literal: " lovet ". Else the first word's, where a plain space follows it. */
function alternativeLiteral(alternative: string, star: string): string | undefined {
  if (/^[a-z0-9*,]+( [a-z0-9*,]+)*$/.test(alternative)) {
    const literals = `${alternative}${star}`.split(" ").map(literalOf).filter((literal) => literal !== undefined);
    return literals.reduce<string | undefined>((longest, literal) => (literal.length > (longest?.length ?? 0) ? literal : longest), undefined);
  }
  const first = /^([a-z0-9*,]+) (?![?+{])/.exec(alternative)?.[1]; // "customer (file|record)"
  return first === undefined ? undefined : literalOf(first);
}

/** "data" → " data ", "slett*" → " slett", "*adresse*" → "adresse": a substring any match of the word contains. */
function literalOf(word: string): string | undefined {
  if (!word.includes("*")) return ` ${word} `;
  if (!word.startsWith("*")) return ` ${word.slice(0, word.indexOf("*"))}`;
  return word.split("*").reduce((a, b) => (b.length > a.length ? b : a), "") || undefined;
}

/** The alternatives of a group's inside: "a|b (c|d)" → "a", "b (c|d)". */
function split(inside: string): string[] {
  const { pipes } = shape(inside);
  return [...pipes, inside.length].map((end, i) => inside.slice(i === 0 ? 0 : pipes[i - 1]! + 1, end));
}

interface Shape {
  /** Groups outside all others, as [start, end). */
  groups: [number, number][];
  /** Where "|" splits the source outside all groups. */
  pipes: number[];
  /** Every group and character class closes, and none closes before it opens. */
  balanced: boolean;
}

/** The outermost structure of a regex source, past escapes and character classes. */
function shape(source: string): Shape {
  const result: Shape = { groups: [], pipes: [], balanced: false };
  let depth = 0;
  let start = 0;
  let inClass = false;
  for (let i = 0; i < source.length && depth >= 0; i++) {
    const char = source[i];
    if (char === "\\") i++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(" && depth++ === 0) start = i;
    else if (char === ")" && --depth === 0) result.groups.push([start, i + 1]);
    else if (char === "|" && depth === 0) result.pipes.push(i);
  }
  result.balanced = depth === 0 && !inClass;
  return result;
}

const MAX_CACHED_WORDS = 50_000;

/**
 * Finds, for one clause, the patterns whose literals it contains, so only those are run: far cheaper
 * than running every pattern (or one alternation of all of them) over every clause.
 * Patterns without known literals (not made by `phrase`/`together`) are always run.
 */
export class PhraseIndex {
  private readonly literalIds = new Map<string, number>();
  /** The literals found inside words rather than at their start: "adresse" of "*adresse*". */
  private readonly infixes: [string, number][] = [];
  private readonly wordLiterals = new Map<string, number[]>();
  /** Literal id → the patterns it serves, as pattern index × 32 + the group's bit number. */
  private readonly uses: number[][] = [];
  private readonly fullMask: number[] = [];
  private readonly always: number[] = [];
  // Per-call scratch, reset by bumping the stamp instead of clearing.
  private stamp = 0;
  private readonly seen: Uint32Array;
  private readonly maskStamp: Uint32Array;
  private readonly mask: Int32Array;

  constructor(readonly patterns: readonly RegExp[]) {
    patterns.forEach((re, index) => this.add(index, literalsOfRegExp(re)));
    for (const [literal, id] of this.literalIds) if (!literal.startsWith(" ")) this.infixes.push([literal, id]);
    this.seen = new Uint32Array(this.uses.length);
    this.maskStamp = new Uint32Array(patterns.length);
    this.mask = new Int32Array(patterns.length);
  }

  /** Indexes of the patterns that may match the clause, in order. */
  candidates(clause: Clause): number[] {
    if (++this.stamp === 0xffffffff) this.reset();
    const found = [...this.always];
    for (const word of clause.wordList ?? clause.words.split(" ")) for (const id of this.literalsIn(word)) this.hit(id, found);
    return found;
  }

  /** The first pattern's match, in pattern order, as `patterns.find(re => re.exec(clause.words))` would give it. */
  firstMatch(clause: Clause): RegExpExecArray | null {
    return this.firstMatching(clause)?.match ?? null;
  }

  /** The first pattern that matches, in pattern order, with its index. */
  firstMatching(clause: Clause): { index: number; match: RegExpExecArray } | undefined {
    for (const index of this.candidates(clause)) {
      const match = this.patterns[index]!.exec(clause.words);
      if (match) return { index, match };
    }
    return undefined;
  }

  /** The ids of the literals one word holds: " word ", " wo", "or". Cached, as words recur. */
  private literalsIn(word: string): number[] {
    let ids = this.wordLiterals.get(word);
    if (ids) return ids;
    ids = word.includes(" ") ? word.split(" ").flatMap((part) => this.literalsIn(part)) : this.literalsOfWord(word);
    if (this.wordLiterals.size < MAX_CACHED_WORDS) this.wordLiterals.set(word, ids);
    return ids;
  }

  private literalsOfWord(word: string): number[] {
    const ids: number[] = [];
    const whole = this.literalIds.get(` ${word} `);
    if (whole !== undefined) ids.push(whole);
    for (let end = 1; end <= word.length; end++) {
      const start = this.literalIds.get(` ${word.slice(0, end)}`);
      if (start !== undefined) ids.push(start);
    }
    for (const [literal, id] of this.infixes) if (word.includes(literal)) ids.push(id);
    return ids;
  }

  private add(index: number, groups: string[][]): void {
    const used = groups.slice(0, 30); // a bit per group; further groups only make the filter finer
    this.fullMask[index] = 2 ** used.length - 1;
    if (used.length === 0) this.always.push(index);
    used.forEach((group, bit) => {
      for (const literal of group) {
        let id = this.literalIds.get(literal);
        if (id === undefined) this.literalIds.set(literal, (id = this.uses.push([]) - 1));
        this.uses[id]!.push(index * 32 + bit);
      }
    });
  }

  /** A literal found: each pattern whose every group now has one becomes a candidate. */
  private hit(id: number, found: number[]): void {
    if (this.seen[id] === this.stamp) return;
    this.seen[id] = this.stamp;
    for (const use of this.uses[id]!) {
      const index = use >> 5;
      if (this.maskStamp[index] !== this.stamp) {
        this.maskStamp[index] = this.stamp;
        this.mask[index] = 0;
      }
      const before = this.mask[index]!;
      const after = before | (1 << (use & 31));
      if (after === before) continue;
      this.mask[index] = after;
      if (after === this.fullMask[index]) insertInOrder(found, index);
    }
  }

  private reset(): void {
    this.seen.fill(0);
    this.maskStamp.fill(0);
    this.stamp = 1;
  }
}

/** Candidates are few: keeping them in order as they come is cheaper than sorting. */
function insertInOrder(list: number[], value: number): void {
  let i = list.length;
  list.push(value);
  for (; i > 0 && list[i - 1]! > value; i--) list[i] = list[i - 1]!;
  list[i] = value;
}
