// The whole chat side wired as app.ts wires it, on a fresh database, against fake platform servers:
// real core, real router, real adapters (grammy, Bolt), real outbox worker sending to a real SMTP server.
import { BUNDLED_KNOWLEDGE_FILE } from "../../knowledge/bundled";
import { silentLogger } from "../../log";
import { createQaEngine } from "../../knowledge/engine";
import { loadKnowledgeBase } from "../../knowledge/load";
import { createConversationCore, type ConversationCore } from "../../bot/core/core";
import type { CoreDeps } from "../../bot/core/ports";
import { createChatRouter } from "../../bot/router";
import { enqueueOutboxMessage } from "../../bot/outbox/enqueue";
import { createMailer } from "../../bot/outbox/mailer";
import { createOwnerNotifier } from "../../bot/outbox/owner-notices";
import { createOutboxWorker } from "../../bot/outbox/worker";
import { createOwnerScheduler } from "../../bot/owner/scheduler";
import { freshDatabase, type Engine } from "../support/databases";
import { startSmtpRecorder } from "./smtp-recorder";

export const TELEGRAM_OWNER = 1001;
export const SLACK_OWNER = "UOWNER1";

const knowledgeBase = loadKnowledgeBase(BUNDLED_KNOWLEDGE_FILE);
const qa = createQaEngine(knowledgeBase);

export async function chatStack(engine: Engine = "sqlite", owners: CoreDeps["owners"] = { telegram: String(TELEGRAM_OWNER), slack: SLACK_OWNER }) {
  const database = await freshDatabase(engine);
  const smtp = await startSmtpRecorder();
  const router = createChatRouter();
  let worker: ReturnType<typeof createOutboxWorker> | undefined;
  const deps: CoreDeps = {
    db: database.db, qa, owners,
    business: { name: knowledgeBase.business.name, contactEmail: knowledgeBase.business.contact_email, knowledge: knowledgeBase },
    clock: () => new Date(), logger: silentLogger,
    outbox: { enqueue: enqueueOutboxMessage },
    onOutboxEnqueued: () => worker?.kick(),
  };
  const core: ConversationCore = createConversationCore(deps);
  const mailer = createMailer(smtp.smtpConfig(), { timeoutSeconds: 5 });
  const makeWorker = () => createOutboxWorker({
    db: database.db, mailer, chat: router, logger: silentLogger, pollIntervalMs: 100,
    notifyOwner: createOwnerNotifier({ chat: router, owners, logger: silentLogger }),
  });
  worker = makeWorker();
  const scheduler = createOwnerScheduler({
    db: database.db, send: (message) => router.send(message), clock: () => new Date(), owners, qa,
    business: deps.business, logger: silentLogger, reminderDays: [7, 3, 1], digestHour: 8,
  });
  return {
    db: database.db, deps, core, router, smtp, mailer, scheduler,
    get worker() { return worker!; },
    /** A fresh worker over the same database, as after a restart. */
    restartWorker() { worker = makeWorker(); return worker; },
    async dispose() {
      await worker?.stop();
      mailer.close();
      await smtp.close();
      await database.dispose();
    },
  };
}

export type ChatStack = Awaited<ReturnType<typeof chatStack>>;
