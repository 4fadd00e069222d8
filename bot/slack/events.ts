import type { IncomingMessage, IncomingTap } from "../core/messages";

// Pure translation of Slack events into the core's vocabulary. On Slack a person's conversation with the
// assistant is their direct message channel, so conversationId is the person's member id: a mention in a
// public channel is answered privately, and the sender opens the DM when it posts.

interface MessageEvent {
  type: string;
  subtype?: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
  files?: SlackFile[];
}

interface SlackFile {
  name?: string;
  mimetype?: string;
  size?: number;
  url_private_download?: string;
  url_private?: string;
}

/** Files shared in a direct message, each with the message's text as its caption and where to fetch it. */
export function fromSlackFileShare(eventId: string, event: MessageEvent): { message: IncomingMessage; url: string; file: { fileName: string; contentType: string; size: number } }[] {
  if (event.subtype !== "file_share" || event.channel_type !== "im" || !event.user || event.bot_id) return [];
  const user = event.user;
  return (event.files ?? []).flatMap((file, index) => {
    const url = file.url_private_download ?? file.url_private;
    if (!url) return [];
    return [{
      message: {
        updateKey: `slack:${eventId}:${index}`, channel: "slack" as const, conversationId: user, userId: user,
        text: unescapeSlack(event.text ?? ""), sentAt: new Date(Number(event.ts) * 1000),
      },
      url,
      file: { fileName: file.name ?? "vedlegg", contentType: file.mimetype ?? "application/octet-stream", size: file.size ?? 0 },
    }];
  });
}

export function fromSlackMessage(eventId: string, event: MessageEvent, botUserId?: string): IncomingMessage | undefined {
  if (event.subtype || event.bot_id || !event.user || !event.text) return undefined;
  if (event.type === "message" && event.channel_type !== "im") return undefined;
  if (event.type !== "message" && event.type !== "app_mention") return undefined;
  const text = (botUserId ? event.text.replaceAll(`<@${botUserId}>`, "") : event.text.replace(/^<@[UW][A-Z0-9]+>/, "")).trim();
  if (!text) return undefined;
  return {
    updateKey: `slack:${eventId}`,
    channel: "slack",
    conversationId: event.user,
    userId: event.user,
    text: unescapeSlack(text),
    sentAt: new Date(Number(event.ts) * 1000),
  };
}

/** Slack sends &, < and > escaped in message text. */
export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

export function fromSlackAction(body: { trigger_id?: string; user: { id: string } }, action: { value?: string; action_ts?: string }, receivedAt: Date): IncomingTap | undefined {
  if (!action.value) return undefined;
  return {
    updateKey: `slack:action:${body.trigger_id ?? `${body.user.id}:${action.action_ts}`}`,
    channel: "slack",
    conversationId: body.user.id,
    userId: body.user.id,
    data: action.value,
    sentAt: receivedAt,
  };
}
