/** Automated mail: auto-replies, bounces, newsletters and notifications. Some carry no telling headers. */
import { encodedWords } from "../generator/mime";
import type { Fill, Template } from "../generator/template";

const A = "automated" as const;

function bounce(fill: Fill, opts: { mta: string; status: string; diagnostic: string; originalSubject: string; lang: "nb" | "en"; intro: string }): string {
  const boundary = `=_bounce_${fill.invoice}${fill.member}`;
  const recipient = fill.email;
  return `Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@${opts.mta}>
To: hei@bedrebedrift.no
Subject: ${opts.lang === "nb" ? "Ikke levert: " : "Undelivered Mail Returned to Sender"}${opts.lang === "nb" ? opts.originalSubject : ""}
Date: Tue, 11 Mar 2025 0${(fill.invoice ?? "1").slice(0, 1)}:14:22 +0100
Message-ID: <bounce.${fill.member}@${opts.mta}>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"

This is a MIME-encapsulated message.

--${boundary}
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

${opts.intro}

<${recipient}>: ${opts.diagnostic}

--${boundary}
Content-Type: message/delivery-status

Reporting-MTA: dns; ${opts.mta}
Arrival-Date: Tue, 11 Mar 2025 08:14:20 +0100

Final-Recipient: rfc822; ${recipient}
Action: failed
Status: ${opts.status}
Diagnostic-Code: smtp; ${opts.diagnostic}

--${boundary}
Content-Type: text/rfc822-headers

From: Bedre Bedrift <hei@bedrebedrift.no>
To: ${recipient}
Subject: ${opts.originalSubject}
Date: Tue, 11 Mar 2025 08:14:19 +0100
Message-ID: <orig.${fill.member}@bedrebedrift.no>

--${boundary}--
`;
}

function readReceipt(fill: Fill, lang: "nb" | "en"): string {
  const boundary = `mdn_${fill.member}`;
  const subject = lang === "nb" ? encodedWords("Lest: Svar på innsynskravet ditt", "iso-8859-1", "Q") : "Read: Your request to delete your data";
  const text = lang === "nb"
    ? `Meldingen\n\n  Til: ${fill.email}\n  Emne: Svar på innsynskravet ditt\n\nble lest ${fill.date}.`
    : `Your message\n\n  To: ${fill.email}\n  Subject: Your request to delete your data\n\nwas read on ${fill.date}.`;
  return `From: ${fill.first} <${fill.email}>
To: hei@bedrebedrift.no
Subject: ${subject}
Date: Wed, 12 Mar 2025 14:0${(fill.member ?? "1").slice(0, 1)}:10 +0100
Message-ID: <mdn.${fill.member}@${(fill.email ?? "x@mail.no").split("@")[1]}>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="${boundary}"

--${boundary}
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: 8bit

${text}

--${boundary}
Content-Type: message/disposition-notification

Reporting-UA: ${(fill.email ?? "x@mail.no").split("@")[1]}; Microsoft Outlook 16.0
Final-Recipient: rfc822;${fill.email}
Original-Message-ID: <orig.${fill.invoice}@bedrebedrift.no>
Disposition: manual-action/MDN-sent-manually; displayed

--${boundary}--
`;
}

function delayed(fill: Fill): string {
  const boundary = `dsn_${fill.member}`;
  return `From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: hei@bedrebedrift.no
Subject: Delivery Status Notification (Delay)
Date: Fri, 14 Mar 2025 1${(fill.invoice ?? "1").slice(0, 1)}:02:41 +0100
Message-ID: <dsn.${fill.member}@mx.google.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"

--${boundary}
Content-Type: text/plain; charset=UTF-8

** Delivery incomplete **

There was a temporary problem delivering your message to ${fill.otheremail}. Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.

--${boundary}
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Final-Recipient: rfc822; ${fill.otheremail}
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; 421 4.4.1 Connection timed out
Will-Retry-Until: Sun, 16 Mar 2025 10:02:41 +0100

--${boundary}--
`;
}

const OOO_HEADERS = { "Auto-Submitted": "auto-replied", "X-Autoreply": "yes" };
const BULK = (list: string, unsubscribe: string) => ({ "Precedence": "bulk", "List-Id": list, "List-Unsubscribe": unsubscribe });

export const AUTOMATED: Template[] = [
  { id: "a-bounce-nouser", lang: "en", category: A, count: 3, subjects: [""], body: "",
    raw: (f) => bounce(f, { mta: "mx.online.no", status: "5.1.1", diagnostic: "550 5.1.1 <" + f.email + ">: Recipient address rejected: User unknown", originalSubject: "Svar på ditt krav om sletting", lang: "en", intro: "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below." }) },
  { id: "a-bounce-full", lang: "en", category: A, count: 2, subjects: [""], body: "",
    raw: (f) => bounce(f, { mta: "mail.protection.outlook.com", status: "5.2.2", diagnostic: "552 5.2.2 Mailbox full", originalSubject: "Kvittering for " + f.course, lang: "en", intro: "Delivery has failed to these recipients or groups. The recipient's mailbox is full and can't accept messages now." }) },
  { id: "a-bounce-nb", lang: "nb", category: A, count: 2, subjects: [""], body: "",
    raw: (f) => bounce(f, { mta: "smtp.domeneshop.no", status: "5.1.1", diagnostic: "550 5.1.1 Adressen finnes ikke", originalSubject: "Innsyn i dine personopplysninger", lang: "nb", intro: "Meldingen din kunne ikke leveres til en eller flere mottakere.\nMottakeradressen finnes ikke. Kontroller adressen og prov igjen." }) },

  { id: "a-ooo-nb", lang: "nb", category: A, count: 3, headers: OOO_HEADERS,
    subjects: ["Fraværsmelding: {course}", "Autosvar: Nyhetsbrev fra Bedre Bedrift", "Automatisk svar: Faktura {invoice}"],
    body: `Takk for e-posten din. Jeg er [[på ferie|på kurs|ute av kontoret]] til og med {date2} og har begrenset tilgang til e-post. [[Ved hastesaker, kontakt {otheremail}.|Henvendelsen din blir besvart når jeg er tilbake.]]

Med vennlig hilsen
{full}` },
  { id: "a-ooo-en", lang: "en", category: A, count: 3, headers: OOO_HEADERS,
    subjects: ["Out of Office: Your order {order}", "Automatic reply: Webinar reminder", "Auto: Re: Your data request"],
    body: `Thank you for your message. I am out of the office until {date2} [[with no access to email|with limited access to email]]. [[For urgent matters please contact {otheremail}.|I will respond as soon as possible on my return.]]

{full}` },
  { id: "a-ooo-noheaders-nb", lang: "nb", category: A, count: 2,
    subjects: ["Borte", "Ferie"],
    body: `Dette er et automatisk svar. Jeg er på [[fødselspermisjon|ferie]] frem til {date2} og leser ikke e-post. E-posten din blir ikke videresendt.

Hilsen {first}` },
  { id: "a-ooo-noheaders-en", lang: "en", category: A, count: 2,
    subjects: ["Away", "On leave"],
    body: `This is an automated response. I'm on parental leave until {date2} and not checking email. Your message will not be forwarded.` },

  { id: "a-kajabi-sale", lang: "en", category: A, count: 3,
    from: { name: "Kajabi", address: "no-reply@kajabi.com" },
    headers: { "Auto-Submitted": "auto-generated", "X-Mailer": "Kajabi Notifications" },
    subjects: ["You made a sale! 🎉", "New purchase: {course}", "New offer purchase"],
    body: `Congratulations! {full} ({email}) just purchased {course} for NOK {amount}.

View the customer in your Kajabi dashboard.

You are receiving this because sale notifications are turned on for your site.` },
  { id: "a-kajabi-member", lang: "en", category: A, count: 2,
    from: { name: "Kajabi", address: "notifications@kajabi.com" },
    subjects: ["New member sign-up", "A new member joined your site"],
    body: `{full} just created an account on your site.

Email: {email}
Signed up: {date}

Manage notification settings in Settings > Notifications.` },
  { id: "a-whereby", lang: "en", category: A, count: 3,
    from: { name: "Whereby", address: "no-reply@whereby.com" },
    headers: { "Auto-Submitted": "auto-generated", "Precedence": "bulk" },
    subjects: ["{full} is waiting in your room", "Your recording is ready", "Your room was visited"],
    body: `[[{full} knocked on your room bedrebedrift-coaching at 09:58.|A recording from your room bedrebedrift-gruppe is now available to download. Recordings are kept for 30 days.]]

– The Whereby team` },
  { id: "a-fathom", lang: "en", category: A, count: 2,
    from: { name: "Fathom Analytics", address: "reports@usefathom.com" },
    headers: BULK("<weekly-reports.usefathom.com>", "<https://app.usefathom.com/unsubscribe?u={member}>"),
    subjects: ["Your weekly report for bedrebedrift.no", "bedrebedrift.no: weekly stats"],
    body: `Here's how bedrebedrift.no did this week.

Unique visitors: {invoice}
Pageviews: {member}
Top page: /kurs

Privacy first: no cookies, no personal data.` },
  { id: "a-newsletter-other-nb", lang: "nb", category: A, count: 3,
    from: { name: "Gründerbladet", address: "nyhetsbrev@grunderbladet.no" },
    headers: BULK("Grunderbladet nyhetsbrev <nyheter.grunderbladet.no>", "<mailto:avmelding@grunderbladet.no>, <https://grunderbladet.no/avmeld?id={member}>"),
    subjects: ["Ukens nyheter for gründere", "Nytt fra Gründerbladet: GDPR for småbedrifter", "5 ting du må vite om personvern"],
    body: `Hei!

Denne uken: Slik håndterer du krav om innsyn og sletting fra kundene dine, og hva Datatilsynet forventer av små bedrifter.

Les mer på nettsiden vår.

Du mottar denne e-posten fordi du abonnerer på nyhetsbrevet. Meld deg av her.` },
  { id: "a-newsletter-datatilsynet", lang: "nb", category: A, count: 2,
    from: { name: "Datatilsynet", address: "nyhetsbrev@datatilsynet.no" },
    headers: { "Precedence": "list", "List-Id": "<nyhetsbrev.datatilsynet.no>", "List-Unsubscribe": "<https://www.datatilsynet.no/avmelding?e={member}>" },
    subjects: ["Nyhetsbrev fra Datatilsynet", "Nytt om retten til dataportabilitet"],
    body: `Nyhetsbrev – [[november|mars]]

• Ny veileder: retten til dataportabilitet og innsyn
• Tilsyn med nettbutikker
• Husk: den registrerte har rett til svar innen én måned

Du får denne e-posten fordi du har meldt deg på nyhetsbrevet vårt.` },
  { id: "a-newsletter-en", lang: "en", category: A, count: 2,
    from: { name: "SmallBiz Weekly", address: "hello@smallbizweekly.com" },
    headers: BULK("SmallBiz Weekly <weekly.smallbizweekly.com>", "<https://smallbizweekly.com/unsub?u={member}>"),
    subjects: ["This week: handling GDPR deletion requests", "SmallBiz Weekly #{invoice}"],
    body: `This week in SmallBiz Weekly:

- How to answer a data subject access request in 5 steps
- "Delete my data": what you must keep and what you can erase
- Pricing tips for course creators

You're receiving this because you subscribed. Unsubscribe any time.` },
  { id: "a-stripe", lang: "en", category: A, count: 2,
    from: { name: "Stripe", address: "notifications@stripe.com" },
    headers: { "Auto-Submitted": "auto-generated" },
    subjects: ["Your payout of NOK {amount} is on the way", "Payment received from {full}"],
    body: `[[A payout of NOK {amount} has been sent to your bank account ending in 4412.|You received a payment of NOK {amount} from {email}.]]

View details in the Dashboard.

Stripe` },
  { id: "a-receipt-noheaders-nb", lang: "nb", category: A, count: 2,
    from: { name: "Domeneshop", address: "noreply@domeneshop.no" },
    subjects: ["Faktura for domenefornyelse", "Kvittering: bedrebedrift.no"],
    body: `Dette er en automatisk generert e-post. Vennligst ikke svar på denne.

Domenet bedrebedrift.no er fornyet for 12 måneder. Beløp: 149 kr.

Domeneshop` },
  { id: "a-noreply-nb", lang: "nb", category: A, count: 2,
    from: { name: "Fiken", address: "ikke-svar@fiken.no" },
    subjects: ["Du har en ny faktura å godkjenne", "Påminnelse: MVA-frist nærmer seg"],
    body: `Hei Bedre Bedrift AS,

[[Det ligger en ny leverandørfaktura klar for godkjenning i Fiken.|Fristen for mva-meldingen er {date2}. Husk å levere i tide.]]

Denne meldingen er sendt automatisk og kan ikke besvares.` },
  { id: "a-form-notification", lang: "nb", category: A, count: 2,
    from: { name: "WordPress", address: "wordpress@bedrebedrift.no" },
    headers: { "X-Mailer": "WPMailSMTP/Mailer/smtp 3.11" },
    subjects: ["[Bedre Bedrift] Ny påmelding til nyhetsbrev", "[Bedre Bedrift] Ny kommentar venter på godkjenning"],
    body: `[[En ny abonnent har meldt seg på nyhetsbrevet: {email}|Ny kommentar på innlegget «Slik priser du tjenestene dine» venter på godkjenning.]]

Denne e-posten ble sendt fra nettstedet Bedre Bedrift (https://bedrebedrift.no).` },
  { id: "a-linkedin", lang: "en", category: A, count: 2,
    from: { name: "LinkedIn", address: "messages-noreply@linkedin.com" },
    headers: { "List-Unsubscribe": "<https://www.linkedin.com/e/unsubscribe?id={member}>", "Precedence": "bulk" },
    subjects: ["{first}, you appeared in 14 searches this week", "You have 3 new invitations"],
    body: `[[You appeared in 14 searches this week.|You have new invitations waiting.]]

See all activity on LinkedIn.

You are receiving LinkedIn notification emails. Unsubscribe.` },
  { id: "a-google", lang: "en", category: A, count: 2,
    from: { name: "Google Workspace", address: "workspace-noreply@google.com" },
    headers: { "Auto-Submitted": "auto-generated" },
    subjects: ["Security alert for hei@bedrebedrift.no", "Your Google Workspace invoice is available"],
    body: `[[A new sign-in to hei@bedrebedrift.no was detected on a Windows device. If this was you, you don't need to do anything.|Your invoice for Google Workspace is available in the Admin console.]]

This email was sent to you because of important changes to your Google account. You can't unsubscribe.` },
  { id: "a-calendar", lang: "nb", category: A, count: 2,
    from: { name: "Calendly", address: "notifications@calendly.com" },
    headers: { "Auto-Submitted": "auto-generated" },
    subjects: ["Ny avtale: 1:1 veiledning med {full}", "Avlyst: Gruppeveiledning"],
    body: `[[Ny avtale er booket.|En avtale er avlyst.]]

Hvem: {full} ({email})
Når: {date} kl. 10:00
Hvor: Whereby

Du mottar denne meldingen fordi varsler er slått på.` },
  { id: "a-ticket-nb", lang: "nb", category: A, count: 2,
    headers: { "Auto-Submitted": "auto-replied" },
    from: { name: "Kundeservice Telenor", address: "kundeservice@telenor.no" },
    subjects: ["Vi har mottatt henvendelsen din [Sak #{member}]", "Saksnummer {member}"],
    body: `Takk for at du kontaktet oss. Henvendelsen din er registrert med saksnummer {member}. Vi svarer vanligvis innen tre virkedager.

Denne e-posten kan ikke besvares.` },
  { id: "a-survey-en", lang: "en", category: A, count: 2,
    from: { name: "Trustpilot", address: "noreply.invitations@trustpilotmail.com" },
    headers: BULK("<invitations.trustpilot.com>", "<https://www.trustpilot.com/unsubscribe?u={member}>"),
    subjects: ["How did we do? Review your recent experience", "Your review has been published"],
    body: `[[Thanks for using Trustpilot. Your review of Bedre Bedrift AS has been published.|Tell others about your experience with a company you used recently.]]

This is an automated email. Please don't reply.` },
  { id: "a-mdn-nb", lang: "nb", category: A, count: 2, subjects: [""], body: "", raw: (f) => readReceipt(f, "nb") },
  { id: "a-mdn-en", lang: "en", category: A, count: 2, subjects: [""], body: "", raw: (f) => readReceipt(f, "en") },
  { id: "a-delayed", lang: "en", category: A, count: 2, subjects: [""], body: "", raw: delayed },
  { id: "a-mailchimp", lang: "en", category: A, count: 2,
    from: { name: "Mailchimp", address: "no-reply@mailchimp.com" },
    headers: { "Auto-Submitted": "auto-generated", "Precedence": "bulk" },
    subjects: ["Your campaign \"Nyhetsbrev {date}\" has been sent", "Campaign report: 3 unsubscribes"],
    body: `Your campaign to the list "Bedre Bedrift nyhetsbrev" was sent to 1,24{weeks} subscribers.

Opens: 48.2%
Clicks: 6.1%
Unsubscribes: [[3|5]]

View the full report in Mailchimp.` },
  { id: "a-vipps-noheaders", lang: "nb", category: A, count: 2,
    from: { name: "Vipps", address: "noreply@vipps.no" },
    subjects: ["Du har mottatt en betaling", "Oppgjør for {date}"],
    body: `[[Du har fått {amount} kr fra {full} for «{course}».|Oppgjøret for {date} er utbetalt til kontoen din.]]

Se detaljer i Vipps-portalen.

Denne e-posten er sendt automatisk. Du kan ikke svare på den.` },
  { id: "a-kajabi-nb-noheaders", lang: "nb", category: A, count: 2,
    from: { name: "Bedre Bedrift kursportal", address: "noreply@mg.kajabi.com" },
    subjects: ["Ny innsending i {course}", "En elev har fullført en modul"],
    body: `[[{full} har levert en oppgave i modul 3 i {course}.|{full} har fullført modul 2 i {course}.]]

Logg inn i kursportalen for å se detaljer.

Dette er et automatisk varsel fra kursportalen.` },
  { id: "a-newsletter-noheaders-en", lang: "en", category: A, count: 2,
    from: { name: "The Course Creator Digest", address: "digest@coursecreatordigest.com" },
    subjects: ["Course Creator Digest – issue #{weeks}", "Your weekly digest: privacy rules for course creators"],
    body: `COURSE CREATOR DIGEST

In this issue:
* Do you have to delete student data when they ask? A practical guide
* 7 email subject lines that convert
* Tool of the week

You are receiving this email because you signed up at coursecreatordigest.com.
Unsubscribe | Update preferences` },
  { id: "a-facebook", lang: "nb", category: A, count: 2,
    from: { name: "Facebook", address: "notification@facebookmail.com" },
    headers: { "List-Unsubscribe": "<https://www.facebook.com/o.php?k={member}>", "Precedence": "bulk" },
    subjects: ["{full} kommenterte innlegget ditt", "Du har nye varsler"],
    body: `[[{full} kommenterte innlegget til Bedre Bedrift: «Så nyttig!»|Du har 4 nye varsler og 2 meldinger.]]

Se på Facebook

Denne meldingen ble sendt til hei@bedrebedrift.no. Hvis du ikke ønsker å motta slike e-poster, kan du melde deg av.` },
  { id: "a-ooo-outlook-quoted", lang: "nb", category: A, count: 2, headers: { "Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All" },
    subjects: ["Automatisk svar: Din forespørsel om sletting"],
    history: { from: "business", subject: "Din forespørsel om sletting", text: `Hei {first},\n\nVi har slettet opplysningene dine som du ba om.\n\nVennlig hilsen\nBedre Bedrift AS`, style: "outlook" },
    body: `Jeg er på kurs og tilbake {date2}. Jeg leser e-post sporadisk.

{full}` },
  { id: "a-ooo-en-quoted", lang: "en", category: A, count: 2, headers: { "Auto-Submitted": "auto-replied" },
    subjects: ["Automatic reply: Unsubscribe confirmation"],
    history: { from: "business", subject: "Unsubscribe confirmation", text: `Hi {first},\n\nYou have been unsubscribed from our newsletter and will receive no further marketing emails.\n\nBest wishes,\nBedre Bedrift AS` },
    body: `I'm currently travelling with limited access to email and will reply on my return on {date2}.` },
];
