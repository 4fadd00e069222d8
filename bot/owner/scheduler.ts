import type { Db } from "../../prisma/database";
import type { Logger } from "../../log";
import { OPEN_STATUSES, rightsOf } from "../../triage/cases/normalise";
import { catchUpSentExtensionNotices, pendingExtensions } from "../../triage/cases";
import type { CaseStatus } from "../../triage/types";
import type { ChatSender } from "../core/messages";
import type { Business, Owners, QaPort } from "../core/ports";
import { receivedDate } from "../../triage/deadlines";
import { announcementOf, announceKey, unannouncedCases } from "./announce";
import { announceUnreadableMail } from "./unreadable-mail";
import { announceFollowUps } from "./follow-ups";
import { deliverNotifications, recordUntold, toOwners, type PendingNotification } from "./notify";
import { dueNotifications, osloHour, type ScheduledCase } from "./schedule";

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
  /** Announces the cases opened since the last look, and nothing else: called when a case opens. */
  announce(): Promise<string[]>;
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

/**
 * Tells the owner about new cases, coming deadlines, overdue cases and the day's digest, each once.
 *
 * Kept cheap while idle: a timer tick looks only at cases opened since the last look (and at announcements
 * that failed); reminders, alarms, the digest and a full look for new cases run once an Oslo hour, which is
 * finer than any of them needs, and on an explicit tick(). With no owner channel, new cases are recorded as
 * announced without building their cards: no one could see them, and they stay in the digest and `/saker`.
 */
export function createOwnerScheduler(deps: OwnerSchedulerDeps): OwnerScheduler {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<string[]> | undefined;
  let again = false;
  let stopped = false;
  let lookedThrough = 0;
  let followUpsSeen = 0;
  const retry = new Set<number>();
  let fullRunHour: string | undefined;
  const hasOwner = toOwners(deps.owners, { text: "" }).length > 0;

  async function announceNew(full: boolean): Promise<string[]> {
    const { ids, highest } = await unannouncedCases(deps.db, full ? 0 : lookedThrough, retry);
    lookedThrough = Math.max(lookedThrough, highest);
    if (!hasOwner) {
      for (const id of ids) await recordUntold(deps.db, announceKey(id));
      if (ids.length > 0) deps.logger.warn({ cases: ids.length }, "nye saker, men ingen eierkanal er satt opp / new cases, but no owner channel is configured");
      return [];
    }
    const delivered: string[] = [];
    for (const id of ids) {
      // One card at a time: a backlog of new cases is never held in memory together.
      const sent = await deliverNotifications(deps, [await announcementOf(deps, id)]);
      if (sent.length > 0) retry.delete(id); else retry.add(id);
      delivered.push(...sent);
    }
    return delivered;
  }

  async function run(full: boolean): Promise<string[]> {
    const now = deps.clock();
    const hour = `${receivedDate(now)} ${osloHour(now)}`;
    const everything = full || hour !== fullRunHour;
    if (everything) {
      fullRunHour = hour;
      // The outbox worker applies an extension when its notice goes out; this catches up after a crash between
      // the send and that record (dated by the send, so catching up later moves nothing).
      const open = await deps.db.case.findMany({ where: { status: { in: [...OPEN_STATUSES] } }, select: { id: true } });
      await catchUpSentExtensionNotices(deps.db, open.map((row) => row.id), now);
    }
    const delivered = await announceNew(everything);
    if (!hasOwner) return delivered;
    // The hourly look reads every follow-up again, so one whose delivery failed is tried again.
    const followUps = await announceFollowUps(deps, everything ? 0 : followUpsSeen);
    followUpsSeen = followUps.highest;
    delivered.push(...(await deliverNotifications(deps, followUps.notifications)));
    if (!everything) return delivered;
    const due: PendingNotification[] = dueNotifications(await openCases(deps.db), now, deps)
      .map((notification) => ({ key: notification.key, messages: toOwners(deps.owners, { text: notification.text }) }));
    return [...delivered, ...(await deliverNotifications(deps, [...(await announceUnreadableMail(deps)), ...due]))];
  }

  /** One run at a time: a slow send never makes two runs race for the same keys. A look asked for meanwhile follows. */
  function schedule(full: boolean): Promise<string[]> {
    if (running && !full) {
      again = true;
      return running;
    }
    const previous = running ?? Promise.resolve([]);
    const next: Promise<string[]> = previous.catch(() => []).then(() => run(full)).finally(() => {
      if (running !== next) return;
      running = undefined;
      if (again && !stopped) {
        again = false;
        schedule(false).catch(failed);
      }
    });
    running = next;
    return next;
  }

  const failed = (error: unknown) => deps.logger.error({ err: error }, "owner scheduler tick failed");

  return {
    tick: () => schedule(true),
    announce: () => schedule(false),
    start() {
      if (timer) return;
      stopped = false;
      timer = setInterval(() => { schedule(false).catch(failed); }, deps.intervalMs ?? 60_000);
      timer.unref?.();
      schedule(false).catch(failed);
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
  };
}
