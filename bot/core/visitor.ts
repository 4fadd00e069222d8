import { openCaseFromChat } from "../../triage/cases";
import { promisedDaysOf } from "../../triage/deadlines";
import { longDate } from "../drafts";
import { advanceIntake, introduceIntake, startIntake, type IntakeState } from "./intake";
import type { IncomingMessage, OutgoingMessage } from "./messages";
import type { CoreDeps, Tx } from "./ports";
import { clearSession, loadSession, saveSession, visitorSessionKey } from "./session";

const GREETING = /^\s*(?:(hi|hello|hey|good (?:morning|afternoon|evening))|hei|hallo|heisann|hei hei|god (?:morgen|dag|kveld)|morn)[\s!.,:)]*(?:there)?[\s!.,:)]*$/i;
import { isCancel, VISITOR_TEXT } from "./texts";

export type Reply = OutgoingMessage & { action?: string };

export interface VisitorOutcome {
  replies: Reply[];
  openedCaseId?: number;
}

const ENGLISH_HELP = /^\/help\b/i;

/** A visitor's message: an answer from the knowledge base, or the next step of a hand-over. */
export async function handleVisitorMessage(tx: Tx, deps: CoreDeps, m: IncomingMessage): Promise<VisitorOutcome> {
  const to = (text: string, action?: string): Reply => ({ channel: m.channel, conversationId: m.conversationId, text, ...(action ? { action } : {}) });
  const key = visitorSessionKey(m.channel, m.conversationId, m.userId);
  const intake = await loadSession<IntakeState>(tx, key);

  const step = intake?.kind === "intake" ? advanceIntake(intake, m.text, deps.business) : undefined;
  if (step?.outcome === "new_question") await clearSession(tx, key);
  else if (step) {
    if (step.outcome === "ask") {
      await saveSession(tx, key, step.state);
      return { replies: [to(step.reply)] };
    }
    await clearSession(tx, key);
    if (step.outcome !== "complete") return { replies: [to(step.reply)] };
    const state = step.state;
    const { caseId } = await openCaseFromChat(tx, {
      channel: m.channel, conversationId: m.conversationId,
      fromAddress: state.email ?? `${m.channel}:${m.userId}`, fromName: state.name,
      text: state.question, category: state.category, rights: state.rights, language: state.language,
      receivedAt: new Date(state.firstAt), promisedDays: promisedDaysOf(deps.business.knowledge),
    });
    await tx.caseEvent.create({
      data: { caseId, actor: "requester", type: "intake", detail: JSON.stringify({ name: state.name ?? null, email: state.email ?? null, replyInChat: !state.email, consent: true, userId: m.userId }) },
    });
    const row = await tx.case.findUniqueOrThrow({ where: { id: caseId } });
    const text = VISITOR_TEXT.caseOpened[state.language](caseId, longDate(row.due, state.language), deps.business.name, state.email);
    return { replies: [to(text)], openedCaseId: caseId };
  }

  // Slash commands are not questions; a visitor who types one (/start, or an owner command) gets the welcome.
  if (m.text.trim().startsWith("/")) {
    const welcome = ENGLISH_HELP.test(m.text.trim())
      ? VISITOR_TEXT.welcome.en(deps.business.name)
      : `${VISITOR_TEXT.welcome.nb(deps.business.name)}\n\n${VISITOR_TEXT.welcome.en(deps.business.name)}`;
    return { replies: [to(welcome)] };
  }
  if (isCancel(m.text)) return { replies: [to(VISITOR_TEXT.cancelled.nb)] };
  // A bare greeting is not a question the notice fails to answer: greet back and show what to ask.
  const greeting = GREETING.exec(m.text);
  if (greeting) return { replies: [to(VISITOR_TEXT.welcome[greeting[1] ? "en" : "nb"](deps.business.name))] };

  const answer = deps.qa.ask(m.text);
  const lang = answer.language;
  // The engine usually names its source in the answer; add it only where it did not.
  const named = answer.sources.some((source) => answer.answer.includes(source));
  const source = answer.sources.length > 0 && !named ? `\n\n${VISITOR_TEXT.source[lang]}: ${answer.sources.join("; ")}` : "";
  const state = startIntake(answer, m.text, m.sentAt);
  if (!state) return { replies: [to(`${answer.answer}${source}`, answer.action)] };
  await saveSession(tx, key, state);
  return { replies: [to(`${answer.answer}${source}\n\n${introduceIntake(state)}`, answer.action)] };
}
