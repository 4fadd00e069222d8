import type { Language } from "../../triage/types";
import { activitiesOf, supervisoryAuthority } from "./knowledge-facts";
import { rightAnswers, type ReplyPart } from "./right-answers";
import { todoList } from "./todo";
import type { DraftCase, DraftContext } from "./types";
import { compose, complaintLine, greeting, placeholder, RIGHT_HEADINGS, rightsPhrase, signature } from "./wording";

/** The answer itself, the names of the gaps the owner must fill before it can go out, and the owner's to-do list. */
export interface FinalReply {
  text: string;
  gaps: string[];
  todo: string[];
}

/** The questions in a mail, each on its own; the whole text when it asks none with a question mark. */
export function questionsIn(text: string): string[] {
  const questions = text.split(/(?<=[?.!])\s+|\n+/).map((part) => part.trim()).filter((part) => part.endsWith("?") && part.length > 3);
  return questions.length > 0 ? questions : [text.trim()].filter(Boolean);
}

/** Every question answered from the knowledge base with its source; one the base does not cover is a gap. */
function inquiryPart(c: DraftCase, context: DraftContext): ReplyPart {
  const lang = c.language;
  const questions = questionsIn(c.text ?? "");
  const gaps: string[] = [];
  const answers = questions.map((question) => {
    const answer = context.ask?.(question);
    if (answer?.action === "answered") return questions.length > 1 ? `«${question}»\n${answer.answer.trim()}` : answer.answer.trim();
    const what = lang === "nb" ? `svar på «${question}»` : `an answer to "${question}"`;
    gaps.push(what);
    return placeholder(what, lang);
  });
  return { text: compose(lang === "nb" ? "Takk for spørsmålet ditt." : "Thank you for your question.", ...answers), gaps };
}

function complaintPart(lang: Language): ReplyPart {
  const what = lang === "nb" ? "hva vi har gjort med det du klaget på" : "what we have done about your complaint";
  return {
    text: lang === "nb" ? `Vi har sett på det du tok opp. ${placeholder(what, lang)}` : `We have looked into what you raised. ${placeholder(what, lang)}`,
    gaps: [what],
  };
}

function rightsPart(c: DraftCase, context: DraftContext): ReplyPart {
  const lang = c.language;
  if (c.rights.length === 0) {
    const what = lang === "nb" ? "svaret ditt" : "your answer";
    return { text: placeholder(what, lang), gaps: [what] };
  }
  const parts = rightAnswers(c.rights, { kb: context.knowledge, lang, ...activitiesOf(context.knowledge, c.text) });
  const titled = parts.map((part, index) => (parts.length > 1 ? `${RIGHT_HEADINGS[c.rights[index]!][lang]}\n${part.text}` : part.text));
  return { text: compose(...titled), gaps: parts.flatMap((part) => part.gaps) };
}

/** Where to complain: the supervisory authority the knowledge base names (GDPR Art. 77). */
function complaintRoute(context: DraftContext, lang: Language): string {
  const authority = supervisoryAuthority(context.knowledge, lang);
  if (!authority) return complaintLine(lang);
  return lang === "nb"
    ? `Er du uenig i hvordan vi har behandlet saken, kan du klage til ${authority}.`
    : `If you disagree with how we have handled this, you can complain to ${authority}.`;
}

/** The final answer, written from the knowledge base; what only the owner knows is a gap that blocks sending until filled. */
export function finalReply(c: DraftCase, context: DraftContext): FinalReply {
  const lang = c.language;
  const body = c.category === "rights_request" ? rightsPart(c, context) : c.category === "complaint" ? complaintPart(lang) : inquiryPart(c, context);
  // A draft made without a case (the draft command) has id 0 and names no case number.
  const ref = c.id > 0 ? (lang === "nb" ? ` (sak ${c.id})` : ` (case ${c.id})`) : "";
  const about = c.category === "rights_request"
    ? (lang === "nb" ? `Her er svaret på forespørselen din om ${rightsPhrase(c.rights, lang)}${ref}.` : `Here is our answer to your request for ${rightsPhrase(c.rights, lang)}${ref}.`)
    : c.category === "complaint"
      ? (lang === "nb" ? `Her er svaret vårt på klagen din${ref}.` : `Here is our answer to your complaint${ref}.`)
      : undefined;
  const todo = c.category === "rights_request" ? todoList(c.rights, activitiesOf(context.knowledge, c.text)) : [];
  return {
    text: compose(greeting(c.fromName, lang), about, body.text, complaintRoute(context, lang), signature(context.businessName, lang)),
    gaps: body.gaps,
    todo,
  };
}

export function finalReplyDraft(c: DraftCase, context: DraftContext): string {
  return finalReply(c, context).text;
}
