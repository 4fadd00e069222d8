import { clauses, type Clause } from "../triage/understand/normalize";
import { understand } from "../triage/understand/index";
import type { Right } from "../triage/types";

/**
 * Whether a chat message hands the matter over to the owner. What it asks for comes from the one understanding
 * shared with the mail triage (triage/understand); the chat keeps only its own question: does the visitor USE a
 * right or complain ("slett alt om meg", "I want a copy of my data"), or ask ABOUT it before acting
 * ("kan jeg få slettet data?", "how do I object?", "Kan dere alltid slette alt om meg?")? A chat window invites
 * such questions, and they get the right's answer, not a hand-over.
 */
export interface Handover { kind: "rights_request" | "complaint"; rights: Right[] }

// Patterns run on clauses as the understanding normalises them: folded (æ/ø/å → a/o/a), dialect read as Bokmål.
// Questions about how a right works, and hypotheticals ("hva skjer hvis jeg …").
const QUESTION_OPENER = /(^| ,) (is|are|does|do|er|har|gjelder|far (jeg|man)|will (i|you)|vil jeg|blir jeg|skal jeg|ma jeg|would|melder|varsler) /;
const ASKING_ABOUT = /(^| ,) (hvordan|how|hva|what|whats|hvor|where|nar|when|hvem|who|hvilke|hvilken|which) | (hvis|dersom|if|in case|i tilfelle|if i|hva (skjer|gjor jeg|gjor man)|what (happens|do i do|should i do)|how (do|can|should|would|to) i|how to|kan (jeg|man)|can i|could i|har (jeg|man) rett|do i have|is it possible|er det mulig|hva (betyr|er)|what (does|is|s)|retten til|the right to|lurer pa|wondering|(kan|vil|will|can|do|does) (dere|du|you) (alltid|always|egentlig|actually|really|virkelig)) /;
// Politeness that makes even a question a request ("can I please have my data deleted?").
const POLITE = / ((can|could|may) i please|kan jeg vennligst|(vil|kan) (dere|du) (vare|var|vaere) (sa|so) snill|would you (be so kind|mind)) /;
// A clause that tells the business to act, whatever else the message asks ("slett meg. hvor lenge tar det?").
const ORDER = /^ (?:(?:hei|hallo|hi|hello|ok|please|kindly|vennligst|bare|just|og|and) )*(slett|fjern|send|gi|vis|rett|endre|oppdater|stopp|delete|remove|erase|give|show|correct|fix|update|stop|send|close|unsubscribe|meld meg av) /;

function asksAboutUsing(parts: Clause[]): boolean {
  if (parts.some((clause) => POLITE.test(clause.words) || (ORDER.test(clause.words) && !clause.question))) return false;
  return parts.some((clause) => ASKING_ABOUT.test(clause.words) || (clause.question && QUESTION_OPENER.test(clause.words)));
}

/** A hand-over if the visitor uses a right or complains; undefined for questions, small talk and anything else. */
export function detectHandover(message: string): Handover | undefined {
  const reading = understand(message);
  if (reading.category !== "rights_request" && reading.category !== "complaint") return undefined;
  if (asksAboutUsing(clauses(message))) return undefined;
  return { kind: reading.category, rights: reading.rights };
}
