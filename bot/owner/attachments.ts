// Files the owner supplies for a case (the copy of the data for an access request), stored with the case.
import type { Tx } from "../core/ports";

/** Larger files are refused: mail servers commonly refuse mail much above this. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export interface AttachmentInfo {
  id: number;
  fileName: string;
  size: number;
}

export async function attachmentsOf(tx: Pick<Tx, "caseAttachment">, caseId: number): Promise<AttachmentInfo[]> {
  return tx.caseAttachment.findMany({ where: { caseId }, orderBy: { id: "asc" }, select: { id: true, fileName: true, size: true } });
}

const CONTENT_TYPES: Record<string, string> = {
  csv: "text/csv", txt: "text/plain", json: "application/json", pdf: "application/pdf", zip: "application/zip",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  html: "text/html", xml: "application/xml", png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg",
};

/** The content type a file's name suggests, for files that come without one (a path in the console). */
export function contentTypeOf(fileName: string): string {
  return CONTENT_TYPES[/\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? ""] ?? "application/octet-stream";
}

/** "12 kB", "3,4 MB": sizes as a Norwegian reader writes them. */
export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(".", ",")} MB`;
}

/** "innsyn-kari.csv (12 kB)". */
export function attachmentLabel(attachment: Pick<AttachmentInfo, "fileName" | "size">): string {
  return `${attachment.fileName} (${sizeText(attachment.size)})`;
}
