import type { Db } from "../../prisma/database";
import type { Logger } from "../../log";
import { OPEN_STATUSES, rightsOf } from "../../triage/cases/normalise";
import { catchUpSentExtensionNotices, pendingExtensions } from "../../triage/cases";
import type { CaseStatus } from "../../triage/types";
import type { ChatSender } from "../core/messages";
import type { Business, Owners, QaPort } from "../core/ports";
import { announceNewCases } from "./announce";
import { announceUnreadableMail } from "./unreadable-mail";
import { announceFollowUps } from "./follow-ups";
import { deliverNotifications, toOwners, type PendingNotification } from "./notify";
import { dueNotifications, type ScheduledCase } from "./schedule";

export interface OwnerSchedulerDeps {
  db: Db;
  /** Usually the chat router's send. */
  send: ChatSender["send"];
  clock: () => Date;
  owners: Owners;
  qa: QaPort;
  business: Business;
  logger: Logger;
  reminderDays: readonly number[];
  digestHour: number;
  /** How often start() ticks; a minute by default. */
  intervalMs?: number;
}

export interface OwnerScheduler {
  /** Announces new cases and sends what is due now; returns the keys sent. */
  tick(): Promise<string[]>;
  start(): void;
  stop(): Promise<void>;
}

async function openCases(db: Db): Promise<ScheduledCase[]> {
  const rows = await db.case.findMany({ where: { status: { in: [...OPEN_STATUSES] } }, orderBy: { id: "asc" } });
  const pending = await pendingExtensions(db, rows.map((row) => row.id));
  return rows.map((row) => ({
    extension: pending.get(row.id),
    id: row.id, channel: row.channel, conversationId: row.conversationId, messageId: row.messageId, fromAddress: row.fromAddress,
    fromName: row.fromName, subject: row.subject, category: row.category, rights: rightsOf(row.rights), language: row.language,
    receivedAt: row.receivedAt, promisedDue: row.promisedDue, legalDue: row.legalDue, due: row.due, extendedDue: row.extendedDue,
    status: row.status as CaseStatus, duplicateOfId: row.duplicateOfId, identityStatus: row.identityStatus,
  }));
}

/** Tells the owner about new cases, coming deadlines, overdue cases and the day's digest, each once. */
export function createOwnerScheduler(deps: OwnerSchedulerDeps): OwnerScheduler {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<string[]> | undefined;

  async function run(): Promise<string[]> {
    const now = deps.clock();
    const open = await deps.db.case.findMany({ where: { status: { in: [...OPEN_STATUSES] } }, select: { id: true } });
    await catchUpSentExtensionNotices(deps.db, open.map((row) => row.id), now);
    const announcements = [...(await announceNewCases(deps)), ...(await announceFollowUps(deps)), ...(await announceUnreadableMail(deps))];
    const due: PendingNotification[] = dueNotifications(await openCases(deps.db), now, deps)
      .map((notification) => ({ key: notification.key, messages: toOwners(deps.owners, { text: notification.text }) }));
    return deliverNotifications(deps, [...announcements, ...due]);
  }

  function tick(): Promise<string[]> {
    // One tick at a time: a slow send never makes two ticks race for the same keys.
    running ??= run().finally(() => { running = undefined; });
    return running;
  }

  return {
    tick,
    start() {
      if (timer) return;
      timer = setInterval(() => {
        tick().catch((error) => deps.logger.error({ err: error }, "owner scheduler tick failed"));
      }, deps.intervalMs ?? 60_000);
      timer.unref?.();
      tick().catch((error) => deps.logger.error({ err: error }, "owner scheduler tick failed"));
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
  };
}
