// A file a person sent on a chat platform, fetched from the platform's file store for the core.
import type { IncomingFile } from "./core/messages";
import { MAX_ATTACHMENT_BYTES } from "./owner/attachments";

/** The file's bytes from `url`; a file larger than an attachment may be is not fetched (the core refuses it). */
export async function fetchIncomingFile(url: () => Promise<string>, info: Omit<IncomingFile, "bytes">, headers: Record<string, string> = {}): Promise<IncomingFile> {
  if (info.size > MAX_ATTACHMENT_BYTES) return info;
  const response = await fetch(await url(), { headers });
  if (!response.ok) throw new Error(`file download failed with HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { ...info, size: bytes.length, bytes };
}
