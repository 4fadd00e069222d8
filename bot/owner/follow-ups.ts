import type { Db } from "../../prisma/database";
import { followUpDraft } from "../drafts/follow-up";
import { OPEN_STATUSES } from "../../triage/cases/normalise";
import { caseButtons, isOpen, senderOf } from "./card";
import { currentDraft, draftCaseOf, prepareDraft } from "./draft-store";
import { PURPOSE_LABEL } from "./labels";
import { knownKeys, toOwners, type PendingNotification } from "./notify";
import type { AnnounceDeps } from "./announce";
import { pendingExtension } from "../../triage/cases";

export const REPLY_RECEIVED = "reply_received";

/**
 * The requester wrote again in the case's thread: the owner gets the new text and the case's card to answer
 * from, once per mail (`followup:<eventId>` in NotificationLog). If the case's last draft has already gone out,
 * a new one waits for the owner's answer.
 */
export async function announceFollowUps(
  deps: AnnounceDeps & { db: Db }, afterEventId = 0,
): Promise<{ notifications: PendingNotification[]; highest: number }> {
  // A reply to an answered or closed case reopens it, so open cases are where follow-ups wait. Only events
  // after the last look are read, so an idle look costs the same however long the history is.
  const events = await deps.db.caseEvent.findMany({
    where: { id: { gt: afterEventId }, type: REPLY_RECEIVED, case: { status: { in: [...OPEN_STATUSES] } } }, orderBy: { id: "asc" },
  });
  const told = await knownKeys(deps.db, events.map((event) => followUpKey(event.id)));
  const notifications: PendingNotification[] = [];
  for (const event of events.filter((e) => !told.has(followUpKey(e.id)))) {
    const detail = JSON.parse(event.detail) as { from?: string; subject?: string; text?: string; excerpt?: string };
    const messages = await deps.db.$transaction(async (tx) => {
      let row = await tx.case.findUniqueOrThrow({ where: { id: event.caseId } });
      let draft = await currentDraft(tx, row, deps);
      if (draft.sent && isOpen(row)) {
        await prepareDraft(tx, row, { purpose: "reply", text: followUpDraft(draftCaseOf(row), { businessName: deps.business.name }), actor: "system", now: deps.clock() });
        row = await tx.case.findUniqueOrThrow({ where: { id: event.caseId } });
        draft = await currentDraft(tx, row, deps);
      }
      const text = [
        `Nytt svar fra ${senderOf(row)} i sak ${row.id}${detail.subject ? ` («${detail.subject}»)` : ""}:`,
        "",
        detail.text ?? detail.excerpt ?? "",
        "",
        draft.sent ? `Skriv /sak ${row.id} for hele saken.` : `Svar med «Rediger» (utkastet venter: ${PURPOSE_LABEL[draft.purpose]}), eller skriv /sak ${row.id} for hele saken.`,
      ].join("\n");
      // One message with the card's buttons: two messages to one chat could arrive in either order.
      return toOwners(deps.owners, { text, buttons: caseButtons(row, draft, [], await pendingExtension(tx, row.id)) });
    });
    notifications.push({ key: followUpKey(event.id), messages });
  }
  return { notifications, highest: Math.max(afterEventId, events.at(-1)?.id ?? afterEventId) };
}

const followUpKey = (eventId: number) => `followup:${eventId}`;
