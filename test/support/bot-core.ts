// A conversation core on a fresh database with the real Q&A engine and the real outbox, and a clock tests move.
import { BUNDLED_KNOWLEDGE_FILE } from "../../knowledge/bundled";
import { silentLogger } from "../../log";
import { createQaEngine } from "../../knowledge/engine";
import { loadKnowledgeBase } from "../../knowledge/load";
import { enqueueOutboxMessage } from "../../bot/outbox/enqueue";
import { createConversationCore } from "../../bot/core/core";
import type { ChatChannel, IncomingMessage, OutgoingMessage } from "../../bot/core/messages";
import type { CoreDeps } from "../../bot/core/ports";
import { freshDatabase, type Engine } from "./databases";

export const OWNER_ID = "1001";
const bundledKnowledge = loadKnowledgeBase(BUNDLED_KNOWLEDGE_FILE);
const bundledQa = createQaEngine(bundledKnowledge);

/** `knowledgeFile`: another business than the bundled one (its own knowledge base and Q&A). */
export async function coreFixture(engine: Engine, start = new Date("2026-11-26T09:00:00Z"), knowledgeFile?: string) {
  const knowledgeBase = knowledgeFile ? loadKnowledgeBase(knowledgeFile) : bundledKnowledge;
  const qa = knowledgeFile ? createQaEngine(knowledgeBase) : bundledQa;
  const database = await freshDatabase(engine);
  let now = start;
  let updates = 0;
  const deps: CoreDeps = {
    db: database.db, qa, owners: { telegram: OWNER_ID, console: "owner" },
    business: { name: knowledgeBase.business.name, contactEmail: knowledgeBase.business.contact_email, knowledge: knowledgeBase },
    clock: () => now, logger: silentLogger, outbox: { enqueue: enqueueOutboxMessage },
  };
  const core = createConversationCore(deps);
  const message = (userId: string, text: string, channel: ChatChannel = "telegram"): IncomingMessage =>
    ({ updateKey: `${channel}:${++updates}`, channel, conversationId: userId, userId, text, sentAt: now });
  return {
    db: database.db, deps, core, knowledgeBase,
    clock: () => now,
    setNow(at: Date) { now = at; },
    message,
    say: (userId: string, text: string, channel: ChatChannel = "telegram") => core.handleMessage(message(userId, text, channel)),
    tap: (userId: string, data: string, channel: ChatChannel = "telegram") =>
      core.handleTap({ updateKey: `${channel}:${++updates}`, channel, conversationId: userId, userId, data, sentAt: now }),
    dispose: () => database.dispose(),
  };
}

export type CoreFixture = Awaited<ReturnType<typeof coreFixture>>;

export function textOf(replies: OutgoingMessage[]): string {
  return replies.map((reply) => reply.text).join("\n---\n");
}

/** A visitor goes through the whole hand-over for an erasure request and consents. */
export async function visitorAsksForErasure(f: CoreFixture, visitor = "555", email = "kari@example.no") {
  await f.say(visitor, "Jeg vil at dere sletter alle opplysningene om meg");
  await f.say(visitor, "Kari Nordmann");
  await f.say(visitor, email);
  const replies = await f.say(visitor, "ja");
  const caseId = Number(/nummer (\d+)/.exec(textOf(replies))?.[1]);
  return { replies, caseId };
}
