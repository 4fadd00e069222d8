// "/vedlegg 12" with a file, or a file sent in reply to a case card: the copy of the data, mailed with the reply.
import { recordEvent } from "../../triage/cases";
import type { Language } from "../../triage/types";
import { withCopyAttached } from "../drafts";
import type { IncomingFile } from "../core/messages";
import { cardReply, findCase, notFound, say, type OwnerContext, type OwnerResult } from "./context";
import { attachmentsOf, MAX_ATTACHMENT_BYTES, sizeText } from "./attachments";
import { currentDraft, prepareDraft } from "./draft-store";
import { isOpen } from "./card";
import { answersByEmail } from "./outgoing-reply";
import { ATTACH_USAGE } from "./commands";


/** The case a file is for: "/vedlegg 12" in its caption, else the case card it replies to. */
export function caseIdForFile(caption: string, repliesTo: string | undefined): number | undefined {
  const command = /^\s*\/?(?:vedlegg|attach)(?:@\w+)?\s+(\d{1,9})\b/i.exec(caption)?.[1];
  if (command) return Number(command);
  const card = repliesTo && /\bsak (\d{1,9})\b/i.exec(repliesTo)?.[1];
  return card ? Number(card) : undefined;
}

/** Stores the file with the case; a reply draft waiting for the copy then says it is attached. */
export async function attachFile(ctx: OwnerContext, caseId: number | undefined, file: IncomingFile): Promise<OwnerResult> {
  if (caseId === undefined) return { replies: [say(ctx, `Jeg vet ikke hvilken sak filen hører til. Bruk: ${ATTACH_USAGE}`)] };
  if (file.size > MAX_ATTACHMENT_BYTES || !file.bytes)
    return { replies: [say(ctx, `Filen «${file.fileName}» er for stor (${sizeText(file.size)}). Et vedlegg kan være høyst ${sizeText(MAX_ATTACHMENT_BYTES)}; del den opp eller pakk den (zip) og send igjen.`)] };
  if (file.bytes.length === 0) return { replies: [say(ctx, `Filen «${file.fileName}» er tom. Ingenting ble lagt ved.`)] };
  const row = await findCase(ctx, caseId);
  if (!row) return notFound(ctx, caseId);
  if (!isOpen(row)) return { replies: [say(ctx, `Sak ${caseId} er ikke åpen; filen ble ikke lagt ved.`)] };
  if (!answersByEmail(row))
    return { replies: [say(ctx, `Sak ${caseId} besvares i chatten, og dit kan ikke filer sendes. Lim inn kopien som tekst i utkastet (/rediger ${caseId}).`)] };

  await ctx.tx.caseAttachment.create({
    data: { caseId, fileName: file.fileName, contentType: file.contentType, size: file.bytes.length, bytes: Buffer.from(file.bytes), createdAt: ctx.now },
  });
  await recordEvent(ctx.tx, caseId, { actor: ctx.actor, type: "attachment_added", at: ctx.now, detail: { fileName: file.fileName, size: file.bytes.length } });
  const draft = await currentDraft(ctx.tx, row, ctx.deps);
  if (!draft.sent && draft.purpose === "reply") {
    const names = (await attachmentsOf(ctx.tx, caseId)).map((attachment) => attachment.fileName);
    const text = withCopyAttached(draft.text, names, row.language as Language);
    if (text !== draft.text) await prepareDraft(ctx.tx, row, { purpose: "reply", text, actor: ctx.actor, now: ctx.now });
  }
  return { replies: [await cardReply(ctx, caseId, `Vedlegg lagt ved: ${file.fileName}`)] };
}
