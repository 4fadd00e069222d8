import type { Prisma } from "../../prisma/generated/sqlite/client";

/**
 * Locks a case until the caller's transaction ends, so concurrent changes to it run one after another:
 * PostgreSQL takes the row's lock, SQLite its write lock. A no-op update does it on both databases.
 * False when there is no such case.
 */
export async function lockCase(tx: Prisma.TransactionClient, caseId: number): Promise<boolean> {
  return (await tx.$executeRaw`UPDATE "Case" SET "id" = "id" WHERE "id" = ${caseId}`) > 0;
}
