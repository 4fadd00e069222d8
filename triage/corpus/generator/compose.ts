/** Turns one template plus a seeded RNG into one RFC 5322 message. */
import type { Language } from "../../types";
import { expand, makeFill } from "./fill";
import { type Charset, type TransferEncoding, canEncode, encodeBody, encodedWords, escapeHtml, foldHeader, isAscii } from "./mime";
import type { Rng } from "./rng";
import type { BodyFormat, Fill, Person, QuoteStyle, Template } from "./template";

const BUSINESS: Person = { name: "Bedre Bedrift", address: "hei@bedrebedrift.no" };
const STAFF: Person[] = [
  { name: "Rie Aleksandra Walle", address: "rie@bedrebedrift.no" },
  { name: "Maja Solheim", address: "maja@bedrebedrift.no" },
  { name: "Jonas Eide", address: "jonas@bedrebedrift.no" },
];

const GREETINGS: Record<Language, string[]> = {
  nb: ["Hei,", "Hei!", "Hei Rie,", "Hei Rie!", "Hallo,", "Hei hei", "Heisann,", "Hei Bedre Bedrift,", "God dag,", "Hei der,", ""],
  en: ["Hi,", "Hello,", "Hi Rie,", "Dear Bedre Bedrift,", "Hi there,", "Hello Rie,", "Dear Sir or Madam,", "Hey,", ""],
};
const CLOSINGS: Record<Language, string[]> = {
  nb: ["Mvh", "Med vennlig hilsen", "Hilsen", "Vennlig hilsen", "mvh", "Hilsen fra", "Takk på forhånd!\n\nHilsen", "Ha en fin dag!", ""],
  en: ["Best regards,", "Kind regards,", "Thanks,", "Regards,", "Best,", "Thank you in advance,", "Cheers,", "Many thanks,", ""],
};
const MOBILE: Record<Language, string[]> = {
  nb: ["Sendt fra min iPhone", "Sendt fra min Samsung Galaxy-smarttelefon.", "Hentet fra Outlook for Android", "Sendt fra iPad"],
  en: ["Sent from my iPhone", "Sent from my Android device", "Get Outlook for iOS", "Sent from Mail for Windows"],
};

const NB_DAYS = ["søn.", "man.", "tir.", "ons.", "tor.", "fre.", "lør."];
const NB_MON = ["jan.", "feb.", "mar.", "apr.", "mai", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "des."];
const EN_DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const HTML_CHARSET_PLACEHOLDER = "@@charset@@";

export interface ComposedMail {
  source: Buffer;
}

interface Moment {
  date: Date;
  offsetHours: number;
}

function randomMoment(rng: Rng): Moment {
  const start = Date.UTC(2024, 0, 8);
  const span = Date.UTC(2025, 10, 20) - start;
  const date = new Date(start + Math.floor(rng.next() * span));
  const month = date.getUTCMonth();
  return { date, offsetHours: month >= 3 && month <= 9 ? 2 : 1 };
}

function localParts(moment: Moment) {
  const local = new Date(moment.date.getTime() + moment.offsetHours * 3600_000);
  return {
    weekday: local.getUTCDay(),
    day: local.getUTCDate(),
    month: local.getUTCMonth(),
    year: local.getUTCFullYear(),
    hh: String(local.getUTCHours()).padStart(2, "0"),
    mm: String(local.getUTCMinutes()).padStart(2, "0"),
    ss: String(local.getUTCSeconds()).padStart(2, "0"),
  };
}

export function rfc5322Date(moment: Moment): string {
  const p = localParts(moment);
  return `${EN_DAYS[p.weekday]}, ${p.day} ${EN_MON[p.month]} ${p.year} ${p.hh}:${p.mm}:${p.ss} +0${moment.offsetHours}00`;
}

function earlier(moment: Moment, rng: Rng): Moment {
  return { date: new Date(moment.date.getTime() - (1 + rng.int(20 * 24)) * 3600_000), offsetHours: moment.offsetHours };
}

function formatPerson(person: Person): string {
  return `${person.name} <${person.address}>`;
}

function attribution(style: QuoteStyle, lang: Language, author: Person, when: Moment): string {
  const p = localParts(when);
  if (style === "apple") {
    return lang === "nb"
      ? `${p.day}. ${NB_MON[p.month]} ${p.year} kl. ${p.hh}:${p.mm} skrev ${formatPerson(author)}:`
      : `On ${p.day} ${EN_MON[p.month]} ${p.year}, at ${p.hh}:${p.mm}, ${formatPerson(author)} wrote:`;
  }
  return lang === "nb"
    ? `Den ${NB_DAYS[p.weekday]} ${p.day}. ${NB_MON[p.month]} ${p.year} kl. ${p.hh}:${p.mm} skrev ${author.name} <${author.address}>:`
    : `On ${EN_DAYS[p.weekday]}, ${p.day} ${EN_MON[p.month]} ${p.year} at ${p.hh}:${p.mm}, ${author.name} <${author.address}> wrote:`;
}

function headerBlock(lang: Language, from: Person, to: string, when: Moment, subject: string, kind: "outlook" | "forward"): string {
  const p = localParts(when);
  const dateText = lang === "nb"
    ? `${NB_DAYS[p.weekday]} ${p.day}. ${NB_MON[p.month]} ${p.year} ${p.hh}:${p.mm}`
    : `${EN_DAYS[p.weekday]}, ${p.day} ${EN_MON[p.month]} ${p.year} ${p.hh}:${p.mm}`;
  if (kind === "outlook") {
    return lang === "nb"
      ? `Fra: ${formatPerson(from)}\nSendt: ${dateText}\nTil: ${to}\nEmne: ${subject}`
      : `From: ${formatPerson(from)}\nSent: ${dateText}\nTo: ${to}\nSubject: ${subject}`;
  }
  return lang === "nb"
    ? `Emne: ${subject}\nDato: ${dateText}\nFra: ${formatPerson(from)}\nTil: ${to}`
    : `From: ${formatPerson(from)}\nDate: ${dateText}\nSubject: ${subject}\nTo: ${to}`;
}

function dropNorwegianLetters(text: string, rng: Rng): string {
  const aa = rng.chance(0.4);
  return text
    .replace(/æ/g, "ae").replace(/Æ/g, "Ae")
    .replace(/ø/g, "o").replace(/Ø/g, "O")
    .replace(/å/g, aa ? "aa" : "a").replace(/Å/g, aa ? "Aa" : "A");
}

interface Blocks {
  text: string;
  /** The quoted or forwarded part, already with its attribution line. */
  quote?: { style: QuoteStyle | "forward"; intro: string; text: string };
}

/** The company in a signature: staff sign as the business, fixed senders as their own domain. */
function companyOf(template: Template, sender: Person, fill: Fill): string {
  if (sender.address.endsWith("@bedrebedrift.no")) return "Bedre Bedrift AS";
  if (typeof template.from === "object") {
    const name = (sender.address.split("@")[1] ?? "").split(".")[0] ?? "";
    return name.charAt(0).toUpperCase() + name.slice(1);
  }
  return fill.company as string;
}

function pickSender(template: Template, fill: Fill, rng: Rng): Person {
  if (template.from === "colleague") return rng.pick(STAFF);
  if (typeof template.from === "object") return template.from;
  if (template.from === "gmail") return { name: fill.full as string, address: (fill.email as string).replace(/@.*/, "@gmail.com") };
  if (rng.chance(0.2)) return { name: fill.full as string, address: fill.otheremail as string };
  return { name: fill.full as string, address: fill.email as string };
}

export function composeMail(template: Template, rng: Rng): ComposedMail {
  const fill = makeFill(rng, template.lang);
  if (template.raw) return { source: Buffer.from(template.raw(fill).replace(/\r?\n/g, "\r\n"), "latin1") };

  const lang = template.lang;
  const automated = template.category === "automated";
  const framed = template.frame ?? !automated;
  const sender = pickSender(template, fill, rng);
  const now = randomMoment(rng);
  let subject = expand(rng.pick(template.subjects), fill, rng);
  let body = expand(template.body, fill, rng).trim();

  if (framed) {
    const greeting = rng.pick(GREETINGS[lang]);
    const closing = rng.pick(CLOSINGS[lang]);
    const name = rng.chance(0.6) ? sender.name : sender.name.split(" ")[0] as string;
    let signature = "";
    const roll = rng.next();
    const company = companyOf(template, sender, fill);
    if (roll < 0.15) signature = `\n\n-- \n${sender.name}\n${company}\n${lang === "nb" ? "Tlf." : "Phone:"} ${fill.phone}`;
    else if (roll < 0.27) signature = `\n\n${rng.pick(MOBILE[lang])}`;
    else if (roll < 0.35) signature = `\n${company}\n${fill.street}, ${fill.city}`;
    body = [greeting, body, closing ? `${closing}\n${name}` : name].filter(Boolean).join("\n\n") + signature;
    if (lang === "nb" && rng.chance(0.12)) {
      body = dropNorwegianLetters(body, rng);
      subject = dropNorwegianLetters(subject, rng);
    }
  }

  const blocks: Blocks = { text: body };
  let inReplyTo: string | undefined;
  if (template.history) {
    const history = template.history;
    const author = history.from === "business" ? BUSINESS : history.from === "customer" ? sender : history.from;
    const style = history.style ?? rng.pick<QuoteStyle>(["gmail", "gmail", "apple", "outlook"]);
    const when = earlier(now, rng);
    const historySubject = expand(history.subject ?? subject.replace(/^(re|sv|aw|vs|fw|fwd):\s*/i, ""), fill, rng);
    const to = history.from === "business" ? sender.address : BUSINESS.address;
    const intro = style === "outlook"
      ? (rng.chance(0.5) ? "________________________________\n" : lang === "nb" ? "-----Opprinnelig melding-----\n" : "-----Original Message-----\n") +
        headerBlock(lang, author, to, when, historySubject, "outlook")
      : attribution(style, lang, author, when);
    blocks.quote = { style, intro, text: expand(history.text, fill, rng).trim() };
    if (!automated && !/^(re|sv|aw):/i.test(subject)) subject = `${rng.pick(lang === "nb" ? ["SV:", "Sv:", "Re:", "RE:"] : ["Re:", "RE:"])} ${subject}`;
    inReplyTo = `<${randomId(rng)}@bedrebedrift.no>`;
  }
  if (template.forward) {
    const forward = template.forward;
    const forwardLang = forward.lang ?? lang;
    const originalSender: Person = forward.from === "customer"
      ? { name: fill.full as string, address: fill.email as string }
      : forward.from;
    const when = earlier(now, rng);
    const forwardedSubject = expand(forward.subject, fill, rng);
    const marker = lang === "nb"
      ? rng.pick(["-------- Videresendt melding --------", "---------- Videresendt melding ---------", "Start på videresendt melding:"])
      : rng.pick(["---------- Forwarded message ---------", "-------- Forwarded Message --------", "Begin forwarded message:"]);
    const to = rng.chance(0.5) ? (template.from === "colleague" ? sender.address : BUSINESS.address) : BUSINESS.address;
    blocks.quote = {
      style: "forward",
      intro: `${marker}\n${headerBlock(lang, originalSender, to, when, forwardedSubject, "forward")}`,
      text: expand(forward.text, fill, rng).trim(),
    };
    void forwardLang;
    if (!/^(fw|fwd|vs):/i.test(subject)) subject = `${rng.pick(lang === "nb" ? ["VS:", "Fwd:", "Fw:"] : ["Fwd:", "FW:", "Fw:"])} ${subject}`;
  }

  const format: BodyFormat = rng.pick(template.formats ?? (automated ? ["html", "alternative", "alternative", "plain"] : ["plain", "plain", "plain", "alternative", "alternative", "html"]));
  const plain = renderPlain(blocks);
  const html = renderHtml(blocks, rng);
  const charset = pickCharset(lang, plain + html, rng);
  const encoding = pickEncoding(charset, plain + html, rng);

  const headers: string[] = [];
  headers.push(`From: ${encodeName(sender, rng)}`);
  headers.push(`To: ${rng.chance(0.3) ? "Bedre Bedrift <hei@bedrebedrift.no>" : "hei@bedrebedrift.no"}`);
  headers.push(encodeSubject(subject, charset, rng));
  headers.push(`Date: ${rfc5322Date(now)}`);
  headers.push(`Message-ID: <${randomId(rng)}@${messageIdDomain(sender.address)}>`);
  if (inReplyTo) {
    headers.push(`In-Reply-To: ${inReplyTo}`);
    headers.push(`References: ${inReplyTo}`);
  }
  for (const [name, value] of Object.entries(template.headers ?? {})) headers.push(foldHeader(name, expand(value, fill, rng)));
  if (!automated && rng.chance(0.3)) headers.push(rng.pick(["User-Agent: Mozilla Thunderbird", "X-Mailer: Apple Mail (2.3774.200.91.1.1)", "X-Mailer: Microsoft Outlook 16.0", "X-Mailer: iPhone Mail (21F90)"]));
  headers.push("MIME-Version: 1.0");

  let mime: string;
  if (format === "plain") mime = singlePart("text/plain", plain, charset, encoding);
  else if (format === "html") mime = singlePart("text/html", html, charset, encoding);
  else {
    const boundary = `----=_Part_${randomId(rng)}`;
    mime = [
      `Content-Type: multipart/alternative; boundary="${boundary}"`,
      "",
      `--${boundary}`,
      singlePart("text/plain", plain, charset, encoding),
      `--${boundary}`,
      singlePart("text/html", html, charset, encoding),
      `--${boundary}--`,
      "",
    ].join("\r\n");
  }
  const source = headers.join("\r\n") + "\r\n" + mime;
  return { source: Buffer.from(source, "latin1") };
}

function singlePart(type: string, content: string, charset: Charset, encoding: TransferEncoding): string {
  const text = content.replace(HTML_CHARSET_PLACEHOLDER, charset);
  return `Content-Type: ${type}; charset="${charset}"\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n${encodeBody(text, charset, encoding)}\r\n`;
}

function pickCharset(lang: Language, text: string, rng: Rng): Charset {
  const roll = rng.next();
  const wanted: Charset = lang === "nb" ? (roll < 0.15 ? "iso-8859-1" : roll < 0.3 ? "windows-1252" : "utf-8") : roll < 0.1 ? "windows-1252" : "utf-8";
  return canEncode(text, wanted) ? wanted : "utf-8";
}

function pickEncoding(charset: Charset, text: string, rng: Rng): TransferEncoding {
  if (isAscii(text)) return rng.pick<TransferEncoding>(["7bit", "7bit", "quoted-printable"]);
  if (charset === "utf-8") return rng.pick<TransferEncoding>(["8bit", "quoted-printable", "quoted-printable", "base64"]);
  return rng.pick<TransferEncoding>(["quoted-printable", "quoted-printable", "8bit"]);
}

function encodeSubject(subject: string, charset: Charset, rng: Rng): string {
  if (isAscii(subject) && rng.chance(0.9)) return foldHeader("Subject", subject);
  if (!isAscii(subject) && rng.chance(0.1)) return foldHeader("Subject", Buffer.from(subject, "utf8").toString("latin1"));
  const wordCharset: Charset = canEncode(subject, charset) ? charset : "utf-8";
  return `Subject: ${encodedWords(subject, wordCharset, rng.chance(0.5) ? "B" : "Q")}`;
}

function encodeName(person: Person, rng: Rng): string {
  if (isAscii(person.name)) return rng.chance(0.2) ? `"${person.name}" <${person.address}>` : `${person.name} <${person.address}>`;
  if (rng.chance(0.15)) return Buffer.from(`${person.name} <${person.address}>`, "utf8").toString("latin1");
  return `${encodedWords(person.name, "utf-8", rng.chance(0.5) ? "B" : "Q")} <${person.address}>`;
}

function messageIdDomain(address: string): string {
  const domain = address.split("@")[1] ?? "mail.local";
  return domain === "gmail.com" ? "mail.gmail.com" : domain;
}

function randomId(rng: Rng): string {
  let id = "";
  for (let i = 0; i < 24; i++) id += "abcdefghijklmnopqrstuvwxyz0123456789"[rng.int(36)];
  return id;
}

function renderPlain(blocks: Blocks): string {
  if (!blocks.quote) return blocks.text + "\n";
  const { style, intro, text } = blocks.quote;
  const quoted = style === "gmail" || style === "apple"
    ? text.split("\n").map((line) => (line ? `> ${line}` : ">")).join("\n")
    : text;
  return `${blocks.text}\n\n${intro}\n${style === "gmail" || style === "apple" ? "" : "\n"}${quoted}\n`;
}

function paragraphsToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<div>${escapeHtml(paragraph).replace(/\n/g, "<br>\n")}</div>`)
    .join("\n<div><br></div>\n");
}

function renderHtml(blocks: Blocks, rng: Rng): string {
  const style = rng.pick(["font-family:Calibri,sans-serif;font-size:11pt", "font-family:Arial,Helvetica,sans-serif", "font-family:-apple-system,Helvetica", ""]);
  let html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${HTML_CHARSET_PLACEHOLDER}"></head><body><div dir="ltr" style="${style}">\n${paragraphsToHtml(blocks.text)}\n</div>`;
  if (blocks.quote) {
    const { style: quoteStyle, intro, text } = blocks.quote;
    if (quoteStyle === "gmail" || quoteStyle === "apple") {
      html += `\n<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">${escapeHtml(intro)}<br></div>\n<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n${paragraphsToHtml(text)}\n</blockquote></div>`;
    } else {
      html += `\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p>${escapeHtml(intro).replace(/\n/g, "<br>\n")}</p></div>\n${paragraphsToHtml(text)}`;
    }
  }
  return html + "\n</body></html>\n";
}
