import type { Tx } from "./ports";

/** Marks an update as handled; false when it already was (a platform retry). `at` (our clock) dates the key for pruning. */
export async function claimUpdate(tx: Tx, updateKey: string, at: Date): Promise<boolean> {
  if (await tx.processedUpdate.findUnique({ where: { key: updateKey } })) return false;
  await tx.processedUpdate.create({ data: { key: updateKey, createdAt: at } });
  return true;
}

/** A unique-key clash from a concurrent duplicate: the other delivery won, so this one is a no-op. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
