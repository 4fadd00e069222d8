// The periods the assistant keeps its own records for, and the moment before which each kind expires.
import type { AssistantRetention } from "../../knowledge/schema";

export interface RetentionPeriods {
  chatWithoutCaseDays: number;
  abandonedIntakeDays: number;
  caseContentDays: number;
  mailFilesDays: number;
}

/**
 * Telegram keeps an undelivered update for 24 hours and Slack retries an event within the hour; an update
 * key older than a week can no longer arrive again, so it no longer prevents a duplicate. Not a business
 * period: how long the platforms retry.
 */
export const UPDATE_KEY_DAYS = 7;

export interface Cutoffs {
  chatLines: Date;
  sessions: Date;
  caseContent: Date;
  mailFiles: Date;
  updateKeys: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

export function periodsFromKnowledge(section: AssistantRetention): RetentionPeriods {
  return {
    chatWithoutCaseDays: section.chat_without_case_days,
    abandonedIntakeDays: section.abandoned_intake_days,
    caseContentDays: section.case_content_days,
    mailFilesDays: section.mail_files_days,
  };
}

/** Anything last touched before its cutoff has been kept for its full period. */
export function cutoffsAt(now: Date, periods: RetentionPeriods): Cutoffs {
  return {
    chatLines: daysBefore(now, periods.chatWithoutCaseDays),
    sessions: daysBefore(now, periods.abandonedIntakeDays),
    caseContent: daysBefore(now, periods.caseContentDays),
    mailFiles: daysBefore(now, periods.mailFilesDays),
    updateKeys: daysBefore(now, UPDATE_KEY_DAYS),
  };
}
