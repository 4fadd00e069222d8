/** Just enough MIME writing to produce realistic test mail: charsets, transfer encodings, encoded words. */
// windows-1252 differs from ISO-8859-1 only in 0x80-0x9F; these are the characters mail text uses there.
const WINDOWS_1252_EXTRAS: Record<string, number> = {
  "€": 0x80, "‚": 0x82, "„": 0x84, "…": 0x85, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97, "™": 0x99,
};

export type Charset = "utf-8" | "iso-8859-1" | "windows-1252";
export type TransferEncoding = "7bit" | "8bit" | "quoted-printable" | "base64";

export function encodeText(text: string, charset: Charset): Buffer {
  if (charset === "utf-8") return Buffer.from(text, "utf8");
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    const extra = charset === "windows-1252" ? WINDOWS_1252_EXTRAS[char] : undefined;
    if (extra !== undefined) bytes.push(extra);
    else if (code <= 0xff && !(code >= 0x80 && code <= 0x9f)) bytes.push(code);
    else throw new Error(`cannot encode ${JSON.stringify(char)} in ${charset}`);
  }
  return Buffer.from(bytes);
}

export function canEncode(text: string, charset: Charset): boolean {
  try {
    encodeText(text, charset);
    return true;
  } catch {
    return false;
  }
}

export function isAscii(text: string): boolean {
  return /^[\x00-\x7f]*$/.test(text);
}

export function quotedPrintable(bytes: Buffer): string {
  const out: string[] = [];
  const lines = splitByteLines(bytes);
  for (const line of lines) {
    let encoded = "";
    for (let i = 0; i < line.length; i++) {
      const byte = line[i] as number;
      const isLast = i === line.length - 1;
      const literal = (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !isLast);
      encoded += literal ? String.fromCharCode(byte) : "=" + byte.toString(16).toUpperCase().padStart(2, "0");
    }
    out.push(...softWrap(encoded));
  }
  return out.join("\r\n");
}

function splitByteLines(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 10) {
      const end = i > start && bytes[i - 1] === 13 ? i - 1 : i;
      lines.push(bytes.subarray(start, end));
      start = i + 1;
    }
  }
  lines.push(bytes.subarray(start));
  return lines;
}

/** Soft line breaks at 76 columns, never inside an =XX escape. */
function softWrap(encoded: string): string[] {
  const pieces: string[] = [];
  let rest = encoded;
  while (rest.length > 76) {
    let cut = 75;
    const escape = rest.lastIndexOf("=", cut);
    if (escape > cut - 3) cut = escape;
    pieces.push(rest.slice(0, cut) + "=");
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}

export function base64Lines(bytes: Buffer): string {
  const flat = bytes.toString("base64");
  const lines: string[] = [];
  for (let i = 0; i < flat.length; i += 76) lines.push(flat.slice(i, i + 76));
  return lines.join("\r\n");
}

export function encodeBody(text: string, charset: Charset, encoding: TransferEncoding): string {
  const bytes = encodeText(text.replace(/\r?\n/g, "\r\n"), charset);
  switch (encoding) {
    case "quoted-printable":
      return quotedPrintable(bytes);
    case "base64":
      return base64Lines(bytes);
    default:
      // 7bit/8bit: raw bytes kept as a binary string; the writer emits it with latin1 to keep the bytes.
      return bytes.toString("latin1");
  }
}

/** RFC 2047 encoded words, split so each stays under 75 characters. */
export function encodedWords(text: string, charset: Charset, mode: "B" | "Q"): string {
  const words: string[] = [];
  let chunk = "";
  const flush = () => {
    if (chunk) words.push(encodeWord(chunk, charset, mode));
    chunk = "";
  };
  for (const char of text) {
    if (encodeWord(chunk + char, charset, mode).length > 72) flush();
    chunk += char;
  }
  flush();
  return words.join("\r\n ");
}

function encodeWord(text: string, charset: Charset, mode: "B" | "Q"): string {
  const bytes = encodeText(text, charset);
  const label = charset.toUpperCase();
  if (mode === "B") return `=?${label}?B?${bytes.toString("base64")}?=`;
  let q = "";
  for (const byte of bytes) {
    if (byte === 32) q += "_";
    else if ((byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)) q += String.fromCharCode(byte);
    else q += "=" + byte.toString(16).toUpperCase().padStart(2, "0");
  }
  return `=?${label}?Q?${q}?=`;
}

/** Folds a long unstructured header at spaces (RFC 5322 2.2.3). */
export function foldHeader(name: string, value: string): string {
  if (value.includes("=?")) return `${name}: ${value}`;
  const words = value.split(" ");
  const lines: string[] = [];
  let line = `${name}:`;
  for (const word of words) {
    if (line.length + word.length + 1 > 76 && line.length > name.length + 1) {
      lines.push(line);
      line = "";
    }
    line += " " + word;
  }
  lines.push(line);
  return lines.join("\r\n");
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
