import type { ImapFlow } from "imapflow";

export interface MailSummary {
  uid: number;
  size: number;
  internalDate: Date;
}

export interface FetchedMail extends MailSummary {
  source: Buffer;
  truncated: boolean;
}

/** Room for the header section on top of the body limit when only the start of a big mail is fetched. */
export const HEADER_ALLOWANCE = 64 * 1024;
/** Small mails are fetched together, up to this many bytes or mails per FETCH. */
const BATCH_BYTES = 8 * 1024 * 1024;
const BATCH_MAILS = 100;

/** UID, size and INTERNALDATE of the mails with UID above `lastUid` plus the `also` UIDs, in UID order. */
export async function listMail(client: ImapFlow, lastUid: number, also: number[] = [], clock: () => Date = () => new Date()): Promise<MailSummary[]> {
  const range = [...also, `${lastUid + 1}:*`].join(",");
  const found = new Map<number, MailSummary>();
  for await (const message of client.fetch(range, { uid: true, size: true, internalDate: true }, { uid: true })) {
    // "N:*" also names the highest UID when every UID is below N (RFC 3501), so filter.
    if (message.uid <= lastUid && !also.includes(message.uid)) continue;
    found.set(message.uid, { uid: message.uid, size: message.size ?? 0, internalDate: toDate(message.internalDate) ?? clock() });
  }
  return [...found.values()].sort((a, b) => a.uid - b.uid);
}

/**
 * Fetches the mails' sources in UID order with BODY.PEEK (so \Seen is never set). A mail larger than
 * the limit is not downloaded whole: only its first `maxBodyBytes + HEADER_ALLOWANCE` bytes, marked truncated.
 */
export async function* fetchSources(client: ImapFlow, mails: MailSummary[], maxBodyBytes: number): AsyncGenerator<FetchedMail> {
  const limit = maxBodyBytes + HEADER_ALLOWANCE;
  for (const batch of batches(mails, limit)) {
    if (batch.length === 1 && batch[0]!.size > limit) {
      const mail = batch[0]!;
      const message = await client.fetchOne(String(mail.uid), { uid: true, source: { start: 0, maxLength: limit } }, { uid: true });
      if (message && message.source) yield { ...mail, source: message.source, truncated: true };
      continue;
    }
    const messages = await client.fetchAll(batch.map((mail) => mail.uid).join(","), { uid: true, source: true }, { uid: true });
    const byUid = new Map(messages.map((message) => [message.uid, message]));
    for (const mail of batch) {
      const source = byUid.get(mail.uid)?.source;
      // A mail expunged meanwhile has nothing to fetch; it simply is no longer there.
      if (source) yield { ...mail, source, truncated: false };
    }
  }
}

function batches(mails: MailSummary[], limit: number): MailSummary[][] {
  const result: MailSummary[][] = [];
  let current: MailSummary[] = [];
  let bytes = 0;
  for (const mail of mails) {
    if (mail.size > limit) {
      if (current.length) result.push(current);
      result.push([mail]);
      current = [];
      bytes = 0;
      continue;
    }
    if (current.length && (bytes + mail.size > BATCH_BYTES || current.length >= BATCH_MAILS)) {
      result.push(current);
      current = [];
      bytes = 0;
    }
    current.push(mail);
    bytes += mail.size;
  }
  if (current.length) result.push(current);
  return result;
}

/** INTERNALDATE as a Date; undefined if the server sent none (then the time we saw the mail counts). */
function toDate(value: Date | string | undefined): Date | undefined {
  const date = value instanceof Date ? value : value ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}
