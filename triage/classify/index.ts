import { detectLanguage } from "../understand/language";
import type { ParsedMail } from "../mail";
import type { Classification, FoundBy, Right, RulesClassification } from "../types";
import { asksHowToDoItSelf, saysNoRequest } from "./asking-about";
import { findAutomated, forwardsMachineMail } from "./automated";
import { findComplaint, type ComplaintFinding } from "./complaint";
import { clauses, type Clause } from "../understand/normalize";
import { asksAboutRights, findRights, type RightsFinding } from "./rights";
import { withModel } from "../model/model";
import { readAsTheirOwn, type Reading } from "./written-for";
import { remindedRequest } from "./reminder";

const REPLY_SUBJECT = /^\s*(re|sv|aw)\s*:/i;
const FORWARD_SUBJECT = /^\s*((fwd?|vs|wg|videresend)\s*:\s*)+/i;
/** Only the start of a long mail is read: requests come first, and it keeps the cost bounded. */
const MAX_TEXT_CHARS = 20_000;

/**
 * Sorts one mail into rights request, complaint, inquiry or automated: the learned model's scores with
 * the rules' verdict as a vote (triage/model/). The reasons the owner reads are the rules' evidence, and
 * where the model decides otherwise, the words that weighed most.
 */
export function classifyMail(mail: ParsedMail): Classification {
  return withModel(mail, classifyByRules(mail));
}

/**
 * The rules alone: sorts one mail into rights request, complaint, inquiry or automated, with the rights asked for
 * and the evidence. Pure and cheap: all patterns are compiled when the module loads.
 * Precedence: machine-sent → automated; exercising a right → rights_request (even when it also
 * complains); dissatisfaction → complaint; anything else → inquiry.
 */
export function classifyByRules(mail: ParsedMail): RulesClassification {
  const own = mail.text.length > MAX_TEXT_CHARS ? mail.text.slice(0, MAX_TEXT_CHARS) : mail.text;
  const whole = `${mail.subject}\n${own}\n${mail.forwarded ?? ""}`.slice(0, 4000);
  // A forward's subject and body are the forwarded mail's: the cover note's language counts, when it shows one.
  const language = mail.forwarded !== undefined ? detectLanguage(own, whole) : detectLanguage(whole);
  const automated = findAutomated(mail);
  const subjectSaysAutomated = automated.weak.some((r) => r.startsWith("emne"));

  if (automated.strong.length > 0 || subjectSaysAutomated) {
    const reasons = [...automated.strong, ...automated.weak];
    return { category: "automated", rights: [], language, confidence: automated.strong.length > 0 ? 0.97 : 0.9, reasons, foundBy: {} };
  }

  const context = replySubjectClauses(mail.subject);
  // A company's notice to a customer ("Kjære kunde, kontoen din blir slettet") or a newsletter, forwarded, asks the business for nothing: neither its text nor its subject is read.
  const forwardedNotice = forwardsMachineMail(mail);
  // A reminder over the sender's own unanswered request ("Se under, gjelder fortsatt!") is that request, beside anything its
  // own words add ("Purrer på denne, og adressen er ny"): the quoted request is read with them. A reminder is never a forward.
  const reminded = remindedRequest(mail);
  const readingNote = reminded === undefined ? [] : ["påminnelse: leser den tidligere henvendelsen sitert under / reminder: reading the earlier request quoted below"];
  const ownClauses = clauses(reminded === undefined ? own : `${own}\n\n${reminded.slice(0, MAX_TEXT_CHARS)}`);
  let evidence = findEvidence(forwardedNotice ? [] : subjectClauses(mail.subject), ownClauses, context);
  // A forward whose cover note exercises no right ("FYI", "kunden er sur, se under"): the forwarded mail is what to handle.
  // The note alone decides: a forward's subject ("VS: Avmelding") is the forwarded mail's, and names only part of it.
  if (mail.forwarded && findRights(ownClauses, context).rights.length === 0 && !forwardedNotice) {
    evidence = findEvidence(subjectClauses(mail.subject), clauses(`${own}\n\n${mail.forwarded.slice(0, MAX_TEXT_CHARS)}`), context);
    readingNote.push("videresendt e-post: leser den videresendte teksten / forwarded mail: reading the forwarded text");
  }
  const { rights, complaint } = evidence;
  const decided = decide(rights, complaint, automated.weak, own, readingNote);
  return { ...decided, language, confidence: Math.round(decided.confidence * 100) / 100, foundBy: rights.foundBy };
}

function decide(rights: RightsFinding, complaint: ComplaintFinding, weakAutomated: string[], own: string, readingNote: string[]): Omit<Classification, "language"> {
  if (rights.rights.length > 0) {
    const confidence = Math.min(0.97, 0.8 + 0.05 * (rights.reasons.length - 1) + (complaint.reasons.length > 0 ? 0 : 0.05));
    return { category: "rights_request", rights: rights.rights, confidence, reasons: [...readingNote, ...rights.reasons, ...complaint.reasons, ...rights.negated] };
  }
  if (complaint.reasons.length > 0) {
    const confidence = Math.min(0.95, 0.7 + 0.08 * complaint.reasons.length);
    return { category: "complaint", rights: [], confidence, reasons: [...readingNote, ...complaint.reasons, ...rights.negated] };
  }
  if (weakAutomated.length > 0) {
    return { category: "automated", rights: [], confidence: 0.75, reasons: weakAutomated };
  }
  const reasons = [...readingNote, ...rights.negated];
  if (rights.askedAbout) reasons.push("spør om en rettighet, ber ikke om å bruke den / asks about a right without exercising it");
  if (reasons.length === 0) reasons.push("ingen rettighet, klage eller automatikk funnet / no right, complaint or automation found");
  const confidence = rights.askedAbout ? 0.8 : own.trim() ? 0.65 : 0.4;
  return { category: "inquiry", rights: [], confidence, reasons };
}

function findEvidence(asWrittenSubject: Clause[], asWrittenBody: Clause[], context: Clause[]): { rights: RightsFinding; complaint: ComplaintFinding } {
  const complaint = findComplaint([...asWrittenSubject, ...asWrittenBody], asWrittenSubject.length);
  const reading = readAsTheirOwn([...asWrittenSubject, ...asWrittenBody]);
  const subject = reading.clauses.slice(0, asWrittenSubject.length);
  const body = reading.clauses.slice(asWrittenSubject.length);
  let rights = findRights([...subject, ...body], context);
  // "Innsyn?" as a subject over a body that only asks about the right, or asks any question: the subject names the topic.
  if (subject.length > 0) {
    const topicQuestion = subject.some((c) => c.question) && body.some((c) => c.question);
    // "Endre navn" over "Hvordan endrer jeg navnet …?": asking how to do it oneself.
    if (topicQuestion || asksAboutRights(body) || asksHowToDoItSelf(body)) {
      const bodyRights = findRights(body, context);
      if (bodyRights.rights.length === 0) rights = bodyRights;
    }
  }
  // "Jeg ber ikke om noe konkret nå", "our client is not making one by this letter": what came before asks for nothing; a request after it still counts.
  // The disclaimer's own sentence may go on to ask ("…, but please delete it"): then it is no disclaimer.
  const disclaimer = rights.rights.length === 0 ? -1 : body.findLastIndex((c, i) => {
    const says = saysNoRequest(body, i);
    return says !== undefined && findRights([{ words: says.rest, question: c.question }], context).rights.length === 0;
  });
  if (disclaimer >= 0) {
    const after = findRights(body.slice(disclaimer + 1), context);
    rights = { ...after, negated: [...after.negated, `«${saysNoRequest(body, disclaimer)!.said}» (ber ikke om noe / asks for nothing)`] };
  }
  return { rights: reading.writtenFor ? quotedAsWritten(rights, reading) : rights, complaint };
}

/** What the owner reads of a mail written for someone else: its own words, not the first-person reading's. */
function quotedAsWritten(rights: RightsFinding, reading: Reading): RightsFinding {
  // A quote whose words the first-person reading changed says so: «adressa hans» (for en annen / for someone else).
  const requote = (text: string) => text.replace(/«([^»]*)»/g, (_, words: string) => {
    const quoted = reading.quote(words);
    return quoted === words ? `«${words}»` : `«${quoted}» (for en annen / for someone else)`;
  });
  const foundBy: FoundBy = {};
  for (const [right, found] of Object.entries(rights.foundBy) as [Right, FoundBy[Right] & {}][]) foundBy[right] = { ...found, words: reading.quote(found.words) };
  return { ...rights, foundBy, reasons: rights.reasons.map(requote), negated: rights.negated.map(requote) };
}

/** A fresh mail's subject often names the request ("Innsyn"); a reply's subject repeats old history. */
function subjectClauses(subject: string): Clause[] {
  if (!subject.trim() || REPLY_SUBJECT.test(subject)) return [];
  return clauses(`${subject.replace(FORWARD_SUBJECT, "")}.`);
}

/** A reply's subject names what is answered ("Sv: Nyhetsbrev desember"): context for "ikke send meg dette mer". */
function replySubjectClauses(subject: string): Clause[] {
  if (!REPLY_SUBJECT.test(subject)) return [];
  return clauses(`${subject.replace(/^\s*((re|sv|aw)\s*:\s*)+/i, "")}.`);
}
