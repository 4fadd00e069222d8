import { describeErasure, erasePerson, findPerson } from "../../triage/retention";
import { say, type OwnerContext, type OwnerResult } from "./context";

const CONFIRMATION = /^(bekreft|confirm)$/i;

/** "/slett 12" shows whom and what it would erase; "/slett 12 bekreft" erases. It cannot be undone, so it is asked twice. */
export async function eraseFromChat(ctx: OwnerContext, caseId: number, text: string | undefined): Promise<OwnerResult> {
  if (text && CONFIRMATION.test(text.trim())) {
    const result = await erasePerson(ctx.tx, caseId, { now: ctx.now, actor: ctx.actor, folders: ctx.deps.mailFolders, logger: ctx.deps.logger });
    return { replies: [say(ctx, describeErasure(caseId, result))] };
  }
  const person = await findPerson(ctx.tx, caseId);
  const who = person.address || "personen";
  return {
    replies: [say(ctx,
      `Dette sletter ${who} overalt: ${person.caseIds.length} sak(er) (${person.caseIds.join(", ")}) blir minimumsposter uten innhold, ` +
      `og chatlinjer, samtaler og e-postfiler om personen slettes. Åpne saker lukkes. Det kan ikke angres.\n` +
      `Skriv «/slett ${caseId} bekreft» for å slette.`)],
  };
}
