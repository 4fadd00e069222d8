import type { Clause } from "../understand/normalize";
import { isDisclaimer, THREATS } from "./asking-about";
import { anyPhrase, matchedWords, phrase, PhraseIndex, together } from "./phrase";

// Dissatisfaction with how the business handled personal data or its service.
const COMPLAINT = [
  `reklamasjon*`,
  `misfornoy*`,
  `(skuffe*|skuffa)`,
  `uakseptabel*`,
  `(uforsvarlig*|uansvarlig*|slurvet*|klonete|uprofesjonell*)`,
  `uhort*`,
  `frekk*`,
  `irriter*`,
  `sjokkert*`,
  `opprort*`,
  `elendig*`,
  `ikke (greit|ok|akseptabelt|i orden)`,
  `(darlig|elendig|treg) (service|behandling|kundeservice|opplevelse|oppfolging|handtering)`,
  `(har|hadde) (aldri|ikke) _ (samtykket|samtykke|bedt om|meldt meg pa|gitt dere|godkjent)`,
  `aldri (samtykket|meldt meg pa|bedt om)`,
  `uten _ (samtykke|tillatelse|a sporre)`,
  `(fortsatt|fremdeles|stadig|likevel|fortsetter a) _ (mottar|far|motta|sende|sender|ringer|reklame|nyhetsbrev*|epost*|mail*|meldinger|sms*)`,
  `selv om jeg _ (meldt meg av|reservert|bedt|sagt|spurt|purret)`,
  `(nar|selv om|etter at|although|even though|after|when) (jeg|i) _ (meldt meg av|avmeldt|unsubscribed|opted out|reservert|bedt om|asked)`,
  `(ikke|aldri|ingen) _ (fatt|fikk|hort) _ (svar|tilbakemelding)`,
  `ingen (svar|respons|tilbakemelding)`,
  `(har|hadde) ventet`,
  `(lekket|lekkasje|sikkerhetsbrudd|personvernbrudd|avvik)`,
  `(delt|solgt|gitt bort|videresolgt|sendt) _ (mine|min|mitt) _ (opplysning*|data|info*|adresse*|epost*|nummer*)`,
  `hvordan (fikk|har|kan) dere _ (tak i|fatt|fikk|fatt tak)`,
  `hvor har dere _ (fatt|fra)`,
  `(melde|rapportere|anmelde|klage) _ (til|hos) _ datatilsynet`,
  `datatilsynet`,
  `spam* (fra|from) (dere|you|your)`,
  // "Dette er jo spam", "this is basically spam at this point" (not "er det spam?" nor "my spam folder").
  `(er|is|its|thats|was|blir|ble) [jo|bare|just|basically|pure|ren|rent|totalt|rett og slett|nothing but|simply|pretty much] (spam|spammy|soppelpost)`,
  // "3 mail fra dere bare i dag", "five emails from you this week": too much mail, counted.
  `(2|3|4|5|6|7|8|9|10|to|tre|fire|fem|seks|sju|syv|atte|ti|two|three|four|five|six|seven|eight|ten|flere|several|many|mange) (mail|mailer|eposter|epost|meldinger|sms|smser|emails|mails|messages|texts|newsletters|nyhetsbrev) (fra dere|from you|from your company) _ (i dag|today|this week|denne uka|denne uken|pa en dag|in a day|in one day|pa en uke|in a week|this morning|i morges|pa en time|in an hour)`,
  `(dere|you) spam*`,
  // "It wasn't nice to find my name on the list", "det var ikke hyggelig å se bildet mitt der".
  `(wasnt|was not|isnt|is not|var ikke|er ikke) [very|really|particularly|exactly|spesielt|sa|sarlig|veldig|noe] (nice|pleasant|hyggelig|kjekt|trivelig|morsomt|artig|koselig) (to|a) `,
  // "A quick question beforehand would have been the decent thing", "dere burde spurt meg først".
  `(would have been|hadde vart|hadde vaert|ville vart|ville vaert) (the|a|det) (decent|polite|respectful|courteous|considerate|minste|ryddige|anstendige|hoflige|hoflig) (thing|way|course|thing to do|a gjore|a gjort)`,
  `(a|an|en|et|ei) (quick|short|simple|single|kort|kjapt|enkelt|lite|liten|kjapp) (question|heads up|message|email|call|sporsmal|beskjed|melding|telefon) (beforehand|first|in advance|pa forhand|forst|i forkant|pa forhånd) (would|could|hadde|ville|kunne)`,
  `(should|ought to|could|might) (have|at least have) (asked|checked with|told|informed|warned) (me|us) (first|beforehand|in advance)`,
  // "This is the fourth reminder this week", "det er tredje e-posten i dag": too much mail, counted by ordinal.
  `(the|den|det|dette er|this is) [third|fourth|fifth|sixth|seventh|tredje|fjerde|femte|sjette|sjuende|syvende] (third|fourth|fifth|sixth|seventh|eighth|tenth|tredje|fjerde|femte|sjette|sjuende|syvende|attende|tiende|3rd|4th|5th|6th|7th|8th|10th) __ (email|emails|mail|mails|reminder*|message|messages|text|texts|sms|smsen|call|newsletter|epost|eposten|mailen|paminnelse*|melding|meldingen|oppringing*|nyhetsbrev*) [from you|fra dere] _ (this week|today|this month|in a week|in two days|i dag|denne uka|denne uken|denne maneden|pa en uke|pa to dager)`,
  // "If this keeps up, I'll …", "fortsetter dette, kommer jeg til å …": an escalation threatened.
  `(if|hvis|dersom) (this|it|dette|det|that) (keeps up|keeps on|keeps happening|carries on|goes on|continues|doesnt stop|does not stop|fortsetter|holder fram|ikke stopper|ikke slutter|ikke tar slutt)`,
  `^ [men|og|sa] (fortsetter|holder) (dette|det) [fram] [sann|slik|sant|slikt|sa] [,] (sa|da|kommer|vil|skal|ber|krever|klager|melder)`,
  `reagerer (pa|sterkt)`,
  `(darlig|elendig|uprofesjonelt|slett) (gjort|planlegging|planlagt|oppfolging|kommunikasjon|informasjon)`,
  `for darlig`,
  `ikke (holdbart|seriost|profesjonelt|fornoyd|imponert|bra nok|godt nok|i orden|greit gjort)`,
  `imponert er jeg ikke`,
  `uprofesjonel*`,
  `nedlatende`,
  `latterliggjort`,
  `patrengende`,
  `(helt|svart|veldig) unodvendig`,
  `henger ikke _ (greip|sammen)`,
  `forventer (en forklaring|en unnskyldning|svar|at dere|bedre)`,
  // "I expect a lot better from a company that charges what you do", "jeg forventer mye bedre av dere".
  `(expect|expected|forventer|forventet|forventa|had expected|would expect|ville forventet|hadde forventet) [a lot|lots|much|far|way|so much|mye|langt|noe|litt|betydelig|vesentlig|a little|a bit|a great deal] (better|bedre) `,
  // "Jeg hadde ikke ventet dette av et firma som …", "didn't expect that from you".
  `(hadde|har|ville) (ikke|aldri) [trodd|ventet|forventet] (ventet|forventet|trodd) (dette|det|sant|slikt|noe slikt) (av|fra)`,
  `(det|dette|sant|slikt) (hadde|ville) (jeg|vi) (ikke|aldri) [trodd|ventet|forventet] (ventet|forventet|trodd) (av|fra)`,
  `(didnt|did not|never|wouldnt have|would not have|wouldnt|would never have) (expect|expected|thought) (this|that|such a thing|something like this|it) (from|of)`,
  `(tredje|fjerde|femte) (gang|gangen)`,
  `(andre|second) (gang|gangen|time) (i ar|this year|pa kort tid|in a row|pa rad|this month|denne maneden|i host|i var|dette skjer|this has happened|this happens|this happened)`,
  // "Eg synest ikkje det er godt nok", "I don't think that's good enough".
  `(synes|syns|mener|tenker) ikke (det|dette|at det|at dette) _ (er|var) [helt|spesielt|sa|sarlig] (godt nok|bra nok|greit|ok|akseptabelt|rimelig|i orden|holdbart|profesjonelt)`,
  `(dont|do not|didnt|did not) think (thats|that is|this is|its|it is|that was|this was|it was) [really|quite] (good enough|acceptable|ok|okay|fair|reasonable|professional)`,
  `(forventer|expect|haper|hope) _ (tar|take|takes) (dette|det|this|it|saken|klagen|the matter) (pa alvor|seriously)`,
  // "Det syns jeg var veldig ubehagelig": the judgement before the verb.
  `(det|dette|sant|slikt) (syns|synes|fant|opplevde) (jeg|vi) [var|er|som|det] _ (ubehagelig|rart|merkelig|darlig|trist|leit|kjipt|frekt|droyt|ugreit|respektlost|ille|flaut|pinlig|uheldig|unodvendig|krenkende)`,
  `(haper|hope) (dere|you) _ (tenker gjennom|tenker over|tenk* pa hvordan|think about how|reflect on|rethink|ser over rutinene|gar gjennom rutinene|skjerper|do better|blir bedre|gjor noe med|slutter med (det|dette|sant|slikt)|stop doing (that|this|it))`,
  // Private details said out loud: "hun gjentok høyt at jeg er sykmeldt".
  `(gjentok|sa|leste|ropte|nevnte|repeated|said|announced|mentioned|shouted) _ (hoyt|out loud|aloud)`,
  `read (my|out my) _ (aloud|out loud)`,
  // Lost work: "all framgangen min i modul 3 og 4 var borte".
  `(var|ble|was|has been) _ (framgang*|fremgang*|fremdrift*|progress) __ (borte|forsvunnet|vekk|gone|lost|slettet|deleted|wiped)`,
  `(framgang*|fremgang*|fremdrift*|progress) __ (var|ble|er|was|is|has been|have been|got) [helt|completely|all|just|simply] (borte|forsvunnet|vekk|gone|lost|deleted|slettet|wiped)`,
  // Slow handling: "seks uker er altfor lenge", "jeg måtte purre to ganger", "det bør dere bli bedre på".
  `(altfor|alt for|far too|way too|much too) (lenge|lang tid|long)`,
  // "How poorly my request was handled", "saken min ble dårlig håndtert".
  `(poorly|badly|slowly|sloppily|darlig|tregt|slurvete) _ (handled|dealt with|managed|processed|behandlet|handtert|fulgt opp)`,
  `(handled|dealt with|behandlet|handtert|fulgt opp) (so|very|really|sa|veldig|svart|altfor) (poorly|badly|slowly|darlig|tregt|sent)`,
  `(matte|had to) (purre|purra|mase|chase|remind|ringe|sporre|mail*|skrive) _ (igjen|again|to ganger|tre ganger|twice|several times|flere ganger|mange ganger)`,
  `(bor|ma|burde|trenger a|need to|should|must|have to) (dere|you) [virkelig|really|absolutt|definitely] (bli bedre|do better|improve|skjerpe*|forbedre*)`,
  `(det|dette) (bor|ma|burde) (dere|you) (bli bedre pa|forbedre|skjerpe*|ta tak i|gjore noe med)`,
  `skjerp*`,
  `ta dere sammen`,
  `(lei av|lei meg for a matte)`,
  `ergerlig`,
  `(over|brudd pa|bryter) _ (fristen|loven|gdpr|personvern*)`,
  `(burde|skulle) (dere|ha) _ (spurt|informert|sagt fra|fortalt)`,
  `uten at (dere|jeg|noen) _ (sa fra|informerte|spurte|ble spurt|fikk beskjed|samtykket)`,
  `trakass*`,
  `unacceptabl*`,
  `disappoint*`,
  `outrag*`,
  `appall*`,
  `furious`,
  `annoy*`,
  `frustrat*`,
  `upset`,
  `not (ok|okay|cool|happy|acceptable|good enough|professional|what i paid)`,
  `(unhappy|dissatisfied|unprofessional*|condescending|ridiculous|shocked|intrusive|invasive)`,
  `(inngripende|inngripande)`,
  // "Dette ble ikke nevnt da jeg meldte meg på", "that wasn't mentioned when I signed up".
  `(ble|var|er|vart) (ikke|aldri) (nevnt|opplyst|informert om|sagt|forklart|nemnt) __ (da|nar|for) (jeg|vi) (meldte|kjopte|registrerte|betalte|bestilte|begynte|signerte)`,
  `(wasnt|was not|werent|were not|never) (mentioned|disclosed|explained|made clear|stated) __ (when|before) (i|we) (signed|bought|registered|joined|enrolled|paid|booked|started)`,
  // Fragments: "Not cool at all.", "Ikke bra."
  `^ [and|but|og|men|really|just|so|honestly|seriously|definitely|absolutely|rett og slett] (not|ikke) (good|great|cool|ok|okay|on|acceptable|fair|nice|bra|greit|ok|akseptabelt|i orden) `,
  // "Vær mer nøye", "please be more careful".
  // (Not "jeg skal være mer forsiktig neste gang", "I'll be more careful".)
  `^ [og|men|sa|so|and|but|please|pls|vennligst|var sa snill a|just|bare|kindly|try to|prov a] (var|vare|be) [litt|mye|a bit|a little|much|so much|way] (mer|more) (noye|noyaktig*|forsiktig*|papasselig*|grundig*|careful|thorough|attentive|diligent)`,
  `(dere|you) [really|seriously|definitely|virkelig|absolutt] (ma|bor|burde|skulle|should|must|need to|have to|ought to) [virkelig|really|absolutt|seriously|definitely] (vare|be|bli|become) [litt|mye|a bit|a little|much|way] (mer|more) (noye|noyaktig*|forsiktig*|papasselig*|grundig*|careful|thorough|attentive|diligent)`,
  // Their details said or shown to others: "discussing my career goals with my coworker", "viste resultatene mine til hele gruppa".
  `(dere|you|he|she|han|hun|coach*|trener*|kursholder*|instructor|trainer|someone|noen|they|de|your staff|staff|ansatte|de ansatte|mentor*|veileder*) __ (discussed|discussing|talked about|talking about|told|mentioned|revealed|shared|disclosed|showed|shown|displayed|posted|read out|snakket om|snakka om|diskuterte|diskutert|fortalte|fortalt|nevnte|avslorte|delte|delt|viste|vist|la ut|leste opp|sa) _ (my|min|mitt|mine|mi|meg|om meg) __ (with|to|med|til|for|in front of|foran) [my|min|mitt|mine|a|en|ei|et|the|her|his|hele|all|alle|de|the whole] (coworker*|colleague*|kollega*|kolleger*|sjef*|boss|manager|leder*|family|familie*|wife|husband|partner|kona|kone|mannen|samboer*|mor|far|moren|faren|mother|father|parents|foreldr*|neighbour*|neighbor*|nabo*|others|andre|alle|everyone|everybody|employer|arbeidsgiver*|receptionist|resepsjon*|group|gruppa|gruppen|klassen|class|deltakerne|participants|attendees|screen|skjerm*)`,
  `(dere|you|he|she|han|hun|coach*|trener*|kursholder*|instructor|trainer|someone|noen|they|de|your staff|staff|ansatte|mentor*|veileder*) __ (told|informed|called|rang|contacted|emailed) (my|our) (coworker*|colleague*|boss|manager|family|wife|husband|partner|mother|father|parents|neighbour*|neighbor*|employer|office|work number|workplace)`,
  `(dere|you|he|she|han|hun|coach*|trener*|trainer|instructor|kursholder*|noen|someone|de|they|ansatte|staff|mentor*|veileder*) __ (told|informed|fortalte|informerte|sa til|said to) [the|hele|all|alle|de] [whole|entire|andre|other|rest of the] (group|gruppa|gruppen|class|klassen|kullet|everyone|alle|others|andre|participants|deltakerne|team|teamet|room) (about|om) (my|min|mitt|mine|mi|meg)`,
  `(dere|han|hun|coach*|trener*|kursholder*|noen|de|ansatte|mentor*|veileder*) __ (fortalte|informerte|ringte|kontaktet|mailet|ringte til) (kollega*|kolleger*|sjef*|leder*|lederen|familie*|kona|kone|mannen|samboer*|moren|faren|foreldr*|nabo*|arbeidsgiver*|kontor*|jobbnummer*|jobben) (min|mitt|mine|mi|var|vart)`,
  `fed up`,
  `synes _ (det er|det var) _ (rart|merkelig|darlig|trist|leit|kjipt|frekt|droyt|ubehagelig|ugreit)`,
  `(rart|merkelig|droyt|leit|kjipt|ubehagelig|beklagelig) (at|a)`,
  `hvorfor (har|hadde|fikk|sendte|ringte|delte|solgte|ga|brukte) dere`,
  `(krever|forventer|vil ha|onsker) _ (forklaring|unnskyldning|beklagelse)`,
  `(mangelfull*|overfakturert|dobbelt (trukket|belastet|fakturert)|trukket dobbelt|belastet dobbelt)`,
  `why (did|have|would) you _ (share|send|sell|call|give|pass|use|keep|contact|sign)`,
  `(demand|expect|want|owe me) _ (an )?(explanation|apology)`,
  `(charged twice|double charged|overcharged|never delivered|not delivered)`,
  `(strange|odd|weird) that`,
  `(uncomfortable|creepy|disgrace|shame on|disgusted|cheated|misled)`,
  `i feel _ (cheated|misled|ignored|let down|disrespected)`,
  `(skandal*|skammelig*|respektlost|uverdig*|bortkastet|svindel*|slurv*|urimelig*|urettferdig*|krenk*|ignorert|overkjort|lurt)`,
  `(utrolig|veldig|svart|helt) (darlig|elendig|uakseptabel*|ille|trist)`,
  `(ikke tatt pa alvor|forventet bedre|forventer bedre|venter fortsatt)`,
  `ingen har _ (svart|tatt kontakt|ringt|hort|gitt beskjed|sagt fra|sagt ifra|gitt meg beskjed|sagt unnskyld|beklaget)`,
  `(darlig|urettferdig|feil|respektlost|nedlatende|uforskammet|frekt) behandlet`,
  `(lite|ikke [noe|sa|spesielt|saerlig|sarlig|helt]) (fornoyd|begeistret|imponert)`,
  `(veldig|sa|altfor|svart|utrolig|ganske|helt|rett og slett) darlig`,
  `darlig (forberedt|organisert|gjennomfort|kommunisert|informert|opplegg|kvalitet|svar)`,
  `bortkast*`,
  `fortsatt (ingenting|ikke noe|ingen)`,
  `(dere lovet|you promised|i was told|jeg fikk beskjed om) `,
  `(dere|you) (sendte|har sendt|sent|have sent|gave|ga) _ (min|mitt|mine|my) _ (til|to) _`,
  `(for|altfor|far|way|much|too) (treg*|tregt|slow|late|sent)`,
  `(took|tok) (you|dere) _ (weeks|months|uker|maneder|maned|month|over)`,
  `(you|dere) (took|tok|brukte) _ (weeks|months|uker|maneder|maned|month)`,
  `under (forventning*|pari)`,
  `(katastrofe*|letdown|let down|(is|was|its|what|er|var|for) [such|a|an|en|ei|et|noe] (joke|vits|spok))`,
  `(jeg|i) (er|am|blir|ble|was|im) [sa|so|veldig|very|really|skikkelig|helt] (sint|forbanna|rasende|angry|furious|livid)`,
  `(sendt|sender|sent|sending) meg (spam|reklame|junk)`,
  `(without|uten) [a|any|noe|et|en] [single|eneste] (svar|reply|response|answer|tilbakemelding)`,
  `(serious|big|major|alvorlig|stor|grov) (mistake|error|blunder|feil|tabbe|glipp)`,
  `(nobody|no one|ingen) _ (apologi*|beklaget|unnskyldt|sa unnskyld|sagt unnskyld|said sorry|say sorry)`,
  `(didnt|did not|never) (turn up|show up|showed up)`,
  // No-show: "nobody showed up", "coachen dukket aldri opp", "the coach never came".
  `(nobody|no one|noone|ingen) (showed up|showed|turned up|dukket opp|motte opp|mott opp|logget pa|joined|came|kom) `,
  `(coachen|coach|treneren|kursholderen|instruktoren|foreleseren|veilederen|mentoren|kurslederen|verten) (kom|dukket|motte|mott) (ikke|aldri) [opp]`,
  `(the coach|your coach|coach|the trainer|your trainer|trainer|the instructor|instructor|the host|host|mentor|your mentor) (never|didnt|did not) (showed|show|came|come|turned up|joined|logged on)`,
  // "Your reply doesn't even apologise", "dere har ikke engang beklaget".
  `(doesnt|didnt|did not|does not|not|never|wont|ikke|aldri|uten a) (even|engang|en gang) (apologi*|say sorry|said sorry|beklage*|si unnskyld|sagt unnskyld|sa unnskyld|acknowledge*)`,
  `(ikke|aldri) (dukket opp|mott opp|motte opp)`,
  `(hvor|sa) (lite|darlig) (hjelp|svar|service|oppfolging|informasjon)`,
  `(aldri|ikke) _ (vart|vaert) kunde`,
  `never _ been a customer`,
  `(uten a|without) (komme gjennom|getting through)`,
  `(ingen|nobody|no one) (ringer|svarer|calls|answers|replies|responds|gets back|svarte|ringte) `,
  `(uten|without) [noe|noen|any|an|a|en] (beskjed|forvarsel|varsel|notice|warning|forklaring|explanation|begrunnelse|reason)`,
  `(hva|what) (slags|for en|kind of|sort of) (service|kundeservice|oppfolging|support|customer service) `,
  `(dismissive|avvisende|arrogant*|not listened to|didnt feel (listened|heard|seen|welcome)|folte meg ikke (hort|sett|velkommen))`,
  `(consider this|see this as|ta dette som|se pa dette som) (a|an|en) (warning|advarsel)`,
  // "Hope the workshop happens again" and "Skjer det igjen til høsten?" are no threats: only a condition is.
  `(if (you|this) ever|hvis dere noen gang|if this happens again|if it happens again)`,
  `(skjer|hender|gjentar) (det|dette|noe slikt|slikt|sant|noe sant) [seg] (igjen|en gang til) [,] (kommer|vil|sa|blir|melder|klager|kontakter|gar|far|ma)`,
  `no (notice|warning)`,
  `hvorfor (har|hadde) (ingen|dere ikke|du ikke) `,
  `why (has|have|hasnt|havent) (nobody|no one|you not|you|anyone)`,
  `(ikke|not) [helt|quite|really|akkurat] (som|what|as) (jeg|i) _ (forventet|expected|hoped|hadde forventet|hadde hapet)`,
  `(nothing|ingenting) [has|har] (happened|skjedd|skjer)`,
  `(its|it has|weve|we have) been _ (weeks|months) `,
  `(nobody|no one|ingen) _ (cares|bryr seg)`,
  `(trukket|belastet|fakturert|charged|billed) _ (to ganger|dobbelt|twice|double)`,
  `(really|very|so|pretty|quite|just) (poor|bad|disappointing)`,
  `(ikke|not|wasnt|isnt) [helt|really|quite] (verdt|worth) `,
  `(spurt|bedt|purret|purre|purra|asked|chased|emailed|written|skrevet|ringt|called|mailet) _ (to|tre|fire|fem|flere|mange|two|three|four|five|several|many) (ganger|times)`,
  `(foles|feels|felt|folte) _ (ikke trygt|utrygt|unsafe|not safe|wrong|feil|ubehagelig|uncomfortable)`,
  `(uten at|without) (jeg|i|me|noen|anyone) _ (visste|knew|knowing|ble spurt|being asked|was asked|was told|fikk vite)`,
  `(wasnt|was not|werent|were not|ikke) (made clear|avtalt|agreed|gjort klart|opplyst)`,
  `(didnt|did not|never) expect _ (my|me|to be)`,
  `why (am i|is my|are my|do i keep|do you have)`,
  `hvorfor (er jeg|star jeg|har dere|far jeg)`,
  `(never|aldri) (heard of|hort om)`,
  `(nobody|no one|ingen) (told|informed|asked|sa|fortalte|spurte) `,
  `(heard nothing|hort ingenting|ikke hort noe|not heard anything)`,
  `not the (service|experience|quality) (i|we)`,
  `(et|a|en) (kaos|mess|rot)`,
  `(syns|synes) _ (det er|det var) _ (trist|synd|leit|rart|darlig|kjipt|ugreit|respektlost)`,
  `(sluttet|slutta|stopped) (a svare|svare|answering|responding|replying)`,
  `(full|fullt|fulle|full of) (av feil|of errors|of mistakes|of bugs)`,
  `(manglet|mangler|missing|lacked|lacks) (lyd|sound|audio|innhold|content)`,
  `(minutes|minutter|min) (late|for sent)`,
  `(charged|billed|trukket|belastet|fakturert) _ (cancelled|canceled|avbestil*|avlys*|sagt opp|sa opp|never ordered|ikke bestilt)`,
  `hva er (dette|det her) for (noe|tull|slags)`,
  `(how is (that|this|it) possible|hvordan er (det|dette) mulig|hvordan kan (det|dette) skje)`,
  `(still|fortsatt|fremdeles) (got|received|fikk|mottok|mottar) `,
  `(still|fortsatt|fremdeles) (get|receive) (your|the|these|those|all|more) [weekly|monthly|daily|marketing|promotional] (emails|mails|newsletter*|messages|texts|sms|marketing|calls|offers)`,
  `(hva|what) (er det som skjer|is going on|the hell)`,
  `(dead|broken|odelagte|dode) (links|lenker)`,
  // "Avmeldingslenken fungerer dårlig … det burde ikke være så vanskelig", "as if it were on purpose".
  `(fungerer|fungerte|virker|virket|funker|funka|works|worked|working) (darlig|elendig|poorly|badly|terribly|horribly)`,
  `(burde|skulle|should|shouldnt) [ikke|not] (vare|vart|be|have been) (sa|that|this|so) (vanskelig|tungvint|komplisert|hard|difficult|complicated|cumbersome)`,
  `(som om|as if|as though) __ (med vilje|on purpose|deliberately|intentionally)`,
  `(thats|that is|this is|its|it is|that was|this was|it was) not (great|cool)`,
  `(hasnt|has not|havent|have not|har ikke) (responded|replied|answered|svart) _ (in|pa|i) _ (week|weeks|days|uke|uker|dager)`,
  `(its|it is|det er|dette er) (too much|for mye|altfor mye|alt for mye)`,
  `(needs|need) (fixing|to be fixed|sorting)`,
  `still (nothing|no sign|not|havent|hasnt|no reply|no answer)`,
  `(worst|waste of (money|time)|scam|misleading|ignored|not taken seriously|rude|unhelpful|unfair|unreasonable|terrible|awful|horrible|sloppy|careless|let down|not impressed|expected better)`,
  `(privacy|personvern) _ (breach|violation|brudd|krenkelse)`,
  `(violat*|breach*|brudd)`,
  `nobody _ (replied|answered|got back|responded|called)`,
  `(someone elses|somebody elses|another customers|other customers|en annen kundes|andre kunders|noen andres|en annens|andres) _ (invoice*|details|data|information|personal|faktura*|opplysning*|navn|adresse*|epost*|order*|ordre*|bestilling*|kvittering*|receipt*|confirmation*|*bekreftelse*|booking*|name|names|address|email|phone*|telefon*|*nummer*|results|resultat*|notes|notat*|kursbevis*|certificate*|dokument*|documents|vedlegg*|attachment*)`,
  // "En annen deltakers navn og adresse", "another participant's invoice", "en annen sin faktura".
  `(en annen|ei anna|ein annan|en anna|another|a different) (deltakers|kundes|persons|brukers|medlems|klients|elevs|kursdeltakers|participants|customers|members|clients|users|students|persons|attendees|sin|si|sitt|sine) _ (invoice*|details|data|information|personal|faktura*|opplysning*|navn|adresse*|epost*|order*|ordre*|bestilling*|kvittering*|receipt*|confirmation*|*bekreftelse*|booking*|name|names|address|email|phone*|telefon*|*nummer*|results|resultat*|notes|notat*|kursbevis*|certificate*|dokument*|documents|vedlegg*|attachment*)`,
  // Mail with another person's details in it: "addressed to someone else, with her order and phone number".
  `(addressed to|meant for|intended for|ment for|ment til|adressert til|beregnet pa|beregnet for|belonging to|som tilhorte|som gjaldt) (someone else|somebody else|noen andre|(another|a different|en annen|ei anna|ein annan) (customer|person|participant|client|member|user|woman|man|lady|kunde|person|deltaker|bruker|kvinne|mann|dame))`,
  `(sent|sendt|send) _ (to|til) (the )?(wrong|feil) (person|address|adresse|mottaker|recipient|kunde|customer)`,
  // "Jeg fikk kvitteringen til en annen kunde", "I was sent the invoice of another participant" (not "send fakturaen til en annen person i firmaet").
  `(fikk|fatt|mottok|mottatt|got|received|sent me|sendte meg|have been sent|was sent) _ (faktura*|kvittering*|bestilling*|ordre*|*bekreftelse*|booking*|invoice*|receipt*|confirmation*|opplysning*|navn*|adresse*|resultat*|kursbevis*|timeplan*|data|details|information|notes|notat*|dokument*|documents) (til|for|from|of|tilhorende|som tilhorte|som gjaldt|belonging to|meant for) (en annen|ei anna|ein annan|another|a different) (kunde|person|bruker|medlem|klient|customer|client|member|user|woman|man|dame|kvinne|mann)`,
  // "Dere sendte ei melding om helsa mi til feil person".
  `(dere|you|they|de|coach*|someone|noen|your staff|de ansatte) __ (sent|sendt|sendte|forwarded|videresendte|videresendt|mailed|emailed|texted|gave|ga|gitt) __ (til|to) (feil|the wrong|a wrong|en feil|wrong) (person|adresse|mottaker|recipient|kunde|customer|address|email|number|nummer|people|folk|personer|deltaker|participant)`,
  `kritikk*`,
  `(ikke|aldri) (svarer|svart|besvarer|besvart) (pa|meg)`,
  `(not|never) (answering|responding|replying|answered|responded|replied)`,
  `(dere burde|burde dere|you should have|you ought to have)`,
  `(pa kort varsel|at short notice|last minute)`,
  `(i hap om|hoped for|expected more|forventet mer|forventet noe annet)`,
  `(ikke|not) (det|what) (jeg|i|vi|we) (betalte|paid|forventet|forventer|expected|expect|ble lovet|was promised|were promised)`,
  `(ikke|not) (i trad med|i trad|i samsvar med|in line with|up to) _ (forvent*|expect*|standard*|krav*|avtal*)`,
  `(ble lovet|was promised|were promised)`,
  `(arlig|honest) (tilbakemelding|feedback)`,
  `(feel*|feels|like) like spam`,
  `(out of hand|too many emails|way too many|far too many)`,
  `(for mange|altfor mange|alt for mange|for mye|altfor mye) (eposter|epost|mail|mailer|meldinger|utsendelser|reklame)`,
  `(get|sort) (this|it) (sorted|out|fixed)`,
  `(far|way|much) too long`,
  `(wasnt|was not|werent|were not) (told|informed|asked)`,
  `without (telling|informing|asking|notice|warning)`,
  `i expect (an explanation|an apology|better|a reply|you)`,
  `(third|fourth|fifth) time`,
  `still waiting`,
  `(beyond|past|missed|over) _ (deadline|legal)`,
  `(excessive|unnecessary) _ (data|information|questions)`,
  `angry`,
  `(poor|terrible|awful|bad|lousy|slow) (service|handling|experience|support|customer)`,
  `never _ (consented|signed up|agreed|gave|opted|subscribed|asked)`,
  `without _ (consent|permission|asking)`,
  `(still|keep|kept|continue to|continued to) _ (receiving|getting|sending|calling|emailing|spamming)`,
  `despite _ (unsubscrib*|asking|opting|requesting|having)`,
  `(no|never got a|never received a|without any) (response|reply|answer)`,
  `(havent|have not|did not|didnt|never) (heard|received|got) _ (back|reply|response|answer)`,
  `(data|security) (breach|leak)`,
  `leak*`,
  `(sold|shared|passed on|gave away|leaked) _ (my) _ (data|information|details|address|email|number)`,
  `how did you (get|obtain|find)`,
  `(report|reporting) _ (to) _ (datatilsynet|authority|authorities|regulator|ico|dpa)`,
  `(report|reporting|anmelde|anmelder) (you|dere)`,
  // A threat tied to something happening again: "Skjer noe slikt igjen, …", "should this ever happen again", "this must not happen again".
  // "Skjer det igjen, klager jeg" (not the question "Skjer det igjen til høsten?").
  `^ [men|but|og|and|sa|so] (skjer|hender|gjentar) _ (igjen|seg|en gang til) [,] (kommer|vil|sa|blir|melder|klager|kontakter|gar|far|ma|skal|krever|er|tar)`,
  `(hvis|dersom|om|if|should|skulle|ever|noen gang) _ (skjer|hender|gjentar|happen|happens|occur|occurs|repeat*) _ (igjen|again|seg|en gang til|one more time)`,
  `(ma|skal|must|should|can|kan) (ikke|not|never|aldri) _ (skje|happen|gjenta seg|forekomme|occur) _ (igjen|again|mer)`,
  // Being shown up in front of others ("flaut"/"embarrassing" alone is often about oneself: "pinlig nok har jeg glemt passordet").
  `(ydmykende|ydmyket|ydmykelse*|humiliat*|uthengt|uthenging|krenkende|nedverdigende|degrading|mortifying)`,
  `(felt|feel|folte meg|foler meg|ble staende) [sa|veldig|svart|utrolig|very|so|really|deeply|incredibly|extremely|quite|ganske|helt] (flau|embarrassed|exposed|utlevert|uthengt)`,
  `(hengte|hengt|henge) (meg|oss) ut`,
  `(singled|called) (me|us) out`,
  `made an example of (me|us)`,
  // Other people's addresses shown to everyone: a mailing sent with an open CC list.
  `(gikk ut|went out|ble sendt|var sendt|sendt|was sent|were sent|sendte|sent|har sendt|have sent|sendt ut|sent out) _ (med|with) _ (alle|all|everyone|everyones|everybodys|alles|samtlige|hele|other|others|andre|deltaker*|participants|attendees|kunde*|customers) __ (synlig*|visible|kopifelt*|ccfelt*|cc field|cc line|i kopi|in cc|on cc)`,
  `(adresse*|epostadress*|addresses|emails|email addresses|navn*|names|nummer*|numbers) (var|ble|were|was) (synlig*|visible|exposed|eksponert|delt|shared) (for|to|med|with) _ (alle|everyone|everybody|all|andre|other|others|hele|the whole)`,
  `(instead of|i stedet for|istedenfor|rather than|uten a bruke|without using) (bcc|blindkopi|blind copy)`,
  `(alle|everyone|everybody|all) (kunne|could|kan|can) [na|now] (se|see) (hverandres|each others|everyones|alles)`,
  // "Nyheitsbrevet kom med alle mottakarane i kopifeltet", "the newsletter had all recipients in the CC field".
  `(kom|came|had|hadde|went|gikk|arrived|showed|viste) _ (alle|all|every|everyones|everybodys|alles|samtlige) __ (kopifelt*|ccfelt*|cc field|cc line|cc|i kopi|in cc|on cc|synlig*|visible)`,
  // "Jeg kan nå se e-postadressen til 80 andre", "I can now see the email addresses of about 80 other people".
  `(jeg|i|eg|vi|we|everyone|alle) (kan|can|could|kunne) [na|now|plutselig|suddenly|all] (se|see) _ (epostadress*|adresse*|addresses|email addresses|emails|navn*|names|nummer*|numbers) (til|of|for|from) __ (andre|others|other people|other customers|other participants|other subscribers|other recipients|people|kunder|deltakere|abonnenter|mottakere)`,
  // "Det er rett og slett for mye.", "it's simply too much.": a sentence of its own.
  // "Kommer det én til, krever jeg at dere sletter nummeret mitt": fed up enough to threaten.
  ...THREATS,
].map(phrase);

// "Klage", "complaint", but not "ingen klager", "no complaints at all", "dette er ikke en klage", "I'm not complaining".
const NOT_NEGATED = "(?<! (?:no|not|ingen|ikke|ikkje|never|aldri|without|uten)(?: (?:a|an|any|en|ei|et|noen|real|reell|formal|formell|egentlig|big|stor|some|sa|so))?)";
for (const word of ["klage*", "complain*"]) COMPLAINT.push(new RegExp(`${NOT_NEGATED}${phrase(word).source}(?!(?:ikke|ikkje|not) )`));
// "Ikke bra", "det er ikke bra" (not "det er ikke bra for meg å komme tirsdag"); "that's not good / not fair".
COMPLAINT.push(new RegExp(`${phrase("(dette|det|sant|slikt) (er|var|blir|ble) [jo|rett og slett|slett|overhodet|absolutt|virkelig|bare|altsa|heller] ikke bra").source}(?!(?:for|med|til) )`));
COMPLAINT.push(new RegExp(`${phrase("(thats|that is|this is|its|it is|that was|this was|it was) [really|just|simply|definitely|absolutely|honestly|so] not (good|great|fair|nice|on)").source}(?!(?:for|with|at|to) )`));
// "Honestly, this is the second time.": a sentence of its own ("this is the second time I've taken the course" is not).
COMPLAINT.push(new RegExp(`${phrase("^ [honestly|seriously|and|og|men|but|altsa|serr|ok|so|sa|arlig talt|really] [,] (this is|thats|its|it is|that was|det er|dette er|det var|dette var|this was) [now|na|already|allerede] [the|den] (second|andre) (time|gang|gangen) [now|na|already|allerede|this month|denne maneden|i ar|this year|this week|denne uka|denne uken]").source}(?=$)`));
// "Det er private opplysninger!", "That's private information." as a sentence of its own ("det er private opplysninger i vedlegget" is not).
COMPLAINT.push(new RegExp(`${phrase("^ [and|og|men|but] (thats|that is|this is|its|it is|det er|dette er|det var|that was|those are|these are|dette var|de er|they are|theyre) [jo|highly|very|svart|veldig|strictly|sterkt|ganske|quite|really|extremely] (private|personal|confidential|sensitive|privat|personlige|personlig|sensitiv|konfidensielle|konfidensiell|fortrolige) (information|info|opplysninger|matters|details|data|ting|things|sak|saker|forhold|helseopplysninger)").source}(?=$)`));
COMPLAINT.push(new RegExp(`${phrase("^ [men|og|but|and|honestly|arlig talt] (det er|det var|det blir|det ble|dette er|dette var|dette blir|its|it is|thats|that is|this is|it was|that was|this was|its getting|this is getting) [jo|rett og slett|simply|just|bare|way|far|altfor|much|really|virkelig|nesten|almost|getting] (for mye|altfor mye|alt for mye|too much|overkill|excessive)").source}(?=$)`));
// A product, not a person, "var dårlig" ("jeg var dårlig i går" is being ill).
COMPLAINT.push(phrase("(kurset|timen|timene|opplegget|servicen|kundeservicen|svaret|svarene|oppfolgingen|kvaliteten|lyden|bildet|opptaket|innholdet|webinaret|workshopen|samlingen|organiseringen|informasjonen|kommunikasjonen|coachingen|veiledningen|materiellet|portalen|appen|nettsiden) (var|er|ble|har vart|har vaert) [helt|veldig|svart|ganske|utrolig|rett og slett|bare|virkelig|altfor] darlig"));

// No-show: "ingen beskjed om at dere ikke kom", "I expect at least that someone turns up", "satt alene i rommet i 45 minutter".
COMPLAINT.push(
  phrase("(at|that) (dere|du|you|coachen|treneren|kurslederen|han|hun|he|she|the coach|your coach) (ikke|aldri|never|didnt|did not|wouldnt|would not) (kom|kommer|came|come|dukket opp|dukka opp|motte opp|mott opp|showed up|show up|turned up|turn up)"),
  phrase("(forventer|forventar|expect|expected|forventet) __ (at noen|at dere|at coachen|someone|somebody|that someone|you to|that you|the coach to) _ (dukker opp|moter opp|shows up|show up|turns up|turn up)"),
  together(["(satt|sat|sitting|waited|waiting|ventet|venta|venter)", "(alene|aleine|alone|forgjeves|in vain|by myself)", "(minutter|minutes|mins|timer|hours|time|hour|halvtime|half an hour)"], "(hvis|dersom|if)"),
);
// Humiliated before others: "telling me, in front of the whole workshop, that my question was basic", "sa høgt, framfor alle, at …".
COMPLAINT.push(
  together(
    ["(in front of|foran|framfor|infront of) (the whole|hele|heile|alle|everyone|everybody|all the|all of|the other|the rest of|de andre|resten|the entire|the group|gruppa|gruppen|klassen|the class)", "(told|telling|tell|said|saying|called|calling|read out|reading out|announced|mentioned|sa|sagt|fortalte|leste opp|las opp|lest opp|kalte|ropte|nevnte|kommenterte|commented|laughed|lo|mocked|made fun|gjorde narr|humiliat*|ydmyk*|embarrass*|flau*)"],
    "(jeg|i|eg|vi|we) [also|ogsa|gladly|gjerne|proudly] (told|said|sa|fortalte|mentioned|nevnte|presented|presenterte|announced|read out|leste opp|called)",
  ),
);
// Handing it to a lawyer: "I will pass the matter to my lawyer", "I have forwarded your notice to my lawyer", "saken går til advokaten min".
COMPLAINT.push(
  phrase("(pass|passed|passing|hand|handed|handing|refer|referred|send|sent|sending|take|taken|taking|turn|turned|forward*|videresend*|oversend*|overlat*|sende|sendt|sender|gi|gitt|gir|ta|tar|tatt) (the matter|this matter|the case|this|it|that|everything|your notice|your email|your letter|your reply|the correspondence|saken|dette|det|alt|henvendelsen|brevet|eposten|varselet|korrespondansen) __ (to|til|with|over to|videre til) (my|a|an|min|mitt|en|et|our|var) [own|egen|egne] (lawyer|solicitor|attorney|advokat|advokaten|advokater|legal adviser|legal advisor|legal department)"),
  phrase("(overlater|overlate|overlatt|sender|sende|sendt|gir|gi|gitt|tar|ta|tatt|oversender|oversende|videresender|videresendt|melder|melde) [jeg|vi|eg] (saken|dette|det|alt|henvendelsen|brevet|eposten|varselet|korrespondansen|forholdet) __ til (advokaten|advokat|advokatene|en advokat|min advokat|advokaten min|advokatfirma*|juridisk*)"),
  phrase("(saken|dette|det) (gar|sendes|overlates|overleveres|blir sendt|går) [na|videre] (til|videre til) (min|mitt|en|var) [egen] (advokat|advokaten)"),
  phrase("(contact|contacting|kontakte|kontakter|involve|involving|involvere|engage|snakke med|talk to|consult|consulting|konsultere|ringe) (my|a|an|min|mitt|en) (lawyer|solicitor|attorney|advokat*)"),
  // "This is my third message concerning…", "dette er tredje gang jeg skriver".
  phrase("(this is|its|dette er|det er) (my|min|mitt|the|den|det) (third|fourth|fifth|tredje|fjerde|femte) (message|email|mail|reminder|henvendelse|epost|purring|melding|request|time i|time ive|gang jeg|gangen jeg)"),
  // "This is not an acceptable way to inform customers", "det er ikke en akseptabel måte å …".
  phrase("(not|ikke|ikkje|hardly|neppe) (an|a|en|ei|et|ein|eit) (acceptable|akseptabel|akseptabelt|greit|ok|okay|reasonable|rimelig|professional|profesjonell|proper|ordentlig|forsvarlig|respectful|respektfull) (way|mate|maten|manner|fremgangsmate|made)"),
);

// Pushy selling: "it came across as pushy and has put me off", "det virket svært masete".
COMPLAINT.push(
  phrase("(came across as|comes across as|felt|feels|seemed|seems|virket|virker|oppleves|opplevdes|foltes|foles|was|were|var|er|is|are|so|sa|very|veldig|svart|altfor|too|quite|ganske|really|incredibly|extremely|utrolig|ekstremt) [very|veldig|svart|altfor|too|quite|ganske|really|extremely|utrolig|ekstremt|incredibly|rather|pretty|litt|a bit] (pushy|masete|patrengende|aggressive|aggressiv|aggressivt|intrusive|invasive|spammy|innpaslitne|innpaslitent|innpaslitt)"),
  phrase("(put me off|puts me off|turned me off|has put me off|skremt meg bort|skremte meg bort|skremt meg vekk|fatt meg til a miste lysten|mistet lysten til a)"),
);
// Asking how to complain is a question, not a complaint.
const ASKING_HOW = [`hvordan (kan|klager|gar|skal|sender) (jeg|man|en)`, `how (do|does|can|would|should) (i|one|we|someone|you)`, `(hvor|where) (kan|can) (jeg|i|man|one)`].map(phrase);
/** "Kan jeg klage på karakteren?", "can I file a complaint about …?": whether they may complain, asked. */
const ASKING_IF = phrase("(kan|far|can|may|could) (jeg|man|en|i|one|we|vi) [ogsa|also|still|fortsatt] (klage|complain|sende inn en klage|sende en klage|send a complaint|file a complaint|lodge a complaint|make a complaint)");

const COMPLAINTS = new PhraseIndex(COMPLAINT);

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
    const match = COMPLAINTS.firstMatch(clause);
    if (!match) continue;
    if (ASKING_HOW.some((re) => re.test(clause.words))) askedHow = true;
    else (i < subjectClauses ? subject : reasons).push(`«${matchedWords(match)}» → complaint`);
  }
  // "Klage" over "Hvordan sender jeg en klage?": the subject names the topic asked about.
  if (!askedHow || reasons.length > 0) reasons.unshift(...subject);
  return { reasons };
}
