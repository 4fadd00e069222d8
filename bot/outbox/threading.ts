// Pure helpers that make an answer land in the requester's existing mail thread.

const REPLY_PREFIX = /^\s*((re|sv|aw|vs)\s*(\[\d+\])?\s*:\s*)+/i;

/** "Re: " + the subject, never "Re: Re: " (also folds Norwegian "SV:" and German "AW:"). */
export function replySubject(subject: string): string {
  const bare = subject.replace(REPLY_PREFIX, "").trim();
  return bare ? `Re: ${bare}` : "Re:";
}

function ids(text: string | null | undefined): string[] {
  return text?.match(/<[^<>\s]+>/g) ?? [];
}

/** The References header: the known thread, then the message answered, each once, in order. */
export function referencesFor(inReplyTo: string | null | undefined, references: string | null | undefined): string | undefined {
  const all = [...ids(references), ...ids(inReplyTo)];
  const unique = all.filter((id, index) => all.indexOf(id) === index);
  return unique.length ? unique.join(" ") : undefined;
}

/** A bracketed Message-ID, whatever form it was stored in. */
export function bracketed(messageId: string | null | undefined): string | undefined {
  const trimmed = messageId?.trim();
  if (!trimmed) return undefined;
  return trimmed.startsWith("<") ? trimmed : `<${trimmed}>`;
}
