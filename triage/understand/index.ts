import { classifyMail } from "../classify/index";
import type { ParsedMail } from "../mail";
import type { Classification } from "../types";

/**
 * One reading of a message for every channel: a chat line is read exactly as the mail triage reads a mail's
 * own text (normalisation, folding, dialect, typos, negation, clauses, language, the rules and the model's
 * vote), so "Please close my account." asks for the same rights in a chat as in a mail.
 * What is a channel's own stays there: headers, subjects and forwards in mail; question vs request and
 * small talk in the chat (knowledge/intent.ts).
 */
export type Understanding = Classification;

export function understand(text: string): Understanding {
  return classifyMail(asMail(text));
}

/** A message with nothing but its text: no sender, subject or headers that could say more. */
function asMail(text: string): ParsedMail {
  return { references: [], from: { address: "" }, to: [], subject: "", headers: {}, text, quoted: "", signature: "", truncated: false };
}
