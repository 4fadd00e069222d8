// "/endre 12 kategori=klage", "/endre 12 rettigheter=innsyn,sletting", "/endre 12 språk=en", and the same by buttons.
import { CaseRuleError, correctClassification, dropPendingExtension, type CaseClassification } from "../../triage/cases";
import { rightsOf } from "../../triage/cases/normalise";
import { RIGHTS, type Language, type Right } from "../../triage/types";
import type { Button } from "../core/messages";
import { cardReply, findCase, notFound, say, type OwnerContext, type OwnerResult } from "./context";
import { baseDraft, currentDraft, prepareDraft } from "./draft-store";
import { isOpen } from "./card";
import { CATEGORY_LABEL, RIGHT_LABEL } from "./labels";
import { USAGE } from "./commands";

type Category = CaseClassification["category"];

const CATEGORY_WORDS: Record<string, Category> = {
  rettigheter: "rights_request", rettighet: "rights_request", forespørsel: "rights_request", rights: "rights_request", rights_request: "rights_request", request: "rights_request",
  klage: "complaint", complaint: "complaint",
  spørsmål: "inquiry", sporsmal: "inquiry", inquiry: "inquiry", question: "inquiry",
};

const RIGHT_WORDS: Record<string, Right> = {
  innsyn: "access", access: "access",
  sletting: "erasure", slett: "erasure", slette: "erasure", erasure: "erasure", delete: "erasure",
  retting: "rectification", rette: "rectification", rectification: "rectification",
  begrensning: "restriction", begrense: "restriction", restriction: "restriction",
  dataportabilitet: "portability", portabilitet: "portability", portability: "portability",
  protest: "objection", innsigelse: "objection", objection: "objection",
  samtykke: "withdraw_consent", "trekke-samtykke": "withdraw_consent", withdraw_consent: "withdraw_consent", consent: "withdraw_consent",
};

const LANGUAGE_WORDS: Record<string, Language> = { nb: "nb", no: "nb", norsk: "nb", norwegian: "nb", en: "en", engelsk: "en", english: "en" };

const KEYS: Record<string, "category" | "rights" | "language"> = {
  kategori: "category", category: "category", type: "category",
  rettigheter: "rights", rettighet: "rights", rights: "rights", right: "rights",
  språk: "language", sprak: "language", language: "language", lang: "language",
};

/** The owner's words as a change; a message naming what was not understood otherwise. */
export function parseCorrection(text: string): Partial<CaseClassification> | { error: string } {
  const change: Partial<CaseClassification> = {};
  // "kategori = klage", "rettigheter=innsyn, sletting": spaces around "=" and after commas are allowed.
  const parts = text.toLowerCase().replace(/\s*=\s*/g, "=").replace(/\s*,\s*/g, ",").split(/\s+/).filter(Boolean);
  for (const part of parts) {
    const [rawKey, rawValue] = part.includes("=") ? part.split("=", 2) as [string, string] : [undefined, part];
    const values = rawValue.split(",").filter(Boolean);
    const key = rawKey === undefined ? guessKey(values) : KEYS[rawKey];
    if (!key) return { error: `Forstår ikke «${rawKey ?? part}». Bruk kategori=, rettigheter= eller språk=.` };
    if (key === "category") {
      const category = values.length === 1 ? CATEGORY_WORDS[values[0]!] : undefined;
      if (!category) return { error: `Ukjent kategori «${rawValue}». Velg rettigheter, klage eller spørsmål.` };
      change.category = category;
    } else if (key === "rights") {
      const unknown = values.filter((value) => !RIGHT_WORDS[value]);
      if (unknown.length > 0 || values.length === 0)
        return { error: `Ukjent rettighet «${unknown.join(", ") || rawValue}». Velg blant: ${RIGHTS.map((right) => RIGHT_LABEL[right]).join(", ")}.` };
      change.rights = values.map((value) => RIGHT_WORDS[value]!);
    } else {
      const language = values.length === 1 ? LANGUAGE_WORDS[values[0]!] : undefined;
      if (!language) return { error: `Ukjent språk «${rawValue}». Velg nb (norsk) eller en (engelsk).` };
      change.language = language;
    }
  }
  if (Object.keys(change).length === 0) return { error: `Hva skal endres? Bruk: ${USAGE.correct}` };
  return change;
}

/** A bare word says what it is: "klage" is a category, "innsyn,sletting" rights, "en" a language. */
function guessKey(values: string[]): "category" | "rights" | "language" | undefined {
  if (values.length === 1 && CATEGORY_WORDS[values[0]!] && !RIGHT_WORDS[values[0]!]) return "category";
  if (values.length > 0 && values.every((value) => RIGHT_WORDS[value])) return "rights";
  if (values.length === 1 && LANGUAGE_WORDS[values[0]!]) return "language";
  return undefined;
}

function describe(c: CaseClassification): string {
  const rights = c.rights.map((right) => RIGHT_LABEL[right] ?? right).join(", ");
  return `${CATEGORY_LABEL[c.category] ?? c.category}${rights ? ` (${rights})` : ""}, ${c.language === "en" ? "engelsk" : "norsk"}`;
}

/** Applies the owner's correction; a draft the assistant wrote is written again for the corrected case. */
export async function correctCase(ctx: OwnerContext, caseId: number, change: Partial<CaseClassification>): Promise<OwnerResult> {
  const row = await findCase(ctx, caseId);
  if (!row) return notFound(ctx, caseId);
  const { from, to, changed } = await correctClassification(ctx.tx, caseId, change, { actor: ctx.actor, now: ctx.now });
  if (!changed) return { replies: [say(ctx, `Sak ${caseId} er allerede sortert slik: ${describe(to)}.`)] };
  const lines = [`Sak ${caseId} er rettet: ${describe(from)} → ${describe(to)}.`];
  if (to.category !== "rights_request" && (await dropPendingExtension(ctx.tx, caseId, { actor: ctx.actor, now: ctx.now, why: "ikke lenger en forespørsel om rettigheter" })))
    lines.push("Forlengelsen som ventet på varsel er droppet: bare forespørsler om rettigheter kan forlenges.");
  if (isOpen(row)) {
    const corrected = await ctx.tx.case.findUniqueOrThrow({ where: { id: caseId } });
    const draft = await currentDraft(ctx.tx, corrected, ctx.deps);
    if (!draft.sent && draft.actor === "system" && (draft.purpose === "acknowledgement" || draft.purpose === "reply")) {
      await prepareDraft(ctx.tx, corrected, { ...(await baseDraft(ctx.tx, corrected, ctx.deps)), actor: "system", now: ctx.now });
      lines.push("Utkastet er skrevet på nytt for den rettede saken.");
    } else if (!draft.sent) {
      lines.push("Utkastet er beholdt som det var; endre det med «Rediger» om det ikke passer lenger.");
    }
  }
  return { replies: [say(ctx, lines.join("\n")), await cardReply(ctx, caseId, "Rettet")] };
}

export async function correctFromText(ctx: OwnerContext, caseId: number, text: string): Promise<OwnerResult> {
  const change = parseCorrection(text);
  if ("error" in change) return { replies: [say(ctx, change.error)] };
  return correctCase(ctx, caseId, change);
}

/** A tap on a correction button: a category, a right switched on or off, or a language. */
export async function correctFromButton(ctx: OwnerContext, caseId: number, verb: string, value: string | undefined): Promise<OwnerResult> {
  const row = await findCase(ctx, caseId);
  if (!row) return notFound(ctx, caseId);
  if (verb === "set_category" && value && Object.values(CATEGORY_WORDS).includes(value as Category)) {
    // Choosing "rights request" for another category needs the rights first: show them to pick from.
    if (value === "rights_request" && row.category !== "rights_request") return correctionMenu(ctx, caseId, "Velg rettighetene forespørselen gjelder:");
    return correctCase(ctx, caseId, { category: value as Category });
  }
  if (verb === "toggle_right" && value && (RIGHTS as readonly string[]).includes(value)) {
    const current = row.category === "rights_request" ? rightsOf(row.rights) : [];
    const right = value as Right;
    const rights = current.includes(right) ? current.filter((r) => r !== right) : [...current, right];
    if (rights.length === 0) throw new CaseRuleError("rights_required", "Minst én rettighet må være valgt; velg en annen først, eller velg en annen kategori.");
    return correctCase(ctx, caseId, { category: "rights_request", rights });
  }
  if (verb === "set_language" && value && LANGUAGE_WORDS[value]) return correctCase(ctx, caseId, { language: LANGUAGE_WORDS[value] });
  return correctionMenu(ctx, caseId);
}

/** Buttons for every category, every right (ticked when chosen) and both languages. */
export async function correctionMenu(ctx: OwnerContext, caseId: number, heading?: string): Promise<OwnerResult> {
  const row = await findCase(ctx, caseId);
  if (!row) return notFound(ctx, caseId);
  const rights = row.category === "rights_request" ? rightsOf(row.rights) : [];
  const mark = (on: boolean, label: string) => `${on ? "✓ " : ""}${label}`;
  const categories: Button[] = (["rights_request", "complaint", "inquiry"] as const)
    .map((category) => ({ label: mark(row.category === category, CATEGORY_LABEL[category]!), data: `set_category:${caseId}:${category}` }));
  const rightButtons: Button[] = RIGHTS.map((right) => ({ label: mark(rights.includes(right), RIGHT_LABEL[right]!), data: `toggle_right:${caseId}:${right}` }));
  const languages: Button[] = (["nb", "en"] as const).map((language) => ({ label: mark(row.language === language, language === "nb" ? "norsk" : "engelsk"), data: `set_language:${caseId}:${language}` }));
  const text = [
    heading ?? `Rett sorteringen av sak ${caseId} (nå: ${describe({ category: row.category as Category, rights, language: row.language as Language })}).`,
    `Trykk en kategori, slå rettigheter av og på, eller velg språk. Med tekst: ${USAGE.correct}`,
  ].join("\n");
  return { replies: [say(ctx, text, { buttons: [categories, rightButtons.slice(0, 4), rightButtons.slice(4), languages] })] };
}
