/**
 * "Delete the photo, not just take it off the page", "don't just unsubscribe me, delete me", "ikke bare fra lista, men slett
 * adressen": what follows "not just" is too little, not refused. It is not asked for as such, and the "not" negates nothing
 * else in the clause. "Not only X but also Y" asks for both.
 */
import type { Clause } from "../understand/normalize";

const NOT_JUST = / (?:ikke|not|dont) (?:just|only|bare|kun|simply|merely) /;
/** "Kan dere ikke bare …?", "could you not just …", "why not just …": a request, not "not just". */
const ASKED_TO = / (?:kan|kunne|vil|could|can|would|will|why|hvorfor)(?: (?:dere|du|you|de))? $/;
const BUT_ALSO = / (?:ogsa|also|too|as well) /;
/** Words right after "not just" where a match that starts there names what is too little: "take them off", "unsubscribe me". */
const TOO_LITTLE_WORDS = 2;

/** Where, in the words read, a match that starts names what is too little (as RegExp match.index counts). */
export interface TooLittle {
  from: number;
  to: number;
}

/** The clause as the rules read it: without the "not" of a "not just", and where "not just" points; or the clause itself. */
export function notJust(clause: Clause): { read: Clause; tooLittle?: TooLittle } {
  const match = NOT_JUST.exec(clause.words);
  if (!match || ASKED_TO.test(clause.words.slice(0, match.index + 1))) return { read: clause };
  const negation = match[0].indexOf(" ", 1);
  const words = clause.words.slice(0, match.index) + clause.words.slice(match.index + negation);
  const from = match.index + match[0].length - negation - 1;
  let to = from;
  for (let i = 1; i < TOO_LITTLE_WORDS; i++) to = Math.max(to, words.indexOf(" ", to + 1));
  const read = { words, question: clause.question };
  return BUT_ALSO.test(words.slice(from)) ? { read } : { read, tooLittle: { from, to } };
}

export function isTooLittle(tooLittle: TooLittle | undefined, at: number): boolean {
  return tooLittle !== undefined && at >= tooLittle.from && at <= tooLittle.to;
}
