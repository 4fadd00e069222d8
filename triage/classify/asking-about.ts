/**
 * Clauses that mention a right without exercising it: questions about it, policies, conditionals,
 * thanks for a request already handled, or a reference to an earlier request. Compiled once, at module load.
 */
import { projectPath } from "../../project-path";
import { anyPhrase, phrase, together } from "./phrase";
import { loadBuiltSpecs } from "./rules/compile";

/**
 * "Får jeg én sms til, så ber jeg om å bli slettet", "one more text and I'll ask you to delete…": a threat tied to
 * another one coming, not a request (and, being a threat, a complaint). ("Neste gang tar jeg med …" is no threat: such
 * weaker shapes are only in ASKING_ABOUT.) The complaint.threat-* rules of rules/complaint.yml.
 */
export const THREATS = loadBuiltSpecs(projectPath("triage", "classify", "rules", "complaint.yml")).filter((rule) => rule.id.startsWith("complaint.threat-")).map((rule) => rule.pattern!);

// "Har jeg rett til å få slettet…?", "how long do you keep…?", "takk for at dere slettet…".
export const ASKING_ABOUT = [
  // What a right is and how it works: "Hva er retten til sletting?", "how does data portability work with you?".
  `(hva|what) (er|betyr|is|does|means) [the] (retten|right|rett) [til|to]`,
  `(gjelder|does|do) [the] (retten|right) (til|to)`,
  `(hvordan|how) (fungerer|virker|gjelder|does|do) _ (work|fungere|virke|apply|gjelde)`,
  `(hvordan|how) (fungerer|virker|gjelder)`,
  `(hva|what) (gjor|do|should|skal|can|kan) (jeg|i|man|one|we|vi) [do|gjore] (hvis|if|dersom|when|nar)`,
  `hvordan (protesterer|reserverer|motsetter|trekker|sletter|endrer|retter) (jeg|man)`,
  // "Kan dere alltid slette alt om meg?", "will you always delete …": whether the business does it, a question about the right.
  `(kan|vil|gjor|will|can|do|does|would) (dere|du|you|{business}) (alltid|always|virkelig|really|egentlig|actually)`,
  // "Why can't you delete my invoices right away?": why the business keeps something, not a request.
  `(why|hvorfor) (cant|cannot|can not|kan dere ikke|ma dere|must you|do you have to|do you need to|trenger dere a)`,
  `(if|hvis|dersom) (i|jeg|a|an|en|et|the|man|kunden|kunder|customer*|someone|noen) _ (delete*|slett*|ask*|ber|move|flytt*|want|vil|onsker|request*|trekk*|withdraw*|object*|unsubscrib*|meld*|close|closed|avslutt*|sier opp|cancel*)`,
  `(what|hva) (would|will|ville|vil) (happen|skje)`,
  `(rutine*|policy|policies|procedure*|prosedyre*|routine*|practice|praksis|frist*|deadline*|tidsfrist*) (for|to|pa|nar|when|on)`,
  `(en|a|an) (foresporsel|request|krav|henvendelse|begjaring) (om|for|to|about)`,
  `gar det an`,
  `kan man`,
  `(kan|far|can|could|may|do) (foreldre|kunder|folk|brukere|ansatte|deltakere|parents|customers|people|users|employees|participants|anyone) `,
  `(kommer|kom) [jeg] til a (be|kreve|sende|klage)`,
  // "Skjer noe slikt igjen, kommer jeg til å kreve …", "if it happens again I'll ask …": a threat, not a request.
  `^ [men|but|og|and|sa|so] (skjer|hender|gjentar) _ (igjen|seg)`,
  `(hvis|dersom|if|should|skulle) _ (skjer|hender|gjentar|happen|happens|occur|occurs|repeat*) _ (igjen|again|seg)`,
  `(ill|i will|i shall|i am going to|im going to) [be] (ask*|request*|demand*|go)`,
  `(you|dere) [eventually|finally|endelig|omsider|jo] (did|have|has|har|hadde) [eventually|finally|endelig|omsider|na|allerede|already|jo] (deleted|delete|slettet|removed|fjernet)`,
  `(vurderer|tenker pa|thinking about|considering)`,
  // "Might move to another platform next year": a plan weighed, not a request to move anything.
  // ("Could you maybe move my data to my new provider?" is a polite request: only the sender's own plan counts.)
  `(i|we|jeg|vi|im|i am|ill|i will) [will|skal|kommer til a] (might|may|maybe|perhaps|possibly|probably|kanskje|muligens|eventuelt|sannsynligvis|planning to|plan to|planlegger a|tenker a|tenkte a) [be|bli|a] (move|moving|switch|switching|leave|leaving|bytte|bytter|flytte|flytter|skifte|skifter|slutte|slutter)`,
  `^ [og|and|but|men|,] (might|may|maybe|perhaps|possibly|probably|kanskje|muligens) [jeg|i|vi|we] [will|skal] (move|moving|switch|switching|leave|leaving|bytte|bytter|flytte|flytter|skifte|skifter|slutte|slutter)`,
  // "Får jeg én sms til, så ber jeg om å bli slettet", "one more text and I'll ask you to delete…": a threat, not a request.
  `^ [men|og|but|and] (far|mottar|ser|kommer|skjer|hender|ringer|sender|blir|finner) __ [,] (sa|da) (ber|krever|kommer|vil|klager|melder|gar|tar|skal|sletter) (jeg|vi)`,
  ...THREATS,
  // Weaker shapes than THREATS, read as asking nothing only when they mention a right ("neste gang …, så ber jeg om …").
  `(hvis|dersom|om|if) (jeg|i|vi|we) __ (sms|smser|melding|meldinger|mail|mailer|epost|eposter|email|emails|text|texts|call|calls|oppringing*|message|messages|nyhetsbrev*|newsletter*|reklame*) (til|more|again|igjen) __ [,] [sa|da|then] (ber|krever|kommer|vil|klager|melder|skal|ill|i will|im going|i am going|i shall)`,
  `(en|ett|eneste|one|single|another) (sms|melding|mail|epost|email|text|call|oppringing|message|nyhetsbrev|newsletter|gang|time) [til|more|again|igjen] __ (sa|og|and|then|,) [sa|then|da] (ber|krever|kommer|vil|klager|melder|gar|skal|ill|i will|im going|i am going|i shall|youll|you will)`,
  `(neste gang|next time|en gang til|one more time|once more) __ [,] [sa|da|then|and] (ber jeg|krever jeg|klager jeg|melder jeg|kommer jeg til a|ill|i will|im going to|i am going to|i shall)`,
  // "Kan vi som foreldre be om innsyn …?": a question about what parents may do.
  `(kan|far|can|could|may|do|har|have) (vi|we|jeg|i) (som|as) [a|an] (foreldre|forelder|parent|parents|verge|guardian|guardians|foresatt|foresatte)`,
  // "Da har jeg forstått det slik at … resten slettes i januar", "as I understand it, the rest will be deleted": their reading of the answer.
  `(har|hadde) [jeg|vi] (forstatt|oppfattet|skjont) (det|deg|dere) [slik|sann|sa|rett|riktig] [at]`,
  `(slik|som|hvis|om) (jeg|vi) (forstar|forsto|har forstatt|oppfatter|har oppfattet) [det|deg|dere]`,
  `(as|so as|if) (i|we) (understand|understood|read) [it|this|that|you|your reply|correctly]`,
  `(my|our) understanding is`,
  // "Jeg er avmeldt nå", "I'm unsubscribed now": done already.
  `((jeg|vi) (er|ble|har blitt)|(er|ble) (jeg|vi)|(i|we) (am|was|have been|got|are|were)|im|ive been|weve been) [na|now|allerede|already|endelig|finally] (avmeldt|unsubscribed|meldt av|meldt ut|opted out)`,
  // "Are the sessions recorded, and if so, who can see the recordings?": the question goes on.
  // ("…whether you process data about me, and if so, what" asks to be told: no verb follows.)
  `(if so|i sa fall|isafall|hvis ja|hvis sa|in that case) [,] (who|what|how|where|when|which|why|hvem|hva|hvordan|hvor|nar|hvilke|hvilken|hvorfor) [else|long|many|much|lenge|mange|mye] (can|could|is|are|has|have|does|do|will|would|gets|get|sees|kan|er|har|far|vil|blir|ser|skal)`,
  `(har|have|has|hadde|had) (ikke|not) [yet|enna|helt] (bestemt|decided)`,
  `(hasnt|havent|hadnt) [yet] decided`,
  // "Har vi som foreldre rett til innsyn …?", "do we as parents have a right to see …?"
  `(har|hadde) (jeg|man|vi|kunder|kundene|en) [egentlig] [som] [foreldre|forelder|verge|kunde|kunder|deltaker|deltakere|ansatt|ansatte] rett`,
  // "Har jeg krav på å få vite …?": a claim asked about, like a right.
  `(har|hadde) (jeg|man|vi|kunder|kundene|en) [egentlig] [som] [foreldre|forelder|verge|kunde|kunder|deltaker|deltakere|ansatt|ansatte] krav pa`,
  `(do|does|would) (i|we|customers|parents|she|he|they) [as] [a|her|his|their] [parents|parent|guardian|guardians|customer|customers] have (a|the|any) right`,
  `hvordan (kan|gar|gjor|skal|far|ber|sender) (jeg|man|vi|en|hun|han|de|kunden|kunder|folk)`,
  `hvordan _ (sletter|ber|krever|far) (jeg|man)`,
  `hva (skjer|ma|kreves|trenger)`,
  `hvis jeg (vil|onsker|skulle|ber)`,
  `dersom jeg (vil|onsker|skulle|ber)`,
  `hvor lenge`,
  `lurer pa (hvordan|nar)`,
  `(hvor|where) (kan|can|do|gjor|finner|find) (jeg|i|man|one)`,
  `(kan|can|could|may|far|ma|must) (jeg|i|man|han|hun|hen|he|she|vi|we|de|they) __ (selv|myself|herself|himself|themselves|ourselves|on my own|on her own|on his own)`,
  // "Hvor endrer jeg adressa i portalen?": asks where to do it themselves.
  `(hvor|where) (endrer|oppdaterer|retter|sletter|fjerner|bytter|eksporterer|henter|laster|melder|finner) (jeg|man|en|i|one)`,
  `(wondering|wonder) how`,
  `er det mulig _ (automatisk|automatically|vanligvis|alltid|rutinemessig)`,
  // An out-of-office pointing elsewhere: "Gjelder det sletting av deltakere, kontakt kurs@…".
  `(kontakt|contact|ta kontakt med|skriv til|write to|email|send en epost til|henvend deg til|henvendelser til|please contact|vennligst kontakt) *@*`,
  `(out of interest|just curious|av nysgjerrighet|bare nysgjerrig|generelt sett|in general|generally|lurer bare|bare lurer|just wondering|only wondering|just asking|spor bare|bare et sporsmal)`,
  // "In what formats – CSV, PDF?": asking what is offered.
  `(what|which|hvilke|hvilket|hvilken|hva|hva slags|hva for) [file|kind of|type of|sort of] (format|formats|formater|formatene|filformat*|filtyper|file types)`,
  // "Jeg skal ikke slette noe nå", "I'm not going to delete anything": no request meant.
  `(im not going to|i am not going to|i wont|i will not|jeg skal ikke|jeg kommer ikke til a) [a|to] (delete|erase|remove|slette|fjerne|ask|request|be om|kreve|unsubscribe|melde|trekke)`,
  // "Eg tør ikkje melde meg av", "har ikke meldt meg av ennå", "mister jeg da tilgangen?": weighing it, not doing it.
  `(tor|turde|dare|dared|daring|darent) (ikke|not) [a|to] (melde|unsubscribe|opt|avmelde|si opp|trekke|ask|be)`,
  `(har|hadde|have|has|had) (ikke|not) [enna|yet] (meldt meg av|meldt meg ut|unsubscribed|avmeldt|opted out)`,
  `(havent|hasnt|hadnt) [yet] (unsubscribed|opted out)`,
  `(mister|mistar) (jeg|man|vi|hun|han) `,
  `(will|would|do|does|could|can) (i|we|one|she|he) (lose|still have|still get|still keep) `,
  `^ [hei|hi|hello|hey|heisann|hallo|ok|okei] [,] (sletter|fjerner|anonymiserer|lagrer|oppbevarer|deler|selger|bruker) dere `,
  `(nar|hvordan|hvor ofte|hvorfor|hva) (sletter|fjerner|anonymiserer|lagrer|gjor) dere`,
  `(do|does|will) (you|{business}|the company|your company) _ (delete|erase|remove|scrub|purge|wipe|destroy|anonymi*|keep|store|share|sell)`,
  // "What does Article 16 say?": a question about the law, not a request under it.
  `(what does|what do|hva sier|hva betyr|hva innebarer|hva star det i) _ (article|art|artikkel|gdpr|the law|loven|forordningen)`,
  `what happens (to|with) _ (data|information|details|account)`,
  `hva skjer (med|hvis)`,
  `how to (request|ask|get|delete|make|exercise)`,
  `hvordan (man|en) `,
  `hvordan (endrer|sletter|oppdaterer|retter|fjerner|avslutter|melder|eksporterer|laster|henter|bytter|trekker|fikser|ordner|loser|gjor) (jeg|man|vi|en)`,
  `(before|for) (i|jeg) (ask|ber|request|sender)`,
  `hvor (lang tid|raskt|fort)`,
  `how (quickly|fast|soon|much time)`,
  `what is your (procedure|process|policy|routine)`,
  `finnes det`,
  `do (i|we|customers) have (a|the|any) right`,
  `(am|are) (i|we) (entitled|allowed)`,
  `how (do|can|would|should|could) (i|one|we|someone|customers)`,
  `how long`,
  `what happens`,
  `if i (want|wish|wanted|decide|were|ever)`,
  `would i be able`,
  `what (are|is) (my|the) (rights|procedure|process)`,
  `hva er (mine|prosedyren|rutinen)`,
  `(hvilke|what) (rettigheter|rights)`,
  `(, eller|or) (blir|beholder|lagrer|tar|er|skjer|is|are|will|do|does|kept|keep|stored|happens|does it) `,
  `(ma|must|do) (jeg|i) [have to] (be om|ba om|ask|request)`,
  // Billing: a wrong number on an invoice is fixed by a new invoice, not by a rights request.
  `(organisasjonsnummer*|orgnummer*|orgnr|vat|mva*|reissue|ny faktura|kreditnota*|credit note)`,
  // "Det tok seks uker før jeg fikk svar på innsynsbegjæringen": the earlier request, named.
  `(svar|svaret|reply|answer|response) (pa|to|on) (innsyn*|*foresporsel*|*foresporselen|*kravet|*begjaringen|henvendelse*|slettingen|the request|my request)`,
  `(det|it) (tok|took) _ (uker|weeks|maneder|months|dager|days)`,
  `(takk for at|thanks for|thank you for|takk for) _ (rette|retting|endre|endringen|oppdatere|oppdateringen|slette|fjerne|hjelpen|correcting|changing|slettet|slettingen|deleting|deleted|sendte|sending|fixing|fixed|updating|oppdaterte|rettet|endret|fjernet|removing|oversikt*|kopien|the copy|the overview|the export|eksport*)`,
  // Already done or already asked: the mail is about how it went, not a new request.
  `(har|hadde|have|had|already|allerede|ive) [allerede|already|jo] (meldt meg av|avmeldt|unsubscribed|opted out)`,
  `(svare|svar|svarte|besvare|besvart|besvarte|behandle|behandlet|handle|handled|handterte|handtert|handtere|dealt with|answer|answered|respond|responded|reply|replied|process|processed) [to|on|pa|with] (min|mitt|my|the|var|foresporselen|henvendelsen|kravet) _ (innsyn*|*foresporsel*|*krav*|*request|request|henvendelse*|sletting*)`,
  `(jeg|i) [accidentally] (meldte meg av|unsubscribed|opted out|avmeldte)`,
  // "Jeg har bedt om å få rettet…": an earlier request referred to; a reminder says what to do now in a sentence of its own.
  `(jeg|i|ive|vi|we) (har|hadde|have|had) [allerede|already|jo|tidligere|previously] (bedt om|asked for|requested|asked you to|krevd)`,
  `(ved en feil|by mistake|accidentally|ved et uhell|by accident|add me back|melde meg pa igjen|resubscribe)`,
  `(svare|svar|svarte|besvare|besvart|besvarte|behandle|behandlet|handle|handled|answer|answered|respond|responded) [to|on|pa] (innsyn*|*foresporsel*|*foresporselen|*kravet|henvendelse*|slettingen) (min|mitt|mi)`,
  `(took|tok) (you|dere) _ (weeks|months|month|week|uker|uke|maneder|maned|dager|days|over)`,
  // "Took 5 weeks to delete my account", "dere brukte fem uker på å slette kontoen": how long a handled request took.
  `^ [it|that|this|det|dette|og|and|but|men|sa|so] (took|tok) _ (days|weeks|months|week|month|years|dager|uker|maneder|maned|uke|ar|over)`,
  `(dere|you|they|de) (brukte|used|spent|needed|trengte|took|tok) _ (days|weeks|months|week|month|years|dager|uker|maneder|maned|uke|ar)`,
  // "Dere slettet til slutt kontoen min, men…": reporting what was done, not asking for it.
  `(dere|you) [endelig|omsider|finally|eventually] (slettet|deleted|removed|fjernet|erased|anonymiserte|anonymised|anonymized)`,
  `(how|hvordan) (do|does|will|would) (you|dere|{business}|your company) _ (handle|deal with|process|respond to|treat)`,
  `hvordan (handterer|handtere|behandler|gjor|tar|svarer) (dere|{business})`,
  `(customers|people|clients|users|participants|kunder|folk|brukere|deltakere|kundene) (who|that|som) (want|wants|ask|asks|request|requests|would like|vil|onsker|ber|krever)`,
  `(confirm*|bekreft*|said|say|says|sier|skrev|wrote|write|told|fortalte|lovet|promised|claimed|hevdet) _ (is|was|were|are|er|var|ble|would be|skulle) _ (deleted|slettet|removed|fjernet|erased)`,
  `(can|could|may|kan|kunne|far) (i|we|jeg|vi) (ask|request|be om|kreve|ba om|sporre) __ (later|senere|etterpa|afterwards|in the future|i fremtiden)`,
  `^ [hei|hi|hello|hey|heisann|hallo|ok|okei] [,] (is|are|will|would|blir|er|vil) _ (deleted|erased|removed|kept|stored|slettet|fjernet|lagret|oppbevart) _ (automatically|automatisk|when|nar|after|etter|if|hvis|dersom)`,
].map(phrase);

// "If I cancel, do I lose…?"; "once I have that, please close my account" asks after the comma.
const IF_I_CANCEL = phrase("(hvis|dersom|if|when|nar|once) (i|jeg) _ (sier opp|avslutter|cancel*|close|quit|slutter|melder meg ut|leave|stop|fornyer|renew)");
// The lookahead (no comma between) goes first, so the prefilter still indexes the phrase.
ASKING_ABOUT.push(new RegExp(`(?=${IF_I_CANCEL.source.replace("(?:\\S+ ){0,4}", "(?:[^\\s,]+ ){0,4}")})${IF_I_CANCEL.source}`));
// "Jeg har giftet meg og skal bytte etternavn": the sender's own life event; a request in the same clause ("…, kan dere endre det?") still counts.
ASKING_ABOUT.push(together([`(jeg|eg|i|vi|we) _ (skal|shall|am going to|im going to|kommer til a|will be) (bytte|endre|skifte|changing|change|take|taking) [mitt|min|mitt|my|his|her] (navn|etternavn|fornavn|name|surname|last name)`], `(dere|du|you|dykk|your|deres|kan|could|can|please|vennligst|gjerne)`));
// "Is it possible to get my notes as a CSV file I can import?", "er det mulig å få fremdriften min ut som en CSV-fil?": their own data
// asked for in a file format is a polite request ("what formats can you export in?" still asks).
const MY_DATA_AS_FILE = "(?:(?:for (?:me|us) )?to|a) (?:get|receive|have|download|export|fa|motta|laste ned|eksportere|hente) (?:\\S+ ){0,8}?(?:my|mine|min|mitt|mi|our) (?:\\S+ ){0,16}?(?:csv\\S*|json\\S*|xml|excel\\S*|xlsx|spreadsheet|regneark\\S*) ";
ASKING_ABOUT.push(new RegExp(`${phrase("is (it|there) (possible|a way)").source}(?!${MY_DATA_AS_FILE})`));
// "Er det mulig å …?" asks; "er det mulig at dere sender det direkte over til henne?" is a polite request.
ASKING_ABOUT.push(new RegExp(`${phrase("er det mulig").source}(?!at (?:dere|du) (?:kan )?(?:sender|overforer|flytter|videresender|sletter|fjerner|retter|korrigerer|oppdaterer|endrer|eksporterer|stopper|sperrer|gir) |${MY_DATA_AS_FILE})`));
// "Om dere sletter…" asks whether they do; "fint om dere sletter den" asks them to.
const WHETHER_YOU = phrase("(om|whether|if) (dere|you) (sletter|lagrer|fjerner|oppbevarer|deler|selger|anonymiserer|delete|keep|store|remove|share|sell|ever)");
// "Lurer på om jeg kan få…" is a polite request; "lurer på om jeg kan slette den selv" a question.
ASKING_ABOUT.push(new RegExp(`${phrase("lurer pa om (jeg|man|en) (kan|har)").source}(?!fa )`));
ASKING_ABOUT.push(new RegExp(`(?<! (fint|greit|flott|takknemlig|glad|supert|bra|grateful|appreciate it|appreciated))${WHETHER_YOU.source}`));
// "Hvilke formater kan dere eksportere i? CSV, PDF eller noe annet?": a bare list of formats with "or" offers choices, it asks for none.
ASKING_ABOUT.push(/^ (?:(?:f eks|feks|eg|e g|for example|for eksempel|such as|like|som|kanskje|maybe|csv|json|xml|pdf|excel|xlsx|xls|docx|word|txt|zip|html|,) )*(?:csv|json|xml|pdf|excel|xlsx|xls|docx|word|txt|zip|html) (?:(?:csv|json|xml|pdf|excel|xlsx|xls|docx|word|txt|zip|html|,) )*(?:eller|or) (?:(?:csv|json|xml|pdf|excel|xlsx|xls|docx|word|txt|zip|html|no annet|something else|annet|other|another format|et annet format|a different format|,) )+$/);

/**
 * The sender saying the mail asks for nothing: "Jeg ber ikke om noe konkret nå", "our client is not making one by
 * this letter". What the mail said before it mentions rights without exercising them. "…anything else/more" is
 * "that's all" after a request, and is passed over.
 */
const NOT_A_REQUEST = [
  `(jeg|vi|hun|han|klienten|klienten var|min klient|var klient) (ber|spor|krever) (ikke|ikkje) om (noe|noen ting|noko) [konkret|spesielt|na|enna|nytt]`,
  `(jeg|vi|hun|han|klienten) (ber|krever) (ikke|ikkje) om (det|dette|sletting|innsyn) (na|enna|forelopig|i dag|akkurat na)`,
  `(dette|det|denne eposten|denne henvendelsen|brevet|dette brevet|mailen) er (ikke|ikkje) (et|en|eit|ein|noe) [nytt|ny|formelt|formell|slikt|sant] (krav|foresporsel|begjaring|anmodning)`,
  `(am|im|is|are|were|shes|hes|theyre) not (making|submitting|lodging|filing|asking for|requesting) (a|an|any|one|anything)`,
  `(this|it|this letter|this email|this message) (is not|isnt) (a|an) [new|formal] (request|demand|subject access request)`,
  `(i|we) (dont|do not) (need|want|expect) (you|anyone) to do anything`,
  `(vil|ville|want|wanted|onsker) (bare|just|only) (forsta|a forsta|to understand)`,
  `(bare|just|only) (vil|ville|want|wanted|onsker) (forsta|a forsta|to understand)`,
].map(phrase);
// "Just checking before I decide", "lurer bare": a whole sentence of it, not "just wondering how long it takes".
NOT_A_REQUEST.push(/^ (?:im |i am |i was |jeg )?(?:just|only|bare) (?:wondering|checking|asking|curious|lurer|nysgjerrig)(?: before i decide| for na| for now| forst)? $/, /^ (?:jeg |vi )?(?:lurer|spor) bare $/);
/** "Jeg har fått det jeg ba om, så jeg trenger ikke noe mer": needing nothing more, once the answer came. */
const NEED_NOTHING_MORE = anyPhrase(
  `(trenger|onsker|vil ha|krever) _ (ikke|ikkje) (noe|noko|noen ting) (mer|annet|videre)`,
  `(dont|do not|doesnt|does not) (need|want|require) anything (more|else|further)`,
  `(need|want|require) nothing (more|else|further)`,
);
const RECEIVED = phrase(`(fatt|fikk|mottatt|mottok|got|received|have had) _ (det jeg ba om|det vi ba om|svar*|kopi*|oversikt*|what i asked for|what we asked for|it|the copy|a copy|my copy|the data|my data|an answer|a reply|the answer|the reply|everything)`);
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
export function saysNoRequest(clauses: readonly { words: string }[], i: number): { said: string; rest: string } | undefined {
  const words = clauses[i]!.words;
  for (const re of NOT_A_REQUEST) {
    const match = re.exec(words);
    const rest = match ? words.slice(match.index + match[0].length - 1) : "";
    if (match && !THAT_IS_ALL.test(rest.slice(0, 12))) return { said: match[0].trim(), rest: goesOn(rest) };
  }
  const match = NEED_NOTHING_MORE.exec(words);
  if (match && clauses.slice(0, i + 1).some((c) => RECEIVED.test(c.words))) return { said: match[0].trim(), rest: goesOn(words.slice(match.index + match[0].length - 1)) };
  return undefined;
}

/**
 * A confidentiality disclaimer that a mail client or a company appends, when it is left in the new text:
 * "If you are not the intended recipient, please delete it", "Dersom du har mottatt denne e-posten ved en feil,
 * vennligst slett den". Its "delete it" asks nothing of the business.
 */
const DISCLAIMER = anyPhrase(
  `(not|ikke|ikkje) (the|den|rette|riktige|rett|tiltenkte) [intended|rette|riktige|tiltenkte|named] (recipient|recipients|addressee|mottaker|mottakaren|mottakeren|adressat)`,
  `(intended recipient|intended recipients|rette mottaker|riktige mottaker|tiltenkte mottaker)`,
  `(if|dersom|hvis|om) (you|du|de|dere|the reader) __ (received|mottatt|motteke|fatt|got) _ (in error|by mistake|by error|ved en feil|ved et uhell|feilaktig|ved ein feil)`,
  `(may|might|can|kan) (contain|inneholde|innehalde) _ (confidential|privileged|konfidensiell*|taushetsbelagt*|fortrolig*|sensitive|sensitiv)`,
);

export function isDisclaimer(words: string): boolean {
  return DISCLAIMER.test(words);
}

/**
 * "Hvordan endrer jeg navnet …?", "Kan jeg slette kontoen min selv?", "how do I change my e-mail?": asking how to do it
 * oneself. Under a topic subject ("Endre navn", "Slette konto?") the subject names the topic, it asks nothing.
 */
const HOW_TO_MYSELF = [
  `(hvordan|korleis|how) (endrer|endrar|sletter|slettar|oppdaterer|oppdaterar|retter|rettar|fjerner|fjernar|avslutter|avsluttar|melder|eksporterer|laster|henter|bytter|byttar|skifter|skiftar|gjor|kan|far|do|can|should) (jeg|eg|man|vi|en|i|we|one) `,
  `(kan|can|could|may|far|ma|must) (jeg|eg|i|man|vi|we) __ (selv|sjolv|sjol|myself|ourselves|on my own|our own)`,
  `(hvor|kor|where) (endrer|endrar|oppdaterer|retter|sletter|fjerner|bytter|eksporterer|henter|laster|melder|finner|finn) (jeg|eg|man|en|i|one)`,
].map(phrase);
export function asksHowToDoItSelf(clauses: readonly { words: string; question?: boolean }[]): boolean {
  return clauses.some((c) => c.question && HOW_TO_MYSELF.some((re) => re.test(c.words)));
}
