import { todoOf } from "./todo-list";
import type { Db } from "../../prisma/database";
import type { CoreDeps } from "../core/ports";
import { OPEN_STATUSES } from "../../triage/cases/normalise";
import { caseCard } from "./card";
import { currentDraft, problemsOf } from "./draft-store";
import { knownKeys, toOwners, type PendingNotification } from "./notify";

export type AnnounceDeps = Pick<CoreDeps, "qa" | "business" | "clock" | "owners"> & { db: Db };

export const announceKey = (caseId: number) => `announce:${caseId}`;

export interface UnannouncedCases {
  /** Open cases with no `announce:<caseId>` in NotificationLog yet, in id order. */
  ids: number[];
  /** The highest open case id looked at: the next look can start above it. */
  highest: number;
}

/**
 * Open cases above `after` (plus the `again` ones, whose announcement failed) not yet announced. Reads ids
 * only, so a look that finds nothing costs the same however many cases are open.
 */
export async function unannouncedCases(db: Db, after: number, again: Iterable<number> = []): Promise<UnannouncedCases> {
  const retry = [...again];
  const rows = await db.case.findMany({
    where: { status: { in: [...OPEN_STATUSES] }, OR: [{ id: { gt: after } }, ...(retry.length > 0 ? [{ id: { in: retry } }] : [])] },
    select: { id: true }, orderBy: { id: "asc" },
  });
  const ids = rows.map((row) => row.id);
  const told = await knownKeys(db, ids.map(announceKey));
  return { ids: ids.filter((id) => !told.has(announceKey(id))), highest: Math.max(after, ids.at(-1) ?? after) };
}

/** The owner's card for one new case, with its draft (prepared now if it has none). */
export async function announcementOf(deps: AnnounceDeps, caseId: number): Promise<PendingNotification> {
  const message = await deps.db.$transaction(async (tx) => {
    const row = await tx.case.findUniqueOrThrow({ where: { id: caseId } });
    const draft = await currentDraft(tx, row, deps);
    return caseCard(row, draft, problemsOf(row, draft, deps), deps.clock(), "Ny sak", await todoOf(tx, row, deps));
  });
  return { key: announceKey(caseId), messages: toOwners(deps.owners, message) };
}
