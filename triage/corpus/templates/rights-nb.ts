/** Rights requests in Norwegian Bokmål. */
import type { Template } from "../generator/template";

const RR = "rights_request" as const;

export const RIGHTS_NB: Template[] = [
  // ── access (innsyn) ──
  { id: "r-nb-access-1", lang: "nb", category: RR, rights: ["access"], count: 3,
    subjects: ["Innsyn", "Krav om innsyn", "Innsynsbegjæring", "Hvilke opplysninger har dere om meg?"],
    body: `Jeg [[ber om|vil ha|krever]] innsyn i [[alle|de]] personopplysningene dere har lagret om meg, jf. personvernforordningen artikkel 15.

Jeg ønsker å vite hvilke opplysninger det gjelder, hva de brukes til, hvem dere eventuelt har delt dem med og hvor lenge dere har tenkt å beholde dem.

[[E-postadressen jeg har brukt hos dere er {email}.|Jeg har vært kunde siden {year} og brukt {email}.]]` },
  { id: "r-nb-access-2", lang: "nb", category: RR, rights: ["access"], count: 2,
    subjects: ["kopi av dataene mine", "Kopi av opplysninger", "Send meg det dere har om meg"],
    body: `[[Kan dere sende meg en kopi av alt dere har lagret om meg?|Send meg en kopi av opplysningene dere har om meg, takk.|Jeg vil gjerne få tilsendt en kopi av all info dere har om meg.]] [[Både kjøpshistorikk, kursdeltakelse og det dere har av e-poster.|Også ting fra kursportalen.|]]

[[Har kjøpt {course} og vært på noen webinarer.|Jeg gikk {course} i {year}.]]` },
  { id: "r-nb-access-3", lang: "nb", category: RR, rights: ["access"], count: 2,
    subjects: ["opptak fra gruppeveiledning", "Innsyn i opptak", "videoopptak"],
    body: `Jeg var med i gruppeveiledningen på Whereby i [[høst|vår]]. Jeg vil se hva dere har lagret av meg derfra – [[opptak, chatmeldinger og sånt|video, lyd og chat]]. [[Send meg|Kan jeg få]] en oversikt og kopi av det som gjelder meg?` },
  { id: "r-nb-access-4", lang: "nb", category: RR, rights: ["access"], count: 2,
    subjects: ["innsyn!!", "hva vet dere om meg", "Hvor har dere fått adressen min fra?"],
    body: `Jeg har fått [[flere|en haug med]] mailer fra dere og skjønner ikke [[hvordan dere fikk tak i|hvor dere har]] adressen min. Jeg vil ha [[innsyn i|en oversikt over]] hva dere har registrert på meg og hvor det kommer fra. [[Svar innen fristen.|Venter svar.]]` },
  { id: "r-nb-access-5", lang: "nb", category: RR, rights: ["access"], count: 2,
    subjects: ["Sv: Kvittering for {course}", "ang. kontoen min"],
    history: { from: "business", subject: "Kvittering for {course}", text: `Takk for at du kjøpte {course}!\n\nOrdrenummer: {order}\nBeløp: {amount} kr\n\nDu finner kurset i kursportalen.\n\nVennlig hilsen\nBedre Bedrift AS` },
    body: `Takk. [[Apropos|Forresten:]] jeg vil gjerne få vite hvilke personopplysninger dere har på meg i forbindelse med dette kjøpet og tidligere kjøp, og få en kopi av det.` },

  // ── erasure (sletting) ──
  { id: "r-nb-erase-1", lang: "nb", category: RR, rights: ["erasure"], count: 2,
    subjects: ["Sletting", "Slett meg", "Krav om sletting av personopplysninger", "slette konto"],
    body: `Jeg [[ønsker at dere sletter|ber dere slette|krever at dere sletter]] alle personopplysninger dere har om meg. [[Jeg har ikke lenger noe kundeforhold til dere.|Jeg bruker ikke tjenestene deres lenger.|]]

[[Bekreft gjerne når det er gjort.|Gi beskjed når det er slettet.|Send bekreftelse på at det er gjort.]]` },
  { id: "r-nb-erase-2", lang: "nb", category: RR, rights: ["erasure"], count: 2,
    subjects: ["Slett kontoen min", "slett brukeren min i kursportalen", "Avslutte og slette konto"],
    body: `[[Kan dere slette kontoen min i kursportalen?|Vær så snill å slette brukeren min på kursportalen.|Jeg vil ha kontoen min slettet.]] [[Brukernavnet er {email}.|Den er registrert på {email}.]] [[Trenger ikke tilgang til kursene mer.|Jeg er ferdig med kurset.|]]` },
  { id: "r-nb-erase-3", lang: "nb", category: RR, rights: ["erasure"], count: 2,
    subjects: ["fjern meg fra alle lister", "Glem meg", "retten til å bli glemt"],
    body: `[[hei. jeg vil at dere fjerner alt dere har om meg|Jeg vil bruke retten til å bli glemt]]. navn, epost, telefonnr {phone}, alt. [[takk|Takk for hjelpen]]` },
  { id: "r-nb-erase-4", lang: "nb", category: RR, rights: ["erasure"], count: 2,
    subjects: ["Sletting av opptak", "Opptaket fra {date}"],
    body: `Jeg deltok i gruppesesjonen {date} og [[vil ikke|ønsker ikke]] at opptaket der jeg er med skal ligge lagret. [[Slett det|Jeg ber om at det slettes]], eller klipp ut delene med meg. [[Jeg sa en del personlige ting der.|]]` },
  { id: "r-nb-erase-5", lang: "nb", category: RR, rights: ["erasure"], count: 2,
    subjects: ["Avslutte abonnement og slette data", "Si opp + slett"],
    body: `Jeg sier opp medlemskapet mitt [[fra og med i dag|med virkning fra neste måned]], og i samme slengen vil jeg at dere sletter alle opplysninger om meg som dere ikke er pålagt å beholde.` },
  { id: "r-nb-erase-6", lang: "nb", category: RR, rights: ["erasure"], count: 2,
    subjects: ["Dere har ikke svart", "PURRING: sletting", "Purring – sletting av mine data"],
    body: `Jeg sendte en e-post for {weeks} uker siden og ba om å bli slettet fra systemene deres. Jeg har ikke hørt noe. [[Fristen er 30 dager.|Dette er over fristen.]] Jeg gjentar kravet: slett alle personopplysninger om meg, og bekreft skriftlig.` },
  { id: "r-nb-erase-7", lang: "nb", category: RR, rights: ["erasure"], count: 2,
    subjects: ["Konto til avdød forelder", "Sletting på vegne av en forelder"],
    body: `Jeg skriver på vegne av [[min mor, {full}|min far, {full}]], som gikk bort i [[vinter|fjor]]. Vi vil at kontoen [[hennes|hans]] og opplysningene dere har hos dere slettes. [[Epost hun brukte:|Adressen var]] {email}. Dødsattest kan ettersendes hvis det trengs.` },
  { id: "r-nb-erase-8", lang: "nb", category: RR, rights: ["erasure"], count: 2,
    subjects: ["Skjemaet på nettsiden", "Feilregistrering"],
    body: `Jeg fylte ut kontaktskjemaet på nettsiden [[ved en feil|i går]] med [[telefonnummeret|adressen]] mitt. Har ombestemt meg – vennligst slett det jeg sendte inn.` },

  // ── rectification (retting) ──
  { id: "r-nb-rect-1", lang: "nb", category: RR, rights: ["rectification"], count: 3,
    subjects: ["Feil navn", "Retting av navn", "Navnet mitt er feilstavet"],
    body: `Navnet mitt er stavet feil [[på kursbeviset og i kundeprofilen|på fakturaene og i portalen]]. Det står «{first} {oldname}», men riktig er {full}. [[Kan dere rette det?|Rett det opp, takk.|Vennligst korriger.]]` },
  { id: "r-nb-rect-2", lang: "nb", category: RR, rights: ["rectification"], count: 2,
    subjects: ["Ny e-postadresse", "Endre epost", "oppdater kontaktinfo"],
    body: `Jeg har [[byttet jobb|fått ny e-post]] og den gamle adressen {otheremail} blir stengt. [[Kan dere oppdatere|Vennligst endre]] kontaktinformasjonen min hos dere til {email}? [[Telefonnummeret er også nytt: {phone}.|]]` },
  { id: "r-nb-rect-3", lang: "nb", category: RR, rights: ["rectification"], count: 2,
    subjects: ["Feil i opplysningene", "feil adresse"],
    body: `Dere har registrert feil [[postadresse|fødselsdato og adresse]] på meg. Jeg bor i {street}, {city}, ikke der dere har. [[Rett opp så fort dere kan, siden papirfakturaen havnet hos naboen.|Pakken med kursmateriell kom aldri frem på grunn av dette.]]` },
  { id: "r-nb-rect-4", lang: "nb", category: RR, rights: ["rectification"], count: 2,
    subjects: ["Navnebytte", "Har giftet meg"],
    body: `Jeg har [[giftet meg|tatt nytt etternavn]] og heter nå {full} (tidligere {first} {oldname}). Vil dere oppdatere navnet i kundeopplysningene og på medlemskapet?` },

  // ── restriction (begrensning) ──
  { id: "r-nb-restr-1", lang: "nb", category: RR, rights: ["restriction"], count: 3,
    subjects: ["Begrensning av behandling", "Ikke slett – men ikke bruk", "Stopp bruken av opplysningene mine"],
    body: `Jeg mener opplysningene dere har om [[betalingene|fakturaadressen og kjøpene]] mine er feil, [[og dette er nå hos advokaten min|og jeg har klaget på det]]. Inntil saken er avklart ber jeg om at dere begrenser behandlingen: ikke slett noe, men ikke bruk opplysningene til noe annet enn å oppbevare dem.` },
  { id: "r-nb-restr-2", lang: "nb", category: RR, rights: ["restriction"], count: 2,
    subjects: ["Opptaket – ikke slett", "Behold opptaket, men ikke del det"],
    body: `Dere har sagt at opptaket fra {date} skal slettes. [[Vent med det|Ikke slett det]] – jeg trenger det som dokumentasjon i en tvist med en tidligere samarbeidspartner. Men det må ikke deles med andre eller brukes til noe annet i mellomtiden. Kan dere låse det?` },
  { id: "r-nb-restr-3", lang: "nb", category: RR, rights: ["restriction"], count: 2,
    subjects: ["Begrens bruken", "frys dataene mine"],
    body: `jeg har protestert på en faktura (nr {invoice}) og vil at dere [[fryser|begrenser bruken av]] opplysningene om meg til saken er ferdig. altså bare lagre dem, [[ikke bruke dem til utsendelser eller noe annet|ikke sende noe til inkasso eller bruke dem ellers]].` },

  // ── portability (dataportabilitet) ──
  { id: "r-nb-port-1", lang: "nb", category: RR, rights: ["portability"], count: 3,
    subjects: ["Dataportabilitet", "Eksport av data", "Data i maskinlesbart format"],
    body: `Jeg ber om å få utlevert personopplysningene jeg har gitt dere i et strukturert, [[alminnelig anvendt og maskinlesbart|maskinlesbart]] format, for eksempel CSV eller JSON. [[Jeg skal flytte til en annen leverandør.|Jeg skal bruke dem hos en annen tilbyder.]]` },
  { id: "r-nb-port-2", lang: "nb", category: RR, rights: ["portability"], count: 2,
    subjects: ["Overføring av kursdata", "flytte til annen plattform"],
    body: `Vi [[bytter|går over]] til en annen coachingleverandør. Kan dere overføre [[notatene, målene og kursfremdriften|dataene]] mine direkte til dem? Kontaktpersonen der er {otheremail}. Hvis det ikke går, send filen til meg i et format som kan importeres.` },
  { id: "r-nb-port-3", lang: "nb", category: RR, rights: ["portability"], count: 2,
    subjects: ["export", "Eksport fra kursportalen"],
    body: `Trenger en eksport av [[dataene mine|alt jeg har lagt inn]] fra kursportalen (oppgavesvar, fremdrift, profil) som fil jeg kan laste inn [[i et annet system|hos ny plattform]]. [[Excel/CSV er fint.|JSON eller CSV.]]` },

  // ── objection (protest) ──
  { id: "r-nb-obj-1", lang: "nb", category: RR, rights: ["objection"], count: 3,
    subjects: ["Jeg har aldri meldt meg på", "Uønsket markedsføring", "Protest mot reklame"],
    body: `Jeg har [[aldri bedt om|aldri samtykket til]] å få markedsføring fra dere, men får [[stadig|likevel]] tilbud på e-post. Jeg protesterer mot at dere bruker adressen min til markedsføring. [[Stopp det.|Slutt med dette.]]` },
  { id: "r-nb-obj-2", lang: "nb", category: RR, rights: ["objection"], count: 2,
    subjects: ["Slutt å ringe meg", "Telefonsalg"],
    body: `Jeg ble ringt [[igjen|for tredje gang]] {date} av en fra dere som ville selge meg {course}. Jeg var på et gratiswebinar, det er alt. Jeg motsetter meg at dere bruker nummeret mitt til salgshenvendelser.` },
  { id: "r-nb-obj-3", lang: "nb", category: RR, rights: ["objection"], count: 2,
    subjects: ["Protest – kundehistorikk", "Bruk av henvendelsene mine"],
    body: `Jeg protesterer mot at dere [[beholder og bruker|lagrer]] historikken over henvendelsene mine med begrunnelse i «berettiget interesse». Min situasjon er spesiell, [[jeg har en sak mot en tidligere arbeidsgiver som nevnes i e-postene|e-postene inneholder ting om helsen min som jeg angrer på at jeg skrev]]. Jeg ber dere stanse denne behandlingen.` },

  // ── withdraw_consent (trekke samtykke) ──
  { id: "r-nb-wd-1", lang: "nb", category: RR, rights: ["withdraw_consent"], count: 2,
    subjects: ["Avmelding nyhetsbrev", "Meld meg av nyhetsbrevet", "ikke mer nyhetsbrev takk"],
    body: `Jeg ønsker ikke lenger å motta nyhetsbrevet [[deres|fra Bedre Bedrift]]. [[Avmeldingslenken virker ikke.|Fant ikke avmeldingslenken.|]] [[Takk for mange gode tips!|]]` },
  { id: "r-nb-wd-2", lang: "nb", category: RR, rights: ["withdraw_consent"], count: 2,
    subjects: ["Bildet mitt på nettsiden", "Trekker samtykke til bruk av bilde"],
    body: `Jeg sa ja til at dere kunne bruke [[bildet og sitatet mitt|en kundeuttalelse fra meg]] på nettsiden [[i fjor|etter kurset]]. Det samtykket trekker jeg nå tilbake – ta det ned [[så snart som mulig|snarest]].` },
  { id: "r-nb-wd-3", lang: "nb", category: RR, rights: ["withdraw_consent"], count: 2,
    subjects: ["samtykke", "Trekker samtykket"],
    body: `Jeg trekker tilbake samtykket jeg ga da jeg meldte meg på {webinar}. [[Dere får ikke sende meg e-post om nye kurs lenger.|Ikke send meg flere tilbud.]]` },
  { id: "r-nb-wd-4", lang: "nb", category: RR, rights: ["withdraw_consent"], count: 2,
    subjects: ["Stop", "avmelding"],
    body: `stopp nyhetsbrevene [[pls|takk]], [[for mye mail nå|orker ikke mer i innboksen]]`, frame: false },

  // ── several rights ──
  { id: "r-nb-multi-1", lang: "nb", category: RR, rights: ["access", "erasure"], count: 3,
    subjects: ["Innsyn og sletting", "Hva har dere – og slett det", "Innsyn + sletting"],
    body: `Først vil jeg ha en oversikt over hvilke opplysninger dere har om meg. Deretter ber jeg om at alt sammen slettes. [[Jeg har ikke vært kunde på flere år.|Jeg er ikke lenger interessert i kursene.]]` },
  { id: "r-nb-multi-2", lang: "nb", category: RR, rights: ["erasure", "withdraw_consent"], count: 3,
    subjects: ["Avslutte alt", "Meld meg av og slett meg", "Ut av alt"],
    body: `[[Meld meg av nyhetsbrevet|Jeg vil ikke ha nyhetsbrevet mer]] og slett [[kontoen min og alle opplysninger|alt dere har om meg]]. [[Takk.|Dette er et formelt krav.|]]` },
  { id: "r-nb-multi-3", lang: "nb", category: RR, rights: ["access", "portability"], count: 2,
    subjects: ["Innsyn og eksport", "Kopi + fil"],
    body: `To ting: 1) Hvilke opplysninger har dere om meg, og hvem har dere delt dem med? 2) Kursdataene mine (fremdrift, oppgaver) vil jeg ha som CSV-fil så jeg kan ta dem med til [[en annen plattform|ny leverandør]].` },
  { id: "r-nb-multi-4", lang: "nb", category: RR, rights: ["rectification", "restriction"], count: 2,
    subjects: ["Feil på faktura og i kundeprofil", "Uenig i opplysningene"],
    body: `Dere har registrert at jeg har kjøpt [[Mentorprogrammet|en pakke]] for {amount} kr, det har jeg ikke. Rett opp kjøpshistorikken min. Mens dere undersøker, vil jeg at opplysningene ikke brukes til fakturering eller purring.` },
  { id: "r-nb-multi-5", lang: "nb", category: RR, rights: ["objection", "withdraw_consent"], count: 2,
    subjects: ["Stopp all markedsføring", "Ingen mer reklame"],
    body: `Jeg trekker samtykket til nyhetsbrevet. I tillegg protesterer jeg mot at dere [[følger meg opp med salgssamtaler på telefon|sender meg tilbud på SMS]], noe jeg aldri har bedt om.` },
  { id: "r-nb-multi-6", lang: "nb", category: RR, rights: ["access", "rectification"], count: 2,
    subjects: ["Sjekk av opplysninger", "Hva står registrert på meg?"],
    body: `Jeg tror dere har feil firmanavn og adresse på meg. Send meg det dere har registrert, og rett [[firmanavnet til {company}|adressen til {street}, {city}]].` },
  { id: "r-nb-multi-7", lang: "nb", category: RR, rights: ["access", "erasure", "withdraw_consent"], count: 2,
    subjects: ["GDPR", "Personvern – krav"],
    body: `Med henvisning til GDPR:
- Jeg trekker tilbake alle samtykker (nyhetsbrev, bilder).
- Jeg ber om innsyn i opplysningene dere har.
- Når innsynet er gitt, skal alt slettes.

Svar innen 30 dager.` },
  { id: "r-nb-multi-8", lang: "nb", category: RR, rights: ["erasure", "objection"], count: 2,
    subjects: ["Slutt med dette", "Slett nummeret mitt"],
    body: `Dere har sendt meg SMS-reklame uten at jeg har bedt om det. Jeg protesterer mot det, og vil at dere sletter nummeret mitt {phone} og navnet mitt fra [[lista|registeret]] deres.` },
];
