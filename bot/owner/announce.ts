import type { Db } from "../../prisma/database";
import type { CoreDeps } from "../core/ports";
import { OPEN_STATUSES } from "../../triage/cases/normalise";
import { caseCard } from "./card";
import { currentDraft, problemsOf } from "./draft-store";
import { todoOf } from "./todo-list";
import { toOwners, type PendingNotification } from "./notify";

export type AnnounceDeps = Pick<CoreDeps, "qa" | "business" | "clock" | "owners"> & { db: Db };

/** Cards for open cases the owner has not been shown yet (no `announce:<caseId>` in NotificationLog). */
export async function announceNewCases(deps: AnnounceDeps): Promise<PendingNotification[]> {
  const announced = new Set((await deps.db.notificationLog.findMany({ where: { key: { startsWith: "announce:" } }, select: { key: true } })).map((row) => row.key));
  const rows = await deps.db.case.findMany({ where: { status: { in: [...OPEN_STATUSES] } }, orderBy: { id: "asc" } });
  const fresh = rows.filter((row) => !announced.has(`announce:${row.id}`));
  const notifications: PendingNotification[] = [];
  for (const { id } of fresh) {
    const message = await deps.db.$transaction(async (tx) => {
      const row = await tx.case.findUniqueOrThrow({ where: { id } });
      const draft = await currentDraft(tx, row, deps);
      return caseCard(row, draft, problemsOf(row, draft, deps), deps.clock(), "Ny sak", await todoOf(tx, row, deps));
    });
    notifications.push({ key: `announce:${id}`, messages: toOwners(deps.owners, message) });
  }
  return notifications;
}
