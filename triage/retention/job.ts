// Applies retention once at start and then daily, alongside the owner scheduler.
import type { Db } from "../../prisma/database";
import type { Logger } from "../../log";
import { applyRetention, type RetentionCounts } from "./apply";
import type { MailFolders } from "./files";
import type { RetentionPeriods } from "./periods";
import { planRetention } from "./plan";

export interface RetentionJobDeps {
  db: Db;
  clock: () => Date;
  logger: Logger;
  periods: RetentionPeriods;
  folders: MailFolders;
  /** A day by default. */
  intervalMs?: number;
}

export interface RetentionJob {
  run(): Promise<RetentionCounts>;
  start(): void;
  stop(): Promise<void>;
}

export function createRetentionJob(deps: RetentionJobDeps): RetentionJob {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<RetentionCounts> | undefined;

  function run(): Promise<RetentionCounts> {
    running ??= planRetention(deps.db, deps.clock(), deps.periods, deps.folders)
      .then((plan) => applyRetention(deps.db, plan, deps.folders, deps.logger))
      .finally(() => { running = undefined; });
    return running;
  }
  const runLogged = () => void run().catch((error) => deps.logger.error({ err: error }, "oppbevaring feilet / retention failed"));

  return {
    run,
    start() {
      if (timer) return;
      timer = setInterval(runLogged, deps.intervalMs ?? 24 * 60 * 60 * 1000);
      timer.unref?.();
      runLogged();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
  };
}
