import type { Prisma } from "../../prisma/generated/sqlite/client";
import type { Db } from "../../prisma/database";

/** The client or an open transaction: every case function accepts either. */
export type DbOrTx = Db | Prisma.TransactionClient;

/** Runs `work` in a transaction, or inside the caller's transaction when given one. */
export async function inTransaction<T>(db: DbOrTx, work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  if ("$transaction" in db) return db.$transaction((tx) => work(tx));
  return work(db);
}
