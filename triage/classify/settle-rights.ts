/**
 * How rights found in one clause, or in one mail, relate: which one a combination really asks for, and
 * short requests ("Stop it.", "stryk meg") that take their meaning from another sentence of the mail.
 */
import type { Right } from "../types";
import type { Clause } from "../understand/normalize";
import { ASKING_ABOUT_INDEX } from "./asking-about";
import { ClausePattern, anyOf, clausePhrase, matchedWords, phrase } from "./phrase";
import { isTooLittle, notJust } from "./not-just";
import { namesRightOutright } from "./law-terms";

const CONSENT_WORDS = /samtykk|consent|nyhetsbrev|newsletter|unsubscrib|meld|avmeld|opt|utsendelse|list/;
const ABOUT_ME = clausePhrase("(har|hold|have|youve|got|store|keep|lagrer|lagret|registrert) _ (om|pa|about|on) (meg|me)");
/** The copy is for moving: "a file I can take with me to another provider", "til en ny plattform". */
const MOVE_PURPOSE = clausePhrase("(to|til|into|inn i) (another|a new|my new|the new|en annen|en ny|min nye|mitt nye|et annet|et nytt|den nye|det nye) (provider*|leverandor*|platform*|plattform*|system*|service*|tjeneste*|coach*|tilbyder*|app|program*)");
/** "A copy of all you hold about me, and a machine-readable export …": two things asked for. */
const ALSO_EXPORT = clausePhrase("(and|og|plus|samt|as well as|in addition) [also|ogsa] (a|an|en|et|ei|the) [separate|egen|eget|machine readable|maskinlesbar|maskinlesbart|structured|strukturert] (export|eksport*|file|fil|csv|json|version|versjon|copy|kopi|machinereadable|maskinlesbar*)");
/** Asking to know or see what is held, not only naming it: "what you hold", "hvem det er delt med", "an overview". */
const KNOW_WHAT = clausePhrase("(what|hva|which|hvilke|hvilken|who|whom|hvem|tell|fortell|know|vite|see|vis|show|oversikt*|overview|innsyn*)");
const ACCESS_VERB = clausePhrase("(se|vite|vis|send*|kopi*|innsyn*|oversikt|see|know|copy|access|show|tell|list)");
const MARKETING = clausePhrase("(personalised|personalized|tilpass*|markedsf*|reklame*|marketing|sales|salg*|sms*|calls|ring*|tilbud*|offers|promotion*|advert*|ads|object*|protest*|motsett*|reserv*)");
const NEWSLETTER = clausePhrase("(nyhetsbrev*|newsletter*|mailings|mailing|utsendelse*|list*)");

const PRONOUN_WITHDRAWAL = clausePhrase(
  "(stryk|stryker|stryke meg|ta meg av|ta meg ut|fjern meg|fjerne meg|remove me|take me off|det trekker jeg|trekker jeg det|withdraw it|i withdraw that)",
  "(vil|onsker) ikke [lenger] [a] (ha|motta|fa) (dem|det|disse|de|den|dette) [lenger|mer]",
  "(withdrawing|withdraw|revoking|revoke|trekker|trekke) (that|it|this|det|dette|den) [now|na|herved|tilbake]",
  "(meld|melde|melder) meg (ut|av) [takk|please]",
  "(det|dette) (onsker|vil) jeg ikke (lenger|mer)",
  "(dont|do not|no longer) want (that|this) (anymore|any more|any longer)",
  // "Vil ikke ha mer av dette", "I don't want any more of this".
  "(vil|onsker) ikke [a] (ha|motta|fa) (mer|flere|noe mer|noen flere|noe|noen) (av|fra) (dette|det|sant|slikt|dem|disse|dere)",
  "(dont|do not|no longer) (want|wish to receive|need) (any more|more|anything more|any) (of) (this|that|these|those|it|them)",
  "(stop|stopp|slutte a|slutt a) (receiving|getting|motta|fa fa|fa) (it|them|this|these|det|dem|dette|disse)",
  "(dont|do not|stop|stopp|slutt a|ikke) (do|doing|use|using|gjor|gjore|bruk|bruke) (that|this|it|det|dette|den) (anymore|any more|any longer|again|mer|lenger|igjen)",
  "(dont|do not|no longer) (want|need) (them|it|these|this) [anymore|any more]",
  "(avslutt*|si opp|sier opp|stopp*|cancel*|end) (abonnement*|subscription) (pa|til|to|for) (det|den|it|that|this|dette)",
  "(ikke|dont|do not|stop|slutt a|stopp a|slutt med a) (send|sende|sending|email|emailing|mail) [meg|me] (dette|det|dem|disse|this|these|it|them|flere|more|sant|such) [mer|lenger|anymore|again|any more]",
);
const CONSENT_CONTEXT = clausePhrase(
  "(nyhetsbrev*|newsletter*|samtykk*|consent*|sa ja|sagt ja|agreed|tillatelse*|permission|avmeldingslenk*|avmeldingslink*|avmeldingsknapp*|unsubscribe)",
  "(meldte|meldt|registrerte|abonnerte) [meg] pa _ (tips*|epost*|mail*|utsendelse*|sms*|varsl*)",
  "(signed up|subscribed|opted in) (to|for) ",
  "(takket ja|takka ja|krysset av|kryssa av|sa ja|sagt ja|said yes|ticked|checked the box) (til|for|to) ",
  "(fikk|fatt|hadde|har) lov (til|a)",
  "(allowed|let|permitted) (you|dere) to ",
);
/** Moving a booking: "I'd like my booking changed to May, my email is …" gives the address to find the booking by. */
const BOOKING = "(booking*|bestilling*|pamelding*|reservasjon*|timen|session|appointment|order|ordre*|kursdato*|datoen|date)";
const REBOOKING = clausePhrase(`${BOOKING} _ (changed|endret|moved|flyttet|byttet|rebooked|endres|flyttes)`, `(change|endre|flytte|move|bytte|rebook) _ ${BOOKING}`);
/** What opting in is called: "meldt meg på", "sagt ja til", "gitt samtykke", "agreed to". */
const OPTED_IN = "(signed up|sign up|subscribed|subscribe|meldt meg pa|meldte meg pa|meldt oss pa|bedt om|asked for|ask for|opted in|opt in|samtykket|samtykka|consented|consent|registrert meg|registered|agreed|agree|sagt ja|sa ja|said yes|say yes|gitt samtykke|gitt mitt samtykke|gitt dere lov|gitt lov|given consent|given my consent|gave consent|gave my consent|given permission|gave permission|given you permission|gave you permission|godtatt|godtok|accepted)";
const NEVER_AGREED = clausePhrase(`(never|aldri|ikke) _ ${OPTED_IN}`);
/** "I unsubscribed three times", "jeg har meldt meg av to ganger": leaving a list, done by them before. */
const I_UNSUBSCRIBED = clausePhrase("(i|jeg|ive|vi|we) [have|har|already|allerede|hadde|had] (unsubscribed|opted out|meldte meg av|meldt meg av|avmeldte meg|trykket pa avmeld*|clicked unsubscribe|clicked the unsubscribe)");
const CHANGED_MIND = clausePhrase("(changed my mind|change my mind|ombestemt meg|angret|angrer|reconsidered|tenkt meg om)");
/** "We signed a form saying photos could be used", "jeg skrev under på et samtykkeskjema". */
const SIGNED_FOR_IT = clausePhrase(
  "(i|we|jeg|vi) _ (signed|signerte|signert|skrev under|skrevet under) _ (form|skjema*|samtykke*|consent|release|erklaering*)",
  "(signerte|skrev) (vi|jeg) [under] _ (skjema*|samtykke*|erklaering*)",
);
/** "Jeg har aldri meldt meg på", "I didn't sign up for this", "har aldri sagt ja til dette": the sender never opted in. */
const I_NEVER_SIGNED_UP = clausePhrase(
  `(jeg|i|ive|eg|vi|we) [har|hadde|have|had|did] (aldri|never|ikke|not|didnt) _ ${OPTED_IN}`,
  `^ [og|men|and|but] (har|hadde|have|had|never) [aldri|never|not|ikke] [noen gang|ever] ${OPTED_IN}`,
);
/** "Jeg meldte meg på nyhetsbrevet", "I said yes to the photo": they did opt in to something. */
const I_OPTED_IN = clausePhrase(`(jeg|i|ive|vi|we|weve) [har|hadde|have|had|did|once|en gang|selv|myself] ${OPTED_IN}`, "(jeg|i|vi|we) (samtykte|ga lov|gav lov|ga dere lov|gav dere lov|godtok|gave you permission)");
/** Leaving a mailing list: "unsubscribe me", "meld meg av", "take me off the list". */
const LEAVING_A_LIST = /unsubscrib|meld|\blist|nyhetsbrev|newsletter|utsendelse|mailing|take me off|remove me|ta meg (av|ut)|fjern meg|stryk/;
const USING = clausePhrase("(bruk*|use|used|using|dele|deler|share|sharing|vise|viser|show|showing)");
const DONT_USE = clausePhrase("(ikke|not|dont|never|aldri|stop|slutt a|stopp) _ (bruke|bruk|bruker|dele|del|use|using|share|sharing|behandle|process*|vise|show)");
/** A clause about personal details that are wrong or have changed: "etternavnet mitt er nå Strand", "the notes … are untrue". */
const DETAIL_WORD = clausePhrase("(*historikk*|*oversikt*|*profil*|tlf|tlfnr|telefonnr|mobilnr|history|purchases|orders|jobber|jobbar|works|working|adr|mobil|mobilen|telefon|telefonen|notat*|notes|opplysning*|records|profil*|profile|registrert|registered|navn|navnet|etternavn*|fornavn*|name|surname|adresse*|address|epost*|email|telefonnummer*|mobilnummer*|nummer|nummeret|number|tittel*|title|stilling*|fodselsdato*|birth*|birthday|journal*|arbeidsgiver*|employer)");
const CHANGED_WORD = clausePhrase("(bare kjopt|bare kjopte|kjopte bare|bare bestilt|bare betalt|only bought|only ordered|only paid|only purchased|only booked|(sier|viser|says|shows|lists|star det|it says) (at |that )?(jeg|i)|aldri har kjopt|aldri kjopt|aldri har bestilt|aldri bestilt|never bought|never ordered|never purchased|men jeg|but i|but im|but my|off by|feil|feilstav*|misspel*|misspelt|typo|skrivefeil|wrong|incorrect|untrue|uriktig*|utdatert*|outdated|fortsatt|fremdeles|still|ny|nytt|nye|new|na|now|changed|endret|byttet|flyttet|moved|gift*|married|lenger|longer|anymore|not true|ikke riktig|ikke sant|stemmer ikke)");
/** "My name is Siobhán, with the accent, not 'Siobahn'", "navnet mitt er Håkon, ikke Hakon": the right spelling set against the wrong one. */
const RIGHT_NOT_WRONG = clausePhrase("(my name|my surname|my first name|my last name|navnet mitt|mitt navn|etternavnet mitt|fornavnet mitt|mitt etternavn|mitt fornavn|jeg heter|eg heiter|i am called|its spelled|its spelt|it is spelled|det staves|det skrives|navnet staves|navnet skrives) __ (not|ikke) ");
/** "Kan dere endre det?", "please correct them": a fix asked for, whose object is in another sentence. */
const FIX_ASK = clausePhrase(
  "(kan|kunne|vil|can|could|would|will|fint om|greit om) (dere|du|de|you) [please|vennligst|bare|just] (endre|endrer|oppdatere|oppdaterer|rette|retter|fikse|fikser|korrigere|legge inn|legger inn|registrere|registrerer|update|change|fix|correct|amend|sort)",
  "^ (rett|fiks|korriger|endre|oppdater|correct|fix|update|change|amend) [opp] (det|den|dem|dette|it|that|them|this)",
  "^ (it|this|that|det|den|dette) (should be|should read|skal vare|skulle vart|er egentlig|is actually) ",
  "(fint om|greit om|please|kan|could|can) (det|den|dette|dem|it|this|that) (blir|bli|gets|get|is|be) (rettet|endret|oppdatert|korrigert|fikset|fixed|corrected|updated|changed)",
  "(fint om|greit om|kan|kunne) (dere|du) (legger|legge|registrerer|registrere|forer|fore) (det|den|dette|dem|den nye|det nye) (inn|opp)",
  "(please|vennligst|venligst|pls|snill a|snille a) (endre|oppdater*|rett|rette|fiks*|korriger*|update|change|fix|correct|amend)",
  "(please|could you|can you|would you) [please] (sort|put|set) (it|this|that|them) (out|right|straight)",
  // "Kan dere ordne opp i det?" ("kan dere ordne dette?" alone arranges anything).
  "(kan|kunne|fint om|greit om|vennligst|snill a) (dere|du|de) (ordne|ordner) opp",
  "(ma|must|should|needs to|need to) [be] (endres|rettes|oppdateres|korrigeres|fikses|updated|changed|corrected|fixed)",
  "(want|like|need|vil ha|onsker a fa) (it|them|this|that|these|those|det|dem|den|dette|disse) [to] [be] (corrected|amended|fixed|updated|changed|rectified|rettet|korrigert|endret|oppdatert|fikset)",
  "at (det|den|dem|dette|disse|de) [blir] (rettes|korrigeres|oppdateres|endres|fikses|rettet|korrigert|oppdatert|endret|fikset)",
);
const STOP_IT = new ClausePattern(anyOf(
  [
    /^ (please |vennligst |just |bare )?(stop|stopp|slutt|stans)( (it|now|this|that|det|na|dette|please|takk|thanks))? $/,
    // "Stopp begge deler, takk", "stop both, please": everything just named.
    /^ (?:(?:so|sa|and|og|then|just|bare|please|vennligst) )*(?:stop|stopp|slutt med|stans) (?:begge deler|begge|both|both of them|all of it|all of that|all that|alt sammen|alt det|alt dette|the lot) (?:$|, |(?:please|takk|thanks|now|na|and|og) )/,
    /(?:^|,) (?:(?:so|sa|and|og|then|just|bare|please|vennligst) )?(?:stop|stopp|slutt|stans) (?:it|now|this|that|det|na|dette|med det|with it) /,
    // "Please stop, and delete my number", "Slutt, takk.": a bare "stop" that the sentence leaves at once.
    /^ (?:(?:so|sa|and|og|then|just|bare|please|vennligst) )*(?:stop|stopp|slutt|stans) (?:(?:now|na|please|takk|thanks) )?(?:, (?:(?:please|takk|thanks|now|na) )?)?(?:$|(?:and|og|men|but|then|sa) )/,
    phrase("^ [so|sa|and|og|then|just|bare|please|vennligst] (stop|stopp|slutt a|slutt med a) (calling|texting|emailing|contacting|ringe|sende|kontakte|mase)"),
    // "Dette vil jeg at dere slutter med", "det må dere slutte med", "få slutt på det", "I want you to stop", "I'd like this to stop".
    phrase("(dette|det|dem|disse|sant|slikt) (vil|onsker|ber|krever) (jeg|vi) [om] at (dere|du) _ (slutter|stopper|stanser|avslutter)"),
    phrase("(vil|onsker|ber|krever) [om] at (dere|du) (slutter|stopper|stanser) [med] (det|dette|dem|disse|sant|slikt|na)"),
    phrase("(dette|det|sant|slikt|dem|disse) (ma|skal|bor) (dere|du) (slutte|stoppe|stanse|avslutte)"),
    phrase("(dette|det|sant|slikt) (ma|skal) (ta slutt|stoppe|stanses|opphore)"),
    phrase("(fa|ta|bli) slutt pa (det|dette|sant|slikt|dem|disse)"),
    phrase("(want|like|need|ask) (you|this|it|that|them|these|those) to (stop|end|cease)"),
    phrase("(make|get) (it|this|them|these) [to] stop"),
  ],
));
const STOP_OR_LEAVE = new ClausePattern(anyOf([STOP_IT.re, PRONOUN_WITHDRAWAL.re]));
const TAKE_DOWN = clausePhrase("(ned|down|taken|take)");
const MY_RECORDS = clausePhrase("(transcript*|notes|notat*|recording*|opptak*|referat*|chatlogg*|journal*|opplysning*|personal data|personal information) _ (of my|of me|about me|on me|om meg|pa meg|fra mine|fra min|fra timene|from my)");
const GET_THEM = clausePhrase("(like|want|vil|onsker|gjerne|please|kan jeg|can i|could i) _ (receive|get|see|have|read|fa|se|motta|lese) (them|those|these|dem|disse|a copy|en kopi|kopi)");
/** Their own sessions: "my one-to-one sessions", "timene mine", "samtalene våre". */
const OWN_SESSIONS = clausePhrase(
  "(my|our|mine|min|mitt) _ (session|sessions|calls|call|meetings|coaching|coachingtime*|coachingsamtale*|samtale*|timer|timene|veiledning*|onetoone*|oneonone*)",
  "(sessions|samtalene|samtalane|timene|timane|motene|coachingtimene|veiledningstimene) (mine|vare|vart|our)",
  // Where they are in it: "the chat logs with my messages in them", "opptakene der jeg er med".
  "(with|med) (my|mine) (messages|meldinger|comments|kommentarer|posts|innlegg)",
  "(where|in which|der|hvor|som) (i|jeg) (appear|am seen|am visible|er med|synes|vises)",
);
/** "I'd love to get copies of those recordings and the chat", "jeg vil gjerne få kopi av opptakene". */
const WANT_COPIES = clausePhrase("(like|love|want|vil|onsker|gjerne|please|possible|mulig|kan jeg|can i|could i|could you|can you|kan dere|kunne dere|would you) _ (copy|copies|kopi|kopier|kopiene|get|have|receive|fa|motta) _ (recording|recordings|opptak*|chat|chatten|chats|chatlogg*|transcript*|notes|notat*|referat*|video|videos|videoen|videoene)");
/** Their enquiry history with the business: old e-mails, correspondence, earlier enquiries. */
const HISTORY = clausePhrase("(historikk*|*historikken|korrespondanse*|*korrespondansen|gamle eposter|gamle epostene|old emails|correspondence|history|enquiries|inquiries|henvendelse*|henvendelsene)");
const KEEP_THAT = clausePhrase(
  "(vil|onsker) ikke at (dere|du) _ (tar vare pa|lagrer|oppbevarer|beholder|bevarer|sitter pa|har) (den|det|dem|disse|dette) ",
  // "Jeg vil ikke at den ligger hos dere som «historikk»".
  "(vil|onsker) ikke at _ (ligger|ligge|blir liggende|lagres|oppbevares) (hos|i|pa) ",
  "(dont|do not) want (you|your company) to (keep|retain|store|hold on to|hang on to|have) (it|them|that|those|this|these) ",
);
/** Removed from where it is shown, not from their files: "remove the quote and the photo from the site and from any ads". */
const SHOWN_WHERE = "(site|website|nettside*|hjemmeside*|webside*|page|siden|*siden|*sida|course page|kursside*|instagram|facebook|linkedin|ads|adverts|annonse*|social media|sosiale medier|brochure*|brosjyre*|blog*)";
const OFF_WHERE_SHOWN = clausePhrase(
  `(remove*|delete*|fjern*|slett*|ta|take|taking|tar) __ (from|fra|off|av) [the|your|deres|din|ditt|any|all|alle] ${SHOWN_WHERE}`,
  // "Remove the little quote from me that's on your testimonials page", "fjern sitatet som ligger på kurssiden deres".
  `(remove*|delete*|fjern*|slett*|ta|take|taking|tar) __ (thats|that is|which is|som ligger|som star|som er) (on|pa) [the|your|deres|din|ditt] [*] ${SHOWN_WHERE}`,
);
const DELETE_VERB = clausePhrase("(slett*|delete*|erase*|wipe*|makuler*)");
const OWN_FILES = clausePhrase("(files|filer|filene|records|system*|database*|crm|arkiv*|archive*|register*|everywhere|overalt|helt|completely|altogether)");
/** The erasure's words were no more than "remove me": which list or system is said elsewhere, if anywhere. */
const BARE_REMOVE_ME = /^ (?:please )?(?:fjern|fjerne|remove|ta|take) (?:meg|me) $/;
/** What goes beyond a mailing list: the account, the data, "completely". */
const ERASE_SCOPE = clausePhrase("(konto*|account*|data|dataene|opplysning*|profil*|profile|information|details|everything|alt|completely|helt|fullstendig|system*|database*|records|register*)");
/** "I'd like it removed", "få det fjernet": the photo or quote named in another sentence. */
const IT_REMOVED = clausePhrase("(it|them|that|this|den|det|dem|dette) [all] (removed|deleted|taken down|fjernet|slettet|tatt ned)");
const REMOVE_IT = clausePhrase("^ [please|vennligst] (fjern|fjerne|fjerner|slett|slette|sletter|remove|removes|delete|deletes|ta bort|tar bort) (den|det|dem|it|them|that|this|dette)");
/** "I et sånt format", "in that format": the format another sentence named (CSV, something to import). */
const THAT_FORMAT = clausePhrase("(send*|eksporter*|export*|gi|give|fa|get|have|levere|deliver|overfor*|transfer*|provide) __ (i|in|as|som|pa) (et sant|et slikt|et sann|sant|slikt|sann|det|dette|samme|et tilsvarende|tilsvarende|et lignende|lignende|that|this|the same|such a|a similar|a compatible|et kompatibelt|kompatibelt) (format|formatet|filformat|file format|filtype|file type|fil|file|type fil|kind of file)");
const FORMAT_CONTEXT = clausePhrase("(csv*|json*|xml*|excel*|xlsx|regneark*|spreadsheet*|import*|maskinlesbar*|machine readable|structured|strukturert*|laste inn|lese inn|read in|load)");
/** Portability named, but not meant: "I'm not moving anywhere", "en enkel oversikt holder". */
const PORTABILITY_NAMED = clausePhrase("((data )?portability|dataportabilitet*|portabilitet*|(article|art|artikkel) 20)");
const NOT_MOVING = clausePhrase(
  "(not|ikke|ikkje|never|no plans to|no intention of) _ (moving|move|switching|switch|changing provider|leaving|flytte|flytter|bytte|bytter|skifte|skifter|going anywhere)",
  "(summary|oversikt|sammendrag|overview|list|liste|kopi|copy|pdf|printout|utskrift) (is|er|will be|vil vare|holder|will do|gar fint) [fine|enough|ok|okay|greit|fint|nok|perfectly fine|plenty|tilstrekkelig]",
  "(any|whatever|hvilket som helst|et hvilket som helst|uansett) (format|filformat) (is|er|will do|gar fint|holder)",
);
const NEW_PROVIDER = clausePhrase("(annen|annet|ny|nytt|nye|another|new|different) (leverandor*|coach*|provider*|plattform*|platform*|tjeneste*|firma*|company|coachingprogram*|program*|service*|lms|system*)");
const SEND_OVER = clausePhrase("(send*|overfor*|flytt*|transfer*|move|forward|videresend*) _ (over til (dem|dit|den|det|henne|ham|han|hen)|til (dem|henne|ham|hen)|to (them|her|him)|over to (them|her|him)|dit|over there|to that|straight to|directly to|direkte til|direkte over til)");
const FIX_VERB = clausePhrase("(rett|rette|retter|rettet|rettes|korriger*|endr*|oppdater*|fiks*|bytt*|ordn*|correct*|fix*|update*|change*|amend*|rectif*|sort out|straighten)");
/** How many clauses away "ikke slett det" still speaks of what is erased: the same sentence or the next ones, not another point of a list. */
const KEPT_IT_REACH = 3;
const KEEP_IT = clausePhrase(
  "(ikke|la vare a|not|dont|never|aldri) (slett*|delete*|erase*|fjern*|remove*)",
  "(ikke|not|dont|never|aldri) _ (slett*|delete*|erase*|fjern*|remove*) _ (enna|yet|for now|forelopig|men|but)",
  // "I don't want you to delete it", "I'm not asking you to delete it", "jeg ber ikke om at opptaket slettes".
  "(dont|do not|not|im not|am not) (want|wish|asking|ask|requesting|need) _ (slett*|delete*|erase*|fjern*|remove*)",
  "(vil|onsker|ber|krever|trenger) ikke __ (slett*|delete*|erase*|fjern*|remove*)",
);

/** Something of theirs shown publicly with their leave: a recommendation, photo or quote. */
const SHOWN_WITH_LEAVE = clausePhrase("(anbefaling*|uttalelse*|attest*|testimonial*|review*|anmeldelse*|sitat*|quote*|bilde*|bildet|photo*|picture*|case study|story|historie*|kundehistorie*)");
/** "Jeg vil ikke at den skal ligge der lenger", "I don't want it up there anymore". */
const NOT_SHOWN_ANYMORE = clausePhrase(
  "(vil|onsker) ikke at (den|det|de|dem|dette|disse) _ (ligge*|sta|vises|brukes|vare ute|henge*) _ (lenger|mer|der|ute)",
  "(dont|do not|no longer) want (it|them|this|that) _ (up|there|shown|used|displayed|online|published) _ (anymore|any more|any longer)",
  // "I no longer want it on your site", "jeg vil ikke ha det der lenger".
  "(no longer|dont|do not) want (it|them|this|that) (on|up on|in|at) _ (site|website|page|homepage|instagram|facebook|linkedin|ads|brochure*|blog)",
  "(vil|onsker) ikke [lenger] ha (den|det|dem|dette|disse) (pa|i|der|ute) _ (lenger|mer|nettside*|hjemmeside*|siden|instagram|facebook|linkedin|annonse*|brosjyre*)",
  "(prefer|rather) [that] (you|dere) (didnt|did not|dont|do not|not|ikke) (use|used|show|showed|publish|feature|bruker|viser) _ (anymore|any more|any longer|lenger|mer)",
  // Themselves, shown there: "jeg vil helst ikke ligge der lenger", "I'd rather not be up there any more".
  "(vil|onsker) [helst|egentlig] ikke (ligge|sta|vises|henge) [der|ute] _ (lenger|mer)",
  "(rather not|dont want to|do not want to) (be|stay) (up|on|there|featured|shown) _ (anymore|any more|any longer)",
);
/** Leave given: "I agreed to let you use…", "sa ja til at dere kunne bruke…". */
const AGREED = clausePhrase("((det|it) (var|was) [helt] (greit|fine|ok|okay) (da|then|at the time)|agreed|consented|samtykket|samtykte|sa ja|sagt ja|(sa|sagt|svarte) (jeg|eg|vi) ja|godtok|gave permission|gave you permission|ga lov|gav lov|ga dere lov|gav dere lov|said yes|let you use|(let|allowed|allow) you (to) (use|put|publish|feature|show|post|display|quote)|(let|allowed|allow) you (use|put|publish|feature|show|post|display|quote)|(lot|la) dere (bruke|legge|publisere|vise|ha|sitere)|fikk dere (lov|bruke|legge|publisere|vise|ha|sitere))");
/** "Could you take both down?", "ta ned sitatet", "fjern dem". */
const TAKE_IT_DOWN = clausePhrase(
  "(take|taking|ta|tar) __ (down|ned)",
  "(remove|fjern|fjerne|fjerner|delete|slett|slette) (it|them|both|den|det|dem|begge|begge deler|both of them)",
);
/** Invoice and login trouble (login, or an invoice for a renamed company): "firmanavnet er endret, kan dere oppdatere fakturaen?" asks for a new invoice, not a correction of personal data. */
const LOGIN = clausePhrase("(login|innlogging*|passord*|password|(logge|logget|logg|log|logged|sign|signed) (inn|in|on))");
const INVOICE = clausePhrase("(faktura|fakturaen|fakturaer|fakturaene|invoice|invoices|receipt|receipts|kvittering|kvitteringen)");
const COMPANY = clausePhrase("(firma*|bedrift*|selskap*|company*|business*|organisasjon*|organisation*|organization*)");
/** A misspelt or wrong name on an invoice is their data being wrong: that stays a correction. */
const WRONG = clausePhrase("(feil|feilstavet|misspel*|wrong|incorrect|uriktig*|stemmer ikke)");
const HELD_DATA = clausePhrase("(register*|registrert|registered|records|kundeprofil*|profil*|profile|database*|opplysning*|personal|kunderegister*|crm)");
/** "Jeg ba om innsyn for to måneder siden og fikk svar først i dag": an earlier request, answered — history, not a new one. */
const EARLIER_REQUEST = clausePhrase(
  "(ba|bad|hadde bedt|har bedt|asked|requested|sendte|sent|made) (om|for|a|an|en|et|you to|dere om|deg om) ",
  // "I asked you on 3 May to delete my data", "jeg ba dere 3. mai om å slette".
  "(ba|bad|hadde bedt|har bedt|asked|had asked) (you|dere|deg) [on|in|back in|pa|i|den|for|already|allerede] __ (to|om) ",
  // "I requested access in March", "bad om innsyn".
  "(requested|asked for) (access|deletion|erasure|a copy|copies|correction|rectification|portability|my data|an export|restriction)",
  // "I send you an access request in August", "jeg sendte dere et innsynskrav".
  "(sendte|sendt|sent|send|made|submitted|leverte) (you|dere|deg|inn) (a|an|en|et|my|mitt|min) ",
  // "My access request", "slettesaken min": a request already made, named.
  "(my|our) [subject|formal|gdpr] (access|deletion|erasure|rectification|portability|data|gdpr|dsar|subject access) (request|requests)",
  "(slettesak*|sletteforesporsel*|slettekrav*|sletteanmodning*|innsynssak*|innsynskrav*|innsynsbegj*|innsynsforesp*|innsynsanmod*) (min|mitt|mi|mine|var|vart)",
);
const GOT_ANSWER = clausePhrase(
  "(fikk|fatt|har fatt|got|received|have received|ive received) _ (svar|svaret|reply|answer|response|bekreftelse*|confirmation)",
  // "The answer I receive only in end of October", "svaret fikk jeg først i oktober".
  "(the|an|my|svaret|et) (answer|reply|response|confirmation|svar|svaret|bekreftelse*) [i|jeg] [only|finally|forst|endelig] (i|jeg) (got|get|receive|received|fikk|mottok|fatt)",
  "(svaret|bekreftelsen|svar|bekreftelse) (fikk|mottok|kom) (jeg|vi) [forst|endelig|omsider]",
  // "The confirmation only came on 19 August", "bekreftelsen kom først i august".
  "(the|my|an|a|your) (answer|reply|response|confirmation) [only|finally|eventually|just] (came|arrived|turned up)",
  "(svaret|bekreftelsen|svar|bekreftelse|tilbakemeldingen) (kom|dukket opp) [forst|endelig|omsider]",
);
const NO_WORD = clausePhrase("(ikke|not|never|aldri|no|ingen|still|fortsatt)");

const has = (pattern: ClausePattern, words: string | undefined) => words !== undefined && pattern.re.test(` ${words} `);
/** The clauses that hold a finding's words (their first part, for a finding in parts: "remove … photo … could you"). */
const clausesHolding = (words: string | undefined, clauses: Clause[]) => (words === undefined ? [] : clauses.filter((c) => c.words.includes(words.split(" … ")[0]!)));

/** Rights found together in one clause, with the words that showed each. */
export function settleClause(inClause: Map<Right, string>, clause: Clause): void {
  // "I don't want marketing emails": the objection covers it; only explicit consent or newsletter words make it a withdrawal too.
  if (inClause.has("objection") && !CONSENT_WORDS.test(inClause.get("withdraw_consent") ?? "samtykke")) inClause.delete("withdraw_consent");
  // "Stop sending me your newsletter": the newsletter was opted into, so it is a withdrawal, not an objection.
  if (inClause.has("withdraw_consent") && inClause.has("objection") && !has(MARKETING, inClause.get("objection")) && has(NEWSLETTER, inClause.get("withdraw_consent"))) inClause.delete("objection");
  // A copy "in CSV" or "machine-readable" is portability; it is access as well only when the clause asks what is held about them.
  // "Send everything you have on me in a file I can take to another provider" names what to move; "tell me what you have on me" asks to know.
  if (inClause.has("portability") && (!ABOUT_ME.test(clause) || (MOVE_PURPOSE.test(clause) && !KNOW_WHAT.test(clause) && !ALSO_EXPORT.test(clause)))) inClause.delete("access");
  if (inClause.has("rectification") && REBOOKING.test(clause) && !WRONG.test(clause)) inClause.delete("rectification");
  // "Please update your customer records" names the file to fix; it asks to see nothing.
  if (inClause.has("rectification") && inClause.has("access") && !ACCESS_VERB.test(clause)) inClause.delete("access");
  // "Could you update it … in your customer records" names the file to fix, also where the new detail was said in another sentence.
  if (inClause.has("access") && FIX_VERB.test(clause) && !ACCESS_VERB.test(clause)) inClause.delete("access");
  // "Delete everything you have on me" names what to delete; it asks to see nothing.
  if (inClause.has("erasure") && inClause.has("access") && !ACCESS_VERB.test(clause)) inClause.delete("access");
}

type Found = Map<Right, string>;
/** What a mail without rights holds before a resolver runs (most mails): nothing to copy. */
const NOTHING_FOUND: readonly [Right, string][] = [];

/**
 * One fix over the whole mail, by name, after each clause was read on its own (settleClause). They run in this
 * order, and a later one may undo an earlier one's addition: the order is part of the rule.
 */
export interface MailResolver {
  name: string;
  resolve(found: Found, clauses: Clause[], context: Clause[]): void;
}

export const MAIL_RESOLVERS: readonly MailResolver[] = [
  // "Fint om dere stryker meg", "det trekker jeg nå" after a sentence about the newsletter or a consent given.
  // Said in one sentence with their own sign-up ("Jeg meldte meg på nyhetsbrevet, men vil ikke motta det mer"), it is a
  // withdrawal whatever else the mail says they never asked for (the SMS offers of its next paragraph).
  { name: "withdrawal-said-with-a-pronoun", resolve: (found, clauses, context) => {
    if (found.has("withdraw_consent")) return;
    const consented = (CONSENT_CONTEXT.some(clauses) || CONSENT_CONTEXT.some(context)) && !NEVER_AGREED.some(clauses);
    addFromAnyClause(found, "withdraw_consent", PRONOUN_WITHDRAWAL, consented ? clauses : clauses.filter((c) => I_OPTED_IN.test(c)));
  } },
  // "Jeg har aldri meldt meg på nyhetsbrevet. Slutt å sende det.": stopping what they never signed up for is an objection
  // (an explicit "meld meg av": unsubscribing-from-what-was-never-signed-up-for, below).
  { name: "stop-what-was-never-signed-up-for", resolve: (found, clauses) => {
    if (found.has("objection") || !I_NEVER_SIGNED_UP.some(clauses)) return;
    const withdrawal = found.get("withdraw_consent");
    if (withdrawal === undefined) addFromAnyClause(found, "objection", STOP_OR_LEAVE, clauses);
    // Beside a withdrawal ("the newsletter, fine, but the calls I never asked for; stop all of that"), a stop of its own.
    else {
      const saidIn = clausesHolding(withdrawal, clauses);
      addFromAnyClause(found, "objection", STOP_IT, clauses.filter((c) => !saidIn.includes(c)));
    }
  } },
  // "Stop it." after a sentence about sales calls or marketing objects to them.
  { name: "stop-it-after-marketing", resolve: (found, clauses) => {
    if (!found.has("objection") && MARKETING.some(clauses)) addFromAnyClause(found, "objection", STOP_IT, clauses);
  } },
  // "I unsubscribed 3 times and you keep sending. Stop it.": the unsubscribing asked again, now in words.
  { name: "stop-it-after-unsubscribing", resolve: (found, clauses) => {
    if (!found.has("withdraw_consent") && !found.has("objection") && I_UNSUBSCRIBED.some(clauses)) addFromAnyClause(found, "withdraw_consent", STOP_IT, clauses);
  } },
  // "Ikke slett opptaket. Men dere må ikke bruke det": keeping it unused, said over two sentences.
  { name: "kept-but-unused-over-two-sentences", resolve: (found, clauses) => {
    if (!found.has("restriction") && KEEP_IT.some(clauses)) addFromAnyClause(found, "restriction", DONT_USE, clauses.filter((c) => !KEEP_IT.test(c)));
  } },
  // "Don't delete the recording, but don't use it in your marketing": keeping it unused is a restriction, not an objection to marketing.
  { name: "kept-unused-is-no-objection", resolve: (found, clauses) => {
    if (found.has("restriction") && has(USING, found.get("objection")) && KEEP_IT.some(clauses)) found.delete("objection");
  } },
  // "My name is Siobhán, not 'Siobahn'. Fix it."
  { name: "right-spelling-then-fix-it", resolve: (found, clauses) => {
    if (!found.has("rectification") && RIGHT_NOT_WRONG.some(clauses)) addFromAnyClause(found, "rectification", FIX_ASK, clauses);
  } },
  // "Etternavnet mitt er nå Strand. Kan dere endre det?"
  { name: "changed-detail-then-change-it", resolve: (found, clauses) => {
    if (!found.has("rectification") && DETAIL_WORD.some(clauses, (c) => CHANGED_WORD.test(c))) addFromAnyClause(found, "rectification", FIX_ASK, clauses);
  } },
  // "I subscribed to your newsletter, but please stop sending it": a consent taken back, not an objection.
  { name: "stopping-what-was-consented-to-is-withdrawal", resolve: (found, clauses) => {
    const objection = found.get("objection");
    if (objection === undefined || namesRightOutright("objection", objection) || has(MARKETING, objection) || !CONSENT_CONTEXT.some(clauses) || MARKETING.some(clauses) || NEVER_AGREED.some(clauses)) return;
    found.delete("objection");
    if (!found.has("withdraw_consent")) found.set("withdraw_consent", objection);
  } },
  // "We signed a form saying photos could be used in your marketing. I've changed my mind and no longer want my picture used",
  // "Ikke bruk bildet mitt til reklame lenger. Jeg sa ja da dere tok det": a consent given and taken back, over two
  // sentences; not an objection to marketing.
  { name: "changed-mind-about-what-was-agreed-is-withdrawal", resolve: (found, clauses) => {
    const objection = found.get("objection");
    if (objection === undefined || found.has("withdraw_consent") || namesRightOutright("objection", objection)) return;
    // What they changed their mind about, or a photo or quote they let be shown ("Jeg sa ja da dere tok det", "ikke bruk bildet mitt lenger").
    if (!(CHANGED_MIND.some(clauses) || SHOWN_WITH_LEAVE.some(clauses)) || !(I_OPTED_IN.some(clauses) || SIGNED_FOR_IT.some(clauses)) || NEVER_AGREED.some(clauses)) return;
    found.delete("objection");
    found.set("withdraw_consent", objection);
  } },
  // "The data is wrong; don't use it until it's checked" disputes the data rather than asking for a fix
  // (not where a fix is asked in any sentence, "correct the purchase history", or named in the law's term, "retting", "Article 16").
  { name: "disputed-data-is-restricted-not-fixed", resolve: (found, clauses) => {
    const rectification = found.get("rectification");
    if (!found.has("restriction") || rectification === undefined || namesRightOutright("rectification", rectification)) return;
    const fixAsked = clauses.some((c) => has(FIX_VERB, c.reading?.rights.get("rectification")));
    if (!fixAsked && !FIX_ASK.some(clauses)) found.delete("rectification");
  } },
  // "Don't delete it, but don't use it": keeping the data is the point. Not where the erasure is asked points away, of
  // something else ("1. Den gamle kontoen kan slettes. … 3. Opptaket … ikke slett det"): "don't delete it" keeps what it is near.
  { name: "kept-and-restricted-is-not-erased", resolve: (found, clauses) => {
    if (!found.has("restriction") || !found.has("erasure")) return;
    const erasedAt = clausesHolding(found.get("erasure"), clauses).map((c) => clauses.indexOf(c));
    const keptNear = (at: number) => clauses.some((c, i) => Math.abs(i - at) <= KEPT_IT_REACH && KEEP_IT.test(c));
    if (erasedAt.length === 0 ? KEEP_IT.some(clauses) : erasedAt.some(keptNear)) found.delete("erasure");
  } },
  // "Jeg skrev en anbefaling til nettsiden. Jeg vil ikke at den skal ligge der lenger."
  { name: "shown-on-the-website-no-longer", resolve: (found, clauses) => {
    if (!found.has("withdraw_consent") && SHOWN_WITH_LEAVE.some(clauses)) addFromAnyClause(found, "withdraw_consent", NOT_SHOWN_ANYMORE, clauses);
  } },
  // "I agreed to let you use my photo and a quote … could you take both down?": taking down what they agreed to show.
  { name: "take-down-what-was-agreed", resolve: (found, clauses) => {
    if (!found.has("withdraw_consent") && SHOWN_WITH_LEAVE.some(clauses, (c) => AGREED.test(c))) addFromAnyClause(found, "withdraw_consent", TAKE_IT_DOWN, clauses);
  } },
  // Taking down a photo or testimonial whose consent is withdrawn ("…ikke at uttalelsen brukes. Fjern den.", "remove the quote from
  // the site") is the withdrawal itself, and so is a bare "remove me" after talk of the unsubscribe link.
  { name: "taking-down-is-the-withdrawal", resolve: (found, clauses) => {
    const erasure = found.get("erasure");
    const bareRemoveMe = BARE_REMOVE_ME.test(` ${erasure} `) && !ERASE_SCOPE.some(clauses);
    const erasedWhere = clausesHolding(erasure, clauses);
    const offWhereShown = erasedWhere.length > 0 && erasedWhere.every((c) => OFF_WHERE_SHOWN.test(c) && !OWN_FILES.test(c) && !ERASE_SCOPE.test(c));
    // "Take down the ad and delete the photo": taken down, and deleted too.
    const takenDownOnly = has(TAKE_DOWN, erasure) && !erasedWhere.some((c) => DELETE_VERB.test(c));
    if (found.has("withdraw_consent") && (takenDownOnly || has(REMOVE_IT, erasure) || has(IT_REMOVED, erasure) || bareRemoveMe || offWhereShown)) found.delete("erasure");
  } },
  // "I have never signed up for this. Unsubscribe me.": there was no consent to take back, so leaving the list objects to the
  // marketing (the corpus's labelling rules: marketing they never asked for is objection).
  { name: "unsubscribing-from-what-was-never-signed-up-for", resolve: (found, clauses) => {
    const withdrawal = found.get("withdraw_consent");
    if (withdrawal === undefined || !LEAVING_A_LIST.test(withdrawal) || !I_NEVER_SIGNED_UP.some(clauses) || I_OPTED_IN.some(clauses)) return;
    found.delete("withdraw_consent");
    if (!found.has("objection")) found.set("objection", withdrawal);
  } },
  // A company's new name on an invoice, or a login that stopped working, is no correction of data held about them.
  { name: "billing-or-login-is-no-rectification", resolve: (found, clauses) => {
    const billingOrLogin = LOGIN.some(clauses) || (INVOICE.some(clauses) && COMPANY.some(clauses));
    if (found.has("rectification") && billingOrLogin && !(HELD_DATA.some(clauses) || WRONG.some(clauses))) found.delete("rectification");
  } },
  // Thanks for an answer to an earlier request: the rights it names were asked for then.
  { name: "earlier-request-answered", resolve: (found, clauses) => {
    if (!GOT_ANSWER.some(clauses, (c) => !NO_WORD.test(c))) return;
    for (const [right, words] of found) {
      const where = clausesHolding(words, clauses);
      // A bare topic ("Innsynet mitt" as the subject) names the earlier request too.
      if (where.length > 0 && EARLIER_REQUEST.some(clauses) && where.every((c) => EARLIER_REQUEST.test(c) || (c.wordList ?? c.words.trim().split(" ")).length <= 3)) found.delete(right);
    }
  } },
  // "Do you have transcripts of my calls? I'd like to receive them."
  { name: "records-then-send-them", resolve: (found, clauses) => {
    if (!found.has("access") && MY_RECORDS.some(clauses)) addFromAnyClause(found, "access", GET_THEM, clauses);
  } },
  // "Jeg ser ingen grunn til at dere har korrespondansen fra 2021. Jeg vil ikke at dere oppbevarer den.": keeping their history, objected to.
  { name: "history-kept-objected-to", resolve: (found, clauses) => {
    if (!found.has("objection") && HISTORY.some(clauses)) addFromAnyClause(found, "objection", KEEP_THAT, clauses);
  } },
  // "My one-to-one sessions were recorded. I'd love to get copies of those recordings and the chat."
  { name: "copies-of-own-sessions", resolve: (found, clauses) => {
    if (!found.has("access") && OWN_SESSIONS.some(clauses)) addFromAnyClause(found, "access", WANT_COPIES, clauses);
  } },
  // "Jeg bytter til en annen coach. Kan dere sende fremdriften min over til dem?"
  { name: "send-it-over-to-the-new-provider", resolve: (found, clauses) => {
    if (!found.has("portability") && NEW_PROVIDER.some(clauses)) addFromAnyClause(found, "portability", SEND_OVER, clauses);
  } },
  // "Hun bruker et program som importerer csv-filer. Kunne dere sendt meg målplanen min i et sånt format?"
  { name: "in-that-format", resolve: (found, clauses) => {
    if (!FORMAT_CONTEXT.some(clauses)) return;
    if (!found.has("portability")) addFromAnyClause(found, "portability", THAT_FORMAT, clauses);
    // The copy is asked for to move it, as when the format is named in its own sentence (settleClause).
    if (found.has("portability") && clausesHolding(found.get("access"), clauses).some((c) => THAT_FORMAT.test(c) && !ABOUT_ME.test(c))) found.delete("access");
  } },
  // "I'm exercising my right to data portability. I'm not moving anywhere, I just want to see what you hold": access.
  { name: "portability-named-but-not-moving", resolve: (found, clauses) => {
    if (found.has("portability") && found.has("access") && has(PORTABILITY_NAMED, found.get("portability")) && NOT_MOVING.some(clauses)) found.delete("portability");
  } },
];

/**
 * All rights found in the mail, settled by each resolver in turn; `context` is what the mail answers (a reply's subject), read only to understand a pronoun.
 * Returns the rights a resolver added or reworded, with the last such resolver's name.
 */
export function settleMail(found: Found, clauses: Clause[], context: Clause[] = []): Map<Right, string> {
  const setBy = new Map<Right, string>();
  for (const resolver of MAIL_RESOLVERS) {
    const before = found.size === 0 ? NOTHING_FOUND : [...found];
    resolver.resolve(found, clauses, context);
    if (found.size === before.length && before.every(([right, words]) => found.get(right) === words)) continue;
    for (const [right, words] of found) if (!before.some(([r, w]) => r === right && w === words)) setBy.set(right, resolver.name);
  }
  return setBy;
}

/** A request said in another sentence; a sentence that only asks or weighs it ("hvis jeg melder meg av, mister jeg …?") is passed over. */
function addFromAnyClause(found: Map<Right, string>, right: Right, pattern: ClausePattern, clauses: Clause[]): void {
  if (!pattern.mayMatchAny(clauses)) return;
  for (const clause of clauses) {
    const { read, tooLittle } = notJust(clause);
    const match = pattern.exec(read);
    if (match && (ASKING_ABOUT_INDEX.some(clause) || isTooLittle(tooLittle, match.index))) continue;
    if (match) {
      found.set(right, matchedWords(match));
      return;
    }
  }
}
