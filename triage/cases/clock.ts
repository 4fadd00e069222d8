import { receivedDate, traceReceiptDate, type ClockPause, type DeadlineTrace } from "../deadlines";
import type { DbOrTx } from "./db";

export const PAUSED = "clock_paused";
export const RESUMED = "clock_resumed";

/** The pauses a case's history records, and the start of one still open. */
export async function pausesOf(tx: DbOrTx, caseId: number): Promise<{ closed: ClockPause[]; openSince?: Date }> {
  const events = await tx.caseEvent.findMany({
    where: { caseId, type: { in: [PAUSED, RESUMED] } },
    orderBy: { id: "asc" },
  });
  const closed: ClockPause[] = [];
  let openSince: Date | undefined;
  for (const event of events) {
    if (event.type === PAUSED && !openSince) openSince = event.at;
    else if (event.type === RESUMED && openSince) { closed.push({ from: openSince, to: event.at }); openSince = undefined; }
  }
  return { closed, openSince };
}

/** The case's dates from its receipt time, the business's promise, its finished pauses, and whether it was extended. */
export async function currentDeadlines(
  tx: DbOrTx, row: { id: number; receivedAt: Date; extendedDue: string | null }, promisedDays: number,
): Promise<DeadlineTrace> {
  const { closed } = await pausesOf(tx, row.id);
  return traceReceiptDate(receivedDate(row.receivedAt), { promisedDays, pauses: closed, extended: row.extendedDue !== null });
}
