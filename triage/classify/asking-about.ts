/**
 * Clauses that mention a right without exercising it: questions about it, policies, conditionals,
 * thanks for a request already handled, or a reference to an earlier request. Compiled once, at module load.
 */
import { projectPath } from "../../project-path";
import { COMPLAINT_RULES } from "./complaint";
import { anyCue, cues } from "./cues";
import { PhraseIndex } from "./phrase";
import type { Clause } from "../understand/normalize";
import { loadBuiltRules } from "./rules/compile";

/**
 * "Får jeg én sms til, så ber jeg om å bli slettet", "one more text and I'll ask you to delete…": a threat tied to
 * another one coming, not a request (and, being a threat, a complaint). ("Neste gang tar jeg med …" is no threat: such
 * weaker shapes are only in ASKING_ABOUT.) The complaint.threat-* rules of rules/complaint.yml.
 */
const THREATS = COMPLAINT_RULES.filter((rule) => rule.id.startsWith("complaint.threat-")).map((rule) => rule.re);

// "Har jeg rett til å få slettet…?", "how long do you keep…?", "takk for at dere slettet…": rules/asking-about.yml, as built,
// with the threats and one hand-written expression below. Any one is enough, so their order does not matter.
export const ASKING_ABOUT_RULES = loadBuiltRules(projectPath("triage", "classify", "rules", "asking-about.yml"));
const ASKING_ABOUT = [...ASKING_ABOUT_RULES.map((rule) => rule.re), ...THREATS];

// "Hvilke formater kan dere eksportere i? CSV, PDF eller noe annet?": a bare list of formats with "or" offers choices, it asks for none.
// Not a phrase: it holds only when the whole clause is such a list, and a phrase finds a few words anywhere in a clause.
ASKING_ABOUT.push(/^ (?:(?:f eks|feks|eg|e g|for example|for eksempel|such as|like|som|kanskje|maybe|csv|json|xml|pdf|excel|xlsx|xls|docx|word|txt|zip|html|,) )*(?:csv|json|xml|pdf|excel|xlsx|xls|docx|word|txt|zip|html) (?:(?:csv|json|xml|pdf|excel|xlsx|xls|docx|word|txt|zip|html|,) )*(?:eller|or) (?:(?:csv|json|xml|pdf|excel|xlsx|xls|docx|word|txt|zip|html|no annet|something else|annet|other|another format|et annet format|a different format|,) )+$/);
/** ASKING_ABOUT, each pattern run only on clauses with its words. */
export const ASKING_ABOUT_INDEX = new PhraseIndex(ASKING_ABOUT);

/**
 * The sender saying the mail asks for nothing: "Jeg ber ikke om noe konkret nå", "our client is not making one by
 * this letter". What the mail said before it mentions rights without exercising them. "…anything else/more" is
 * "that's all" after a request, and is passed over.
 */
const NOT_A_REQUEST = cues("not_a_request");
/** "Jeg har fått det jeg ba om, så jeg trenger ikke noe mer": needing nothing more, once the answer came. */
const NEED_NOTHING_MORE = anyCue("need_nothing_more");
const RECEIVED = anyCue("received");
const THAT_IS_ALL = / (else|more|further|besides|annet|mer|utover|other) /;
/** Where a disclaimer's sentence goes on to something else: "…, but please delete it", "…, bare slett kontoen". */
const GOES_ON = / (,|men|but|bare|just|only|except|unntatt|kun|og|and|sa|so) /;
const goesOn = (rest: string): string => {
  const at = rest.search(GOES_ON);
  return at < 0 ? "" : rest.slice(at);
};

/**
 * Whether clause `i` says the mail asks for nothing: the words that say it, and what the clause goes on to say
 * ("…, but please delete it" may still ask for something).
 */
export function saysNoRequest(clauses: readonly Clause[], i: number): { said: string; rest: string } | undefined {
  const clause = clauses[i]!;
  const words = clause.words;
  for (const cue of NOT_A_REQUEST) {
    const match = cue.exec(clause);
    const rest = match ? words.slice(match.index + match[0].length - 1) : "";
    if (match && !THAT_IS_ALL.test(rest.slice(0, 12))) return { said: match[0].trim(), rest: goesOn(rest) };
  }
  const match = NEED_NOTHING_MORE.exec(clause);
  if (match && clauses.slice(0, i + 1).some((c) => RECEIVED.test(c))) return { said: match[0].trim(), rest: goesOn(words.slice(match.index + match[0].length - 1)) };
  return undefined;
}

/**
 * "Hvordan endrer jeg navnet …?", "Kan jeg slette kontoen min selv?", "how do I change my e-mail?": asking how to do it
 * oneself. Under a topic subject ("Endre navn", "Slette konto?") the subject names the topic, it asks nothing.
 */
const HOW_TO_MYSELF = anyCue("how_to_myself");
export function asksHowToDoItSelf(clauses: readonly Clause[]): boolean {
  return clauses.some((c) => c.question && HOW_TO_MYSELF.test(c));
}
