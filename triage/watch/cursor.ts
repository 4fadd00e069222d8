import type { Db } from "../../prisma/database";

export interface CursorPosition {
  lastUid: number;
  /** The mailbox's UIDVALIDITY differs from the one the cursor was set for (or there was no cursor): read it all. */
  rescan: boolean;
  previousUidValidity?: string;
}

/**
 * Where to continue in a mailbox. A new UIDVALIDITY makes every stored UID meaningless, so the cursor
 * starts over at 0; mail already ingested is then recognised by Message-ID and content hash, not UID.
 */
export async function cursorFor(db: Db, mailbox: string, uidValidity: string): Promise<CursorPosition> {
  const cursor = await db.mailboxCursor.findUnique({ where: { mailbox } });
  if (cursor && cursor.uidValidity === uidValidity) return { lastUid: cursor.lastUid, rescan: false };
  await db.mailboxCursor.upsert({
    where: { mailbox },
    create: { mailbox, uidValidity, lastUid: 0 },
    update: { uidValidity, lastUid: 0 },
  });
  return { lastUid: 0, rescan: true, previousUidValidity: cursor?.uidValidity };
}
