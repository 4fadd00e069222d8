import type { Clause } from "./normalize";
import { matchedWords, phrase } from "./phrase";

// Dissatisfaction with how the business handled personal data or its service.
const COMPLAINT = [
  `klage*`,
  `reklamasjon*`,
  `misfornoy*`,
  `skuffe*`,
  `uakseptabel*`,
  `uhort*`,
  `frekk*`,
  `irritert*`,
  `sjokkert*`,
  `opprort*`,
  `elendig*`,
  `ikke (greit|ok|akseptabelt|i orden)`,
  `(darlig|elendig|treg) (service|behandling|kundeservice|opplevelse|oppfolging|handtering)`,
  `(har|hadde) (aldri|ikke) _ (samtykket|samtykke|bedt om|meldt meg pa|gitt dere|godkjent)`,
  `aldri (samtykket|meldt meg pa|bedt om)`,
  `uten _ (samtykke|tillatelse|a sporre)`,
  `(fortsatt|fremdeles|stadig|likevel|fortsetter a) _ (mottar|far|motta|sende|sender|ringer|reklame|nyhetsbrev*)`,
  `selv om jeg _ (meldt meg av|reservert|bedt|sagt)`,
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
  `(dere|you) spam*`,
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
  `(tredje|fjerde|femte) (gang|gangen)`,
  `skjerp*`,
  `ta dere sammen`,
  `(lei av|lei meg for a matte)`,
  `ergerlig`,
  `(over|brudd pa|bryter) _ (fristen|loven|gdpr|personvern*)`,
  `(burde|skulle) (dere|ha) _ (spurt|informert|sagt fra|fortalt)`,
  `uten at (dere|jeg|noen) _ (sa fra|informerte|spurte|ble spurt|fikk beskjed|samtykket)`,
  `trakass*`,
  `complain*`,
  `unacceptabl*`,
  `disappoint*`,
  `outrag*`,
  `appall*`,
  `furious`,
  `annoy*`,
  `frustrat*`,
  `upset`,
  `not (ok|okay|happy|acceptable|good enough|professional|what i paid)`,
  `(unhappy|dissatisfied|unprofessional*|condescending|ridiculous|shocked|intrusive|invasive)`,
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
  `(ikke tatt pa alvor|forventet bedre|forventer bedre|venter fortsatt|ingen har _ (svart|tatt kontakt|ringt))`,
  `(worst|waste of (money|time)|scam|misleading|ignored|not taken seriously|rude|unhelpful|unfair|unreasonable|terrible|awful|horrible|sloppy|careless|let down|not impressed|expected better)`,
  `(privacy|personvern) _ (breach|violation|brudd|krenkelse)`,
  `(violat*|breach*|brudd)`,
  `nobody _ (replied|answered|got back|responded|called)`,
  `(someone elses|somebody elses|another customers|other customers|en annen kundes|andre kunders|noen andres|en annens|andres) _ (invoice*|details|data|information|personal|faktura*|opplysning*|navn|adresse*|epost*)`,
  `(sent|sendt|send) _ (to|til) (the )?(wrong|feil) (person|address|adresse|mottaker|recipient|kunde|customer)`,
  `kritikk*`,
  `(ikke|aldri) (svarer|svart|besvarer|besvart) (pa|meg)`,
  `(not|never) (answering|responding|replying|answered|responded|replied)`,
  `(dere burde|burde dere|you should have|you ought to have)`,
  `(pa kort varsel|at short notice|last minute)`,
  `(i hap om|hoped for|expected more|forventet mer|forventet noe annet)`,
  `(ikke|not) (det|what) (jeg|i) (betalte|paid|forventet|expected|ble lovet|was promised)`,
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
].map(phrase);

// Asking how to complain is a question, not a complaint.
const ASKING_HOW = [`hvordan (kan|klager|gar|skal|sender) (jeg|man|en)`, `how (do|can|would|should) (i|one|we)`, `(hvor|where) (kan|can) (jeg|i|man|one)`].map(phrase);

const ANY_COMPLAINT = new RegExp(COMPLAINT.map((re) => re.source).join("|"));

export interface ComplaintFinding {
  reasons: string[];
}

export function findComplaint(clauses: Clause[]): ComplaintFinding {
  const reasons: string[] = [];
  for (const clause of clauses) {
    if (!ANY_COMPLAINT.test(clause.words)) continue;
    if (ASKING_HOW.some((re) => re.test(clause.words))) continue;
    for (const re of COMPLAINT) {
      const match = re.exec(clause.words);
      if (match) {
        reasons.push(`«${matchedWords(match)}» → complaint`);
        break;
      }
    }
  }
  return { reasons };
}
