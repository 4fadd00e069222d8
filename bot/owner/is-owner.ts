import type { ChatChannel } from "../core/messages";
import type { Owners } from "../core/ports";

/** Only the configured owner of this channel; nobody is the owner of a channel without one. */
export function isOwner(owners: Owners, channel: ChatChannel, userId: string): boolean {
  const owner = owners[channel];
  return owner !== undefined && owner !== "" && owner === userId;
}

/**
 * Case data is shown only in the owner's private conversation with the assistant, never in a group the owner
 * is in: a Telegram private chat has the user's id, a Slack direct message a "D…" channel id.
 */
export function isPrivateConversation(channel: ChatChannel, conversationId: string, userId: string): boolean {
  if (channel === "telegram") return conversationId === userId;
  if (channel === "slack") return conversationId === userId || conversationId.startsWith("D");
  return true;
}

/** The owner, in a conversation where case data may be shown. */
export function actsAsOwner(owners: Owners, update: { channel: ChatChannel; conversationId: string; userId: string }): boolean {
  return isOwner(owners, update.channel, update.userId) && isPrivateConversation(update.channel, update.conversationId, update.userId);
}

export function ownerActor(userId: string): string {
  return `owner:${userId}`;
}
