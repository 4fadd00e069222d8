import type { Clause } from "../understand/normalize";
import { projectPath } from "../../project-path";
import { isDisclaimer } from "./asking-about";
import { anyPhrase, matchedWords, phrase, PhraseIndex } from "./phrase";
import { loadBuiltRules } from "./rules/compile";

// Dissatisfaction with how the business handled personal data or its service: rules/complaint.yml, as built.
export const COMPLAINT_RULES_FILE = projectPath("triage", "classify", "rules", "complaint.yml");
export const COMPLAINT_RULES = loadBuiltRules(COMPLAINT_RULES_FILE);

// Asking how to complain is a question, not a complaint.
const ASKING_HOW = [`hvordan (kan|klager|gar|skal|sender) (jeg|man|en)`, `how (do|does|can|would|should) (i|one|we|someone|you)`, `(hvor|where) (kan|can) (jeg|i|man|one)`].map(phrase);
/** "Kan jeg klage på karakteren?", "can I file a complaint about …?": whether they may complain, asked. */
const ASKING_IF = phrase("(kan|far|can|may|could) (jeg|man|en|i|one|we|vi) [ogsa|also|still|fortsatt] (klage|complain|sende inn en klage|sende en klage|send a complaint|file a complaint|lodge a complaint|make a complaint)");

const COMPLAINTS = new PhraseIndex(COMPLAINT_RULES.map((rule) => rule.re));

export interface ComplaintFinding {
  reasons: string[];
}

/** "Hvis jeg er misfornøyd …, kan jeg gå rett til Datatilsynet?": a case that may never come. */
const HYPOTHETICAL = phrase("(hvis|dersom|om|if|in case|should|skulle) (jeg|man|en|i|im|one|we|were|vi|someone|noen|kunder|customers|a customer|en kunde|a client|en klient) [noen gang|ever|skulle|should|would|er|blir|am|is|are|were|was|var|ble|bli|be|become|get|feel|foler|have|har|had|hadde|want|vil|onsker|wanted|wish] [ever|noen gang|bli|be|become|to|a|vare] (misfornoyd|unhappy|dissatisfied|not happy|ikke fornoyd|disappointed|skuffet|complain*|klage*|upset|fornoyd|happy|satisfied|report|melde)");
/** "Er den fra dere, eller er det svindel?": asking whether a mail is a scam. */
const IS_IT_A_SCAM = phrase("(er|is|was|var) (det|dette|den|denne|this|it|that) [bare|just|only|really|egentlig|virkelig] [en|et|ei|a|an] (svindel*|scam*|phishing*|fishing|spam|fake|falsk*|svindelforsok*|forfalsk*)");
const NOT_ABOUT_YOU = new RegExp(
  [
    `${phrase("(not|ikke|ikkje) (about|om|regarding|angaende) (you|dere|dykk|your company|your business|{business})").source}(?!personally |personlig )`,
    phrase("(gjelder|handler) (ikke|ikkje) [om] (dere|dykk|deg)").source,
    phrase("(nothing to do with you|ingenting med dere a gjore|ikke noe med dere a gjore)").source,
  ].join("|"),
);
const SOMEONE_ELSE = phrase("(another|other|a different|different|et annet|en annen|ein annan|eit anna|et anna|andre) (company*|firm|firms|business*|provider*|organisation*|organization*|shop|store|website|firma*|selskap*|bedrift*|leverandor*|nettbutikk*|butikk*|nettside*|tilbyder*)");
/** "Har ingen konkret sak nå", "purely hypothetical": the mail says it complains of nothing. */
const NO_CASE = anyPhrase(
  "(har|have|has|hadde|had) (ingen|no|not|ikke) [noen|any|a] (konkret|konkrete|specific|particular|actual|real|reell|spesiell|bestemt) (sak|case|complaint|klage|issue|problem|matter)",
  "(purely hypothetical|rent hypotetisk|hypothetically|hypotetisk|hypothetical question|hypotetisk sporsmal)",
  // "Ingen klage, bare et spørsmål", "not a complaint, just curious".
  "(ingen|ikke|ikkje|not|no) [en|ein|a|noen|any] (klage|complaint) [,] [men|but] (bare|berre|just|only|kun|merely|simply)",
  // "Not a big deal, just want it sorted", "ingen stor sak, vil bare ha det ordnet".
  "(not a big deal|no big deal|not a huge deal|ikke noe stort problem|ingen stor sak|ingen krise|ikke sa farlig|no drama|no worries) [,] __ (just|bare|berre|only)",
);
/** "Bare lurer", "just curious, nothing specific": the questions are only questions (what the mail states may still complain). */
const ONLY_ASKING = anyPhrase(
  "(just curious|bare nysgjerrig|bare lurer|lurer bare|just wondering|just asking|spor bare|bare et sporsmal|just a question|out of interest|av nysgjerrighet)",
  "(nothing|ingenting|ikke noe) (specific|konkret|bestemt) [in mind|going on|har skjedd]",
);

/** `subjectClauses`: how many of the clauses, from the start, are the subject's. */
export function findComplaint(clauses: Clause[], subjectClauses = 0): ComplaintFinding {
  const reasons: string[] = [];
  if (clauses.some((c) => NO_CASE.test(c.words))) return { reasons };
  // "Not about you – another company mishandled my data; how do I go to Datatilsynet?": the trouble is someone else's.
  if (clauses.some((c) => NOT_ABOUT_YOU.test(c.words)) && clauses.some((c) => SOMEONE_ELSE.test(c.words))) return { reasons };
  // Then a topic in the subject ("Klage?") or a question is no complaint either.
  const onlyAsking = clauses.some((c) => ONLY_ASKING.test(c.words));
  let askedHow = false;
  const subject: string[] = [];
  for (const [i, clause] of clauses.entries()) {
    if (isDisclaimer(clause.words)) continue;
    if (onlyAsking && (clause.question || i < subjectClauses)) continue;
    if (clause.question && (HYPOTHETICAL.test(clause.words) || ASKING_IF.test(clause.words) || IS_IT_A_SCAM.test(clause.words))) {
      askedHow = true;
      continue;
    }
    const found = COMPLAINTS.firstMatching(clause);
    if (!found) continue;
    if (ASKING_HOW.some((re) => re.test(clause.words))) askedHow = true;
    else (i < subjectClauses ? subject : reasons).push(`«${matchedWords(found.match)}» → complaint [${COMPLAINT_RULES[found.index]!.id}]`);
  }
  // "Klage" over "Hvordan sender jeg en klage?": the subject names the topic asked about.
  if (!askedHow || reasons.length > 0) reasons.unshift(...subject);
  return { reasons };
}
