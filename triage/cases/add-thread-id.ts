import type { DbOrTx } from "./db";
import { loadCase } from "./load-case";
import { normaliseMessageId } from "./normalise";

/** Records a Message-ID as part of a case's thread (e.g. our sent answer), so replies to it attach. */
export async function addThreadId(db: DbOrTx, caseId: number, messageId: string): Promise<void> {
  const id = normaliseMessageId(messageId);
  if (!id) return;
  const row = await loadCase(db, caseId);
  const ids = row.threadIds.split(" ").filter(Boolean);
  if (ids.includes(id)) return;
  await db.case.update({ where: { id: caseId }, data: { threadIds: [...ids, id].join(" ") } });
}
