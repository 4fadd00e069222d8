import crypto from "node:crypto";
import { computeDeadlines } from "../deadlines";
import type { Category, Language, Right } from "../types";
import { inTransaction, type DbOrTx } from "./db";
import { BODY_LIMIT, excerpt, rightsText } from "./normalise";
import { recordEvent } from "./record-event";
import { wellFormed } from "../text-cut";

export interface OpenCaseFromChatInput {
  channel: "telegram" | "slack" | "console";
  conversationId: string;
  /** The email address to answer to, or the chat user id. */
  fromAddress: string;
  fromName?: string;
  text: string;
  category: Exclude<Category, "automated">;
  rights: Right[];
  language: Language;
  /** The chat message's time: the receipt time that starts the clock. */
  receivedAt: Date;
  /** The business's promise in days (its knowledge base's), counted from `receivedAt`. */
  promisedDays: number;
}

const SUBJECT_LIMIT = 80;

/** Opens a case for a chat hand-over; the deadlines run from the chat message's time. */
export async function openCaseFromChat(db: DbOrTx, input: OpenCaseFromChatInput): Promise<{ caseId: number }> {
  return inTransaction(db, async (tx) => {
    const deadlines = computeDeadlines(input.receivedAt, { promisedDays: input.promisedDays });
    const firstLine = input.text.trim().split("\n")[0] ?? "";
    const created = await tx.case.create({
      data: {
        channel: input.channel,
        conversationId: input.conversationId,
        fromAddress: input.fromAddress.trim(),
        // A name a visitor typed may come from a session stored before names were cut at characters.
        fromName: input.fromName ? wellFormed(input.fromName) : null,
        subject: excerpt(firstLine, SUBJECT_LIMIT),
        body: excerpt(input.text, BODY_LIMIT),
        category: input.category,
        rights: rightsText(input.rights),
        language: input.language,
        reasons: "[]",
        receivedAt: input.receivedAt,
        promisedDue: deadlines.promisedDue,
        legalDue: deadlines.legalDue,
        due: deadlines.due,
        status: "new",
        contentHash: crypto.createHash("sha256").update([input.channel, input.conversationId, input.text.trim()].join("\n")).digest("hex"),
      },
    });
    await recordEvent(tx, created.id, {
      actor: "system", type: "received",
      detail: { channel: input.channel, conversationId: input.conversationId, from: input.fromAddress, receivedAt: input.receivedAt.toISOString(), ...deadlines },
    });
    await recordEvent(tx, created.id, {
      actor: "system", type: "classified",
      detail: { category: input.category, rights: input.rights, language: input.language },
    });
    return { caseId: created.id };
  });
}
