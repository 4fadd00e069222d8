import type { Right } from "../triage/types";
import { foldLetters } from "./text";

/**
 * Tells a visitor who USES a right or complains ("slett alt om meg", "I want a copy of my data",
 * "dere har sendt meg spam") from one who asks ABOUT a right ("kan jeg få slettet data?").
 *
 * The rule: a message USES a right when it tells the business to act — an imperative ("slett meg"),
 * the visitor's own wish or demand ("jeg vil ha …", "æ vil ha slettet …", "I'd like to be deleted"), or
 * a request put to the business as a question ("kan dere/du/dokker …?", "could you …?"). It asks ABOUT
 * a right when the visitor asks whether or how they may act ("kan jeg/man …?", "can I …?", "how do I …?",
 * "er det mulig …?") or supposes ("hvis jeg …"): those get the right's answer, not a hand-over.
 * The patterns are Norwegian (Bokmål and common dialect) and English language, not business facts;
 * they run on folded text (see foldLetters: æ/ø/å → a/o/a, "noe" → "no") with punctuation as spaces.
 */
export interface Handover { kind: "rights_request" | "complaint"; rights: Right[] }

const RIGHT_CUES: [Right, RegExp][] = [
  ["access", /\b(innsyn\w*|utlever\w*|(opplysninger|opplysningene|data|dataene|personopplysninger|info\w*) (som )?(dere|du|dokker) har (lagret |registrert )?(om|pa) (meg|ma)|(hva|ka|kva) (dere|du|dokker|dokk|de) (har|vet) (\w+ )?(om|pa) (meg|ma)|(hva|ka|kva) har (dere|du|dokker) (lagret|registrert) (om|pa) (meg|ma)|(vite|se) (hva|hvilke) (\w+ )?(dere|du) har|hvilke (\w+ )?(opplysninger|data|personopplysninger|info\w*) (dere|du) har (lagret |registrert )?(om|pa) meg|se (hva|alle|alt|dataene|opplysningene|hvilke)|kopi av|oversikt over (alle |alt |de )?(\w+ )?(opplysning|data|personopplysning)\w*|vis meg|hva (dere|du) (har|vet) (lagret |registrert )?(om|pa) meg|sende? meg (en |et )?(kopi|oversikt|alt|alle|dataene|opplysningene|utskrift)|sende? meg (det|alt|hva) (som )?(dere|du|dokker|de) har|gi meg (en kopi|alt|alle|dataene|opplysningene|innsyn)|(a )?copy of (my|all|the)|access to (my|all)|subject access|dsar|show me|provide (me )?(with )?(all|my|a copy)|all (the )?(data|information|info) ((you|u) (have|hold|store|keep)|relating to me|about me)|see (all|everything|what) (the )?(data |information |info )?(you|u) (have|hold|store|keep)|give me (my|all|a copy)|send me (what|everything) (you|u) (have|hold|store|keep)|send me (a copy|all|my|an overview|everything)|(what|which) (personal )?(data|information|info) (you|u) (have|hold|store|keep)( \w+)? (on|about) me)\b/],
  ["erasure", /\b(slet\w*|ta bort|ta meg ut av (registeret|registrene|databasen|systemet|systemene)|fjern\w*|glem meg|bli glemt|delet\w*|eras\w*|remove\w*|forget me|be forgotten|wipe|avslutt\w* (kontoen|profilen|brukeren)|close my account|deactivate my account)\b/],
  ["rectification", /\b(rett (opp|den|det|dem|navnet|adressen|feilen)|rette (opp )?(feil|opplysning\w*|navnet|adressen)|retting|korriger\w*|endre (det|den|dem|adressen|navnet|e post\w*|epost\w*|telefon\w*|opplysning\w*)|oppdater\w*|fiks\w*|er feil|feil (navn|adresse|e post\w*|epost|telefon\w*)|(stavet|skrevet|registrert) feil|byttet (navn|adresse|e post\w*|epost\w*|telefon\w*)|ny (adresse|epost\w*|telefon\w*)|correct (it|this|that|my|the|them|anything)|rectif\w*|update (it|my|the|them)|fix (it|this|that|my|the|anything)|(is|are) (wrong|incorrect|outdated|misspelled)|misspel\w*|spelled wrong|has changed|changed my (name|address|email|number|phone)|my new (address|email|phone|number))\b/],
  ["restriction", /\b(begrens\w*|(ikke|ikkje) (bruker|behandler) (opplysningene|dataene|informasjonen)|frys\w*|stopp (all |alt )?(bruk|behandling)\w*|ikke (gjor no|bruk) (med )?(opplysningene|dataene|informasjonen)|pause|(til|inntil|mens) (saken|klagen|dette) (min |er )?(er )?(avklart|behandlet|ferdig\w*|lost)|until (this|the matter|my complaint) is (sorted|resolved|settled|handled)|restrict\w*|freeze|stop (using|processing)|(do not|don t|dont) (use|process) (my|the|them|it))\b/],
  ["portability", /\b(\w*portabilitet|eksporter\w*|overfor (opplysningene|dataene|dem|alt)|ha med meg|csv|json|maskinlesbar\w*|i et (\w+ )?format|ta (dem |dataene |det )?med (meg )?til en annen|in a (\w+ )?format|to another (provider|service|company)|portability|export\w*|transfer (my|all|the) (data|information)|machine readable)\b/],
  ["objection", /\b(protest\w*|motsett\w*|i object|object to|objection|nekte\w*|slutt\w* a (bruke|ringe|kontakte|sende|behandle|mase)|stop (calling|contacting|emailing|sending|texting|spamming)|vil ikke (at dere (bruker|behandler|lagrer|kontakter|ringer|sender)|ha (flere|mer))|(do not|don t) want (you to (use|process|keep|store|contact|call|email)|any more|more)|meld meg av|unsubscribe\w*|(ikke|ikkje) (lenger )?(a )?(motta|fa) (flere |mer |meir )?(e post\w*|epost\w*|mail\w*|nyhetsbrev\w*|reklame|sms\w*|meldinger)|vil (ikke|ikkje) ha (flere|mer|meir)|vil (ikke|ikkje) (sta|vare|vaere|vere) (pa|med i)|no longer (want to )?receive|(do not|don t) want to receive|opt me out|take me off|(want|get me) out of (your|the) (list|mailing list|newsletter|database)|ta meg (av|ut av) (\w+ )?(lista|listen|lister|listene|epost\w*|e post\w*|nyhetsbrev\w*|mail\w*|utsendelse\w*|sms\w*)|ikke (kontakt|ring|send) meg|(do not|don t) (contact|call|email|text) me)\b/],
  ["withdraw_consent", /\b(samtykke\w* (\w+ ){0,4}tilbake|trekk\w* (jeg )?(tilbake )?(mitt |et |det |mine )?samtykke\w*|(ikke|ikkje) lenger samtykke|samtykker (ikke|ikkje)|(don t|do not) consent|angre\w* (pa )?(samtykke\w*|at (jeg|man) (har )?gi\w* samtykke)|withdraw\w* (my |the )?consent|no longer consent|revok\w* (my |the )?consent|take back (my |the )?consent)\b/],
];

const NEGATION = /\b(ikke|ikkje|not|don t|dont|never|aldri|uten|men ikke)\s+(\w+\s+)?$/;
const NEGATED_CUE = /^(ikke|don t|do not|vil ikke|meld|ta meg)/;

// Politeness and filler that may come before an imperative at the start of a clause.
const LEAD_IN = "(?:(?:hei|hallo|hi|hello|ok|okay|vennligst|var so snill|please|pls|plz|kindly|bare|just|og|and|sa|so|na|now|da|then|takk|thanks)\\s+)*";
const VERBS = "slett?|ta bort|fjern|send|gi|vis|rett|endre|oppdater|fiks|stopp|frys|overfor|eksporter|korriger|trekk|trekker|begrens|glem|avslutt|meld|ta meg|slutt|ikke gjor|ikke bruk|ikke kontakt|ikke ring|ikke send|bekreft|delete?|remove|erase|give|show|correct|fix|update|stop|export|transfer|freeze|forget|provide|restrict|close|unsubscribe|take me|do not (use|contact|call|email)|don t (use|contact|call|email)";
const IMPERATIVE = new RegExp(`^${LEAD_IN}(?:(?:${VERBS})\\b|var sa snill a (?:${VERBS})e?\\b)`);
const DESIRE = /\b(^(vil|onsker|onske|krever) (gjerne )?(ha|at|fa|a|bli|sletting|innsyn|retting|begrensning)|(writing|write|wish|would like) to (request|ask for|exercise|have)|(ber|krever|onsker) (jeg|a|eg)|(jeg|i) (don t|do not|vil ikke|onsker ikke|will not) (want|ha|at)|i (am|m) (withdrawing|objecting|requesting|asking|writing)|(jeg|a|eg|i) (vil|onsker|onske|krever|forlanger|ber|ville|want|would like|d like|demand|request|require|hereby|need you|am asking|m asking|insist)|herved|hereby|(jeg|a|eg) (protesterer|motsetter|trekker|angrer|benytter)|i (object|withdraw|no longer consent|revoke)|exercis\w* my right|(can|could|may) i please|subject access request|(krav|begjaring|anmodning) om|innsynsbegjaring|innsynskrav|request for (erasure|deletion|access)|(please|vennligst)|((kan|vil|kunne|gidder) (dere|du|dokker))( \w+)? (slett\w*|send\w*|fjern\w*|rett\w*|endr\w*|oppdater\w*|gi|ta|vis\w*|overfor\w*|eksporter\w*|stopp\w*|begrens\w*|fiks\w*|avslutt\w*|meld\w*)|((can|could|would|will) you)( please| kindly)? (delete|send|remove|erase|correct|update|give|show|export|transfer|stop|restrict|provide|fix|close|unsubscribe|take))\b/;
// Statements that are requests by themselves ("navnet mitt er stavet feil", "my new address is …").
const SELF_EVIDENT = /\b((skal|ma|bor) (slettes|fjernes|rettes|endres|oppdateres|stoppes)|(must|should|need to) be (deleted|removed|erased|corrected|updated)|(er|is|are) (feil|wrong|incorrect)|samtykker (ikke|ikkje)( lenger)?|(ikke|ikkje) lenger samtykke|no longer consent|(don t|do not) consent|(stavet|skrevet|registrert) feil|byttet (navn|adresse|e post\w*|epost\w*|telefon\w*)|ny (adresse|epost\w*|telefon\w*) er|misspel\w*|spelled wrong|changed my (name|address|email|number|phone)|my new (address|email|phone|number) is|unsubscribe\w*|meld meg av)\b/;
// Politeness that makes even a question a request ("can I please have my data deleted?").
const POLITE = /\b((can|could|may) i please|kan jeg vennligst|(vil|kan) (dere|du) (vare|var|vaere|vere) (sa|so) snill|would you (be so kind|mind))\b/;
// Questions about how a right works, and hypotheticals ("hva skjer hvis jeg …").
const ASKING_ABOUT = /(^(hvordan|how|hva|ka|kva|what|whats|hvorfor|why|hvor|kor|where|nar|when|hvem|who|hvilke|hvilken|which|is|are|does|do|er|har|gjelder|far (jeg|man)|will (i|you)|vil jeg|blir jeg|skal jeg|ma jeg|would)\b)|\b(hvis|dersom|if|in case|i tilfelle|(hvis|dersom|om) (jeg|man|a|eg)|if i|hva (skjer|gjor jeg|gjor man)|what (happens|do i do|should i do)|how (do|can|should|would|to) i|how to|kan (jeg|man|a|eg)|can i|could i|har (jeg|man) rett|do i have|is it possible|er det mulig|hva (betyr|er)|what (does|is|s)|retten til|the right to|lurer pa|wondering)\b/;

// Anger, disappointment or accusations: a complaint whatever the form.
const COMPLAINT = /\b(uakseptab\w*|skuffet|skuffa|sint|forbanna|rasende|irritert|(for|sa|veldig|helt) darlig|jeg (vil|skal|kommer til a) klage|jeg klager|klager herved|formell klage|(want|d like|would like|wish|going) to (file|make|lodge|submit) a complaint|jeg vil (sende|levere|fremme) (en )?klage|(ikke|aldri) (avtalt|godkjent)|not agreed|hvorfor har (dere|du) (delt|sendt|lagt ut|publisert|solgt|gitt|registrert|lagret)|why (did|have) you (share|shared|send|sent|post|posted|publish|published|sell|sold|give|given)|selv om jeg (har )?(reservert|bedt|sagt|meldt meg av)|even though i (asked|said|unsubscribed|opted out)|(ikke|ikkje) (greit|ok|akseptabelt)|not (ok|okay|acceptable)|krenk\w*|i m not happy|i am not happy|jeg er lei|\w*lei av|holder ikke|uten a (sporre|spore|sporre meg)|uten (mitt |a fa )?samtykke|uten (lov|tillatelse)|uten at (jeg|eg) (har )?(bedt om|spurt|samtykket|godkjent|sagt ja)|without (me )?(asking|my asking|agreeing|signing up)|ingenting (har )?skjedd|nothing (has )?happened|(uker|maneder|weeks|months) (siden|ago)|ikke (gitt|gi) (dere )?(noe )?samtykke|(svarte|svarer|svart) aldri|aldri (svart|fatt svar)|ikke fatt (noe )?svar|venter fortsatt|fortsatt ikke|spam\w*|hvordan (har dere )?fatt (tak i )?(e post\w*|epost\w*|nummeret|telefonnummeret|adressen|navnet)|hvor har dere fatt|(aldri|ikke) (vart |vaert )?kunde|aldri (meldt meg pa|registrert meg|bedt om)|unacceptable|upset|angry|furious|annoyed|terrible|awful|disappointed|fed up|(want|d like|would like|going) to complain|formal complaint|complaint against you|i am complaining|i m complaining|ignored|without (asking|my consent|permission)|never (agreed|consented|answered|replied|signed up|gave (you )?(my )?(consent|permission))|(did not|didn t) consent|still waiting|no response|no answer|been \w+ (weeks|months)|(?<!hvor )(tre|fire|flere|mange) ganger|(tredje|fjerde) gang|several times|multiple times|(third|fourth) time|hvor blir det av|where is my (reply|answer|data)|datatilsynet skal|report (you|this) to|haven t (heard|received)|outrageous|disgrace\w*|how did you get my|where did you get my|never been (a )?customer|not a customer|harass\w*)\b/;

// Accusations that may also appear in neutral questions ("får jeg beskjed hvis data blir lekket?").
const ACCUSATION = /\b(klage pa dere|ga til datatilsynet|misfornoyd|dissatisfied|unhappy|not happy|lekket|lekk(a|et) ut|misbrukt|brudd pa (gdpr|personvern\w*)|bryter (gdpr|loven|personvern\w*)|ulovlig\w*|anmelde\w*|(dere|du) har (solgt|lekket|gitt bort|delt) (\w+ )?(e post\w*|epost\w*|data\w*|opplysning\w*|navnet|nummeret|adressen|bildet|informasjon\w*)|you (have )?(sold|leaked|gave away|given away|shared) my|leaked|misused|illegal\w*|violat\w*|in breach of|report you)\b/;

/** Clauses of the message, each as written and, if different, with misspellings corrected. */
function clausesOf(question: string, correct: (word: string) => string): string[] {
  const clauses = foldLetters(question)
    .split(/[.!?;:\n,]+|\s(?:og|and|men|but)\s/)
    .map((clause) => clause.replace(/[^a-z0-9]+/g, " ").trim())
    .filter((clause) => clause.length > 0);
  const corrected = clauses.map((clause) => clause.split(" ").map(correct).join(" ")).filter((clause) => !clauses.includes(clause));
  return [...clauses, ...corrected];
}

const GLOBAL_RIGHT_CUES: [Right, RegExp][] = RIGHT_CUES.map(([right, cue]) => [right, new RegExp(cue.source, "g")]);

function rightsIn(clause: string): Right[] {
  const found: Right[] = [];
  for (const [right, pattern] of GLOBAL_RIGHT_CUES) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(clause); match; match = pattern.exec(clause)) {
      if (NEGATION.test(clause.slice(0, match.index)) && !NEGATED_CUE.test(match[0])) continue;
      if (!found.includes(right)) found.push(right);
    }
  }
  return found;
}

/**
 * A hand-over if the visitor uses a right or complains; undefined for questions.
 * `correct` may fix misspelt words first (e.g. "slet" → "slett").
 */
export function detectHandover(question: string, correct: (word: string) => string = (word) => word): Handover | undefined {
  const clauses = clausesOf(question, correct);
  const rights: Right[] = [];
  let requesting = false;
  const asked = question.trim().endsWith("?");
  // "Jeg vil ikke at portalen sporer meg – kan jeg slå det av?" asks; the wish is context.
  const askingOverall = asked && clauses.some((clause) => ASKING_ABOUT.test(clause));
  // A right named in any clause counts once the message is a request ("jeg vil ha med meg …, eksporter dem").
  for (const clause of clauses) {
    for (const right of rightsIn(clause)) if (!rights.includes(right)) rights.push(right);
    // "delete my data?" is a question, "delete my data" an order.
    if (IMPERATIVE.test(clause) && !asked) requesting = true;
    else if (POLITE.test(clause)) requesting = true;
    else if ((DESIRE.test(clause) || SELF_EVIDENT.test(clause)) && !ASKING_ABOUT.test(clause) && !askingOverall) requesting = true;
  }
  const accusing = clauses.some((clause) => ACCUSATION.test(clause) && !ASKING_ABOUT.test(clause));
  if (accusing || COMPLAINT.test(clauses.join(" "))) return { kind: "complaint", rights: requesting ? rights : [] };
  if (requesting && rights.length > 0) return { kind: "rights_request", rights };
  return undefined;
}
