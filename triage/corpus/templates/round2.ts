/**
 * Second round of texts, written after the classifier's first tuning pass. Splits are pinned
 * (see Template.split) so older templates keep theirs.
 */
import type { Template } from "../generator/template";

const RR = "rights_request" as const;
const H = "holdout" as const;
const T = "tune" as const;

export const ROUND_2: Template[] = [
  // ── rights requests ──
  { id: "r2-nb-subject-only", lang: "nb", category: RR, rights: ["access"], split: T,
    subjects: ["Krav om innsyn etter GDPR art. 15", "Innsynskrav"],
    body: `Se emnefeltet. [[Jeg har brukt {email} hos dere.|Kundenummer {member}.]]` },
  { id: "r2-en-lawyer", lang: "en", category: RR, rights: ["access"], split: H,
    from: { name: "Hannah Berg", address: "hb@berg-legal.no" },
    subjects: ["Access request on behalf of our client", "Our client {full} – request under Art. 15 GDPR"],
    body: `We act for {full} (power of attorney attached). On our client's behalf we request a copy of all personal data your company processes about [[him|her]], together with the information listed in Article 15(1) GDPR.

Please send your response to this address.

Hannah Berg
Attorney at law` , frame: false },
  { id: "r2-nb-child", lang: "nb", category: RR, rights: ["erasure"], split: H,
    subjects: ["Sønnen min", "Gjelder datteren min (16)"],
    body: `[[Sønnen|Datteren]] min på 16 meldte seg på {webinar} med egen e-post uten å spørre oss. Som forelder ber jeg om at dere fjerner påmeldingen og alle opplysninger om [[ham|henne]]. Adressen [[han|hun]] brukte er {email}.` },
  { id: "r2-nb-buried", lang: "nb", category: RR, rights: ["rectification"], split: H,
    subjects: ["Litt av hvert", "Oppdatering"],
    body: `Håper alt står bra til hos dere! Jeg har hatt en travel høst med ny butikk i {city}, og kurset har virkelig hjulpet meg med prisingen.

Apropos: jeg har flyttet, og [[bedriften har fått nytt navn|jeg har fått ny adresse]]. Kan dere endre det i kundeopplysningene? Riktig nå er {company}, {street}, {city}.

Ellers gleder jeg meg til samlingen i vår!` },
  { id: "r2-en-consent-recording", lang: "en", category: RR, rights: ["withdraw_consent"], split: T,
    subjects: ["Recording consent", "I no longer agree to be recorded"],
    body: `When I joined the group programme I agreed to the sessions being recorded. I'm withdrawing that consent from now on – please don't record me in future sessions.` },
  { id: "r2-nb-consent-recording", lang: "nb", category: RR, rights: ["withdraw_consent"], split: H,
    subjects: ["Samtykke til opptak", "Vil ikke bli tatt opp lenger"],
    body: `Da jeg startet i gruppeprogrammet, sa jeg ja til opptak. Det ombestemmer jeg meg på nå: jeg trekker samtykket, så ikke ta opp meg i de neste samlingene.` },
  { id: "r2-en-analytics", lang: "en", category: RR, rights: ["objection"], split: H,
    subjects: ["Tracking on your site", "Objection – analytics"],
    body: `I object to my visits to your website and course portal being tracked for analytics. Please stop processing my data for that purpose.` },
  { id: "r2-nb-typos", lang: "nb", category: RR, rights: ["erasure"], split: T,
    subjects: ["slette", "sletting av bruker plz"],
    body: `hei vil ha slettet brukern min og alle persondataene mine hos dere, ikke intresert lengre. mvh {first}`, frame: false },
  { id: "r2-nb-multi-three", lang: "nb", category: RR, rights: ["access", "rectification", "objection"], split: T,
    subjects: ["Flere ting", "Personopplysninger – tre krav"],
    body: `Jeg har tre ønsker:
1. Send meg en oversikt over alt dere har lagret om meg.
2. Telefonnummeret dere har er feil – riktig er {phone}.
3. Jeg motsetter meg at dere ringer meg med salgstilbud; det har jeg aldri bedt om.` },
  { id: "r2-en-multi-port-erase", lang: "en", category: RR, rights: ["erasure", "portability"], split: T,
    subjects: ["Leaving – export then delete", "Export and close my account"],
    body: `I'm moving my business to another platform. Please send me my course progress and assignment data as a JSON or CSV export, and once I've confirmed I've got it, delete my account.` },
  { id: "r2-nb-html-outlook", lang: "nb", category: RR, rights: ["restriction"], split: T, formats: ["html"],
    subjects: ["Vent med sletting", "Ikke slett ennå"],
    body: `Jeg har fått beskjed om at dere vil slette opptaket fra veiledningen {date}. Jeg trenger det som bevis i en sak, så jeg ber dere la være å slette det, men samtidig ikke bruke det eller dele det med noen før saken er over.` },

  // ── complaints ──
  { id: "c2-nb-wrong-recipient", lang: "nb", category: "complaint", split: H,
    subjects: ["E-post til feil person", "Dere sendte meldingen min videre"],
    body: `Meldingen jeg skrev til dere om [[helsen min|økonomien min]] ble videresendt til en annen kursdeltaker. Jeg fikk vite det fra henne. Jeg er [[veldig|dypt]] skuffet over hvor lettvint dere behandler sånt.` },
  { id: "c2-en-disappointed", lang: "en", category: "complaint", split: T,
    subjects: ["Poor experience with your support", "Disappointed"],
    body: `I've been a member for two years and I'm disappointed with how things have gone lately: late invoices, broken links, and no replies to my questions about the course schedule. It used to be so much better.` },
  { id: "c2-nb-long", lang: "nb", category: "complaint", split: T,
    subjects: ["Tilbakemelding", "Ærlig tilbakemelding"],
    body: `Jeg har lenge tenkt å skrive dette. Jeg kjøpte Mentorprogrammet i håp om tett oppfølging, men fikk tre korte samtaler på et halvt år. Samtalene ble flyttet flere ganger på kort varsel, og materialet var mye av det samme som i gratiswebinarene.

Jeg forventer ikke noe tilbake, men synes dere burde vite hvordan det har vært.` },
  { id: "c2-en-datatilsynet", lang: "en", category: "complaint", split: H,
    subjects: ["Your privacy practices", "Concerned about how you handle data"],
    body: `I noticed that the sign-up form for your webinar sends my details to three different services before I've even confirmed. For a business that talks about trust, that's poor. I'm considering raising it with Datatilsynet.` },

  // ── inquiries ──
  { id: "i2-nb-change-email-q", lang: "nb", category: "inquiry", split: T,
    subjects: ["Endre e-post selv?", "Hvor endrer jeg e-postadressen?"],
    body: `Hvor i kursportalen kan jeg endre e-postadressen min selv? Finner ikke innstillingen.` },
  { id: "i2-en-change-email-q", lang: "en", category: "inquiry", split: T,
    subjects: ["Changing my login email", "How do I update my email?"],
    body: `Is it possible to change the email address I log in with, or do I need a new account? Just want to know how it works.` },
  { id: "i2-nb-restriction-q", lang: "nb", category: "inquiry", split: H,
    subjects: ["Begrensning – hva betyr det?", "Spørsmål om begrensning av behandling"],
    body: `Jeg leste om retten til begrensning hos Datatilsynet. Hva betyr det i praksis hos dere – kan man be om at opplysninger bare lagres uten å brukes? Bare nysgjerrig, ingen sak.` },
  { id: "i2-en-autoreply-trap", lang: "en", category: "inquiry", split: T,
    subjects: ["Your auto-reply", "Re: Automatic reply"],
    body: `I got an automatic reply saying you're away until Monday. Is the webinar on {date} still happening as planned?` },
  { id: "i2-nb-newsletter-q", lang: "nb", category: "inquiry", split: T, from: "gmail",
    subjects: ["Spørsmål til nyhetsbrevet", "Tips 3 i nyhetsbrevet"],
    body: `Leste nyhetsbrevet deres i går – tips 3 om prising var gull. Gjelder det også for tjenester som faktureres per time?` },
  { id: "i2-en-where-delete-q", lang: "en", category: "inquiry", split: T,
    subjects: ["What data is deleted when?", "Retention of recordings"],
    body: `How long are the group session recordings kept, and who deletes them? Our team is considering the group programme and one colleague is a bit worried about being on video.` },

  // ── automated ──
  { id: "a2-ndr-exchange", lang: "nb", category: "automated", split: H,
    from: { name: "Microsoft Outlook", address: "postmaster@kystkonsult.onmicrosoft.com" },
    headers: { "Auto-Submitted": "auto-replied", "X-MS-Exchange-Message-Is-Ndr": "" },
    subjects: ["Kan ikke leveres: Svar på kravet ditt om innsyn", "Kan ikke leveres: Nyhetsbrev"],
    body: `Leveringen til disse mottakerne eller gruppene mislyktes:

{email}
E-postadressen du skrev inn, ble ikke funnet. Kontroller mottakerens e-postadresse og prøv å sende meldingen på nytt.

Diagnostisk informasjon for administratorer:
Genererende server: HE1PR0701MB.eurprd07.prod.outlook.com
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'` },
  { id: "a2-zendesk-en", lang: "en", category: "automated", split: T,
    from: { name: "BrightPath Support", address: "support@brightpath.co.uk" },
    headers: { "Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply" },
    subjects: ["[BrightPath] Request received: Re: Your invoice", "We've received your request (#{member})"],
    body: `Hi,

Thanks for reaching out. This is an automatic confirmation that we've received your request (#{member}). A member of our team will get back to you within 2 business days.

Please do not reply to this email.` },
  { id: "a2-ooo-plain-nb", lang: "nb", category: "automated", split: T,
    subjects: ["Fravær", "Ikke på kontoret"],
    body: `Hei, og takk for e-posten. Jeg er tilbake på kontoret {date2} og svarer deg da. Haster det, ring sentralbordet.

Hilsen {full}` },
  // ── language and length traps ──
  { id: "i2-en-reply-to-nb", lang: "en", category: "inquiry", split: H,
    subjects: ["Re: Faktura {invoice} fra Bedre Bedrift AS"],
    history: { from: "business", subject: "Faktura {invoice} fra Bedre Bedrift AS", text: `Hei,\n\nVedlagt finner du faktura {invoice} for {course}. Beløp: {amount} kr, forfall {date}.\n\nVennlig hilsen\nBedre Bedrift AS` },
    body: `Sorry, I don't read Norwegian very well yet – what is this invoice for? I don't remember ordering anything in [[{date}|that month]].` },
  { id: "i2-nb-reply-to-en", lang: "nb", category: "inquiry", split: T,
    subjects: ["SV: Welcome to the Sales Course!"],
    history: { from: "business", subject: "Welcome to the Sales Course!", text: `Welcome aboard!\n\nYour login to the course portal is ready. The first module opens on Monday.\n\nBest wishes,\nBedre Bedrift AS` },
    body: `Takk! Finnes kurset på norsk også, eller er alt på engelsk?` },
  { id: "r2-nb-one-liner", lang: "nb", category: RR, rights: ["erasure"], split: H, frame: false,
    subjects: ["Slett meg", "sletting"],
    body: `[[Slett meg.|Slett alt om meg takk]]` },
  { id: "r2-en-one-word", lang: "en", category: RR, rights: ["withdraw_consent"], split: T, frame: false,
    subjects: ["Unsubscribe", "unsubscribe"],
    body: `[[Unsubscribe|UNSUBSCRIBE please]]`,
    history: { from: "business", subject: "Newsletter: 3 pricing mistakes to avoid", text: `Hi!\n\nThis month: three pricing mistakes small businesses make, and how to avoid them.\n\nYou're receiving this newsletter because you signed up on bedrebedrift.no.` } },
];
