import type { Db } from "../../prisma/database";
import type { Logger } from "../../log";
import type { ChatSender, OutgoingMessage } from "../core/messages";
import type { Owners } from "../core/ports";
import { isUniqueViolation } from "../core/dedupe";

export interface PendingNotification {
  key: string;
  messages: OutgoingMessage[];
}

/** One message to each configured owner, in the owner's own conversation. */
export function toOwners(owners: Owners, message: Omit<OutgoingMessage, "channel" | "conversationId">): OutgoingMessage[] {
  return (Object.entries(owners) as [OutgoingMessage["channel"], string | undefined][])
    .filter((entry): entry is [OutgoingMessage["channel"], string] => Boolean(entry[1]))
    .map(([channel, ownerId]) => ({ channel, conversationId: ownerId, ...message }));
}

/** SQLite and PostgreSQL both take a few hundred parameters in one IN list comfortably. */
const KEYS_PER_QUERY = 500;

/** Which of these keys NotificationLog already holds. */
export async function knownKeys(db: Db, keys: readonly string[]): Promise<Set<string>> {
  const known = new Set<string>();
  for (let start = 0; start < keys.length; start += KEYS_PER_QUERY) {
    const rows = await db.notificationLog.findMany({ where: { key: { in: keys.slice(start, start + KEYS_PER_QUERY) } }, select: { key: true } });
    for (const row of rows) known.add(row.key);
  }
  return known;
}

/** Records a key as told without telling anyone: what was due while no owner channel existed is not repeated later. */
export async function recordUntold(db: Db, key: string): Promise<void> {
  await claim(db, key);
}

async function claim(db: Db, key: string): Promise<boolean> {
  try {
    await db.notificationLog.create({ data: { key } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/**
 * Sends each notification whose key is not yet in NotificationLog, recording the key first so a second
 * scheduler (or tick) never repeats it. If no owner could be reached, the key is released for the next tick.
 */
export async function deliverNotifications(
  deps: { db: Db; send: ChatSender["send"]; logger: Logger }, notifications: readonly PendingNotification[],
): Promise<string[]> {
  const delivered: string[] = [];
  // One read for the keys already told, instead of one refused insert each on every tick.
  const told = await knownKeys(deps.db, notifications.map((notification) => notification.key));
  for (const notification of notifications) {
    if (notification.messages.length === 0 || told.has(notification.key) || !(await claim(deps.db, notification.key))) continue;
    const results = await Promise.allSettled(notification.messages.map((message) => deps.send(message)));
    const failures = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    for (const failure of failures) deps.logger.error({ err: failure.reason, key: notification.key }, "could not notify the owner");
    if (failures.length === results.length) await deps.db.notificationLog.deleteMany({ where: { key: notification.key } });
    else delivered.push(notification.key);
  }
  return delivered;
}
