/**
 * Splits a mail body into the sender's new text, the quoted history and the signature.
 * Pure: text in, parts out. Works line by line, so it stays linear on large bodies.
 */
export interface BodyParts {
  text: string;
  quoted: string;
  signature: string;
  /** Set when the mail forwards another and its own text is only a cover note. */
  forwarded?: string;
}

const FORWARD_SEPARATOR =
  /^\s*-{2,}\s*(videresendt (melding|e-?post)|forwarded message|original message|opprinnelig melding|originalmelding)\s*-{2,}\s*$/i;
const REPLY_SEPARATOR = /^\s*-{2,}\s*(original message|opprinnelig melding|original meddelelse)\s*-{2,}\s*$/i;
const APPLE_FORWARD = /^\s*(begin forwarded message|start p[åa] videresendt melding|videresendt melding)\s*:\s*$/i;
const OUTLOOK_RULE = /^\s*_{10,}\s*$/;
const OUTLOOK_FROM = /^\s*\**(fra|from|von|fr[åa])\s*:\**\s*\S/i;
const OUTLOOK_OTHER = /^\s*\**(sendt|sent|date|dato|til|to|emne|subject|kopi|cc)\s*:\**/i;
/** "Den 12. mai 2026 kl. 10:00 skrev Ola <ola@x.no>:" and "On Tue, 12 May 2026, Ola wrote:". */
const ATTRIBUTION_END = /(\bskrev\b|\bwrote\b|\bschrieb\b)[^:]{0,80}:\s*$/i;
const ATTRIBUTION_START = /^\s*(den|on|p[åa]|man|tir|ons|tor|fre|l[øo]r|s[øo]n|mon|tue|wed|thu|fri|sat|sun|am|\d{1,2}[./])/i;
const FORWARD_SUBJECT = /^\s*(fwd?|vs|videresend|wg)\s*:/i;

const SIGN_OFF =
  /^\s*(-- ?|mvh\.?|m\.?v\.?h\.?|med vennlig hilsen|vennlig hilsen|vennleg helsing|beste hilsen|hilsen|hilsener|best regards|kind regards|warm regards|regards|best wishes|best|cheers|sincerely|yours sincerely|takk og hilsen|many thanks|thanks|thank you|tusen takk|takk på forhånd|takk pa forhand|takk for hjelpen)\s*[,.!]?\s*$/i;
/** "Mvh Ola Nordmann" on one line. */
const SIGN_OFF_BEFORE_NAME = /^\s*(mvh\.?|hilsen|vennlig hilsen|med vennlig hilsen|beste hilsen|best regards|kind regards|regards|cheers|thanks|takk)[,.!]?\s+(.+)$/i;
const PERSON_NAME = /^\p{Lu}[\p{L}.-]*(\s+\p{Lu}[\p{L}.-]*){0,3}\s*$/u;
const SENT_FROM_DEVICE = /^\s*(sent from my|sendt fra min|sendt fra|sent from|hentet fra|get outlook for)\b/i;
/** A sentence of five words or more: "Thank you." above it is a greeting, not the start of a signature. */
const PROSE = /^\s*(\S+\s+){4,}\S*[.?!]\s*$/;
/** A confidentiality disclaimer, as mail clients and companies append it under the signature. */
const DISCLAIMER_LINE =
  /(confidential|privileged|konfidensiell|fortrolig|taushetsbelagt|intended recipient|rette mottaker|riktige mottaker|tiltenkte mottaker|received (this|it)( (e-?mail|message))? (in error|by mistake)|mottatt (denne|den|dette)( (e-?posten|meldingen|e-?post))? (ved en feil|ved et uhell|feilaktig))/i;
/** Lines after a "-- " delimiter that are still a signature (name, titles, addresses, a disclaimer). */
const MAX_SIGNATURE_LINES = 12;
/** A forward note longer than this is a mail of its own, not a cover note. */
const FORWARD_NOTE_MAX_CHARS = 400;

interface QuoteStart {
  line: number;
  forward: boolean;
}

export function splitBody(body: string, subject = ""): BodyParts {
  const lines = body.replace(/\r\n?/g, "\n").split("\n");
  const start = findQuoteStart(lines);
  const ownLines = start ? lines.slice(0, start.line) : lines;
  const historyLines = start ? lines.slice(start.line) : [];

  // Inline "> " lines above the history (interleaved replies) are quoted too.
  const newLines: string[] = [];
  const inlineQuoted: string[] = [];
  for (const line of ownLines) (/^\s*>/.test(line) ? inlineQuoted : newLines).push(line);

  const { text, signature } = splitSignature(newLines);
  const quoted = [...inlineQuoted, ...historyLines].join("\n").trim();
  const parts: BodyParts = { text, quoted, signature };

  const isForward = (start?.forward ?? false) || FORWARD_SUBJECT.test(subject);
  if (isForward && quoted && text.length <= FORWARD_NOTE_MAX_CHARS) {
    parts.forwarded = forwardedContent(historyLines.length > 0 ? historyLines : inlineQuoted);
  }
  return parts;
}

function findQuoteStart(lines: string[]): QuoteStart | undefined {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Every marker below has a ":" (headers, "wrote:"), a "-" (separators) or a ">" (quotes): most lines have none.
    if (!line.includes(":") && !line.includes("-") && !line.includes(">")) continue;
    if (FORWARD_SEPARATOR.test(line) || APPLE_FORWARD.test(line)) {
      return { line: i, forward: !REPLY_SEPARATOR.test(line) };
    }
    if (REPLY_SEPARATOR.test(line)) return { line: i, forward: false };
    if (OUTLOOK_FROM.test(line) && isOutlookHeaderBlock(lines, i)) {
      const ruleAbove = i > 0 && OUTLOOK_RULE.test(lines[i - 1]!) ? i - 1 : i;
      return { line: ruleAbove, forward: false };
    }
    if (ATTRIBUTION_END.test(line) && line.length < 300) {
      // Long attributions wrap: "On Tue, 12 May 2026 at 10:00, Ola <ola@x.no>\nwrote:".
      const previous = lines[i - 1];
      const wrapped = previous !== undefined && !/:\s*$/.test(previous) && ATTRIBUTION_START.test(previous) && !ATTRIBUTION_START.test(line);
      if (ATTRIBUTION_START.test(line) || wrapped || nextIsQuote(lines, i)) return { line: wrapped ? i - 1 : i, forward: false };
    }
    if (/^\s*>/.test(line) && isQuoteBlockToEnd(lines, i)) return { line: i, forward: false };
  }
  return undefined;
}

function nextIsQuote(lines: string[], i: number): boolean {
  for (let j = i + 1; j < lines.length && j <= i + 2; j++) {
    if (/^\s*>/.test(lines[j]!)) return true;
    if (lines[j]!.trim()) return false;
  }
  return false;
}

/** A run of "> " lines with nothing but blanks or a signature after it is history, not an inline reply. */
function isQuoteBlockToEnd(lines: string[], i: number): boolean {
  let own = 0;
  for (let j = i; j < lines.length; j++) {
    const line = lines[j]!;
    if (/^\s*>/.test(line) || !line.trim()) continue;
    own++;
    if (own > 6) return false;
  }
  return true;
}

function isOutlookHeaderBlock(lines: string[], i: number): boolean {
  let seen = 0;
  for (let j = i + 1; j < lines.length && j <= i + 6; j++) {
    if (OUTLOOK_OTHER.test(lines[j]!)) seen++;
  }
  return seen >= 2;
}

function splitSignature(lines: string[]): { text: string; signature: string } {
  // A "-- " line starts the signature, also when a disclaimer of whole sentences follows the name under it.
  const delimiter = lines.findLastIndex(isDelimiter);
  const below = lines.slice(delimiter + 1).filter((l) => l.trim());
  if (delimiter >= 0 && below.length > 0 && below.length <= MAX_SIGNATURE_LINES && !PROSE.test(below[0]!)) {
    return { text: lines.slice(0, delimiter).join("\n").trim(), signature: lines.slice(delimiter).join("\n").trim() };
  }
  let cut = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (isDelimiter(line)) {
      cut = i;
      break;
    }
    const remaining = lines.slice(i + 1).filter((l) => l.trim()).length;
    if (remaining > 6) break;
    // "Denne e-posten kan inneholde konfidensiell informasjon …" under "Mvh Ola" is signature, though it is prose.
    if (DISCLAIMER_LINE.test(line)) continue;
    if (PROSE.test(line)) break;
    if (SIGN_OFF.test(line) || isSignOffWithName(line) || SENT_FROM_DEVICE.test(line)) cut = i;
  }
  return { text: lines.slice(0, cut).join("\n").trim(), signature: lines.slice(cut).join("\n").trim() };
}

function isDelimiter(line: string): boolean {
  return line.trimEnd() === "--" || line === "-- ";
}

function isSignOffWithName(line: string): boolean {
  const name = SIGN_OFF_BEFORE_NAME.exec(line)?.[2];
  return name !== undefined && PERSON_NAME.test(name);
}

/** The forwarded mail's body: without its header block and quote marks. */
function forwardedContent(lines: string[]): string {
  return splitSignature(quotedMail(lines).body).text;
}

/** A quoted or forwarded mail: the lines of its header block or attribution (who wrote it, when), and its body without one level of quote marks. */
function quotedMail(lines: string[]): { header: string[]; body: string[] } {
  const unquoted = lines.map((raw) => raw.replace(/^\s*>\s?/, ""));
  const header: string[] = [];
  let i = 0;
  for (; i < unquoted.length; i++) {
    const line = unquoted[i]!;
    if (FORWARD_SEPARATOR.test(line) || APPLE_FORWARD.test(line) || OUTLOOK_RULE.test(line) || !line.trim()) continue;
    // An attribution wrapped over two lines: "On Tue, 12 May 2026 at 10:00, Ola <ola@x.no>" / "wrote:".
    const wrapped = header.length === 0 && ATTRIBUTION_START.test(line) && ATTRIBUTION_END.test(unquoted[i + 1] ?? "");
    if (!wrapped && !OUTLOOK_FROM.test(line) && !OUTLOOK_OTHER.test(line) && !ATTRIBUTION_END.test(line)) break;
    header.push(line);
  }
  return { header, body: unquoted.slice(i) };
}

/**
 * The newest mail in a reply's quoted history: who wrote it, as its attribution or "Fra:" line says
 * ("Den 2. mars 2026 skrev Ola <ola@x.no>:"), and its own new text, its own history and signature split off.
 * Undefined where the history names no writer (a bare run of "> " lines).
 */
export function newestQuotedMail(quoted: string): { writer: string; text: string } | undefined {
  const { header, body } = quotedMail(quoted.replace(/\r\n?/g, "\n").split("\n"));
  // The "Til:" and "Kopi:" lines name others: only the attribution or the "Fra:" line names the writer.
  const writer = header.filter((line) => !OUTLOOK_OTHER.test(line));
  if (writer.length === 0) return undefined;
  return { writer: writer.join(" "), text: splitBody(body.join("\n")).text };
}
