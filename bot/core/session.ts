import type { Tx } from "./ports";

/** A conversation's state survives restarts: it lives in ChatSession as JSON. */
export async function loadSession<T>(tx: Tx, key: string): Promise<T | undefined> {
  const row = await tx.chatSession.findUnique({ where: { key } });
  if (!row) return undefined;
  try { return JSON.parse(row.state) as T; } catch { return undefined; }
}

export async function saveSession(tx: Tx, key: string, state: unknown): Promise<void> {
  const json = JSON.stringify(state);
  await tx.chatSession.upsert({ where: { key }, create: { key, state: json }, update: { state: json } });
}

export async function clearSession(tx: Tx, key: string): Promise<void> {
  await tx.chatSession.deleteMany({ where: { key } });
}

export function visitorSessionKey(channel: string, conversationId: string, userId: string): string {
  return `${channel}:${conversationId}:${userId}`;
}

export function ownerSessionKey(channel: string, conversationId: string, userId: string): string {
  return `owner|${channel}:${conversationId}:${userId}`;
}
