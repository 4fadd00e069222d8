/** Rights requests that are easy to mistake for something else: forwards, angry mails, requests hidden in threads. */
import type { Template } from "../generator/template";

const RR = "rights_request" as const;

export const RIGHTS_HARD: Template[] = [
  // Forwarded by a colleague: the right is in the forwarded part.
  { id: "r-fwd-nb-erase", lang: "nb", category: RR, rights: ["erasure"], count: 2, from: "colleague",
    subjects: ["Sletteforespørsel fra kunde", "Slette kunde"],
    body: `Denne kom inn på [[min e-post|Messenger-videresending]] – kan du ta den? [[Frist 30 dager.|]]`,
    forward: { from: "customer", subject: "Slett meg", text: `Hei, jeg vil at dere sletter alt dere har om meg, inkludert kontoen på kursportalen. Mvh {full}` } },
  { id: "r-fwd-en-erase", lang: "en", category: RR, rights: ["erasure"], count: 2, from: "colleague",
    subjects: ["customer wants deletion", "Deletion request"],
    body: `FYI – this came to my personal inbox. Can you handle it?`,
    forward: { from: "customer", subject: "Please delete my data", text: `Hello, please delete my account and all the data you have about me. Regards, {full}` } },
  { id: "r-fwd-nb-access", lang: "nb", category: RR, rights: ["access"], count: 2,
    from: { name: "Siri Bakke", address: "siri@regnskapspartner.no" },
    subjects: ["Henvendelse fra en av deres kursdeltakere", "Innsynskrav – gjelder dere"],
    body: `Vi fører regnskapet for dere, og fikk denne fra en av deres kunder ved en feil. Sender den videre.`,
    forward: { from: "customer", subject: "Innsyn", text: `Jeg ber om innsyn i alle personopplysninger Bedre Bedrift har om meg, og en kopi av dem.\n\n{full}` } },
  { id: "r-fwd-en-port", lang: "en", category: RR, rights: ["portability"], count: 2, from: "colleague",
    subjects: ["Portability request from a coaching client", "Export request"],
    body: `Forwarding – she wants her stuff exported for the new coach. Machine-readable, I guess?`,
    forward: { from: "customer", subject: "Export", text: `Hi, I'm switching coach. Please send my session notes and goals in a machine-readable format (CSV/JSON) or directly to {otheremail}. Thanks, {first}` } },
  { id: "r-fwd-nb-wd", lang: "nb", category: RR, rights: ["withdraw_consent"], count: 2, from: "colleague",
    subjects: ["Avmelding", "kunde vil av nyhetsbrevet"],
    body: `Fikk denne på SMS-tråden, limer inn: kunden vil ikke ha nyhetsbrev mer. Kan du melde henne av?`,
    forward: { from: "customer", subject: "nyhetsbrev", text: `Hei! Kan dere melde meg av nyhetsbrevet? Ønsker ikke å få det lenger. {first}` } },

  // Complaint with a request inside → rights_request.
  { id: "r-cmp-nb-erase", lang: "nb", category: RR, rights: ["erasure"], count: 2,
    subjects: ["Elendig", "Skuffet og sint", "Dette er ikke greit"],
    body: `Jeg er [[svært|veldig]] misfornøyd med hvordan dere har behandlet meg. [[Kurset var ikke i nærheten av det som ble lovet, og ingen svarer på meldingene mine.|Jeg ble lovet refusjon som aldri kom.]] Jeg vil ikke ha noe mer med dere å gjøre, så slett alle opplysninger dere har om meg.` },
  { id: "r-cmp-en-access", lang: "en", category: RR, rights: ["access"], count: 2,
    subjects: ["Very disappointed", "Complaint and data request"],
    body: `Honestly, the way you handled my refund was unprofessional. [[Three emails without a reply.|I was passed around for weeks.]] I also want a full copy of all the personal data you hold about me, including internal notes about me.` },
  { id: "r-cmp-nb-obj", lang: "nb", category: RR, rights: ["objection"], count: 2,
    subjects: ["Spam fra dere", "irriterende"],
    body: `Dette er [[helt|så]] uprofesjonelt. Jeg har aldri vært kunde, men får e-post fra dere hver uke. Jeg motsetter meg at dere bruker e-postadressen min til markedsføring, og [[håper dere skjerper dere|forventer at det stopper nå]].` },
  { id: "r-cmp-en-wd", lang: "en", category: RR, rights: ["erasure", "withdraw_consent"], count: 2,
    subjects: ["Fed up", "Enough"],
    body: `I'm fed up. Five emails a week is ridiculous and the last webinar was a sales pitch from start to finish. I'm withdrawing my consent to your mailings and I want my account deleted.` },

  // Reply to a business mail, with the request in the new text.
  { id: "r-reply-nb-wd", lang: "nb", category: RR, rights: ["withdraw_consent"], count: 2,
    subjects: ["SV: Nyhetsbrev: 5 tips til bedre prising"],
    history: { from: "business", subject: "Nyhetsbrev: 5 tips til bedre prising", text: `Hei!\n\nDenne måneden deler vi fem tips til bedre prising av tjenestene dine.\n\n1. Kjenn kostnadene dine\n2. Test prisene\n...\n\nDu får dette nyhetsbrevet fordi du har meldt deg på. Meld deg av her.` },
    body: `Vil ikke ha dette mer, [[meld meg av|ta meg av lista]].` },
  { id: "r-reply-en-erase", lang: "en", category: RR, rights: ["erasure"], count: 2,
    subjects: ["Re: Welcome to {course}!"],
    history: { from: "business", subject: "Welcome to {course}!", text: `Welcome aboard!\n\nYour login to the course portal is ready. The first module opens on Monday.\n\nBest wishes,\nBedre Bedrift AS` },
    body: `I signed up by mistake and already got a refund. Please delete the account you created and my details.` },
  { id: "r-reply-nb-rect", lang: "nb", category: RR, rights: ["rectification"], count: 2,
    subjects: ["SV: Faktura {invoice} fra Bedre Bedrift AS"],
    history: { from: "business", subject: "Faktura {invoice} fra Bedre Bedrift AS", text: `Vedlagt finner du faktura {invoice} for {course}.\n\nBeløp: {amount} kr\nForfall: {date}\n\nVennlig hilsen\nBedre Bedrift AS` },
    body: `Fakturaen er adressert til feil navn og adresse. Jeg heter {full} og bor i {street}, {city}. Oppdater det i kunderegisteret deres [[og send ny faktura|]].` },

  // Human gmail mail that mentions the newsletter.
  { id: "r-gmail-en-wd", lang: "en", category: RR, rights: ["withdraw_consent"], count: 2, from: "gmail",
    subjects: ["newsletter", "Newsletter – no thanks"],
    body: `Hi! I signed up for the newsletter at the LinkedIn webinar but it's not really for me. Could you please take me off the list? Thanks and good luck!` },
  { id: "r-nb-informal-access", lang: "nb", category: RR, rights: ["access", "erasure"], count: 2,
    subjects: ["hei", "spm", "lurer på noe"],
    body: `[[hei!|heisann]] kan dere sende meg det dere har lagra om meg? og så slette det etterpå. [[ha en fin dag|takk]]`, frame: false },
  { id: "r-nb-dialect", lang: "nb", category: RR, rights: ["erasure"], count: 2,
    subjects: ["slett mæ", "Ta bort kontoen"],
    body: `Æ vil at dokker sletta kontoen min og alt dokker har om mæ. Æ bruke den ikkje lenger.` },
  { id: "r-nb-conditional", lang: "nb", category: RR, rights: ["erasure"], count: 2,
    subjects: ["Hvis dere har noe om meg", "Mulig registrering"],
    body: `Jeg vet ikke om jeg står registrert hos dere, men [[hvis dere har noen opplysninger om meg, ber jeg om at de slettes|om dere har lagret noe om meg, så slett det]]. Navnet er {full}, e-post {email}.` },
  { id: "r-en-conditional", lang: "en", category: RR, rights: ["access"], count: 2,
    subjects: ["Any data about me?", "Checking"],
    body: `I'm not sure whether you hold anything on me – I might have downloaded a free guide once. If you do, please send me a copy of whatever you have. Name: {full}, email {email}.` },
];
