import type { ChatChannel, ChatSender, OutgoingMessage } from "./core/messages";

export interface ChatRouter extends ChatSender {
  register(channel: ChatChannel, sender: ChatSender): void;
  has(channel: ChatChannel): boolean;
}

/** Sends each outgoing message through the adapter of its channel. */
export function createChatRouter(): ChatRouter {
  const senders = new Map<ChatChannel, ChatSender>();
  return {
    register(channel, sender) {
      senders.set(channel, sender);
    },
    has(channel) {
      return senders.has(channel);
    },
    async send(message: OutgoingMessage) {
      const sender = senders.get(message.channel);
      if (!sender) throw new Error(`no chat adapter is running for channel "${message.channel}"`);
      await sender.send(message);
    },
  };
}
