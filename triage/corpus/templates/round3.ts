/**
 * Third round: fresh texts written after the classifier had been tuned against earlier holdout
 * results, all pinned to the holdout so it keeps measuring unseen phrasing.
 */
import type { Template } from "../generator/template";

const RR = "rights_request" as const;
const H = "holdout" as const;

export const ROUND_3: Template[] = [
  { id: "r3-nb-access-who", lang: "nb", category: RR, rights: ["access"], split: H,
    subjects: ["Hvem har fått opplysningene mine?", "Deling av mine data"],
    body: `Jeg vil vite nøyaktig hvilke opplysninger om meg som ligger hos dere, og hvilke firmaer dere har gitt dem til. [[Send meg gjerne en utskrift.|En kopi på e-post holder.]]` },
  { id: "r3-en-erase-kid", lang: "en", category: RR, rights: ["erasure"], split: H,
    subjects: ["Close my profile", "Remove my profile please"],
    body: `I'd like my profile removed from the course portal, along with my contact details. [[I won't be taking any more courses.|My employer has stopped paying for it.]]` },
  { id: "r3-nb-rect-company", lang: "nb", category: RR, rights: ["rectification"], split: H,
    subjects: ["Feil firmanavn", "Oppdater kundeopplysninger"],
    body: `I kundeopplysningene står jeg fortsatt oppført med det gamle enkeltpersonforetaket. Vennligst sett inn riktig firma: {company}, org.nr. 9{member}.` },
  { id: "r3-en-port-drive", lang: "en", category: RR, rights: ["portability"], split: H,
    subjects: ["My workbook answers", "Download of my course data"],
    body: `Could you export everything I've entered in the course workbook into a spreadsheet file? I want to load it into the planning tool my new mentor uses.` },
  { id: "r3-nb-wd-sms", lang: "nb", category: RR, rights: ["withdraw_consent"], split: H,
    subjects: ["SMS-varsler", "Ikke flere SMS"],
    body: `Da jeg kjøpte kurset krysset jeg av for SMS-påminnelser. Det vil jeg ikke ha lenger – fjern meg fra SMS-utsendelsene.` },
  { id: "r3-en-obj-profiling", lang: "en", category: RR, rights: ["objection"], split: H,
    subjects: ["Follow-up calls", "Please stop the sales follow-ups"],
    body: `After the free webinar someone from your team has emailed and called me about the mentoring programme three times. I never asked for that, and I object to my details being used this way.` },
  { id: "r3-nb-restr-accuracy", lang: "nb", category: RR, rights: ["restriction"], split: H,
    subjects: ["Bestrider opplysningene", "Ikke bruk opplysningene nå"],
    body: `Jeg bestrider at opplysningene dere har om betalingshistorikken min er riktige. Til dere har sjekket dette, skal de ikke brukes – bare lagres.` },
  { id: "r3-en-multi-access-rect", lang: "en", category: RR, rights: ["access", "rectification"], split: H,
    subjects: ["Check my details", "What do you have on file?"],
    body: `Could you send me what you have on file about me? I suspect my address is out of date – it should be {street}, {city} – so please correct that too.` },
  { id: "r3-nb-multi-erase-wd", lang: "nb", category: RR, rights: ["erasure", "withdraw_consent"], split: H,
    subjects: ["Takk for meg", "Avslutter alt hos dere"],
    body: `Takk for meg! Jeg vil ikke få flere nyhetsbrev, og dere kan fjerne kontoen og profilen min i portalen også.` },
  { id: "r3-en-fwd-access", lang: "en", category: RR, rights: ["access"], split: H, from: "colleague",
    subjects: ["Request from former participant", "Data request"],
    body: `See below – a former participant asking for her data. Can you take it from here?`,
    forward: { from: "customer", subject: "My information", text: `Hi, please send me a copy of the personal information you have about me from the group programme. Thanks, {first}` } },

  { id: "c3-nb-invoice-chaos", lang: "nb", category: "complaint", split: H,
    subjects: ["Fakturarot", "Tredje feil faktura"],
    body: `Nå har jeg fått tre fakturaer for det samme kurset, alle med ulike beløp. Dette tar tid fra meg som jeg ikke har, og jeg er rett og slett lei.` },
  { id: "c3-en-recording-public", lang: "en", category: "complaint", split: H,
    subjects: ["Clip from the session on Instagram", "Why am I in your promo video?"],
    body: `A short clip from our group session, with me visible, turned up in one of your Instagram stories. Nobody asked me. I find that really unprofessional.` },
  { id: "c3-nb-no-reply", lang: "nb", category: "complaint", split: H,
    subjects: ["Ingen svarer", "Hallo?"],
    body: `Fire meldinger på to uker uten svar. Jeg begynner å lure på om det i det hele tatt sitter noen der. Veldig dårlig kundebehandling.` },

  { id: "i3-nb-how-access", lang: "nb", category: "inquiry", split: H,
    subjects: ["Hvordan ber man om innsyn?", "Innsyn – fremgangsmåte"],
    body: `Hvis jeg skulle ønske innsyn i det dere har om meg, holder det å sende en e-post hit, eller må jeg fylle ut et skjema? Spør før jeg eventuelt gjør det.` },
  { id: "i3-en-delete-effect", lang: "en", category: "inquiry", split: H,
    subjects: ["Question before I decide", "What happens to my certificate?"],
    body: `If I were to have my data deleted, would I still be able to download my course certificate later? Haven't made up my mind yet.` },
  { id: "i3-nb-cancel-trial", lang: "nb", category: "inquiry", split: H,
    subjects: ["Prøveperioden", "Avslutte prøveperiode"],
    body: `Jeg vil avslutte prøveperioden før den går over til betalt medlemskap. Blir jeg belastet noe hvis jeg avslutter i dag?` },
  { id: "i3-en-thanks-rect", lang: "en", category: "inquiry", split: H,
    subjects: ["Re: Your details have been updated"],
    history: { from: "business", subject: "Your details have been updated", text: `Hi {first},\n\nWe have corrected your name and address as you asked.\n\nBest wishes,\nBedre Bedrift AS` },
    body: `Perfect, thank you!` },

  { id: "a3-nb-webinar-reminder", lang: "nb", category: "automated", split: H,
    from: { name: "Bedre Bedrift webinar", address: "noreply@webinar.bedrebedrift.no" },
    headers: { "Auto-Submitted": "auto-generated", "Precedence": "bulk" },
    subjects: ["Påminnelse: {webinar} starter om en time", "Snart i gang!"],
    body: `Hei {first}!

{webinar} starter om en time. Lenken til rommet: https://whereby.com/bedrebedrift-webinar

Du får denne påminnelsen fordi du meldte deg på. Ønsker du ikke påminnelser, kan du endre det i profilen din.` },
  { id: "a3-en-ooo-plain", lang: "en", category: "automated", split: H,
    subjects: ["Re: Invoice {invoice}", "Away until {date2}"],
    body: `Hello, I'm away from the office until {date2} and will read your message when I'm back. For anything about invoices, please write to accounts@{city}consulting.com.`, frame: false },
];
