/** The phrases that show a right being exercised, or only asked about. Compiled once, at module load. */
import type { Right } from "../types";
import { phrase, together } from "./phrase";

export interface RightRule {
  right: Right;
  re: RegExp;
  /** False where the negation is part of the request itself ("ønsker ikke lenger å motta"). */
  negatable: boolean;
  /** For rules whose words come in any order: each part, to show what was found. */
  parts?: RegExp[];
  /** The words right after the match must not match this ("slett meg fra nyhetsbrevet" is not erasure). */
  unlessFollowedBy?: RegExp;
}

const NOT_A_LIST = new RegExp(`^${phrase("(fra|from|av|off) [the|your|this|these|all|alle|deres|dette|disse] [future|fremtidige] (nyhetsbrev*|newsletter*|list|lists|liste*|lista|mailinglist*|mailing|epostlist*|utsendelse*|markedsf*|marketing|sms*|reklame*|email|emails|eposter)").source}(?!system|database)`);

const BOOKING = /^ (?:\S+ ){0,3}(kurs|kurset|webinar|webinaret|workshop|timen|samling|arrangement|event|programmet|mentorprogram|coaching|course|session|class|booking|plass)/;

/** A rule whose words may come in any order within the clause; a clause with a negation is left to the stricter rules. */
function loose(right: Right, parts: string[], unless = ANY_NEGATION): RightRule {
  return { right, re: together(parts, unless), negatable: false, parts: parts.map(phrase) };
}
/** Like `loose`, with several phrases that must not occur: the negation is read only next to the verb. */
function looseUnless(right: Right, parts: string[], unless: string[]): RightRule {
  const not = unless.map((u) => `(?!.*?${phrase(u).source})`).join("");
  return { right, re: new RegExp(together(parts).source + not), negatable: false, parts: parts.map(phrase) };
}
const ANY_NEGATION = "(ikke|ikkje|not|dont|never|aldri|doesnt|didnt|wont)";
/** Verbs (and their participles) that get rid of something: "slett", "scrub … from your CRM", "I want the recording purged". */
const ERASE_VERB = "(slett*|delete*|erase*|fjern*|remove*|wipe*|scrub*|purge*|expunge*|destroy*|shred*|makuler*)";
/** "Ønsker ikke lenger", "vil heller ikke", "ønsker ikke lenger heller": not wanting something any more. */
const WANT_NO_MORE = "(onsk*|vil) [heller|egentlig|ogsa|derfor|altsa|bare|na] ikke [lenger|heller|mer] [lenger|heller|mer]";
/** Throwing away: "kast dem", "kaster svarene", "throw them away", "bin it". */
const THROW_AWAY = "(kast|kaste|kaster|kastes|hiv|hive|hiver|throw away|throw out|throw them away|throw it away|throw those away|toss|bin)";
/** What they filled in or sent: survey answers, forms, applications. */
const SUBMITTED = "(svarene|svara|svar|answers|responses|besvarelse*|skjema*|form|forms|soknad*|application*|cv)";
/** A booking or an order: changing it is rebooking, not a correction. */
const BOOKING_WORD = "(booking*|bestilling*|pamelding*|reservasjon*|timen|session|appointment|order|orders|ordre*)";
/** Bookings and orders: removing these is a cancellation, not an erasure. */
const NOT_MINE = "(booking*|bestilling*|pamelding*|reservasjon*|handlekurv*|cart|order|orders|ordre*|kurset|timen|plassen|faktura*|invoice*)";
/** Before a participle: "ble slettet", "er fjernet" report a deletion done. */
const NOT_REPORTED = "(?<!(?:ble|var|er|blitt|vart|was|were|is|are|been) )";
/** "Jeg skal ikke slette noe nå": the sender's own plan, not an instruction to keep it. */
const NOT_MY_OWN_PLAN = "(?<! (?:jeg|i|vi|we) (?:skal|kommer|tenker|planlegger|will|am|vil))";
const WISH = "(onsk*|vil|ber|krev*|please|want|like|request*|gjerne|kan dere|kunne dere|could you|would you|can you|will you|kindly|vennligst|venligst|snill|fint om|appreciate)";

/** A rule that only matches where each lookaround in front of it holds (the prefilter still reads the rule's words). */
function guardedBy(...lookarounds: string[]): (rule: RightRule) => RightRule {
  return (rule) => ({ ...rule, re: new RegExp(lookarounds.join("") + rule.re.source) });
}

function rules(right: Right, patterns: string[], options: Partial<Omit<RightRule, "right" | "re">> = {}): RightRule[] {
  return patterns.map((p) => ({ right, re: phrase(p), negatable: options.negatable ?? true, ...(options.unlessFollowedBy ? { unlessFollowedBy: options.unlessFollowedBy } : {}) }));
}

const DATA = "(opplysning*|personopplysning*|data|dataene|info*|personinfo*|persondata*|kundedata*|kundeopplysning*|detaljer*)";
const MY_THINGS = "(konto*|kontoen|profil*|bruker*|brukerkonto*|medlemskap*|kundeforhold*|kundeprofil*|epost*|epostadresse*|telefonnummer*|mobilnummer*|bild*|*historikk*|opptak*|video*|film*|chat*|chatlogg*|logg*|notat*|notes|referat*|transcript*|journal*|kommentar*|innlegg*|uttalelse*|anmeldelse*|account*|profile*|details|record*|recording*|photo*|picture*|image*|video*|testimonial*|review*|comment*|chat*|history|personal|everything|alt|emails|correspondence|korrespondanse*)";
/** What a person is called or reached at, also in compounds ("fakturaadressen", "postnummeret"). */
const CONTACT = "(*navn|*navnet|*navn*|*adresse*|epost*|*nummer*|*nummeret|fodselsdato*|*opplysning*|kontaktinfo*|kontaktinformasjon*|arbeidsgiver*|stilling*|tittel*|name|surname|address|email|phone|number|birth*|dob|birthday|employer|title|details|information|contact)";
/** An e-mail address, not e-mails: "e-posten min" is the address, "e-postene" the messages. */
const ADDRESS_WORD = "epost|eposten|epostadresse*|epostadr";
/** What is held about someone besides contact details, and can be wrong: a purchase history, session notes, a profile. */
const HELD_RECORD = "(*historikk*|history|*oversikt*|notat*|notes|journal*|referat*|record|records|profil*|profile|registrering*|entry|entries)";
/** "Jeg ber om at historikken rettes", "I'd like the notes corrected": a fix asked for in the passive. */
const FIXED = "(rettet|korrigert|oppdatert|endret|fikset|corrected|updated|changed|fixed|amended|rectified)";
const TO_BE_FIXED = `(rettes|korrigeres|oppdateres|endres|fikses|(blir|bli) ${FIXED})`;
/** "Check it's correct", "at det er rett": after a form of "be", "correct" describes; it asks for no fix. */
const ADJECTIVE_CORRECT = /(?!(?<= (?:its|is|are|was|were|be|been|seems|looks|er|var|blir|ble|vare)) (?:correct|rett|riktig|korrekt) )/.source;
/** "Jeg tok kurset med en gammel e-postadresse", "I signed up using an old email": the old address only says how they were known then. */
const OLD_AS_MEANS = /(?!(?<= (?:med|with|using|via|fra|from) (?:en|an|a|my|min|mi|mitt|den|det|et|the|mine|some)) (?:old|previous|gammel|gamle|gammelt|forrige|tidligere) )/.source;
const correctingOnly = guardedBy(OLD_AS_MEANS, ADJECTIVE_CORRECT);
/** The link or button itself names no request: "avmeldingslenken virker ikke", "the unsubscribe link is broken". */
const THE_LINK = /(?! (?:avmeldings?(?:lenke|link|knapp|side|funksjon|skjema)[a-z0-9]*|unsubscrib[a-z0-9]* (?:link|links|button|page|option|function|url)) )/.source;
const notTheLink = guardedBy(THE_LINK);

/** "Jeg har slettet e-posten", "I've deleted it from my inbox": the sender's own deletion, reported. */
const NOT_DONE_BY_ME = /(?<! (?:(?:jeg|eg|vi|i) (?:har|hadde)|ive|weve|i have|we have|i had|we had|i|we)(?: (?:allerede|na|jo|bare|nettopp|selv|sjolv|ogsa|already|just|now|also))?)/.source;
const notDoneByMe = guardedBy(NOT_DONE_BY_ME);

export const RIGHT_RULES: RightRule[] = [
  // "Jeg har slettet e-posten": the sender did it themselves.
  ...rules("erasure", [`(slett*|fjern*|makuler*) _ ${DATA}`, `(slett*|fjern*) _ ${MY_THINGS}`, `(delete|erase|remove|wipe|purge|destroy|scrub|expunge)* _ (my|me|all|account|data|information|details|profile|record*|everything|personal)`]).map(notDoneByMe),
  ...rules("erasure", [
    `slett* [alt] [om] meg`,
    `(fjern*|slett*|remove|delete|erase|wipe)* meg _ (fra|from|ut av|out of) _ (system*|database*|kunderegister*|register*|records|crm|kundelist*)`,
    `slett* (alt|alle|det|dem|disse) _ (om meg|dere har|jeg sendte|som gjelder meg)`,
    `(sa|og|bare|vennligst|please) slett (det|dem|alt)`,
    `(at|om at) _ (slettes|fjernes|blir slettet|blir fjernet|skal slettes|ma slettes)`,
    // "Kontoen min ble slettet" reports what happened; "jeg vil ha kontoen min slettet" asks for it.
    `${DATA} _ (slettes|fjernes|${NOT_REPORTED}(slettet|fjernet))`,
    `${MY_THINGS} _ (slettes|fjernes|${NOT_REPORTED}slettet)`,
    `(be|ber|krev*|onsk*|vil|onsker) _ (sletting|sletting*|slettet|fjernet)`,
    `sletting av`,
    `(bli|blir) glemt`,
    `get rid of _ (my|me|all|data|information|details|everything|account|profile)`,
    `(slett*|fjern*) (alt|dem|dette|disse)`,
    `(delete|erase|remove|purge) (them|it all|everything|those)`,
    `(removed|deleted|erased|wiped|scrubbed|purged|expunged) from _ (database*|system*|records|crm|register*|customer)`,
    `anonymi*`,
    // "Please close my account", "avslutt kontoen min": an account closed is its data gone.
    `(close|deactivate|terminate) (my|the) [user] (account|profile)`,
    `(avslutt*|lukk|lukke) (kontoen|profilen|brukeren|brukerkontoen) [min]`,
    `(bli|blir|vare|vaere|be|get) (slettet|deleted|erased)`,
    `glem* meg`,
    `forget (me|about me)`,
    `(delete|erase|remove|slett*|fjern*) _ (traces|spor|sporene)`,
    `ikke [lenger] [a] (sta|star|ligge|ligger|vare) (registrert|lagret|i registeret|i systemet|i databasen|i kunderegisteret)`,
    `(dont|do not|no longer) want (you|your company) to (have|hold|keep|store) _ (data|information|details|anything)`,
    `(vil|onsker) ikke at dere _ (har|skal ha|lagrer|oppbevarer) _ (noe|opplysning*|data|info*)`,
    `ta* bort _ (profil*|konto*|bruker*|opplysning*|data|dataene|bild*|meg|alt)`,
    `(my|all|personal) _ (data|information|details|account|records) _ (deleted|erased|removed|purged)`,
    `(be|being) forgotten`,
    `forget me`,
    `forget (my|all|everything)`,
    `(erasure|deletion) (request|of)`,
    `(ta|tar|fjern*|slett*|take|get|clear|clean|rens*) _ (meg|me|my|mine|min|mitt) _ (ut av|ut fra|out of|off) __ (system*|database*|register*|registrene|records|crm|kunderegister*|kundelist*|all)`,
    // "Clear my name and email out of your lists and whatever systems": wiping, not only leaving a mailing list.
    `(clear|clean|scrub|wipe|rens*|vask*) _ (meg|me|my|mine|min|mitt) _ (ut av|ut fra|fra|out of|off|from) _ (system*|database*|register*|records|crm|kunderegister*|kundelist*|lists|listene|files|arkiv*|archive*)`,
    // "No need to keep anything about me", "dere trenger ikke ta vare på noe om meg".
    `(nothing|none of it|ingenting|ikke noe) (needs to|has to|trenger a|ma) (be kept|be stored|be saved|lagres|oppbevares|bli lagret|tas vare pa)`,
    `(no need|dont need|do not need|dont have|do not have|no reason|theres no reason|ingen grunn|ikke nodvendig|ingen grunn til) (to|a|til a) (keep|retain|store|hold on to|hold onto|beholde|lagre|oppbevare|ta vare pa) _ (anything|data|information|details|records|notes|emails|everything|noe|noen|opplysning*|alt)`,
    `snill a (slett*|fjern*)`,
    `(slett|fjern|kast) (det|den|dem)`,
    `(at dere|dere kan|du kan|kan dere) [bare|gjerne] (kaster|kaste) (det|den|dem|disse|dette|alt)`,
    `(delete|erase|remove|wipe|purge) (it|them|that)`,
    `(taken|take) (down|off) `,
    `(vil|onsker|want|like) _ (ha meg|me) (ut|out) (av|fra|of)`,
    `(ma|skal|bor|should|must|need to|needs to) [be] (fjernes|slettes|bort|vekk|deleted|removed|erased|taken down)`,
    `(ikke lenger|no longer) (finnes|finne|er|exist|exists|be|sta) _ (i|in|pa|on) _ (system*|database*|register*|registrene|records|kundelist*|server*)`,
    `kvitt* (dere|seg|you) med`,
    `(skal|ma|bor|should|must) (ut av|ut fra|be out of|be removed from) _ (system*|database*|register*|registrene|records|kundelist*|server*)`,
    `(nothing|ingenting|ikke noe) _ (left|igjen|remaining)`,
    `(dont|do not|ikke) (keep|retain|store|hold|beholde|behold|lagre|oppbevare|ta vare pa) _ (any|anything|noe|noen|data|information|details|opplysning*)`,
    `(take|ta) (it|them|that|den|det|dem) (down|ned|bort)`,
    `(den|det|dem|de) (kan|ma|skal|bor) dere (slette|fjerne|makulere)`,
    `(bin|shred|destroy|scrub) (it|them|that)`,
    `(me|mine|my|meg|om meg|alt|everything) _ ${NOT_REPORTED}(gone|bort|vekk) `,
    `right to (erasure|deletion)`,
    `(get rid of|dispose of|bli kvitt|kvitte dere med) (it|them|that|this|det|dem|dette)`,
    `(den|det|dem|denne|dette|disse) (vil|onsker|ber) (jeg|vi) [om] at (dere|du|de) _ (sletter|fjerner|makulerer|tar bort|tar ned)`,
    // "Så vil jeg at de sletter det": the business named in the third person, in a mail passed on by someone else.
    `(fint om|kan|kunne|vil at|onsker at|ber om at|ber jeg om at|vil jeg at|onsker jeg at|krever jeg at|please|could|can|would) (dere|du|you|de) [please|vennligst|bare|just|simply] (sletter|slette|fjerner|fjerne|delete|remove|erase) (den|det|dem|it|them|that|those)`,
    // "…and then have it deleted", "I want the rest deleted now".
    `(want|wants|like|need|needs) [to] [have|get] (it|them|that|this|those|these|everything|the rest|the remainder|all of it|it all|all that|all of this) [all] (deleted|erased|wiped|purged|gone)`,
    `(and|then|so) [then] (have|get) (it|them|that|this|those|everything|the rest|it all|all of it) [all] (deleted|erased|wiped|purged)`,
    `(make sure|sorg for|pass pa|ensure) _ (nothing|none|ingenting|ingen|no) _ (stays|remains|remain|stay|is kept|left|igjen|ligger|lagres|blir liggende)`,
    `(none|nothing|ingenting|ingen) (of|av) (my|mine|min|mitt|meg) _ (stays|remains|remain|stay|is kept|left|igjen|ligger|blir liggende)`,
    `(request|want|like|ask|asking|requesting) _ (erasure|deletion)`,
    // "Dere kan fjerne meg helt": leave given as the request.
    `(dere|you) (kan|may|can) [gjerne|godt|just|bare|simply] (slette|fjerne|delete|remove|erase|wipe) (meg|me|alt|everything|all|min|mitt|mine|my)`,
    `(article|art|artikkel) 17`,
  ], { unlessFollowedBy: NOT_A_LIST }),
  loose("erasure", [ERASE_VERB, `${DATA.slice(0, -1)}|${MY_THINGS.slice(1)}`, WISH]),
  // "Fjern sitatet mitt", "remove my name from the attendee list": deleting something of theirs, unless it's a booking or a list.
  loose("erasure", [`(slett*|fjern*|ta bort|tar bort|delete|erase|remove|scrub|purge|wipe|destroy|shred) _ (min|mitt|mine|my|meg fra|me from)`], `(${ANY_NEGATION.slice(1, -1)}|booking*|bestilling*|pamelding*|plass|plassen|reservasjon*|order|orders|cart|handlekurv*|timen|kurset|course|webinar*|nyhetsbrev*|newsletter*|list|lists|lista|listen|mailing*|marketing|markedsf*|fee|gebyr*|charge)`),
  loose("erasure", [`(want|like|vil ha|onsker|need) _ (my|min|mitt|mine) _ (deleted|erased|removed|scrubbed|purged|wiped|destroyed|expunged|shredded|slettet|fjernet|makulert|gone)`]),
  // "Vil gjerne at dere kaster dem", "throw my answers away": binning what they gave, not "kaste et blikk på".
  ...[THROW_AWAY, "(throw|toss) _ (away|out)"].map((verb) =>
    looseUnless("erasure", [verb, `${DATA.slice(0, -1)}|${MY_THINGS.slice(1, -1)}|${SUBMITTED.slice(1)}`, WISH], [`(ikke|not|dont|never|aldri) [a|to] ${THROW_AWAY}`, "(blikk|oye|lys|glance|look|kastet|threw|thrown|hvis|dersom|if)"]),
  ),
  // "Jeg ber om at de gamle e-postene fra 2022 blir fjernet": a wish, then what is to go, then the passive (also a long subject).
  // "Jeg vil ikke at dere tar vare på den historikken, og jeg ber om at e-postene blir fjernet": only "ikke slettes" negates it.
  looseUnless("erasure", ["(ber om at|ber dere om at|onsker at|vil at|krever at|gjerne at|vil ha|onsker a fa)", "(slettes|fjernes|makuleres|blir slettet|blir fjernet|blir makulert|skal slettes|skal fjernes|ma slettes|ma fjernes|blir kastet|kastes)"], [`(ikke|not|aldri|never) [a] (slettes|fjernes|makuleres|blir|bli|skal|ma|kastes)`, "(vil|onsker|ber|krever) ikke [om] at __ (slettes|fjernes|makuleres|blir slettet|blir fjernet|skal slettes|skal fjernes|kastes)", NOT_MINE, "(hvis|dersom|nar|hvordan|hvorfor|if|when|how|why)"]),
  loose("erasure", ["(like|want|need|would like)", "(the|those|these|that|this|all) _ (emails|correspondence|messages|notes|records|recordings|recording|data|details|information|history|files|answers|responses) _ (deleted|erased|removed|purged|wiped|destroyed|binned|shredded|gone)"], `(${ANY_NEGATION.slice(1, -1)}|${NOT_MINE.slice(1, -1)}|whether|if|know)`),
  // "Fødselsdatoen og adressen vil jeg at dere fjerner fra påmeldingen min": the data named first, the wish inverted after it.
  loose("erasure", ["(vil|onsker|ber|krever) (jeg|vi) [om] at (dere|du|de) [bare|gjerne|na] (sletter|fjerner|makulerer|tar bort|stryker)", `(${CONTACT.slice(1, -1)}|${DATA.slice(1, -1)}|bild*|opptak*)`]),
  loose("rectification", [CONTACT, "(replace|erstatt*|bytt ut|bytte ut) _ (with|med)"]),
  // "Jeg ber om at historikken rettes", "ønsker at profilen oppdateres"; not "hvis adressen endres" or "hvordan rettes navnet?".
  loose("rectification", [`(${CONTACT.slice(1, -1)}|${HELD_RECORD.slice(1, -1)})`, TO_BE_FIXED], `(${ANY_NEGATION.slice(1, -1)}|hvis|dersom|nar|hvordan|hvorfor|if|when|how|why) _ ${TO_BE_FIXED}`),
  // "E-postadressen min er endret", "my surname changed when I married": a detail reported changed asks for the update (a booking changed is settled apart).
  // "Adressen er nå rettet" reports the fix done.
  looseUnless("rectification", [`(${CONTACT.slice(1, -1)}|${HELD_RECORD.slice(1, -1)})`, FIXED], [`(${ANY_NEGATION.slice(1, -1)}|hvis|dersom|nar|hvordan|hvorfor|if|when|how|why) _ ${FIXED}`, "(er|ble|har blitt|is|was|has been|have been|are|were) [na|now|allerede|already|endelig|finally] (rettet|korrigert|fikset|corrected|fixed|rectified|sorted)"]),
  // "Det er Sæther, ikke Sather": the right spelling set against the wrong one.
  loose("rectification", [CONTACT, "(det er|its|it is|it should be|skal vare|should be|should read) * [,] (ikke|not) "], "(hvorfor|why)"),
  // "The name on my invoices needs to be right", "adressen min må være riktig": the correct form demanded.
  loose("rectification", [CONTACT, "(needs to be|need to be|must be|has to be|have to be|ma vare|ma vaere|ma bli|skal vare|skal vaere|bor vare|bor vaere) [spelled|spelt|written|stavet|skrevet|registrert|registered] (right|correct|accurate|riktig|rett|korrekt|riktige|korrekte)"], "(hvis|dersom|if|whether|for at|so that|in order)"),
  // "I'd like my booking changed, my email is …" changes a booking: only the contact detail itself is fixed.
  loose("rectification", ["(navn*|adresse*|epost*|etternavn*|fodselsdato*|telefonnummer*|name|address|email|surname|phone|birth*)", "(rettet|korrigert|oppdatert|endret|corrected|updated|changed|fixed|amended)", WISH], `(${ANY_NEGATION.slice(1, -1)}|${BOOKING_WORD.slice(1, -1)})`),
  loose("rectification", ["(navn*|adresse*|epost*|etternavn*|fodselsdato*|telefonnummer*|opplysning*|name|address|email|surname|phone|birth*|details|information)", "(feil|wrong|incorrect|utdatert*|outdated|gammel|gamle|old|uriktig*|inaccurate)", "(rett|rette|retter|correct|fix|update|oppdater*|endr*|change|korriger*|amend)"]),
  loose("rectification", ["(*historikk*|history|*profil*|profile|record*|account|konto*|registrering*|*oversikt*|statement|purchases|orders)", "(feil|wrong|incorrect|never bought|never ordered|never purchased|aldri kjopt|aldri har kjopt|ikke kjopt|ikke har kjopt|didnt buy)", "(rett|rette|korriger*|fiks*|correct|fix|amend|update|oppdater*|endr*)"], "(ikke|dont|do not) (rett*|korriger*|endr*|correct|fix|change|update)"),
  // "Begrenset tilgang til e-post" is an out-of-office, not a restriction.
  loose("restriction", ["(begrens*|restrict*|limit*)", "(behandl*|bruk*|processing|processed|use|used|using|tilgang*|access)"], `(${ANY_NEGATION.slice(1, -1)}|epost|email|mail|internett|internet|nett|pc)`),
  loose("restriction", ["(la vare|lar vare|latt vare|refrain|avsta fra|stop|stopp*|stans*|frys*|freeze|suspend*|pause|sperr*|ikke|not|dont|no|isnt|arent|wont|hold off|vente med|wait with|avvent*)", "(bruk*|use|used|using|behandl*|process*|dele|deling|share|sharing)", "(inntil|until|while|pending|mens|for|til|before) (saken|klagen|tvisten|det|dette|den|jeg|vi|dere|advokat*|this|it|i|we|you|my|min|mitt|further|videre|na|now|noe|avklart|ferdig|the (matter|dispute|case|complaint|issue|claim))"], "(markedsf*|reklame*|marketing|nyhetsbrev*|newsletter*|advertis*|services|service|tjeneste*)"),
  loose("restriction", ["(frys*|freeze|frozen|sperr*|lock|block)", DATA.slice(0, -1) + "|my data|kontoen|account)"]),
  loose("restriction", ["(frozen|frosset|fryst|sperret|locked|on hold|pa vent)", "(until|inntil|til|mens|while|pending|for)"]),
  // "Please don't delete the notes or the recordings – I may need them – but don't use them for anything."
  loose("restriction", ["(dont|do not|not|ikke|la vare a|never) (delete*|erase*|slett*|fjern*|remove*|destroy*|makuler*)", "(but|men) [please|vennligst|dere|you] [ma|must|should|bor|skal] (dont|do not|ikke|not|stop|slutt*|stopp*|never) _ (use|using|share|sharing|process*|bruk*|dele|del|behandl*)"], "(hvis|dersom|if)"),
  // "Keep the notes, I may need them, but please do not use or share them."
  loose("restriction", ["(keep|retain|store|preserve|behold*|bevar*|ta vare pa|oppbevar*)", "(but|men) [please|vennligst|dere|you] [ma|must|should|bor|skal] (dont|do not|ikke|not|stop|slutt*|stopp*|never) _ (use|using|share|sharing|process*|bruk*|dele|del|behandl*)"], "(markedsf*|reklame*|marketing|nyhetsbrev*|newsletter*|advertis*|hvis|dersom|if)"),
  // "Send det direkte over til henne": straight to the next provider (an invoice sent to the accountant is no data moved).
  looseUnless("portability", ["(overfor*|send*) _ direkte [over] til"], [`(ikke|not|dont) (send*|overfor*)`, "(faktura*|invoice*|kvittering*|receipt*|bestilling*|booking*|kursbevis*|certificate*|diplom*|materiell*)"]),
  // "Ikkje bruk desse opplysningane til purringar, medan de finn ut av dette": not used while it is looked into.
  loose("restriction", ["(ikke|dont|do not|stop|stopp*|slutt*)", "(bruk*|use|using|behandl*|process*)", "(mens|while|inntil|until|til|pending) _ (finn*|finner ut|sjekk*|undersok*|check*|looking into|look into|investigat*|ser pa|avklar*|resolved|settled|clarified|oppklar*)"], "(markedsf*|reklame*|marketing|nyhetsbrev*|newsletter*|hvis|dersom|if)"),
  loose("restriction", ["(bevar*|ta vare pa|preserve|retain|behold*)", "(court|legal|rettssak*|tvist*|claim|lawsuit|bevis*|evidence)"]),
  // "Til dette er i orden vil jeg ikke at dere sender noe om meg videre", "until it's fixed, don't pass anything on to my employer".
  loose("restriction", ["(ikke|dont|do not|not|never)", "(send*|dele|deler|del|share|sharing|pass|passing|passe* videre|forward*|videresend*|gi videre|gir videre|report*|rapporter*)", "(inntil|until|til|while|pending|mens|before|for) _ (i orden|ordnet|rettet|fikset|avklart|korrigert|oppklart|sorted|fixed|corrected|resolved|settled|cleared up|in order|straightened out)"], "(markedsf*|reklame*|marketing|nyhetsbrev*|newsletter*|hvis|dersom|if|kan jeg|can i|whether)"),
  // "In the meantime I don't want them used for anything", "i mellomtiden vil jeg ikke at de brukes".
  loose("restriction", ["(in the meantime|meanwhile|i mellomtiden|imens|inntil videre|for now|forelopig)", "(dont want|do not want|please dont|please do not|must not|vil ikke|onsker ikke|vil jeg ikke|onsker jeg ikke|ma ikke|ma dere ikke|ikke bruk|ikke del)", "(used|use|using|brukt|bruke|brukes|bruk|shared|share|delt|dele|deles|del|passed on|process*|behandl*)"], "(markedsf*|reklame*|marketing|nyhetsbrev*|newsletter*|hvis|dersom|if|kan jeg|can i|whether)"),
  loose("restriction", ["(ikke|dont|do not|stop|stopp*|stans*|slutt*|cease|halt)", "(bruk*|use|using|behandl*|process*)", "(inntil|until|while|pending|mens|for|til) _ (saken|klagen|tvisten|case|complaint|dispute|claim|resolved|avklart|ferdig|sjekket|checked|verified|settled|sorted|fixed|corrected|cleared|rettet|ordnet|fikset|korrigert|oppklart)"], "(markedsf*|reklame*|marketing|nyhetsbrev*|newsletter*)"),
  loose("objection", ["(slutt*|stopp*|stop|cease|quit|stans*)", "(bruk*|use|using|behandl*|process*)", "(markedsf*|reklame*|marketing|advertis*|reklam*|profiling|profilering)"]),
  // "I never asked to be contacted by phone, so please stop", "har aldri sagt ja til SMS-ene, så stopp dem".
  looseUnless("objection", ["(never|didnt|did not|not|aldri|ikke) (asked|agreed|signed up|consented|opted in|bedt om|sagt ja|samtykket|meldt meg pa|godtatt)", "(contacted|called|phoned|rung|texted|calls|texts|sms*|offers|marketing|promotion*|kontaktet|ringt|oppringt|oppringing*|tilbud*|reklame*|markedsf*|salgs*)", "(stop|stopp*|slutt*|stans*|cease|quit|halt)"], ["(hvis|dersom|if|whether|where|how|hvor|hvordan)"]),
  loose("objection", ["(ikke|dont|do not|stop|stopp*|slutt*|no longer|never)", "(bruk*|use|using|used|benytt*|process*|behandl*)", "(markedsf*|reklame*|marketing|advertis*|ads|profiling|profilering|targeted|malrettet*|annonse*|til salg|te salg|salgs*|sales)"], "(hvorfor|why|hvordan|how)"),
  loose("portability", ["(transfer|transmit|overfor*|flytt*|move|send*|forward|videresend*)", "(my|min|mitt|mine)", "(to my new|to my next|til min nye|til mitt nye|til den nye|til det nye|to the new|new provider|ny leverandor|another provider|annen leverandor|new coach|ny coach)"], `(${ANY_NEGATION.slice(1, -1)}|booking*|bestilling*|pamelding*|plass|plassen|reservasjon*|time|timen)`),
  loose("portability", ["(bytt*|skift*|flytt*|switch*|moving|move)", "(annen|annet|ny|nytt|another|new|different) (*firma*|leverandor*|tilbyder*|plattform*|tjeneste*|system*|coach*|provider*|platform*|service*|company|supplier)", "(format|fil|file|eksport*|export*|overfor*|transfer*|ta med|med meg|with me|import*)"]),
  // "I'd like the part of the recording where this happens sent to me", "få tilsendt den delen av opptaket der …": their part of a recording.
  loose("access", ["(part|parts|del|delen|delene|section|utdrag*|clip|klipp*|snutt*)", "(recording*|opptak*|video*|videoen|film*)", "(sent to me|send it to me|send me|sendt til meg|tilsendt|sende meg|sendt meg|send meg|a copy|kopi*|receive|motta|fa)"], `(${ANY_NEGATION.slice(1, -1)}|hvis|dersom|if|whether|om jeg)`),
  // "…in a file I can take with me to another provider", "en fil jeg kan ta med til en ny plattform".
  loose("portability", ["(file|files|fil|fila|filen|filer|format|export|eksport*)", "(take|bring|ta|tar|import*) _ (to|til|into|inn i) (another|a new|my new|the new|en annen|en ny|min nye|mitt nye|et annet|et nytt|den nye|det nye) (provider*|leverandor*|platform*|plattform*|system*|service*|tjeneste*|coach*|tilbyder*|app|program*)"]),
  loose("withdraw_consent", ["(changed my mind|change my mind|ombestemt meg|angret|angrer)", "(agreed|consent*|samtykk*|sa ja|featured|case study|testimonial*|bilde*|photo*|sitat*|quote*|uttalelse*)"]),
  loose("withdraw_consent", ["(samtykk*|consent*)", "(taking|take|took|trekk*|tar|tatt) _ (back|tilbake)"]),
  // "Jeg meldte meg på nyhetsbrevet, men nå vil jeg ikke ha det lenger", "I signed up for the newsletter but don't want it anymore".
  ...["(vil|onsker) (jeg|vi) [heller|egentlig|ogsa|bare] ikke [a] (ha|motta|fa) (det|den|dem|dette|disse|de) (lenger|mer)", "(dont|do not|no longer) (want|need) (it|them|that|those) [anymore|any more|any longer]"].map((notAnymore) =>
    looseUnless("withdraw_consent", ["(nyhetsbrev*|newsletter*|utsendelse*|mailings)", notAnymore], ["(hvis|dersom|if|whether|hvordan|how)"]),
  ),
  // "I agreed to be a case study but I'd rather not be anymore".
  loose("withdraw_consent", ["(agreed to|consented to|sa ja til|sagt ja til|samtykket til|godtok a)", "(rather not|dont want|do not want|no longer want|not anymore|vil ikke|onsker ikke|ikke lenger|vil helst ikke|helst slippe)"], "(hvis|dersom|if|whether|om jeg)"),
  // "…and which third parties (if any) it has been shared with", "hvilke tredjeparter opplysningene mine er delt med": theirs, not the company's practice.
  loose("access", ["(which|what|hvilke|hvilken|hvem) _ (third parties|third party|tredjeparter|tredjepart|tredjepartene|recipients|mottakere|partners|companies|selskaper|firmaer|others|andre) __ (has been|have been|was|were|er|ble|har blitt|har vart|har vaert|have you|has your company|har dere) (shared|delt|given|gitt|disclosed|utlevert|sold|solgt|passed|sent|sendt|overfort|transferred)", "(my|mine|min|mitt|mi|it|meg|me)"]),
  loose("access", ["(with whom|who with|hvem) (my|mine|it|they|de|det|opplysningene mine|dataene mine|data om meg|min|mitt) __ (has been|have been|was|were|er|ble|har blitt|har vart|har vaert) (shared|delt|given|gitt|disclosed|utlevert|sold|solgt|passed|sent|sendt|overfort|transferred)"]),
  // "Let me know what details of mine are on your system."
  loose("access", ["(let me know|tell me|fortell meg|inform me|gi meg beskjed|la meg fa vite|fa vite|like to know|want to know|vil vite)", "(what|which|hva|hvilke)", "(details|data|information|info|opplysning*|personopplysning*)", "(of mine|about me|on me|om meg|pa meg|you hold|you have|dere har)"]),
  loose("access", [
    "(lese|read|fa tilsendt|tilsendt|utlevert|fa|receive|kan jeg fa|kunne jeg fa|fa se|fa en kopi|fa kopi|send meg|sende meg|gi meg|vil ha|vil gjerne ha|can i get|can i have|could i get|could i have|could you send|can you send|send me|give me|id like|i would like|want)",
    "(notat*|opptak*|opptaket|chatlogg*|chatten|journal*|referat*|notes|recording*|chat|transcript*|minutes|skrevet|skrevet ned|notert|written|written down|noted)",
    "(om meg|of me|about me|of my|from my|fra min|fra mitt|fra mine|av min|av mitt|av meg|jeg skrev|i wrote|min time|mine timer|my session*|my 1|my one|*samtalene mine|*samtalen min|*timene mine|*timen min|mine samtaler|mine timer)",
  ]),
  // Norwegian verbs with Norwegian words, English with English: "store konsekvenser for meg" is no "store … for me".
  ...["(registrert|lagret|lagra|lagrer|oppbevarer|samlet inn|samla inn|tok opp|tatt opp) _ (om|pa|av|for) meg", "(have|hold|keep|store|youve got|got|recorded|collected|gathered) _ (about|on|for|of) me"].map((held) =>
    loose("access", ["(send*|se|vis|fa|kopi*|oversikt*|vite|show|see|know|tell|copy|give)", held], `(${ANY_NEGATION.slice(1, -1)}|bekreft*|confirm*|slett*|delete*|fjern*|remove*|erase*)`)),
  ...rules("access", [
    `(which|what|hvilke|hva for|hva slags) _ (data|information|info|details|opplysning*|personopplysning*|notat*|notes) _ (collect*|hold|have|store*|keep|registrert|lagret|lagra|samlet|samla|har) _ (about|on|om|pa) (me|meg)`,
    `(utlever*|tilsendt|oversendt|fa se|fa vite) _ (samtlige|alle|all|mine|min|mitt) _ ${DATA}`,
    `(if so|i sa fall|isafall|hvis ja|hvis dere har det|hvis sa|in that case) _ (a copy|en kopi|kopi|see|se|send|sende|get|fa|know|vite)`,
    `(send|give|provide|share|forward)* _ (information|data|details|what|everything) _ (you have|you hold|youve got|you store|you keep) _ (on|about|of) me`,
    `(send|give|provide|share|forward)* _ (information|data|details|what|everything) _ (you have|you hold) _ (stored|saved|registered|collected) _ (on|about|of) me`,
    `(innsyn|innsynskrav*|innsynsbegj*|innsynsforesp*|innsynsanmod*)`,
    `(be|ber|krev*|onsk*|vil|fa|far) _ innsyn*`,
    `(kopi|kopier|utskrift|oversikt) _ (av|over) _ ${DATA}`,
    // "A list of the personal data you hold about me" (not "the list of data processors you use").
    `(liste|listen|sammendrag|oppstilling) _ (av|over) _ ${DATA} _ (om meg|pa meg|mine|dere har|dere lagrer|dere har lagret|som gjelder meg)`,
    `(kopi|kopier|utskrift) _ (av|over) _ (kundeprofil*|profil*|konto*|*historikk*|logg*)`,
    `(kopi|kopier|oversikt) _ (hva|alt|det) _ (dere|har|lagr*|registrert)`,
    `(hva|hvilke|hvilken|hvilket) _ (har|lagrer|lagret|vet|behandler|registrert|samlet|oppbevarer|sitter) _ (om meg|pa meg|om oss)`,
    `(kundemappe*|kundekort*|kundefil*|customer (file|record|records))`,
    `(send*|vis|gi) meg _ (logg*|*historikk*|kundeprofil*) `,
    `(send*|vis|fa|se) _ hva som (er|blir|ble) (registrert|lagret)`,
    `(hva|hvilke|hvilken) ${DATA} _ (har dere|dere har|lagrer dere|er lagret|er registrert) _ (om|pa) (meg|min|mitt|mine)`,
    `(har dere|lagrer dere) _ ${DATA} _ om meg`,
    `(se|fa|vite) _ (hva) _ (dere) _ (lagret|lagrer|har|registrert) _ (om|av|pa) meg`,
    `(oversikt|kopi) _ (det|alt) (som gjelder meg|om meg|dere har)`,
    `(se|fa|vite) _ ${DATA} _ (om meg|dere har)`,
    `jeg vil (se|ha) (det|dem|den|alt)`,
    `(send*|gi|vis) meg _ (alt|det|hva) _ dere _ (registrert|lagret|lagrer|har) _ (om|pa|av) meg`,
    `(subject )?access request`,
    `dsar`,
    `(copy|copies|overview) of _ (data|information|personal|details|everything)`,
    `(list|summary|printout|rundown) of _ (data|information|personal|details|everything) _ (about me|on me|of mine|you hold|you have|youve got|you store|you keep|held)`,
    `(copy|copies|overview) of (whatever|everything|all|what) _ (you have|you hold|you store|you keep)`,
    `what _ (data|information|info|details|do you) _ (have|hold|store|keep|know|collected|process|processing|got) _ (about me|on me|of mine|regarding me|for me)`,
    `(access|see|view) _ (my|the) _ (personal )?(data|information|details) _ (you|hold|have|store)`,
    `(right of|right to) access`,
    `(send|provide|give|share|disclose)* _ (data|information|details|records) _ (relating to|concerning|regarding|pertaining to|about|on|of) me`,
    `(se|fa|vite) _ hva som (er|star|ligger) _ (lagret|registrert) _ (om|pa|av) meg`,
    // "I'd like to see what's been recorded about how I did", "se hva som er registrert om hvordan det gikk".
    `(see|know|view|get|send me|tell me|find out) _ (what|whats|everything|all) _ (been|is|was|you have|youve|you) _ (recorded|registered|stored|logged|noted|saved|kept|collected|written down|tracked) ((about|of|regarding) (me|my|myself|how i|what i)|on (me|myself))`,
    `(se|vite|fa|send*|vis*|finne ut) _ (hva|alt) _ (som|dere) _ (er|har|ble|blitt) _ (registrert|lagret|notert|loggfort|logget|skrevet|skrevet ned|samlet|samlet inn|tatt vare pa) (om|pa|av) (meg|min|mitt|mine|hvordan jeg|hvordan det|det jeg)`,
    `(confirm|tell me|let me know) (whether|if) _ (process*|hold|have|store|keep) _ (data|information|details) _ (about|on|of) me`,
    `(bekreft*|fortell*|si fra) (om|hvorvidt) dere _ (behandler|har|lagrer|oppbevarer) _ (om|pa|av) meg`,
    `(article|art|artikkel) 15`,
    `i want to see (it|them|that|what)`,
    `(alt|det|hva|alle opplysninger*) [som] dere _ (har|lagrer|lagret|registrert|samlet|behandler|vet|oppbevarer) _ (om|pa|av) meg`,
    `(know|vite|confirm|bekreft*) (whether|if|om) (you|dere) _ (process*|hold|have|store|keep|behandler|har|lagrer|oppbevarer) _ (data|information|details|opplysning*|noe|anything) _ (about|on|om|pa) (me|meg)`,
    `(vil|onsker|want*|like|wish*) _ (vite|se|know|see) (hva|hvilke|what) _ (dere|you) (har|lagrer|vet|have|hold|store|know)`,
    `(everything|all|what|whatever) [that] (you|youve|your company|{business}) _ (have|hold|store|keep|collected|know|process|processed|got) _ (about|on|of) me`,
    `(who|hvem) (have|has|har) (you|dere) _ (shared|delt|sold|solgt|given|gitt|disclosed|utlevert|passed) `,
    `(kopi|send*|fa|copy|get) _ (opptak*|recording*|chat*|chatlogg*|samtale*) _ (av meg|of me|med meg|der jeg|where i|jeg er med|im in|i am in|mellom oss|between us|between me|mellom meg|of our|av var)`,
  ]),
  ...rules("rectification", [
    // "… og rett opp det som er feil", "correct whatever is wrong".
    `(rett opp|rette opp|korriger*|correct|fix) (det|alt|der|whatever|anything|what) [som] (er|is) (feil|wrong|incorrect)`,
    // "I'd like the history corrected", "vil ha notatene rettet"; not "I'd like my booking changed".
    `(want|like|need|please have|please get|vil ha|onsker a fa|gjerne ha) (the|my|that|this|those|these|our|her|his|all|min|mitt|mine|den|det|dem|disse) _ (${CONTACT.slice(1, -1)}|${HELD_RECORD.slice(1, -1)}) _ ${FIXED}`,
    `(correction|correcting|amendment|amending|rectifying) (of|to) _ (${CONTACT.slice(1, -1)}|${HELD_RECORD.slice(1, -1)}|data)`,
    `(rett*|korriger*|endr*|oppdater*|bytt*) _ (navn*|navnet|firmanavn*|adresse*|epost*|epostadresse*|telefonnummer*|mobilnummer*|nummer*|opplysning*|fodselsdato*|etternavn*|fornavn*|postadresse*)`,
    `(riktig|korrekt|correct|right|proper) (navn*|adresse*|epostadresse*|telefonnummer*|mobilnummer*|email|address|name|spelling|stavemate)`,
    `(suppler*|kompletter*|ufullstendig*|incomplete)`,
    `(firmanavn*|arbeidsgiver*|stilling*|company name|employer|job title) _ (har endret|er endret|changed|has changed|is now|er na)`,
    // "Gamle e-poster" are old messages, not an old address.
    `(feil|feilaktig*|uriktig*|feilstavet|gammel|gamle|utdatert*) (navn*|firmanavn*|adresse*|${ADDRESS_WORD}|telefonnummer*|nummer*|fodselsdato*|etternavn*)`,
    // "Gamle opplysninger" are old data, perhaps to delete; "feil/utdaterte opplysninger" are wrong ones.
    `(feil|feilaktig*|uriktig*|utdatert*) opplysning*`,
    `(navn*|adresse*|epost*|etternavn*|opplysning*) _ (er|ble) _ (feil|feilstavet|uriktig|utdatert)`,
    `retting`,
    `(skrives|staves|spelled|spelt|written) (med|uten|with|without)`,
    `registrert (meg )?som`,
    `have me (down|registered|listed|recorded) as`,
    `men (jeg heter|navnet mitt er|mitt navn er|adressen min er|eposten min er)`,
    `(but|actually) my (name|surname|email|address|phone) is`,
    `(ikke lenger i bruk|no longer in use|no longer valid|ikke lenger gyldig|not valid anymore)`,
    `(no longer|ikke lenger) (mine|min|mitt)`,
    `(use|bruk) (my new|min nye|mitt nye|den nye|det nye)`,
    `(jeg har flyttet|have moved|ive moved|i moved|flyttet til ny)`,
    `(heter|named|called) (na|now)`,
    `changed my (name|surname|last name|address|email|number|phone)`,
    `(skiftet|byttet|endret) (navn|etternavn|adresse|epost*|telefonnummer|nummer)`,
    `oppdater* _ (register*|profil*|kundeprofil*|kundekort*|system*|opplysning*)`,
    `(navn*|adresse*|epost*|opplysning*|fodselsdato*|nummer*|informasjon*|stilling*|firmanavn*) _ (stemmer ikke|er ikke riktig|er ikke korrekt|er gal|er galt)`,
    `(ny|nytt|nye) (adresse|postadresse|telefonnummer|mobilnummer|nummer|epostadresse|epost|etternavn)`,
    `my new (address|phone|number|email|surname|last name|name)`,
    `(registrert|stavet|skrevet|oppgitt|lagret|staar|star) feil`,
    `(correct|update|change|fix|amend|rectif*)* _ (my )?(name|surname|address|email|phone|number|details|information|record*|data|birth*)`,
    `(wrong|incorrect|misspelled|misspelt|outdated|inaccurate) _ (name|surname|address|email|details|information|data|number|birth*)`,
    `(name|address|email|details|information|data|employer|title|number|record*) _ (is|are) _ (wrong|incorrect|misspelled|outdated|inaccurate|out of date|not correct|no longer correct)`,
    `rectification`,
    `(registered|recorded|spelled|spelt|stored|listed) (wrong|wrongly|incorrectly)`,
    `(rett*|korriger*|endr*|oppdater*|fiks*|bytt*) _ ${CONTACT}`,
    `${CONTACT} _ (er|ble|star|ligger) _ (feil|feilstavet|feilskrevet|uriktig|utdatert|gammel|gamle|galt|ikke riktig|ikke korrekt|ikke oppdatert)`,
    `(korriger*|rectif*) _ (min|mitt|mine|my|meg|me)`,
    `(heter|name is|name isnt) (ikke|not) `,
    `(fiks*|fix|correct|rett opp|korriger*|ordn* opp i|ordn* opp pa|sort out|straighten out|set straight) _ (profil*|kundeprofil*|konto*|record*|account|profile|details|registrering*|*historikk*|history)`,
    `(old|previous|gammel|gamle|gammelt|forrige|utdatert|utdaterte|outdated) (*adresse*|${ADDRESS_WORD}|*nummer*|telefon*|mobil*|phone|number|address|email|mobile|surname|etternavn*)`,
    `the new (one|address|number|email) is`,
    // "Mitt riktige nummer er 948 55 310", "my correct email is …", "det riktige er …".
    `(mitt|min|mi|mine|my) (riktige|rette|korrekte|nye|faktiske|gjeldende|correct|right|actual|real|current|new|updated) ${CONTACT} (er|is) `,
    `(the|den|det) (correct|right|riktige|rette|korrekte) (address|number|email|name|spelling|adressen|adressa|nummeret|eposten|navnet|stavematen|telefonnummeret|mobilnummeret|etternavnet) (is|er) `,
    `(you|dere) (spelled|spelt|wrote|stavet|skrev|have spelled|have written|har stavet|har skrevet) (my|min|mitt|mine) _ (name|surname|etternavn*|fornavn*|navn*|navnet)`,
    `(please|vennligst|kan dere|could you) (note|noter|register|registrer|use|bruk) _ (my|our|min|mitt|mine|var|vart|vare) (new|ny|nye|nytt|correct|riktige|updated|oppdaterte) (address|adresse*|email|epost*|number|nummer*|name|navn*|phone|mobil*|telefon*)`,
    `${CONTACT} _ (star|stands|shows|show|listed|registrert|registered) (som|as) `,
    `(maiden name|pikenavn*)`,
    `(skriver|staver|writes|spells|spell|write|spelling) _ (feil|wrong|wrongly|incorrectly)`,
    `(still|fortsatt|fremdeles) _ (old|previous|gamle|forrige|tidligere|gammel|outdated|utdatert*) `,
    `(have|got|has|har) _ (my|me|min|mitt|mine|meg) _ (wrong|incorrect|incorrectly|wrongly|feil)`,
    `(got|have|has|har|listed|registered|written|skrevet|spelled|stavet) _ (name|navn*|surname|etternavn*|fornavn*|address|adresse*|email|epost*) _ (as|som) _ (but|men) `,
    `(article|art|artikkel) 16`,
  ]).map(correctingOnly),
  ...rules("restriction", [
    // "Stopp all bruk av dataene mine, men ikke slett dem": all use stopped, the data kept.
    `(stopp*|stans*|stop|halt) (all|alt|any) (bruk|behandling*|use|processing) (av|of) _ (data*|opplysning*|personopplysning*|information|details|my)`,
    `begrens* _ (behandling*|bruk*)`,
    `(stans*|stopp*|frys*|sett* pa vent) _ behandling* _ (mens|inntil|til)`,
    `(restrict*|limit*) _ (processing|use|using)`,
    `(behandling*|bruk*) _ (begrens*|stanses|settes pa vent)`,
    `restriction of`,
    `(suspend|pause|freeze) _ (processing|use|using)`,
    `(stop|cease) _ (processing|using) _ (until|while|pending)`,
    `(article|art|artikkel) 18`,
  ]),
  ...rules("restriction", [
    `${NOT_MY_OWN_PLAN}(ikke|dont|do not) (slett*|delete|erase) _ (enna|ennå|na|yet|for now|before|for) _`,
    `(trenger|need) _ (dem|det|opplysning*|data|it|them) _ (som bevis|til|for|as evidence|in) _ (sak|rettssak|klage|tvist|legal|claim|court|dispute|case)`,
    `(bevar*|ta vare pa|keep|preserve|retain) _ (men|but) _ (ikke|dont|do not|not) _ (bruk*|use|process*|del*|share)`,
    `(vil|onsk*|ber|krev*|kan dere|please|want|like|ask) _ (sperr*|frys*|freeze|lock|block) _ (opplysning*|data|dataene|information|personopplysning*)`,
    `(mark|flag) _ (as )?restricted`,
    `(behandling*|bruk*|processing|use|data|dataene|opplysning*) _ (on hold|pa vent|pa pause)`,
    `(put|sett*|legg*) _ (processing|behandling*|bruk*) _ (on hold|pa vent|pa pause)`,
    `(midlertidig|temporarily|temporary) _ (stans*|stopp*|stop|halt|suspend*|bruk*|behandl*|processing|use)`,
    `(bestrid*|contest*|dispute*) _ (riktighet*|accuracy|korrekt*|correctness)`,
    `(ikke|dont|do not|not) (bruk*|use|behandl*|process*) _ (inntil videre|for now|until further notice)`,
    `(dont|do not|ikke) (do anything|gjor noe|gjore noe|gjor noe som helst|gjore noe som helst) (with|med) _ (data|information|details|opplysning*|dataene|info*)`,
    `(used|use|using|brukt|bruke|bruker|process*|behandl*) (for anything|til noe|til noe som helst) (other than|except|but|else than|annet enn|utover|bortsett fra) _ (keeping|storing|store|keep|oppbevar*|lagr*|file)`,
    `(la vare a|ikke) slett* _ (men|bare) _ (ikke|slutt*|stopp*) _ (bruk*|del*|behandl*)`,
    `(ikke|slutt a|stopp) (bruke|bruk|dele|behandle) _ (for|inntil|til|mens) (saken|klagen|tvisten|vi|jeg|det)`,
    `(bare|kun) (lagre|oppbevare|ta vare pa) _ (ikke|men ikke) _ (bruk*|del*)`,
    `(dont|do not|not) (delete|erase) _ (but|just) _ (dont|do not|stop|not) _ (use|using|share|process*)`,
    // "…but don't use it", not "…but I don't use it much".
    `(dont|do not|not|ikke) _ (delete*|erase*|slett*|fjern*) _ (but|men|just|bare) [please|vennligst|dere|you] [ma|must|should|bor|skal] (dont|do not|stop|not|ikke|slutt*|stopp*) _ (use|using|share|sharing|process*|bruk*|dele|del)`,
    `(keep|kept|store|stored|retain|retained) _ (but|only) _ (dont|do not|not|stop) _ (use|used|using|share|shared|process*)`,
    `(beholde|beholder|lagre|oppbevare|ta vare pa) _ (men) _ (ikke|slutt*|stopp*) _ (bruk*|del*|behandl*)`,
    `(dont|do not|stop) (use|using|share|sharing|process|processing) _ (until|while|pending) _`,
    `(dont|do not|ikke) _ (delete*|slett*|erase*) _ (yet|enna|for now|forelopig)`,
    // "La det liggje i ro til saka er avklara", "leave my data alone until the dispute is resolved".
    `(la|lat|leave) (det|den|dem|disse|opplysning*|notat*|dataene|data|alt|it|them|my|the|those|these|everything|all) _ (ligge|i ro|urort|alone|be|untouched|where they are|where it is|as they are|as it is|der de er|der det er|som de er|som det er) _ (til|inntil|until|mens|while|pending) _ (saken|klagen|tvisten|avklart|resolved|settled|sorted|ferdig|sjekket|checked|oppklart|case|complaint|dispute|matter|behandlet)`,
  ], { negatable: false }),
  ...rules("portability", [
    `dataportabilitet`,
    `(standard|common|open|standardisert|apent|vanlig|portable) (format|filformat|file format)`,
    `portabilitet`,
    `maskinlesbar*`,
    `(overfor*|flytt*|send*|ta|tar) _ (til|over) _ (en|et) (annen|annet|ny|nytt) (leverandor*|tjeneste*|aktor*|tilbyder*|plattform*|system*|firma*|selskap*|coach*)`,
    `(csv*|json*|xml*)`,
    `(data|dataene|*dataene|*data|opplysning*|answers|svar*|svarene|notat*|notes|progress|fremdrift*|information|details) _ (as|som|i|in) [an|en|et|a] (excel*|xlsx|regneark*|spreadsheet*|fil|file)`,
    `(eksport*|eksporter*) _ ${DATA}`,
    `(eksportere|eksportert|eksporter|export) (min|mitt|mine|my|all my|alt mitt|alle mine) `,
    `(eksportere|eksportert|eksporter) _ (min|mitt|mine) `,
    `(min|mitt|mine|my) _ (som|as|i|in) [an|en|et|a] (excel*|xlsx|regneark*|spreadsheet*)`,
    `(data|machine) ?portability`,
    `portability`,
    `machine ?readable`,
    `(transfer|move|port|transmit|send)* _ (to )?(another|a new|a different|other) (provider|service|company|controller|platform|supplier|system)`,
    `export* _ (my )?(data|information|details)`,
    `structured _ format`,
    // "I et format hun kan legge inn i systemet", "a file my new coach can load".
    `(format|fil|filformat|file) _ (som|jeg|de|dere|vi|hun|han|hen|the|they|i|we|she|he|coachen|coach|provider|leverandoren) _ (lese inn|leses inn|lest inn|importere|importeres|laste inn|lastes inn|legge inn|legges inn|lagt inn|import|load|upload|put into|read into)`,
    `(en|a|an|downloadable|full|complete|fullstendig) (eksport|export)`,
    `(eksport|export) (av|of) (alt|everything|mine|my|all|alle)`,
    `format _ (import|use elsewhere|transfer|move|upload)`,
    `(importere|laste opp|laste inn) _ (andre steder|et annet sted|hos en annen|i et annet)`,
    `bruke (dem|det|den|dataene|data|opplysningene|*dataene) _ (andre steder|et annet sted|hos en annen|i et annet)`,
    `(send|transfer|transmit|forward)* _ (data|information|details|records) _ to _ my (new|next|other) `,
    `(send*|overfor*|flytt*|videresend*) _ (data|dataene|opplysning*|info*|kursdata*) _ til _ (min|mitt|mine) (ny|nye|nytt|neste) `,
    `(moving|switching|move|switch|changing)* to (a different|another|a new) _ (platform|provider|service|coach*|company|supplier)`,
    `(transmit|transfer|send|move|port)* _ (data|information|details|notes) _ (directly|straight) to`,
    `(take|bring|ta|tar) _ (data|dataene|*data|opplysning*|information|details|progress|fremdrift*) _ (with me|med meg|med) _ (to|til) _ (another|a different|a new|other|en annen|et annet|ny|nytt|min nye|mitt nye|my new)`,
    `(article|art|artikkel) 20`,
  ]),
  ...rules("objection", [
    // The law's own word: "Jeg har en innsigelse mot at dere bruker …", "jeg fremmer innsigelse".
    `(har|fremmer|fremsetter|sender|kommer med|reiser) [en|herved] innsigelse* [mot|til]`,
    `innsigelse* mot (at|behandling*|bruk*|markedsf*|profilering|dette|det)`,
    `${WANT_NO_MORE} [mer|flere|noe|noen] (reklame*|markedsf*|tilbud*|salgs*|oppringing*)`,
    `${WANT_NO_MORE} [a] (motta|fa|ha) _ (reklame*|markedsf*|tilbud*|sms|smser|smsene|smsreklame*|reklamesms*|salgs*|telefon*|oppringing*)`,
    `(stopp*|slutt*|stans*) [a] [med] [a] (sende|sending|sender|ring|ringe|ringer|kontakte) _ (meg|reklame*|markedsf*|tilbud*|sms*)`,
    `reserv* [meg] mot`,
    `(protesterer|protest mot|protesterer mot)`,
    `motsett* [meg]`,
    `(ikke|aldri) ring* meg`,
    `(fjern|ta|slett*) meg (av|fra) _ (markedsf*|ringeliste*|salgsliste*)`,
    `(stop|quit|cease) (sending|emailing|contacting|texting|calling|spamming) _ (me|marketing|offers|promotion*|sms|texts|ads)`,
    `(stop|cease|quit) _ (sales|marketing|promotional|cold) (calls|texts|emails|sms|messages)`,
    `(stop|stopp|slutt a|slutt med a|quit|cease|dont|do not) (analys*|track*|profil*|monitor*|spore|sporing|kartlegg*) _ (my|me|meg|min|mitt|mine|purchase*|kjop*|behavio*|atferd*)`,
    `(stop|stopp|stans|slutt med|cease|end) (the|your|all|deres|alt|den|denne|this) (marketing|markedsforingen|markedsforing|reklamen|reklame|advertising|promotions|promotional|spam)`,
    `(stopp|stans|slutt med) _ (salgs*|telefonsalg*|markedsf*|reklame*|oppringing*)`,
    `(stop|quit|cease|slutt a|slutt|stopp|stans) (sending|sende|emailing|texting|calling|ringe|kontakte) (them|these|those|dem|disse|slike|sant|sånt)`,
    `(dont|do not|no longer) (want|wish) to (receive|get) _ (marketing|offers|promotion*|sms|texts|ads|calls)`,
    `(remove|take) me (from|off) _ (marketing|call)`,
    `(onsk*|vil) ikke [ha|motta|fa] [slike|flere|mer|noen] [slike|sant|disse] (henvendelse*|oppringing*|telefoner|anrop|samtaler|salgssamtaler)`,
    `(dont|do not|no longer) want (any more|more|these|such|any) (calls|phone calls|sales calls|approaches)`,
    `(remove|take|fjern|ta|slett|stryk) _ (off|from|av|fra) _ (call|calling|ring*|salgs*|sales|telemarketing|marketing|markedsf*) (list*|liste*)`,
    `object*`,
    `(vil|onsker) ikke [a] (bli|a bli) (kontaktet|ringt|oppringt|tilringt|kontakta)`,
    `(vil|onsker) ikke at (dere|du|noen) _ (kontakter|ringer|tekster|mailer|sender) (meg)`,
    // Keeping their enquiry history: "jeg vil ikke at dere tar vare på den historikken", "I don't want you to keep my old emails".
    `(vil|onsker) ikke at (dere|du|firmaet|bedriften) _ (tar vare pa|lagrer|oppbevarer|beholder|bevarer|sitter pa|har liggende) _ (historikk*|*historikken|korrespondanse*|*korrespondansen|eposter|epostene|meldinger|meldingene|henvendelse*|samtale*)`,
    `(dont|do not|no longer) want (you|your company|{business}) to (keep|retain|store|hold on to|hang on to|sit on|have) _ (history|correspondence|emails|messages|enquiries|inquiries|conversations)`,
    `(dont|do not|never) (contact|call|text|email|phone|ring) me (again|anymore|any more|with)`,
    `(dont|do not|no longer) (want|wish) to be (contacted|called|phoned|texted|rung)`,
    `(target*|malrett*) _ (ads|advert*|reklame*|annonse*|marketing|markedsf*)`,
    `(right|rett) (to object|til a protestere)`,
    `(stop|quit|cease) (marketing|advertising|promoting|selling|pitching) (to|at) (me|us)`,
    `(article|art|artikkel) 21`,
  ], { negatable: false }),
  ...rules("withdraw_consent", [
    `${WANT_NO_MORE} [a] (motta|fa|ha) _ (nyhetsbrev*|utsendelse*|eposter|epost*|mail*|meldinger)`,
    `(stopp*|slutt*|stans*) _ (nyhetsbrev*|utsendelse*)`,
    `(ta|tar|fa|fjern*|slett*|get|take) meg (av|fra|off|ut av|ut fra|out of) _ (list*|epostlist*|nyhetsbrev*|mailinglist*|utsendelse*)`,
    `vil ikke ha (dette|det|nyhetsbrev*) (mer|lenger)`,
    // "Nyhetsbrevet vil jeg heller ikke ha lenger", "I don't want the newsletter either".
    `(nyhetsbrev*|utsendelse*|*paminnelse*|tipsene|mailene|epostene) (vil|onsker) (jeg|vi) [heller|egentlig|ogsa|derfor|bare|na] ikke [lenger|heller|mer] [ha|motta|fa|lenger]`,
    `(dont|do not|no longer) want (the|your|any|more|this|these|those) [weekly|monthly|daily|more|further|email|emailed] (newsletter*|mailings|mailouts)`,
    `vil ikke ha (flere|mer) (nyhetsbrev*|eposter|epost|mail*)`,
    // "Opt me out", "I'd like to opt-out", "count me out of the newsletter", "stryk meg fra lista".
    `(opt|opting|opted) [me|us|myself|her|him|them] out`,
    `(please|kindly|like to|want to|wish to|need to|vil|onsker a) optout`,
    `(count|leave|drop|strike|cross) me (off|out of|from|out) _ (list|lists|mailing*|newsletter*|subscriber*|distribution)`,
    `(stryk*|stroket|strykes) [meg] (fra|av|ut av) _ (list*|epostlist*|mailinglist*|nyhetsbrev*|utsendelse*)`,
    `(remove|take) me (from|off) _ (list|lists|mailing*|newsletter*)`,
    `(want|get me|i want) out of (your|the|this) (list|lists|mailing*|newsletter*|epostlist*|nyhetsbrev*)`,
    `(dont|do not|no longer) (want|wish) to (receive|get) _ (newsletter*|email*|mail*|messages)`,
    `(trekk*|tilbakekall*|tar tilbake) _ samtykke*`,
    `samtykke* _ (trekk*|tilbake|tilbakekall*)`,
    `samtykke* _ (gjelder|er) ikke lenger`,
    `withdraw* _ consent*`,
    `revok* _ consent*`,
    `consent* _ (withdrawn|revoked)`,
    `no longer consent`,
    `(vil|onsker) ikke lenger samtykke*`,
    `(stop|quit|cease) _ (newsletter*|mailings|mailing list)`,
    `take back _ consent`,
    `${WANT_NO_MORE} [ha|motta|fa] [flere|mer|noen] (nyhetsbrev*|*paminnelse*|utsendelse*|tips*|varsl*)`,
    `(cancel|avslutt*|si opp|sier opp|stopp*|stop|slutt*|end) _ (newsletter*|nyhetsbrev*|reminder*|*paminnelse*|tips)`,
    `${WANT_NO_MORE} _ (sta|vare|bli vist|vises|brukes|ligge) [ute] (med|pa|i) _ (bilde*|navn*|sitat*|nettside*|nettsiden|hjemmeside*|annonse*|case*|reklame*|markedsf*|instagram|facebook)`,
    `(no longer|dont|do not) (want|wish) (to be|it to be|them to be) _ (featured|shown|used|quoted|pictured|displayed|published)`,
    `(no longer|dont|do not) (want|wish) my (photo*|picture*|testimonial*|quote*|review*|name|story|image*|video*) _ (featured|shown|used|quoted|displayed|published)`,
    // "I don't want my quote on your website anymore", "vil ikke ha sitatet mitt på nettsiden lenger": no verb needed.
    `(no longer|dont|do not|never) (want|wish|like) (my|the|that|this|our|her|his) _ (photo*|picture*|image*|testimonial*|quote*|review*|name|story|video*|case study|comment*) _ (on|in|up on|at) _ (website|site|page|homepage|instagram|facebook|linkedin|ads|advert*|brochure*|blog|newsletter*|socials|social media)`,
    `(vil|onsker) ikke [lenger] [a] ha (sitat*|bild*|navn*|uttalelse*|anbefaling*|anmeldelse*|video*|historie*|kommentar*|kundehistorie*) _ (pa|i) _ (nettside*|hjemmeside*|side*|siden|instagram|facebook|linkedin|annonse*|reklame*|brosjyre*|nyhetsbrev*|sosiale medier|blogg*)`,
    `(angrer|regret) _ (sa ja|samtykket|samtykke|godtok|agreeing|consent*|saying yes)`,
    `(no longer|dont|do not) (want|wish) to be (on|in|part of) _ (newsletter*|list|lists|mailing*)`,
    `${WANT_NO_MORE} [a] (vare|sta) (pa|med i|i) _ (nyhetsbrev*|list*|epostlist*|utsendelse*)`,
    `(ikke|dont|do not|stop|never) (send*|email*|mail*) _ (nyhetsbrev*|newsletter*|utsendelse*|mailings)`,
    `(trekk*|tilbakekall*|tar tilbake|taking back|take back|withdraw*|revok*) _ (tillatelse*|permission|godkjenning*)`,
    `(tillatelse*|permission) _ (trukket|trekk*|tilbake|withdrawn|revoked|no longer)`,
    // What they filled in of their own accord, a survey or a form: "I'd rather you didn't use my answers anymore", "vil helst at dere ikke bruker svarene mine lenger".
    `(rather|prefer) [that] (you|your company) (didnt|did not|no longer|stopped|wouldnt|would not|not) [use|using|keep|keeping] (use|using|keep|keeping|store|storing|process*) _ (my|mine|our) [survey|questionnaire|form] ${SUBMITTED}`,
    `(helst|foretrekker|heller) at (dere|du|firmaet|bedriften) (ikke|slutter a|slutter med a|sluttar a) [lenger] (bruker|bruke|lagrer|lagre|behandler|behandle|tar vare pa) _ ${SUBMITTED} (mine|mitt|min|vare|fra meg)`,
    `(dont|do not|please dont|please do not|stop|please stop) (use|using) (my|our) [survey|questionnaire|form] ${SUBMITTED} (anymore|any more|any longer)`,
    `(ikke|slutt a|slutt med a|stopp) (bruk|bruke) ${SUBMITTED} (mine|mitt|min|fra meg) (lenger|mer)`,
  ], { negatable: false }),
  // "Meld meg av kurset i april" cancels a booking; only leaving a list withdraws consent.
  ...rules("withdraw_consent", [`meld* meg av`, `meldes (av|ut)`, `avmeld*`, `unsubscrib*`], { negatable: false, unlessFollowedBy: BOOKING }).map(notTheLink),
];
