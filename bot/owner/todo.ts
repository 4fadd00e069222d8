// Ticking the owner's to-do items, and asking once before a final reply goes out with items open.
import { cardReply, findCase, notFound, say, type OwnerContext, type OwnerResult } from "./context";
import type { CaseRow, CurrentDraft } from "./draft-store";
import { eventDetail, todoOf, TODO_CONFIRM_ASKED, TODO_TICKED } from "./todo-list";

/** "/huk 12 2" or the button ☐ 2: ticks item 2, or unticks it if it was ticked. */
export async function toggleTodo(ctx: OwnerContext, caseId: number, itemText: string | undefined): Promise<OwnerResult> {
  const row = await findCase(ctx, caseId);
  if (!row) return notFound(ctx, caseId);
  const todo = await todoOf(ctx.tx, row, ctx.deps);
  const number = Number(itemText);
  const entry = Number.isInteger(number) ? todo[number - 1] : undefined;
  if (!entry) {
    const hint = todo.length > 0 ? `Skriv et tall fra 1 til ${todo.length}, f.eks. /huk ${caseId} 1.` : "Saken har ingen huskeliste.";
    return { replies: [say(ctx, `Fant ikke punkt ${itemText ?? ""} i sak ${caseId}. ${hint}`.replace("  ", " "))] };
  }
  await ctx.tx.caseEvent.create({
    data: { caseId, actor: ctx.actor, type: TODO_TICKED, at: ctx.now, detail: JSON.stringify({ item: entry.text, done: !entry.done, note: `${entry.done ? "ikke gjort" : "gjort"}: ${entry.text}` }) },
  });
  return { replies: [await cardReply(ctx, caseId, entry.done ? `Punkt ${number} er ikke huket av lenger` : `Punkt ${number} er huket av`)] };
}

/**
 * Before a final reply goes out with items still open, the owner is asked once; the next approval of the same
 * draft sends it. Returns the question, or undefined when the reply may go.
 */
export async function openTodoQuestion(ctx: OwnerContext, row: CaseRow, draft: CurrentDraft): Promise<OwnerResult | undefined> {
  if (draft.purpose !== "reply") return undefined;
  const open = (await todoOf(ctx.tx, row, ctx.deps)).map((entry, index) => ({ ...entry, number: index + 1 })).filter((entry) => !entry.done);
  if (open.length === 0) return undefined;
  const asked = await ctx.tx.caseEvent.findMany({ where: { caseId: row.id, type: TODO_CONFIRM_ASKED } });
  if (asked.some((event) => eventDetail(event.detail).revision === draft.revision)) return undefined;
  await ctx.tx.caseEvent.create({
    data: { caseId: row.id, actor: ctx.actor, type: TODO_CONFIRM_ASKED, at: ctx.now, detail: JSON.stringify({ revision: draft.revision, open: open.length }) },
  });
  return {
    replies: [say(ctx, [
      `Sak ${row.id}: ${open.length} ${open.length === 1 ? "punkt" : "punkter"} på huskelisten er ikke huket av:`,
      ...open.map((entry) => `☐ ${entry.number}. ${entry.text}`),
      `Godkjenn en gang til for å sende svaret likevel, eller huk av først (/huk ${row.id} ${open[0]!.number}).`,
    ].join("\n"), { buttons: [[{ label: "Send likevel", data: `approve:${row.id}:${draft.revision}` }]] })],
  };
}
