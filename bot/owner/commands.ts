// The owner's text commands, Norwegian and English. Buttons carry the same actions as "verb:caseId[:value]".

type CaseVerb = "case" | "approve" | "edit" | "extend" | "identity" | "reject" | "verified" | "correct" | "reopen" | "erase" | "tick";

export type OwnerCommand =
  | { name: "cases" }
  | { name: "case"; caseId: number }
  | { name: "digest" }
  | { name: "help" }
  | { name: "cancel" }
  | { name: Exclude<CaseVerb, "case">; caseId: number; text?: string }
  /** A slash command typed wrong: the hint says how it is used. */
  | { name: "usage"; hint: string };

const SIMPLE: Record<string, "cases" | "digest" | "help"> = {
  saker: "cases", cases: "cases",
  oversikt: "digest", digest: "digest",
  hjelp: "help", help: "help",
};

const WITH_CASE: Record<string, CaseVerb> = {
  sak: "case", case: "case",
  godkjenn: "approve", approve: "approve",
  rediger: "edit", edit: "edit",
  forleng: "extend", extend: "extend",
  legitimasjon: "identity", identitet: "identity", identity: "identity",
  avvis: "reject", lukk: "reject", reject: "reject", close: "reject",
  verifisert: "verified", bekreftet: "verified", verified: "verified",
  slett: "erase", erase: "erase",
  huk: "tick", tick: "tick",
  endre: "correct", rett: "correct", correct: "correct",
  gjenåpne: "reopen", gjenapne: "reopen", reopen: "reopen",
};

/** How each command is typed, for the help text and for hints when one is typed wrong. */
export const USAGE: Record<CaseVerb, string> = {
  case: "/sak 12 (/case 12) – én sak med historikk og utkast",
  approve: "/godkjenn 12 (/approve 12) – send utkastet",
  edit: "/rediger 12 <ny tekst> (/edit 12 <text>) – bytt ut utkastet; i konsollen: /rediger 12 alene, så linjene, avslutt med «.»",
  extend: "/forleng 12 <grunn> (/extend 12 <reason>) – lag varsel om forlenget frist (art. 12 nr. 3); fristen flyttes når varselet er sendt",
  identity: "/legitimasjon 12 (/identity 12) – be om bekreftelse av identitet",
  verified: "/verifisert 12 (/verified 12) – identiteten er bekreftet, klokken går igjen",
  reject: "/avvis 12 <grunn> (/reject 12 <reason>) – utkast til avslag; /avvis 12 ja lukker saken uten svar",
  correct: "/endre 12 kategori=klage | rettigheter=innsyn,sletting | språk=en (/correct 12 category=… rights=… language=…) – rett sorteringen",
  reopen: "/gjenåpne 12 (/reopen 12) – åpne igjen en sak som ble lukket uten svar",
  tick: "/huk 12 2 (/tick 12 2) – huk av (eller fjern haken på) punkt 2 på huskelisten",
  erase: "/slett 12 (/erase 12) – slett personen bak saken overalt (du får bekrefte først)",
};

/** "/sak 12", "saker", "/rediger 12 Ny tekst …"; undefined for anything that is not a command. */
export function parseOwnerCommand(text: string): OwnerCommand | undefined {
  const match = /^\s*(\/?)([a-zæøå]+)(?:@\w+)?(?:\s+([\s\S]*))?$/i.exec(text);
  if (!match) return undefined;
  const [, slash, rawWord, rawRest] = match;
  const word = rawWord!.toLowerCase();
  const rest = rawRest?.trim() ?? "";
  const number = /^(\d{1,9})(?=\s|$)/.exec(rest)?.[1];
  const id = number === undefined ? undefined : Number(number);
  const afterId = number === undefined ? rest : rest.slice(number.length).trim();

  const simple = SIMPLE[word];
  if (simple && !rest) {
    // A bare word is a command only for the list and digest words; "hjelp" needs its slash (a visitor may mean it).
    if (!slash && simple === "help") return undefined;
    return { name: simple };
  }
  if (slash && (word === "avbryt" || word === "cancel") && !rest) return { name: "cancel" };
  const verb = WITH_CASE[word];
  if (!slash) {
    // Without a slash only "sak 12" is a command: anything else is a visitor's words.
    return verb === "case" && id !== undefined && !afterId ? { name: "case", caseId: id } : undefined;
  }
  if (simple) return { name: "usage", hint: `«/${word}» tar ingen tillegg. Skriv /${word}, eller /hjelp for alle kommandoene.` };
  if (!verb) return undefined;
  if (id === undefined) {
    const what = rest ? `«${rest.split(/\s/)[0]}» er ikke et saksnummer.` : "Mangler saksnummer.";
    return { name: "usage", hint: `${what} Bruk: ${USAGE[verb]}` };
  }
  if (verb === "case") return afterId ? { name: "usage", hint: `Bruk: ${USAGE.case}` } : { name: "case", caseId: id };
  return { name: verb, caseId: id, ...(afterId ? { text: afterId } : {}) };
}

/** A slash command that is not one of ours; "/start" is Telegram's greeting and gets the welcome. */
export function unknownSlashCommand(text: string): string | undefined {
  const word = /^\s*\/([^\s@]+)/.exec(text)?.[1];
  if (!word || /^start$/i.test(word)) return undefined;
  return `Kjenner ikke kommandoen «/${word}». Skriv /hjelp for kommandoene du kan bruke som eier.`;
}

/** Button data "approve:12", "tick:12:2" (a number) or "set_category:12:complaint" (a value) → verb, case id and what follows. */
export function parseButtonData(data: string): { verb: string; id: number; number?: number; value?: string } | undefined {
  const match = /^([a-z_]+):(\d+)(?::([a-z_0-9]+))?$/.exec(data);
  if (!match) return undefined;
  const extra = match[3];
  return { verb: match[1]!, id: Number(match[2]), ...(extra && /^\d+$/.test(extra) ? { number: Number(extra) } : extra ? { value: extra } : {}) };
}

export const ATTACH_USAGE = "/vedlegg 12 (/attach 12) – send en fil (f.eks. kopien av opplysningene) med denne teksten, eller svar på kortet med filen; i konsollen: /vedlegg 12 FILSTI";

/** "/vedlegg 12" typed without a file. */
export function isAttachWithoutFile(text: string): boolean {
  return /^\s*\/(vedlegg|attach)(@\w+)?(\s|$)/i.test(text);
}

export const HELP_TEXT = [
  "Kommandoer for eieren (norsk / English):",
  "/saker (/cases) – åpne saker, nærmeste frist først",
  USAGE.case,
  "/oversikt (/digest) – oppsummering",
  USAGE.approve, USAGE.edit, USAGE.extend, USAGE.identity, USAGE.verified, USAGE.tick, USAGE.reject, USAGE.erase, USAGE.reopen, USAGE.correct, ATTACH_USAGE,
  "/avbryt (/cancel) – avbryt det du holder på med",
].join("\n");
