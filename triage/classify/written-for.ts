/**
 * Mail written for someone else — a parent, a spouse, HR, an accountant, a lawyer, a guardian ("far min … han vil at
 * de slettar adressa hans", "Lise ønsker en oversikt over hva dere har om henne", "please close her account") —
 * exercises that person's rights in the third person. The rights rules are written in the first person ("om meg",
 * "my account"), so where the mail says it is written for someone (rules/cues.yml, written_for), the rules read it
 * as its subject would have said it: "om henne" as "om meg", "her account" as "my account", "she wants" as "I want".
 * Word for word, so what the owner reads is quoted back in the mail's own words.
 */
import type { Clause } from "../understand/normalize";
import { anyCue } from "./cues";

const WRITTEN_FOR = anyCue("written_for");

/** He, she, her, his, them, their, oneself … → the first person, one word for one word. Not nynorsk «si» («dotter si»): in bokmål it is «say» («si opp», «si fra»). */
const SUBJECT = new Map([["han", "jeg"], ["hun", "jeg"], ["ho", "jeg"], ["he", "i"], ["she", "i"], ["hes", "im"], ["shes", "im"]]);
const OBJECT = new Map([["ham", "meg"], ["henne", "meg"], ["seg", "meg"], ["him", "me"], ["himself", "myself"], ["herself", "myself"], ["them", "me"], ["themselves", "myself"], ["dem", "meg"]]);
const POSSESSIVE = new Map([["hans", "min"], ["hennes", "min"], ["sin", "min"], ["sitt", "mitt"], ["sine", "mine"], ["his", "my"], ["their", "my"], ["theirs", "mine"]]);
/**
 * Parents, a couple, clients: "they want", "de ønsker". Only before a wish: "they have moved into a care home" tells their
 * story, and «de» is also nynorsk «dere» ("han vil at de slettar adressa") and an article ("de nye reglene"); «deres» is
 * also «your», so it stays as written.
 */
const PLURAL_SUBJECT = new Map([["they", "i"], ["de", "jeg"]]);
/** "One of them", "both of them", "en av dem": things counted, not the people the mail is written for. */
const PLURAL_OBJECT = new Set(["them", "dem", "themselves"]);
const PARTITIVE = new Set(["of", "av"]);
const WISH_AFTER_PLURAL = new Set(["want", "wish", "would", "ask", "asked", "need", "no", "dont", "do", "object", "withdraw", "request", "onsker", "ber", "krever", "bad", "onsket"]);
/** "hun vil … om han": after a preposition, "han" is the object (spoken Norwegian and nynorsk). */
const PREPOSITION = new Set(["om", "pa", "av", "til", "for", "med", "fra", "hos", "mot", "ved", "etter", "uten", "about", "on", "of", "to", "for", "with", "from"]);
/** "Her" is "me" where no noun follows: "send her a copy", "about her", "her." */
const NOT_A_NOUN = new Set(["a", "an", "the", "to", "and", "or", "of", "from", "about", "on", "in", "at", "for", "with", "by", "as", "if", "that", "this", "too", "again", "directly", "know", "please", ","]);
/** "She wants", "my father no longer wants" → "I want". */
// Not "has" / "is": "she has moved into a care home" tells her story; "I have moved" would ask for a new address.
const THIRD_PERSON_VERB = new Map([["wants", "want"], ["does", "do"], ["doesnt", "dont"], ["wishes", "wish"], ["asks", "ask"], ["needs", "need"], ["likes", "like"], ["requests", "request"], ["objects", "object"], ["withdraws", "withdraw"]]);

export interface Reading {
  writtenFor: boolean;
  /** The clauses as the rights rules read them. */
  clauses: Clause[];
  /** A quote from `clauses`, in the mail's own words. */
  quote(words: string): string;
}

const AS_WRITTEN = (clauses: Clause[]): Reading => ({ writtenFor: false, clauses, quote: (words) => words });

/** The clauses read as their subject's own words where the mail is written for someone else; as written otherwise. */
export function readAsTheirOwn(clauses: Clause[]): Reading {
  if (!WRITTEN_FOR.some(clauses)) return AS_WRITTEN(clauses);
  const own = clauses.map((clause) => ({ ...clause, words: ` ${inFirstPerson(clause.words.trim().split(" ")).join(" ")} `, wordList: undefined, literals: undefined, reading: undefined }));
  return { writtenFor: true, clauses: own, quote: (words) => words.split(" … ").map((part) => asWritten(part, clauses, own)).join(" … ") };
}

function inFirstPerson(words: string[]): string[] {
  const result = [...words];
  words.forEach((word, i) => {
    const before = words[i - 1] ?? "";
    if (word === "han" && PREPOSITION.has(before)) result[i] = "meg";
    else if (word === "her") result[i] = NOT_A_NOUN.has(words[i + 1] ?? ",") ? "me" : "my";
    else if (word === "hans" || word === "hennes") result[i] = /(ene|ane)$/.test(before) ? "mine" : "min";
    else if (PLURAL_SUBJECT.has(word)) result[i] = WISH_AFTER_PLURAL.has(words[i + 1] ?? "") ? PLURAL_SUBJECT.get(word)! : word;
    else if (PLURAL_OBJECT.has(word) && PARTITIVE.has(before)) result[i] = word;
    else result[i] = SUBJECT.get(word) ?? OBJECT.get(word) ?? POSSESSIVE.get(word) ?? THIRD_PERSON_VERB.get(word) ?? word;
  });
  return result;
}

/** The mail's words where `part` stands in the first-person reading (the same number of words at the same place). */
function asWritten(part: string, written: Clause[], own: Clause[]): string {
  for (const [i, clause] of own.entries()) {
    const at = clause.words.indexOf(` ${part} `);
    if (at < 0) continue;
    const start = at === 0 ? 0 : clause.words.slice(1, at + 1).trim().split(" ").length;
    return written[i]!.words.trim().split(" ").slice(start, start + part.split(" ").length).join(" ");
  }
  return part;
}
