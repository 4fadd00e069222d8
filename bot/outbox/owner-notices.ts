import type { ChatSender, OutgoingMessage } from "../core/messages";
import type { Logger } from "../../log";
import type { OwnerNotice } from "./types";

interface NoticeSubject {
  id: number;
  caseId: number | null;
  kind: string;
  recipient: string;
  attempts: number;
}

function what(message: NoticeSubject): string {
  const target = message.kind === "email" ? `e-posten til ${message.recipient}` : `chatmeldingen til ${message.recipient}`;
  return message.caseId ? `${target} (sak ${message.caseId})` : target;
}

const sendAgain = (id: number) => ({ label: "Send igjen", data: `send_again:${id}` });
const markSent = (id: number) => ({ label: "Den kom fram", data: `mark_sent:${id}` });

const DOUBT = {
  interrupted: (message: NoticeSubject) => `Jeg ble avbrutt mens jeg sendte ${what(message)}, og vet ikke om den kom fram.`,
  lost_confirmation: (message: NoticeSubject) =>
    `Forbindelsen til e-postserveren brøt etter at jeg hadde sendt ${what(message)}, før serveren bekreftet at den tok imot. Den kan ha kommet fram.`,
};

/** Sending was interrupted (crash, restart) or its confirmation never came: we cannot know whether it went out, so we ask. */
export function unknownDeliveryNotice(message: NoticeSubject, why: keyof typeof DOUBT = "interrupted"): OwnerNotice {
  return {
    outboxId: message.id,
    caseId: message.caseId ?? undefined,
    reason: "unknown",
    text:
      `Usikker levering: ${DOUBT[why](message)} ` +
      `Jeg sender den ikke på nytt av meg selv. Sjekk Sendt-mappen, og trykk «Send igjen» bare hvis den mangler.`,
    buttons: [[sendAgain(message.id), markSent(message.id)]],
  };
}

/** Sending failed for good: a permanent refusal, or too many transient failures. */
export function failedDeliveryNotice(message: NoticeSubject, error: string, permanent: boolean): OwnerNotice {
  const why = permanent ? `Mottakerserveren avviste den: ${error}` : `Jeg ga opp etter ${message.attempts} forsøk. Siste feil: ${error}`;
  return {
    outboxId: message.id,
    caseId: message.caseId ?? undefined,
    reason: "failed",
    text: `Ikke sendt: ${what(message)} gikk ikke ut. ${why}. Rett opp feilen og trykk «Send igjen».`,
    buttons: [[sendAgain(message.id)]],
  };
}

export interface OwnerAddresses {
  telegram?: string;
  slack?: string;
  console?: string;
}

/**
 * Tells every configured owner, each on their own channel. The owner's Telegram chat id is their user id;
 * on Slack the sender opens a direct message to the owner's member id.
 */
export function createOwnerNotifier(deps: { chat: ChatSender; owners: OwnerAddresses; logger: Logger }) {
  return async function notifyOwner(notice: OwnerNotice): Promise<void> {
    const channels = (Object.entries(deps.owners) as [OutgoingMessage["channel"], string | undefined][])
      .filter((entry): entry is [OutgoingMessage["channel"], string] => Boolean(entry[1]));
    for (const [channel, conversationId] of channels) {
      try {
        await deps.chat.send({ channel, conversationId, text: notice.text, buttons: notice.buttons });
      } catch (error) {
        deps.logger.error({ err: error, channel, outboxId: notice.outboxId }, "could not tell the owner about an outbox message");
      }
    }
  };
}
