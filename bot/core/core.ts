import { logIncoming, logOutgoing } from "./conversation-log";
import { claimUpdate, isUniqueViolation } from "./dedupe";
import type { IncomingMessage, IncomingTap, OutgoingMessage } from "./messages";
import type { CoreDeps, Tx } from "./ports";
import { handleVisitorMessage, type Reply } from "./visitor";
import { handleOwnerTap, handleOwnerText } from "../owner/handle";
import { actsAsOwner, ownerActor } from "../owner/is-owner";
import { attachFile, caseIdForFile } from "../owner/attach";
import type { OwnerContext } from "../owner/context";

export interface ConversationCore {
  handleMessage(message: IncomingMessage): Promise<OutgoingMessage[]>;
  handleTap(tap: IncomingTap): Promise<OutgoingMessage[]>;
}

interface Handled {
  replies: Reply[];
  enqueued?: boolean;
  openedCaseId?: number;
}

const strip = (replies: Reply[]): OutgoingMessage[] => replies.map(({ action: _action, ...message }) => message);

/**
 * The channel-agnostic conversation: visitors get answers and hand-overs, the owner gets cases to act on.
 * Each update is handled once, in one transaction with everything it changes.
 */
export function createConversationCore(deps: CoreDeps): ConversationCore {
  const ownerContext = (tx: Tx, update: { channel: IncomingMessage["channel"]; conversationId: string; userId: string }): OwnerContext => ({
    tx, deps, channel: update.channel, conversationId: update.conversationId, userId: update.userId, actor: ownerActor(update.userId), now: deps.clock(),
  });

  async function once(updateKey: string, work: (tx: Tx) => Promise<Handled>): Promise<OutgoingMessage[]> {
    let handled: Handled | undefined;
    try {
      handled = await deps.db.$transaction(async (tx) => {
        if (!(await claimUpdate(tx, updateKey, deps.clock()))) return undefined;
        const result = await work(tx);
        await logOutgoing(tx, result.replies, deps.clock());
        return result;
      }, { timeout: 15_000, maxWait: 15_000 });
    } catch (error) {
      if (isUniqueViolation(error)) {
        // A concurrent delivery of the same update claimed it first; whatever else clashed, nothing was committed.
        deps.logger.debug({ updateKey }, "update already being handled");
        return [];
      }
      throw error;
    }
    if (!handled) return [];
    if (handled.enqueued) deps.onOutboxEnqueued?.();
    if (handled.openedCaseId !== undefined) deps.onCaseOpened?.(handled.openedCaseId);
    return strip(handled.replies);
  }

  return {
    handleMessage(message) {
      return once(message.updateKey, async (tx) => {
        await logIncoming(tx, message);
        if (actsAsOwner(deps.owners, message)) {
          if (message.file) return attachFile(ownerContext(tx, message), caseIdForFile(message.text, message.repliesTo), message.file);
          const result = await handleOwnerText(ownerContext(tx, message), message.text);
          if (result) return result;
        }
        return handleVisitorMessage(tx, deps, message);
      });
    },
    handleTap(tap) {
      return once(tap.updateKey, async (tx) => {
        // Anyone but the owner (in a private conversation) gets nothing: no effect, no reply, nothing revealed.
        if (!actsAsOwner(deps.owners, tap)) {
          deps.logger.warn({ channel: tap.channel, userId: tap.userId }, "ignored a tap from someone who is not the owner");
          return { replies: [] };
        }
        return handleOwnerTap(ownerContext(tx, tap), tap.data);
      });
    },
  };
}
