import { simpleParser, type AddressObject, type ParsedMail as RawMail } from "mailparser";
import type { ParsedMail } from "./mail";
import { splitBody } from "./split-body";

export interface ParseOptions {
  /** Body text longer than this (UTF-8 bytes) is cut and the mail marked `truncated`. */
  maxBodyBytes?: number;
}

/** The input is not a mail message at all. */
export class MailParseError extends Error {
  override name = "MailParseError";
}

/** Header names a real message carries; a source with none of them is not a mail. */
const MESSAGE_HEADERS = new Set(["from", "to", "subject", "date", "message-id", "received", "return-path", "mime-version", "sender", "reply-to", "delivered-to", "content-type"]);
/** The header section is read within this many bytes, or the input is not a mail. */
const MAX_HEADER_BYTES = 256 * 1024;
/** How much raw source to keep per allowed body byte: base64 and HTML take several bytes per text byte. */
const RAW_BYTES_PER_TEXT_BYTE = 8;
const RAW_ALLOWANCE = 512 * 1024;

/**
 * mailparser's reading of a message, as parseMail asks for it: without the HTML version of a text part and the
 * links in it, which triage never reads. The benchmark compares the whole pipeline with this same call.
 */
export function readWithMailparser(raw: Buffer): Promise<RawMail> {
  return simpleParser(raw, { skipTextToHtml: true, skipImageLinks: true, skipTextLinks: true, maxHtmlLengthToParse: 4 * 1024 * 1024 });
}

export async function parseMail(source: Buffer | string, options: ParseOptions = {}): Promise<ParsedMail> {
  let raw = typeof source === "string" ? Buffer.from(source, "utf8") : source;
  assertLooksLikeMail(raw);

  let truncated = false;
  const { maxBodyBytes } = options;
  if (maxBodyBytes !== undefined && raw.length > maxBodyBytes * RAW_BYTES_PER_TEXT_BYTE + RAW_ALLOWANCE) {
    // Parsing a huge body only to throw most of it away costs time and memory: cut the source first.
    raw = raw.subarray(0, maxBodyBytes * RAW_BYTES_PER_TEXT_BYTE + RAW_ALLOWANCE);
    truncated = true;
  }

  let mail: RawMail;
  try {
    mail = await readWithMailparser(raw);
  } catch (error) {
    throw new MailParseError(`kunne ikke lese e-posten / could not parse the mail: ${error instanceof Error ? error.message : String(error)}`);
  }

  const headers = headerMap(mail);
  if (!hasMessageHeader(headers)) {
    throw new MailParseError("ikke en e-post: fant ingen e-posthoder / not a mail: no mail headers found");
  }

  let body = bodyText(mail);
  if (maxBodyBytes !== undefined && Buffer.byteLength(body, "utf8") > maxBodyBytes) {
    body = cutToBytes(body, maxBodyBytes);
    truncated = true;
  }

  const subject = mail.subject ?? "";
  const parts = splitBody(body, subject);
  const from = mail.from?.value[0];
  const parsed: ParsedMail = {
    references: toList(mail.references),
    from: { address: (from?.address ?? "").toLowerCase(), ...(from?.name ? { name: from.name } : {}) },
    to: addresses(mail.to),
    subject,
    headers,
    text: parts.text,
    quoted: parts.quoted,
    signature: parts.signature,
    truncated,
  };
  if (mail.messageId) parsed.messageId = mail.messageId;
  if (mail.inReplyTo) parsed.inReplyTo = mail.inReplyTo;
  if (mail.date && headers.date) parsed.date = mail.date;
  if (parts.forwarded) parsed.forwarded = parts.forwarded;
  return parsed;
}

function assertLooksLikeMail(raw: Buffer): void {
  if (raw.length === 0) throw new MailParseError("tom fil / empty input");
  const head = raw.subarray(0, Math.min(raw.length, MAX_HEADER_BYTES));
  // A header section is text: NUL bytes before the first blank line mean a binary file.
  const end = headerEnd(head);
  if (head.subarray(0, end).includes(0)) throw new MailParseError("ikke en e-post: binært innhold / not a mail: binary content");
  const firstLine = firstLineOf(head, 1000);
  // The first line of a message is a header ("Name: value") or an mbox "From " line.
  if (!/^[!-9;-~]+:/.test(firstLine) && !firstLine.startsWith("From ")) {
    throw new MailParseError("ikke en e-post: første linje er ikke et e-posthode / not a mail: the first line is not a header");
  }
}

function headerEnd(head: Buffer): number {
  const crlf = head.indexOf("\r\n\r\n");
  const lf = head.indexOf("\n\n");
  return Math.min(crlf < 0 ? head.length : crlf, lf < 0 ? head.length : lf);
}

/** The first line within the first `maxBytes` bytes, as Latin-1 text, without its line break. */
function firstLineOf(head: Buffer, maxBytes: number): string {
  const window = Math.min(head.length, maxBytes);
  const lf = head.indexOf(10);
  if (lf < 0 || lf >= window) return head.toString("latin1", 0, window);
  return head.toString("latin1", 0, lf > 0 && head[lf - 1] === 13 ? lf - 1 : lf);
}

function hasMessageHeader(headers: Record<string, string>): boolean {
  for (const name in headers) if (MESSAGE_HEADERS.has(name)) return true;
  return false;
}

/** Lower-cased header names, first value as text; unfolded, encoded words decoded where mailparser did. */
function headerMap(mail: RawMail): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { key, line } of mail.headerLines ?? []) {
    const name = key.toLowerCase();
    if (name in headers) continue;
    const colon = line.indexOf(":");
    const value = line.slice(colon + 1);
    headers[name] = (value.includes("\n") ? value.replace(/\r?\n[ \t]+/g, " ") : value).trim();
  }
  if (mail.subject !== undefined) headers.subject = mail.subject;
  if (mail.from?.text) headers.from = mail.from.text;
  const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(", ") : mail.to?.text;
  if (to) headers.to = to;
  return headers;
}

function bodyText(mail: RawMail): string {
  // mailparser fills `text` from the HTML part when there is no text part.
  if (mail.text && mail.text.trim()) return mail.text;
  if (typeof mail.html === "string") return mail.html.replace(/<[^>]*>/g, " ").replace(/[ \t]+/g, " ");
  return "";
}

function cutToBytes(text: string, maxBytes: number): string {
  const cut = Buffer.from(text, "utf8").subarray(0, maxBytes).toString("utf8");
  // A cut inside a multi-byte character leaves a replacement character at the end.
  return cut.replace(/\uFFFD$/, "");
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const found: string[] = [];
  for (const list of Array.isArray(field) ? field : field ? [field] : []) {
    for (const { address } of list.value) if (address) found.push(address.toLowerCase());
  }
  return found;
}

function toList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
