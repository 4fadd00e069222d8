import crypto from "node:crypto";
import { RIGHTS, type Right } from "../types";
import type { ParsedMail } from "../mail";
import { cutText } from "../text-cut";

export const OPEN_STATUSES = ["new", "awaiting_approval", "extended"] as const;
export const BODY_LIMIT = 4000;
export const EXCERPT_LIMIT = 500;

/** "<id@host>" whatever the header looked like; undefined for an empty value. */
export function normaliseMessageId(id: string | undefined): string | undefined {
  const bare = id?.trim().replace(/^<+/, "").replace(/>+$/, "").trim();
  return bare ? `<${bare}>` : undefined;
}

/** The Message-IDs a mail says it answers: In-Reply-To first, then References newest first. */
export function threadCandidates(mail: ParsedMail): string[] {
  const references = mail.references.flatMap((value) => value.split(/\s+/)).reverse();
  const ids = [mail.inReplyTo, ...references].map(normaliseMessageId).filter((id): id is string => id !== undefined);
  return [...new Set(ids)].slice(0, 20);
}

/** Rights in their canonical order, comma-separated, as stored. */
export function rightsText(rights: readonly Right[]): string {
  return RIGHTS.filter((right) => rights.includes(right)).join(",");
}

/** Marks a reason that is a warning for the owner (shown first on the case card), not a classifier finding. */
export const WARNING_MARK = "⚠️";

/** The warnings among a case's stored reasons (a JSON array). */
export function warningsOf(reasons: string): string[] {
  try {
    const parsed: unknown = JSON.parse(reasons);
    return Array.isArray(parsed) ? parsed.filter((reason): reason is string => typeof reason === "string" && reason.startsWith(WARNING_MARK)) : [];
  } catch {
    return [];
  }
}

export function rightsOf(text: string): Right[] {
  return text.split(",").filter((right): right is Right => (RIGHTS as readonly string[]).includes(right));
}

export function excerpt(text: string, limit: number): string {
  return cutText(text.trim(), limit);
}

/** sha256 of the sender, subject and new text, with case and whitespace differences removed. */
export function contentHashOf(mail: Pick<ParsedMail, "from" | "subject" | "text">): string {
  const squeeze = (text: string) => text.replace(/\s+/g, " ").trim();
  const material = [mail.from.address.trim().toLowerCase(), squeeze(mail.subject).toLowerCase(), squeeze(mail.text)].join("\n");
  return crypto.createHash("sha256").update(material).digest("hex");
}
