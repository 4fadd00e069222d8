import type { ParsedMail } from "../mail";

export interface AutomatedFinding {
  /** Evidence from headers, the sender or machine-only wording: a machine sent this. */
  strong: string[];
  /** Evidence from the subject or wording only. */
  weak: string[];
}

const BULK_PRECEDENCE = /^(bulk|list|junk|auto_reply)$/i;
const MACHINE_SENDER = /^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|donotreply|noreply-[\w.-]*|bounces?|bounce[+-][\w.+-]*|auto-?reply|autosvar|notifications?|varsel|varsling|newsletter|nyhetsbrev|wordpress|alerts?|calendar-notification|billing|receipts?)@/i;
/** "messages-noreply@", "ikke-svar@", "invoice-notifications@": a no-reply word anywhere in the local part. */
const MACHINE_SENDER_PART = /^[^@]*(no-?reply|do-?not-?reply|ikke-?svar|ingen-?svar|mailer-daemon|notifications?-?noreply)[^@]*@/i;
const AUTOMATED_SUBJECT =
  /(automatisk svar|autosvar|auto(matic)?[- ]?reply|autoreply|^\s*fravær(ende)?\s*:|^\s*fravaerende\s*:|fraværsmelding|fravaersmelding|out of (the )?office|^\s*ooo\b|abwesenheit|undelivered mail|undeliverable\s*:|delivery status notification|delivery (has )?failed|returned mail|mail delivery (failed|failure|subsystem)|(melding|e-post(en)?) (kan ikke|kunne ikke) leveres|ikke levert\s*:|leveringsfeil|levering mislyktes|failure notice|message not delivered|^\s*auto\s*:|^\s*(read|lest|gelesen)\s*:|^\s*(read receipt|lesebekreftelse)\b)/i;
/** Wording only a machine-sent mail carries: decisive even when the text mentions rights. */
const MACHINE_FOOTER =
  /(dette er (en|et) automatisk|this is an automatic|this is an automated|automatisk (generert|sendt)|automatically generated|you are receiving this (e-?mail|message|newsletter|because)|you('re| are) receiving this because|you('re| are) receiving (\w+ ){0,3}(e-?mails?|notifications?|messages?)( because)?\b|du (mottar|får|far) (denne|dette|e-posten|nyhetsbrevet)( e-?posten| mailen| meldingen| nyhetsbrevet| varselet)? (fordi|siden)|update (your )?preferences|endre (dine )?(preferanser|innstillinger for e-post)|(denne e-posten|this (e-?mail|message)) (ble|was) (sendt|sent|generated) (fra|from|automatically|automatisk)|(denne e-posten|denne meldingen|this (e-?mail|message)) (er|is|has been) (sendt|sent|generert|generated) (via|through|gjennom|automatisk|automatically)|do not reply to this|please do not reply|ikke svar på denne|ikke svar pa denne|vennligst ikke svar|view (this|it) in your browser|vis (denne e-posten )?i nettleser|denne e-posten er (automatisk )?generert|this (e-?mail|message) (was|is) (automatically )?generated|sendt automatisk|this is an automated (message|notification|e-?mail)|to stop receiving these|manage (your )?(notification|email) (settings|preferences)|administrer (varsler|varslinger)|unsubscribe (at any time|anytime|here|below)|(click|klikk) (here|her) to unsubscribe|meld deg av (her|når som helst|nar som helst)|du kan (når som helst|nar som helst) melde deg av)/i;
/** Out-of-office wording without the headers: only trusted in a short mail that asks for nothing. */
const AUTOMATED_BODY =
  /(jeg er (på|pa) (ferie|reise|kurs)|er fraværende|er fravaerende|er ute av kontoret|tilbake (på|pa) kontoret|i'm (currently )?out of (the )?office|i am (currently )?out of (the )?office|(limited|no) access to (my )?e-?mail|begrenset tilgang til e-?post|leser ikke e-?post|(i|jeg) (er )?(foreldre)?permisjon|ved hastesaker|for urgent (matters|enquiries|inquiries)|(i'?m|i am) (currently )?(away|travelling|traveling|on (leave|holiday|vacation))|on (parental|maternity|paternity|annual|sick|sabbatical|study) leave|not checking (my )?e-?mail|(jeg )?har ferie (til|frem til|fram til|til og med)|svarer (når|nar) jeg er tilbake|will (reply|respond|get back to you) (when|as soon as) i('m| am) back|could not be delivered|kunne ikke leveres|permanent (error|failure)|was read on|ble lest( den)?)/i;
/** Reminders, receipts and order notices a platform writes: trusted like the out-of-office wording. */
const NOTICE_BODY =
  /(dette er en (automatisk )?påminnelse|dette er en (automatisk )?paminnelse|this is a (friendly )?reminder|starts? in \d+ (minutes?|hours?)|starter (om|i morgen)|join (here|the meeting|now)|bli med (via|her)|du har mottatt en ny (bestilling|ordre|betaling)|you('ve)? received a (new )?(payment|order)|view (it|the (payment|order|invoice)) in your (dashboard|account))/i;
const SHORT_AUTOMATED_TEXT = 600;
/**
 * A notice a company sends its customers, or a phisher's copy of one ("Kjære kunde, kontoen din blir slettet …
 * bekreft passordet ditt"): forwarded with only "FYI", it asks the business for nothing.
 */
const NOTICE_TO_CUSTOMER =
  /^\s*(kjære|kjaere|dear|hei|hello|hi)\s+(kunde|kunder|customer|customers|bruker|user|member|medlem|valued customer|account holder|client|abonnent|subscriber)\b|\b(bekreft|verifiser|oppdater)\w*\s+(passordet|kontoen|kontoopplysningene|betalingsinformasjonen|kortopplysningene|identiteten)\s+(din|ditt|dine)\b|\b(verify|confirm|update)\s+your\s+(password|account|identity|payment|card|login)\b/im;

export function isNoticeToCustomer(text: string): boolean {
  return NOTICE_TO_CUSTOMER.test(text.slice(0, 5000));
}

/** The "Fra:/From:" line of a forwarded mail's header block. */
const FORWARDED_FROM = /^[\s>]*\**(?:fra|from|von)\s*:\**\s*(.*)$/im;

/**
 * A forwarded mail a machine sent (someone else's newsletter, a platform notice): "FYI" over
 * Datatilsynet's newsletter about access and deletion asks the business for nothing.
 */
export function isForwardedMachineMail(quoted: string, forwarded: string): boolean {
  const from = FORWARDED_FROM.exec(quoted.slice(0, 3000))?.[1] ?? "";
  const address = /<?([^<>\s]+@[^<>\s]+?)>?\s*$/.exec(from)?.[1]?.toLowerCase();
  if (address !== undefined && (MACHINE_SENDER.test(address) || MACHINE_SENDER_PART.test(address))) return true;
  return MACHINE_FOOTER.test(forwarded.slice(0, 5000));
}

export function findAutomated(mail: ParsedMail): AutomatedFinding {
  const strong: string[] = [];
  const weak: string[] = [];
  const h = mail.headers;

  const autoSubmitted = h["auto-submitted"];
  if (autoSubmitted && !/^no\b/i.test(autoSubmitted)) strong.push(`header Auto-Submitted: ${autoSubmitted}`);
  for (const name of ["x-autoreply", "x-autorespond", "x-autogenerated", "x-failed-recipients"]) {
    if (h[name] !== undefined) strong.push(`header ${displayName(name)}: ${h[name]}`);
  }
  if (h.precedence && BULK_PRECEDENCE.test(h.precedence.trim())) strong.push(`header Precedence: ${h.precedence}`);
  if (h["list-id"] !== undefined) strong.push(`header List-Id: ${h["list-id"]}`);
  if (h["list-unsubscribe"] !== undefined) strong.push("header List-Unsubscribe");
  const contentType = h["content-type"] ?? "";
  if (/multipart\/report/i.test(contentType)) strong.push("header Content-Type: multipart/report");
  if (h["return-path"] !== undefined && /^<\s*>$/.test(h["return-path"].trim())) strong.push("header Return-Path: <>");
  // A web form relays a person's message from a machine address, with Reply-To set to that person.
  const replyTo = /<?([^<>\s]+@[^<>\s]+?)>?\s*$/.exec(h["reply-to"] ?? "")?.[1]?.toLowerCase();
  const relaysAPerson = replyTo !== undefined && replyTo !== mail.from.address && !MACHINE_SENDER.test(replyTo) && !MACHINE_SENDER_PART.test(replyTo);
  if ((MACHINE_SENDER.test(mail.from.address) || MACHINE_SENDER_PART.test(mail.from.address)) && !relaysAPerson) strong.push(`avsender / sender ${mail.from.address}`);
  if (!mail.from.address && /mailer-daemon|postmaster/i.test(h.from ?? "")) strong.push(`avsender / sender ${h.from}`);

  // "SV: Automatisk svar: …" is a person answering an auto-reply, "VS: Undelivered Mail" a person forwarding a bounce.
  const subject = /^\s*(re|sv|aw|fwd?|vs|wg)\s*:/i.test(mail.subject) ? null : AUTOMATED_SUBJECT.exec(mail.subject);
  if (subject) weak.push(`emne / subject «${subject[0]}»`);
  const footer = MACHINE_FOOTER.exec(mail.text.slice(0, 5000)) ?? MACHINE_FOOTER.exec(mail.signature.slice(0, 2000));
  if (footer) strong.push(`tekst / text «${footer[0]}»`);
  // "Jeg er på ferie til mandag, kan dere…?" is a person: a question rules the wording out.
  const body = mail.text.length <= SHORT_AUTOMATED_TEXT && !mail.text.includes("?") ? (AUTOMATED_BODY.exec(mail.text) ?? NOTICE_BODY.exec(mail.text)) : null;
  if (body) weak.push(`tekst / text «${body[0]}»`);
  return { strong, weak };
}

function displayName(name: string): string {
  return name.replace(/(^|-)(\w)/g, (_, dash: string, c: string) => dash + c.toUpperCase());
}
