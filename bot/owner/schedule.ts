// What the owner should hear about at a given moment. Pure: the scheduler supplies the cases and the time.
import { daysLeft, receivedDate } from "../../triage/deadlines";
import type { CaseSummary, PendingExtension } from "../../triage/cases";
import { longDate } from "../drafts";
import { caseLine, digestText } from "./digest";

export interface ScheduledCase extends Omit<CaseSummary, "daysLeft"> {
  identityStatus: string;
  /** An extension waiting for its notice: reminders keep the first month's date and say so. */
  extension?: PendingExtension;
}

export interface DueNotification {
  /** NotificationLog key: each goes out once. The due date is in it, so a moved deadline re-arms the reminders. */
  key: string;
  kind: "reminder" | "due_today" | "overdue" | "digest";
  caseId?: number;
  text: string;
}

export interface ScheduleOptions {
  /** Days before the due date to remind, e.g. [7, 3, 1]. */
  reminderDays: readonly number[];
  /** Oslo hour (0–23) from which the daily digest goes out. */
  digestHour: number;
}

const osloHourFormat = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Oslo", hour: "2-digit", hourCycle: "h23" });
export function osloHour(at: Date): number {
  return Number(osloHourFormat.format(at));
}

/**
 * Reminders, due-today and overdue alarms for open cases, and the daily digest. A reminder threshold is the
 * smallest configured day count not below the days left, so a restart after a missed day sends the nearest
 * one, not every one it missed. Cases waiting for the requester's identity are left alone: their clock stands still.
 */
export function dueNotifications(cases: readonly ScheduledCase[], now: Date, options: ScheduleOptions): DueNotification[] {
  const open = cases.filter((c) => c.status !== "answered" && c.status !== "closed");
  const notifications: DueNotification[] = [];
  for (const c of open) {
    if (c.identityStatus === "requested") continue;
    const left = daysLeft(c.due, now);
    const line = caseLine({ ...c, daysLeft: left });
    if (left < 0) {
      notifications.push({ key: `overdue:${c.id}:${c.due}`, kind: "overdue", caseId: c.id, text: `Fristen er passert! Sak ${c.id} skulle vært besvart ${longDate(c.due, "nb")}.\n${line}` });
    } else if (left === 0) {
      notifications.push({ key: `due_today:${c.id}:${c.due}`, kind: "due_today", caseId: c.id, text: `Frist i dag for sak ${c.id}.\n${line}` });
    } else {
      const threshold = Math.min(...options.reminderDays.filter((days) => days >= left));
      if (Number.isFinite(threshold))
        notifications.push({ key: `reminder:${c.id}:${c.due}:${threshold}`, kind: "reminder", caseId: c.id, text: `Påminnelse: sak ${c.id} har ${left} ${left === 1 ? "dag" : "dager"} igjen.\n${line}` });
    }
  }
  if (open.length > 0 && osloHour(now) >= options.digestHour) {
    const summaries = open.map((c) => ({ ...c, daysLeft: daysLeft(c.due, now) })).sort((a, b) => a.daysLeft - b.daysLeft || a.id - b.id);
    notifications.push({ key: `digest:${receivedDate(now)}`, kind: "digest", text: digestText(summaries) });
  }
  return notifications;
}
