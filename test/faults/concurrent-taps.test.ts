// Slack HTTP events and Telegram webhooks deliver taps in parallel: however many land at once, a draft goes out once.
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../log";
import type { OutgoingMessage } from "../../bot/core/messages";
import { createMailer } from "../../bot/outbox/mailer";
import { createOutboxWorker } from "../../bot/outbox/worker";
import { ENGINES } from "../support/databases";
import { coreFixture, OWNER_ID, visitorAsksForErasure, type CoreFixture } from "../support/bot-core";

const ROUNDS = 30;
const TAPS = 5;

describe.each(ENGINES)("concurrent approve taps on %s", (engine) => {
  let f: CoreFixture;
  beforeAll(async () => { f = await coreFixture(engine); });
  afterAll(async () => { await f.dispose(); });

  it(`${TAPS} taps at once, ${ROUNDS} rounds: one outbox message, one "sent" event and one confirmation a round`, async () => {
    const rounds: { outbox: number; sentEvents: number; confirmations: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // A visitor who wants the answer in the chat: one message, whatever the number of taps on the card's button.
      const { caseId } = await visitorAsksForErasure(f, String(7000 + round), "her");
      const card = await f.say(OWNER_ID, `/sak ${caseId}`);
      const approve = card[0]!.buttons!.flat().find((button) => button.label === "Godkjenn og send")!.data;
      const taps = await Promise.all(Array.from({ length: TAPS }, () => f.tap(OWNER_ID, approve)));
      rounds.push({
        outbox: await f.db.outboxMessage.count({ where: { caseId } }),
        sentEvents: await f.db.caseEvent.count({ where: { caseId, type: "draft_sent" } }),
        confirmations: taps.flat().filter((reply) => /Sendt til køen/.test(reply.text)).length,
      });
    }
    expect(rounds.filter((r) => r.outbox !== 1 || r.sentEvents !== 1 || r.confirmations !== 1)).toEqual([]);

    // And what the visitors get: one message each.
    const delivered: OutgoingMessage[] = [];
    const worker = createOutboxWorker({
      db: f.db, mailer: createMailer(undefined, { sentMailDir: path.join(os.tmpdir(), "pva-no-mail-expected") }),
      chat: { async send(message) { delivered.push(message); } }, clock: f.clock, logger: silentLogger, notifyOwner: async () => {},
    });
    expect(await worker.runOnce()).toMatchObject({ sent: ROUNDS, failed: 0 });
    const perVisitor = new Map<string, number>();
    for (const message of delivered) perVisitor.set(message.conversationId, (perVisitor.get(message.conversationId) ?? 0) + 1);
    expect(perVisitor.size).toBe(ROUNDS);
    expect([...perVisitor.values()].every((count) => count === 1)).toBe(true);
  }, 180_000);
});
