// The visitor hand-over as a small state machine: pure, so every step is easy to test and to persist.
import type { Answer } from "../../knowledge/types";
import type { Language, Right } from "../../triage/types";
import { cutAtCharacter } from "../../triage/text-cut";
import { isCancel, VISITOR_TEXT } from "./texts";

export interface IntakeState {
  kind: "intake";
  /** offer: a question we could not answer, waiting for "yes, pass it on". */
  step: "offer" | "name" | "contact" | "consent";
  category: "rights_request" | "complaint" | "inquiry";
  rights: Right[];
  language: Language;
  /** What the visitor asked, which becomes the case text. */
  question: string;
  /** ISO time of the message that started it: the deadlines run from here. */
  firstAt: string;
  name?: string;
  email?: string;
}

export type IntakeStep =
  | { outcome: "ask"; state: IntakeState; reply: string }
  | { outcome: "cancelled"; reply: string }
  | { outcome: "declined"; reply: string }
  /** Not an answer to the offer: the visitor asked something else, which is answered as a new question. */
  | { outcome: "new_question" }
  | { outcome: "complete"; state: IntakeState & { consent: true } };

/** Starts a hand-over for an answer that needs a person; undefined when the answer stands on its own. */
export function startIntake(answer: Answer, question: string, at: Date): IntakeState | undefined {
  if (answer.action === "answered" || answer.action === "small_talk") return undefined;
  const category = answer.action === "fallback" ? "inquiry" : answer.handover?.kind ?? "inquiry";
  return {
    kind: "intake", step: category === "inquiry" ? "offer" : "name", category, rights: category === "rights_request" ? answer.handover?.rights ?? [] : [],
    language: answer.language, question, firstAt: at.toISOString(),
  };
}

export function introduceIntake(state: IntakeState): string {
  const lang = state.language;
  if (state.step === "offer") return VISITOR_TEXT.offerPassOn[lang];
  return `${VISITOR_TEXT.nextStepRights[lang]}\n${VISITOR_TEXT.askName[lang]}`;
}

const NAME_LIMIT = 100;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const HERE = /^\s*(her|here|i chatten|in the chat|chat|svar her|answer here)\s*[.!]?\s*$/i;
const SKIP = /^\s*(hopp over|skip|-|nei takk|no thanks)\s*$/i;
const YES = /^\s*(ja|j|jo|yes|y|ok|okay|greit|det er greit|samtykker|i agree)\b/i;
const NO = /^\s*(nei|n|no|nope)\b/i;

export function advanceIntake(state: IntakeState, text: string, business: { name: string; contactEmail?: string }): IntakeStep {
  const lang = state.language;
  if (isCancel(text)) return { outcome: "cancelled", reply: VISITOR_TEXT.cancelled[lang] };
  switch (state.step) {
    case "offer":
      if (YES.test(text)) return { outcome: "ask", state: { ...state, step: "name" }, reply: VISITOR_TEXT.askName[lang] };
      if (NO.test(text)) return { outcome: "declined", reply: VISITOR_TEXT.declined[lang](business.contactEmail) };
      return { outcome: "new_question" };
    case "name": {
      const email = EMAIL.exec(text)?.[0];
      const name = SKIP.test(text) ? undefined : cutAtCharacter(text.replace(EMAIL, "").trim(), NAME_LIMIT) || undefined;
      if (email) return askConsent({ ...state, name, email }, business.name);
      return { outcome: "ask", state: { ...state, step: "contact", name }, reply: VISITOR_TEXT.askContact[lang] };
    }
    case "contact": {
      const email = EMAIL.exec(text)?.[0];
      if (email) return askConsent({ ...state, email }, business.name);
      if (HERE.test(text)) return askConsent({ ...state, email: undefined }, business.name);
      return { outcome: "ask", state, reply: VISITOR_TEXT.contactNotUnderstood[lang] };
    }
    case "consent":
      if (YES.test(text)) return { outcome: "complete", state: { ...state, consent: true } as IntakeState & { consent: true } };
      if (NO.test(text)) return { outcome: "declined", reply: VISITOR_TEXT.declined[lang](business.contactEmail) };
      return { outcome: "ask", state, reply: VISITOR_TEXT.consentNotUnderstood[lang] };
  }
}

function askConsent(state: IntakeState, businessName: string): IntakeStep {
  return { outcome: "ask", state: { ...state, step: "consent" }, reply: VISITOR_TEXT.askConsent[state.language](businessName) };
}
