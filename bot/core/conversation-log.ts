import type { OutgoingMessage } from "./messages";
import type { Tx } from "./ports";

export async function logIncoming(tx: Tx, message: { channel: string; conversationId: string; userId: string; text: string; sentAt: Date }): Promise<void> {
  await tx.conversationMessage.create({
    data: { channel: message.channel, conversationId: message.conversationId, userId: message.userId, direction: "in", text: message.text, createdAt: message.sentAt },
  });
}

export async function logOutgoing(tx: Tx, messages: readonly (OutgoingMessage & { action?: string })[], at: Date): Promise<void> {
  for (const message of messages)
    await tx.conversationMessage.create({
      data: { channel: message.channel, conversationId: message.conversationId, userId: "assistant", direction: "out", text: message.text, action: message.action ?? null, createdAt: at },
    });
}
