import { daysLeft } from "../deadlines";
import type { CaseStatus, Right } from "../types";
import type { DbOrTx } from "./db";
import { OPEN_STATUSES, rightsOf } from "./normalise";

/** One case as the owner sees it in a list. */
export interface CaseSummary {
  id: number;
  channel: string;
  conversationId: string | null;
  messageId: string | null;
  fromAddress: string;
  fromName: string | null;
  subject: string;
  category: string;
  rights: Right[];
  language: string;
  receivedAt: Date;
  promisedDue: string;
  legalDue: string;
  due: string;
  extendedDue: string | null;
  status: CaseStatus;
  duplicateOfId: number | null;
  daysLeft: number;
}

type CaseRow = Awaited<ReturnType<DbOrTx["case"]["findFirstOrThrow"]>>;

export function summarise(row: CaseRow, now: Date): CaseSummary {
  return {
    id: row.id, channel: row.channel, conversationId: row.conversationId, messageId: row.messageId,
    fromAddress: row.fromAddress, fromName: row.fromName, subject: row.subject, category: row.category,
    rights: rightsOf(row.rights), language: row.language, receivedAt: row.receivedAt,
    promisedDue: row.promisedDue, legalDue: row.legalDue, due: row.due, extendedDue: row.extendedDue,
    status: row.status as CaseStatus, duplicateOfId: row.duplicateOfId, daysLeft: daysLeft(row.due, now),
  };
}

/** Cases sorted by days left (soonest due first). `openOnly` leaves out answered and closed cases. */
export async function listCases(
  db: DbOrTx, filter: { status?: CaseStatus; openOnly?: boolean; now?: Date } = {},
): Promise<CaseSummary[]> {
  const statuses = filter.openOnly ? OPEN_STATUSES.filter((status) => !filter.status || status === filter.status) : undefined;
  const rows = await db.case.findMany({
    where: {
      ...(filter.status ? { status: filter.status } : {}),
      ...(statuses ? { status: { in: [...statuses] } } : {}),
    },
    orderBy: [{ due: "asc" }, { id: "asc" }],
  });
  const now = filter.now ?? new Date();
  return rows.map((row) => summarise(row, now));
}
