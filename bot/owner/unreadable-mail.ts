import type { Db } from "../../prisma/database";
import type { Owners } from "../core/ports";
import { toOwners, type PendingNotification } from "./notify";
import { osloDateTime } from "./labels";

/**
 * The watcher gives up on a mail it could not read after a few tries; the owner must then read it
 * themselves, so each such mail is told once (`unreadable:<id>` in NotificationLog).
 */
export async function announceUnreadableMail(deps: { db: Db; owners: Owners }): Promise<PendingNotification[]> {
  const told = new Set((await deps.db.notificationLog.findMany({ where: { key: { startsWith: "unreadable:" } }, select: { key: true } })).map((row) => row.key));
  const rows = await deps.db.ingestedMail.findMany({ where: { outcome: "given_up" }, orderBy: { id: "asc" } });
  return rows
    .filter((row) => !told.has(`unreadable:${row.id}`))
    .map((row) => ({
      key: `unreadable:${row.id}`,
      messages: toOwners(deps.owners, {
        text: `En e-post kunne ikke leses automatisk og må leses manuelt: ${row.messageId ?? "uten Message-ID"}`
          + ` (mottatt ${osloDateTime(row.receivedAt)} norsk tid, ${row.mailbox}). Feil: ${row.lastError ?? "ukjent"}.\n`
          + "A mail could not be read automatically; please read it yourself.",
      }),
    }));
}
