import crypto from "node:crypto";
import { normaliseMessageId } from "../cases/normalise";

/** sha256 of the mail exactly as stored: the same bytes appended again, or copied to another file, hash the same. */
export function sourceHash(source: Buffer): string {
  return crypto.createHash("sha256").update(source).digest("hex");
}

/**
 * The Message-ID header, read straight from the header section so that a mail too broken to parse
 * still has one; "<id@host>" form, undefined when there is none.
 */
export function headerMessageId(source: Buffer): string | undefined {
  const head = source.subarray(0, Math.min(source.length, 256 * 1024)).toString("latin1");
  const end = head.search(/\r?\n\r?\n/);
  const unfolded = (end >= 0 ? head.slice(0, end) : head).replace(/\r?\n[ \t]+/g, " ");
  const match = /^message-id:[ \t]*(.*)$/im.exec(unfolded);
  const value = match?.[1]?.trim();
  if (!value) return undefined;
  const bracketed = /<[^<>\s]+>/.exec(value)?.[0];
  return normaliseMessageId(bracketed ?? value.split(/\s+/)[0]);
}
