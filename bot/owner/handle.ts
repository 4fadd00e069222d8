import { CaseRuleError, extensionNoticeSent } from "../../triage/cases";
import { markOutboxMessageSent, resendOutboxMessage } from "../outbox/resend";
import { clearSession, loadSession, ownerSessionKey, saveSession } from "../core/session";
import { approveDraft } from "./approve";
import { ATTACH_USAGE, isAttachWithoutFile, parseButtonData, parseOwnerCommand, unknownSlashCommand, type OwnerCommand } from "./commands";
import { correctFromButton, correctFromText, correctionMenu } from "./correct";
import { findCase, notFound, say, type OwnerContext, type OwnerResult } from "./context";
import { draftIsAnswer, replaceDraft } from "./edit";
import { extendDeadline } from "./extend";
import { markIdentityVerified, requestIdentity } from "./identity";
import { closeCase, rejectCase, reopenCase } from "./reject";
import { eraseFromChat } from "./erase";
import { showCase, showDigest, showHelp, showOpenCases } from "./views";
import { isOpen } from "./card";
import { toggleTodo } from "./todo";

/** What the owner's next plain message is for, after tapping Edit, Extend or Reject. */
interface PendingAction {
  action: "edit" | "extend" | "reject";
  caseId: number;
}

const PROMPTS: Record<PendingAction["action"], (caseId: number) => string> = {
  edit: (id) => `Skriv den nye teksten til sak ${id}. Den erstatter hele utkastet. («/avbryt» for å la det være.)`,
  extend: (id) => `Skriv grunnen til at sak ${id} trenger lengre tid. Den står i varselet til den som spurte; fristen flyttes først når varselet er godkjent og sendt. («/avbryt» for å la det være.)`,
  reject: (id) => `Skriv grunnen til avslaget i sak ${id}; den kommer i et utkast som også nevner klageadgangen til Datatilsynet. Skriv «lukk» for å lukke saken uten å svare. («/avbryt» for å la det være.)`,
};

function sessionKey(ctx: OwnerContext): string {
  return ownerSessionKey(ctx.channel, ctx.conversationId, ctx.userId);
}

async function guarded(ctx: OwnerContext, work: () => Promise<OwnerResult>): Promise<OwnerResult> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CaseRuleError) return { replies: [say(ctx, error.message)] };
    throw error;
  }
}

async function askFor(ctx: OwnerContext, pending: PendingAction): Promise<OwnerResult> {
  const row = await findCase(ctx, pending.caseId);
  if (!row) return notFound(ctx, pending.caseId);
  if (!isOpen(row)) return { replies: [say(ctx, `Sak ${pending.caseId} er ikke åpen.`)] };
  await saveSession(ctx.tx, sessionKey(ctx), pending);
  const current = pending.action === "edit" ? `\n\nNåværende utkast:\n${row.draft}` : "";
  return { replies: [say(ctx, `${PROMPTS[pending.action](pending.caseId)}${current}`, pending.action === "edit" ? { awaits: "draft_text" } : {})] };
}

async function runCommand(ctx: OwnerContext, command: OwnerCommand): Promise<OwnerResult> {
  switch (command.name) {
    case "cases": return showOpenCases(ctx);
    case "case": return showCase(ctx, command.caseId);
    case "digest": return showDigest(ctx);
    case "help": return showHelp(ctx);
    case "cancel":
      await clearSession(ctx.tx, sessionKey(ctx));
      return { replies: [say(ctx, "Greit, avbrutt.")] };
    case "approve": return approveDraft(ctx, command.caseId);
    case "identity": return requestIdentity(ctx, command.caseId);
    case "verified": return markIdentityVerified(ctx, command.caseId);
    case "reject": return rejectCase(ctx, command.caseId, command.text);
    case "erase": return eraseFromChat(ctx, command.caseId, command.text);
    case "tick": return toggleTodo(ctx, command.caseId, command.text);
    case "reopen": return reopenCase(ctx, command.caseId);
    case "correct": return command.text ? correctFromText(ctx, command.caseId, command.text) : correctionMenu(ctx, command.caseId);
    case "usage": return { replies: [say(ctx, command.hint)] };
    case "edit":
      return command.text ? replaceDraft(ctx, command.caseId, command.text) : askFor(ctx, { action: "edit", caseId: command.caseId });
    case "extend":
      return command.text ? extendDeadline(ctx, command.caseId, command.text) : askFor(ctx, { action: "extend", caseId: command.caseId });
  }
}

/** An owner's text: a command, or the text a pending Edit/Extend/Reject waits for. Undefined: not for the owner side. */
export async function handleOwnerText(ctx: OwnerContext, text: string): Promise<OwnerResult | undefined> {
  if (isAttachWithoutFile(text)) return { replies: [say(ctx, `Ingen fil fulgte med. Bruk: ${ATTACH_USAGE}`)] };
  const command = parseOwnerCommand(text);
  if (command) return guarded(ctx, () => runCommand(ctx, command));
  const unknown = unknownSlashCommand(text);
  if (unknown) return { replies: [say(ctx, unknown)] };
  const pending = await loadSession<PendingAction>(ctx.tx, sessionKey(ctx));
  if (!pending) return undefined;
  await clearSession(ctx.tx, sessionKey(ctx));
  return guarded(ctx, async () => {
    switch (pending.action) {
      case "edit": return replaceDraft(ctx, pending.caseId, text);
      case "extend": return extendDeadline(ctx, pending.caseId, text);
      case "reject": return rejectCase(ctx, pending.caseId, text);
    }
  });
}

/** An owner's button. The caller has already checked that the tapper is the owner. */
export async function handleOwnerTap(ctx: OwnerContext, data: string): Promise<OwnerResult> {
  const parsed = parseButtonData(data);
  if (!parsed) return { replies: [] };
  const { verb, id, number, value } = parsed;
  return guarded(ctx, async () => {
    switch (verb) {
      case "approve": return approveDraft(ctx, id, number);
      case "tick": return toggleTodo(ctx, id, String(number));
      case "edit": return askFor(ctx, { action: "edit", caseId: id });
      case "extend": return askFor(ctx, { action: "extend", caseId: id });
      case "reject": return askFor(ctx, { action: "reject", caseId: id });
      case "close": return closeCase(ctx, id);
      case "as_answer": return draftIsAnswer(ctx, id);
      case "reopen": return reopenCase(ctx, id);
      case "correct": return correctionMenu(ctx, id);
      case "set_category":
      case "toggle_right":
      case "set_language":
        return correctFromButton(ctx, id, verb, value);
      case "identity": return requestIdentity(ctx, id);
      case "send_again": {
        const result = await resendOutboxMessage(ctx.tx, id, ctx.now);
        if (result.ok) return { replies: [say(ctx, `Melding ${id} er lagt i køen igjen.`)], enqueued: true };
        const why = { not_found: "finnes ikke", already_sent: "er allerede sendt", in_progress: "er allerede i køen" }[result.reason];
        return { replies: [say(ctx, `Melding ${id} ${why}.`)] };
      }
      case "mark_sent": {
        if (!(await markOutboxMessageSent(ctx.tx, id, ctx.now))) return { replies: [say(ctx, `Melding ${id} var ikke usikker eller feilet.`)] };
        const { caseId } = await ctx.tx.outboxMessage.findUniqueOrThrow({ where: { id }, select: { caseId: true } });
        if (caseId) await extensionNoticeSent(ctx.tx, caseId, id, ctx.now);
        return { replies: [say(ctx, `Melding ${id} er merket som sendt.`)] };
      }
      default:
        return { replies: [] };
    }
  });
}
