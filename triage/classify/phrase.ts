import { fold, type Clause } from "../understand/normalize";
import { fillPlaceholders } from "../understand/business-names";
import { isCommonWord } from "../understand/language";

/**
 * A tiny phrase language, compiled once at module load, matched against a clause's folded words:
 *   word    the exact word            slett*   a word starting with "slett"  (*@* an e-mail address)
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
  return withNeeds(new RegExp(source), [literalsOf(words)]);
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
  return withNeeds(new RegExp(`^${ahead}${not}`), [compiled.flatMap((part) => groupsOf(needsOfRegExp(part)))]);
}

/** Any one of several phrases, as one pattern tested once. */
function anyPhrase(...patterns: string[]): RegExp {
  return anyOf(patterns.map(phrase));
}

/** Any one of several patterns, as one pattern tested once; the prefilter knows its words when it knows theirs. */
export function anyOf(patterns: readonly RegExp[]): RegExp {
  const re = new RegExp(patterns.map((pattern) => pattern.source).join("|"));
  const needs = patterns.map(needsOfRegExp);
  return needs.every((need) => need !== undefined) ? withNeeds(re, needs.flat()) : re;
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
  // An e-mail address is one word, dots and all ("kurs@eksempel.no"): "*@*" reaches over its dots.
  return token.replace(/\*/g, token.includes("@") ? "[a-z0-9.]*" : "[a-z0-9]*");
}

/** The words a pattern matched, for the reasons the owner reads. */
export function matchedWords(match: RegExpExecArray): string {
  return match[0].trim();
}


// Prefilter. A clause's words are " w1 w2 … ", and each token of a phrase matches whole words, so a
// token such as "(slett*|data|*adresse*)" cannot match unless the clause contains " slett", " data "
// or "adresse". Those strings are the token's literals; a phrase needs one literal of each of its tokens.
// A clause is scanned once for the literals of every pattern (scanOf); a pattern runs on it only when
// it holds one literal of each group the pattern needs.

/** Groups of literals: a clause can match only when it holds one literal of every group. */
type Groups = string[][];
/** What a pattern needs: the groups of any one of its alternatives (an alternation of phrases has several). */
type Needs = Groups[];

/** Compiled phrases by source. */
const NEEDS = new Map<string, Needs>();

function withNeeds(re: RegExp, needs: Needs): RegExp {
  NEEDS.set(re.source, needs);
  for (const groups of needs) for (const group of groups) for (const literal of group) literalId(literal);
  return re;
}

/**
 * The needs of a compiled phrase, also when a rule file wraps it in lookarounds ("(?!…)" + phrase.source),
 * which only ever narrow what it matches. None for any other regex: it is always run.
 */
function needsOfRegExp(re: RegExp): Needs | undefined {
  if (re.flags.includes("i")) return undefined;
  let source = re.source;
  while (!NEEDS.has(source)) {
    const { groups, pipes, balanced } = shape(source);
    const first = groups[0];
    const last = groups.at(-1);
    if (!balanced || pipes.length > 0 || !first || !last) break;
    if (first[0] === 0 && isLookaround(source, 0)) source = source.slice(first[1]);
    else if (last[1] === source.length && isLookaround(source, last[0])) source = source.slice(0, last[0]);
    else break;
  }
  return NEEDS.get(source);
}

/** Needs as one list of groups: of several alternatives, each one's most telling group, together one group. */
function groupsOf(needs: Needs | undefined): Groups {
  if (needs === undefined || needs.length === 0) return [];
  if (needs.length === 1) return needs[0]!;
  const best = needs.map(bestGroup);
  return best.every((group) => group !== undefined) ? [[...new Set(best.flat())]] : [];
}

function isLookaround(source: string, start: number): boolean {
  return /^\(\?<?[=!]/.test(source.slice(start, start + 4));
}

/**
 * One group per word or alternation token of a pattern. Another token (raw regex such as "(my )?data")
 * gives none; where its regex could reach into its neighbours' (a "|" or bracket of its own, a leading
 * quantifier that makes the space before it optional), it costs theirs too.
 */
function literalsOf(tokens: string[]): Groups {
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

/** The literals of a "word*" or "(a|b c|d*)" token, one set per alternative; undefined where an alternative has none. */
function tokenLiterals(token: string): string[] | undefined {
  const star = token.endsWith(")*") ? "*" : ""; // "(send|give)*": the star ends each alternative
  const group = shape(token).groups[0];
  const alternation = group?.[0] === 0 && group[1] === token.length - star.length;
  const alternatives = alternation ? split(token.slice(1, group[1] - 1)) : [token];
  const literals = alternatives.map((alternative) => alternativeLiterals(alternative, star));
  return literals.every((literal) => literal !== undefined) ? [...new Set(literals.flat())] : undefined;
}

/**
 * Of plain words ("dere lovet"), the longest one's literal: " lovet ". Else the first word's, where a plain space
 * follows it; else, of a phrase of its own ("(is|was) [such|a] (joke|vits)"), its most telling group.
 */
function alternativeLiterals(alternative: string, star: string): string[] | undefined {
  if (/^[a-z0-9*,]+( [a-z0-9*,]+)*$/.test(alternative)) {
    const literals = `${alternative}${star}`.split(" ").map(literalOf).filter((literal) => literal !== undefined);
    const longest = literals.reduce<string | undefined>((found, literal) => (literal.length > (found?.length ?? 0) ? literal : found), undefined);
    return longest === undefined ? undefined : [longest];
  }
  const first = /^([a-z0-9*,]+) (?![?+{])/.exec(alternative)?.[1]; // "customer (file|record)"
  const literal = first === undefined ? undefined : literalOf(first);
  if (literal !== undefined) return [literal];
  const inner = tokens(`${alternative}${star}`);
  return inner.length > 1 ? bestGroup(literalsOf(inner)) : undefined;
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

/**
 * How many words of a mail may hold a literal, roughly: a function word ("dere", "my") or a short start of a
 * word ("ko") is in most clauses, "slett" in few. Only the prefilter's speed depends on it, never a result.
 */
function commonness(literal: string): number {
  const word = literal.trim();
  if (literal.startsWith(" ") && literal.endsWith(" ")) return isCommonWord(word) || word.length <= 2 ? 50 : word.length === 3 ? 5 : 1;
  return word.length <= 2 ? 100 : word.length === 3 ? 20 : word.length === 4 ? 5 : 2;
}

const groupCost = (group: readonly string[]) => group.reduce((sum, literal) => sum + commonness(literal), 0);

/** The group fewest clauses hold. */
function bestGroup(groups: Groups): string[] | undefined {
  let best: string[] | undefined;
  for (const group of groups) if (best === undefined || groupCost(group) < groupCost(best)) best = group;
  return best;
}

// Literals by id, shared by every pattern, so one scan of a clause serves them all.
const LITERAL_IDS = new Map<string, number>();
const LITERAL_COST: number[] = [];
/** The literals found inside words rather than at their start: "adresse" of "*adresse*". */
const INFIXES: [string, number][] = [];

function literalId(literal: string): number {
  let id = LITERAL_IDS.get(literal);
  if (id === undefined) {
    LITERAL_IDS.set(literal, (id = LITERAL_IDS.size));
    LITERAL_COST.push(commonness(literal));
    if (!literal.startsWith(" ")) INFIXES.push([literal, id]);
  }
  return id;
}

/** Needs by literal id; null: the pattern is always run. */
type IdNeeds = number[][][] | null;
const ID_NEEDS = new WeakMap<RegExp, IdNeeds>();

function idNeedsOf(re: RegExp): IdNeeds {
  let found = ID_NEEDS.get(re);
  if (found === undefined) {
    const needs = needsOfRegExp(re);
    const always = needs === undefined || needs.length === 0 || needs.some((groups) => groups.length === 0);
    found = always ? null : needs.map((groups) => groups.map((group) => group.map(literalId)));
    ID_NEEDS.set(re, found);
  }
  return found;
}

/** The literals a clause holds. */
export interface LiteralScan {
  readonly ids: readonly number[];
  /** How many literals were known when the clause was scanned: one added since may be there. */
  readonly known: number;
}

// The scan last read, marked by literal id: a check reads one array slot. Clauses are read one after another, so
// marking another clause's few literals again is rare and cheap, and nothing is allocated per check.
let marks = new Uint32Array(0);
let stamp = 0;
/** The scan, or the clauses together, whose literals are marked; the clauses' count (an array may grow) and the literals known then. */
let marked: LiteralScan | readonly Clause[] | undefined;
let markedCount = 0;
let markedKnown = 0;

function mark(scan: LiteralScan): void {
  if (marked === scan) return;
  newStamp();
  for (const id of scan.ids) marks[id] = stamp;
  marked = scan;
}

/** Marks the literals of all the clauses together: what a pattern needs may be absent from a whole mail. */
function markAll(clauses: readonly Clause[]): void {
  if (marked === clauses && markedCount === clauses.length && markedKnown === LITERAL_IDS.size) return;
  for (const clause of clauses) freshScan(clause);
  newStamp();
  for (const clause of clauses) for (const id of clause.literals!.ids) marks[id] = stamp;
  marked = clauses;
  markedCount = clauses.length;
  markedKnown = LITERAL_IDS.size;
}

function newStamp(): void {
  if (marks.length < LITERAL_IDS.size) marks = new Uint32Array(LITERAL_IDS.size * 2);
  if (++stamp === 0xffffffff) {
    marks.fill(0);
    stamp = 1;
  }
}

/** A clause, scanned once for every pattern's literals; its literals are left marked. */
function scanOf(clause: Clause): LiteralScan {
  const scan = freshScan(clause);
  mark(scan);
  return scan;
}

/** The clause's scan, made where it has none or one older than a literal (marked then). */
function freshScan(clause: Clause): LiteralScan {
  const known = LITERAL_IDS.size;
  const scanned = clause.literals;
  if (scanned?.known === known) return scanned;
  newStamp();
  const ids: number[] = [];
  for (const word of clause.wordList ?? clause.words.split(" ")) {
    for (const id of literalsIn(word)) {
      if (marks[id] === stamp) continue;
      marks[id] = stamp;
      ids.push(id);
    }
  }
  const scan = { ids, known };
  marked = scan;
  return (clause.literals = scan);
}

/** Whether the marked literals hold one of every group; `known`: how many literals there were when they were scanned. */
function holdsAll(known: number, groups: readonly (readonly number[])[]): boolean {
  for (const group of groups) {
    let held = false;
    for (const id of group) {
      if (marks[id] === stamp || id >= known) {
        held = true;
        break;
      }
    }
    if (!held) return false;
  }
  return true;
}

/**
 * A pattern read on clauses: run only where the clause holds the words it needs (most clauses lack them), with
 * the result of running it everywhere.
 */
export class ClausePattern {
  private readonly needs: IdNeeds;

  constructor(readonly re: RegExp) {
    this.needs = idNeedsOf(re);
  }

  /** False only where the clause lacks a word the pattern needs. */
  mayMatch(clause: Clause): boolean {
    if (this.needs === null) return true;
    const { known } = scanOf(clause);
    for (const groups of this.needs) if (holdsAll(known, groups)) return true;
    return false;
  }

  /** False only where none of the clauses holds the words the pattern needs. */
  mayMatchAny(clauses: readonly Clause[]): boolean {
    if (this.needs === null) return true;
    markAll(clauses);
    for (const groups of this.needs) if (holdsAll(LITERAL_IDS.size, groups)) return true;
    return false;
  }

  /** `clauses.some((clause) => this.test(clause) && also(clause))`, skipping a mail that lacks the pattern's words. */
  some(clauses: readonly Clause[], also?: (clause: Clause) => boolean): boolean {
    return this.mayMatchAny(clauses) && clauses.some((clause) => this.test(clause) && (also?.(clause) ?? true));
  }

  test(clause: Clause): boolean {
    return this.mayMatch(clause) && this.re.test(clause.words);
  }

  exec(clause: Clause): RegExpExecArray | null {
    return this.mayMatch(clause) ? this.re.exec(clause.words) : null;
  }
}

/** A phrase, or any one of several, read on clauses. */
export function clausePhrase(...patterns: string[]): ClausePattern {
  return new ClausePattern(anyPhrase(...patterns));
}

const MAX_CACHED_WORDS = 50_000;
const wordLiterals = new Map<string, number[]>();
let wordLiteralsKnown = 0;

/** The ids of the literals one word holds: " word ", " wo", "or". Cached, as words recur. */
function literalsIn(word: string): number[] {
  if (wordLiteralsKnown !== LITERAL_IDS.size) {
    wordLiterals.clear();
    wordLiteralsKnown = LITERAL_IDS.size;
  }
  let ids = wordLiterals.get(word);
  if (ids) return ids;
  ids = word.includes(" ") ? word.split(" ").flatMap((part) => literalsIn(part)) : literalsOfWord(word);
  if (wordLiterals.size >= MAX_CACHED_WORDS) wordLiterals.clear();
  wordLiterals.set(word, ids);
  return ids;
}

function literalsOfWord(word: string): number[] {
  const ids: number[] = [];
  const whole = LITERAL_IDS.get(` ${word} `);
  if (whole !== undefined) ids.push(whole);
  for (let end = 1; end <= word.length; end++) {
    const start = LITERAL_IDS.get(` ${word.slice(0, end)}`);
    if (start !== undefined) ids.push(start);
  }
  for (const [literal, id] of INFIXES) if (word.includes(literal)) ids.push(id);
  return ids;
}

const NONE: Keyed[] = [];

/** One way a pattern may match: the pattern, and the groups it needs besides the one it is found by. */
interface Keyed {
  index: number;
  others: number[][];
}

/**
 * Finds, for one clause, the patterns whose literals it holds, so only those are run: far cheaper than running
 * every pattern (or one alternation of all of them) over every clause. Each pattern is found by its rarest
 * group of literals (a function word would bring it up in most clauses), then checked for the others.
 * Patterns without known literals (not made by `phrase`/`together`) are always run.
 */
export class PhraseIndex {
  private readonly always: number[] = [];
  /** Literal id → the patterns found by it (a dense array: read for every literal of every clause). */
  private readonly keyed: Keyed[][] = Array.from({ length: LITERAL_IDS.size }, () => NONE);
  // Per-call scratch, reset by bumping the stamp instead of clearing.
  private stamp = 0;
  private readonly seen: Uint32Array;

  constructor(readonly patterns: readonly RegExp[]) {
    patterns.forEach((re, index) => {
      const needs = idNeedsOf(re);
      if (needs === null) this.always.push(index);
      else for (const groups of needs) this.add(index, groups);
    });
    this.seen = new Uint32Array(patterns.length);
  }

  /** Indexes of the patterns that may match the clause, in order (most clauses: none, and nothing is allocated). */
  candidates(clause: Clause): readonly number[] {
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const { ids, known } = scanOf(clause);
    let found: number[] | undefined;
    for (let i = 0; i < ids.length; i++) {
      const keyed = this.keyed[ids[i]!];
      if (keyed === undefined) continue; // a literal added after the index was made
      for (let j = 0; j < keyed.length; j++) {
        const { index, others } = keyed[j]!;
        if (this.seen[index] === this.stamp || !holdsAll(known, others)) continue;
        this.seen[index] = this.stamp;
        found ??= this.always.slice();
        insertInOrder(found, index);
      }
    }
    return found ?? this.always;
  }

  /** The first pattern that matches, in pattern order, with its index: as `patterns.find(re => re.exec(clause.words))` finds it. */
  firstMatching(clause: Clause): { index: number; match: RegExpExecArray } | undefined {
    for (const index of this.candidates(clause)) {
      const match = this.patterns[index]!.exec(clause.words);
      if (match) return { index, match };
    }
    return undefined;
  }

  /** Whether any pattern matches. */
  some(clause: Clause): boolean {
    return this.firstMatching(clause) !== undefined;
  }

  private add(index: number, groups: number[][]): void {
    const cost = (group: number[]) => group.reduce((sum, id) => sum + LITERAL_COST[id]!, 0);
    let key = 0;
    for (let i = 1; i < groups.length; i++) if (cost(groups[i]!) < cost(groups[key]!)) key = i;
    const others = groups.filter((_, i) => i !== key);
    for (const id of new Set(groups[key])) {
      if (this.keyed[id] === NONE || this.keyed[id] === undefined) this.keyed[id] = [];
      this.keyed[id]!.push({ index, others });
    }
  }
}

/** Candidates are few: keeping them in order as they come is cheaper than sorting. */
function insertInOrder(list: number[], value: number): void {
  let i = list.length;
  list.push(value);
  for (; i > 0 && list[i - 1]! > value; i--) list[i] = list[i - 1]!;
  list[i] = value;
}
