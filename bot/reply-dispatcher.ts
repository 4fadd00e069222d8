import type { Logger } from "../log";
import type { ChatSender, OutgoingMessage } from "./core/messages";

/**
 * Sends the core's replies in the background, so one slow chat never holds up the next update.
 * A failed reply is logged, not thrown: the update it answers has already been handled.
 */
export function createReplyDispatcher(deliver: ChatSender, logger: Logger, platform: string) {
  const inFlight = new Set<Promise<void>>();
  return {
    dispatch(replies: OutgoingMessage[]): void {
      for (const reply of replies) {
        const sending = deliver.send(reply).catch((error) => {
          logger.error({ err: error, channel: reply.channel, conversationId: reply.conversationId }, `${platform}: could not deliver a reply`);
        });
        inFlight.add(sending);
        void sending.finally(() => inFlight.delete(sending));
      }
    },
    /** Resolves when every reply handed over so far has been sent or has failed. */
    async settled(): Promise<void> {
      await Promise.all([...inFlight]);
    },
  };
}
