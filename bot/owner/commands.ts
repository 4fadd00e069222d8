// The owner's text commands, Norwegian and English. Buttons carry the same actions as "verb:caseId".

export type OwnerCommand =
  | { name: "cases" }
  | { name: "case"; caseId: number }
  | { name: "digest" }
  | { name: "help" }
  | { name: "cancel" }
  | { name: "approve" | "edit" | "extend" | "identity" | "reject" | "verified" | "erase" | "tick"; caseId: number; text?: string };

const SIMPLE: Record<string, OwnerCommand["name"]> = {
  saker: "cases", cases: "cases",
  oversikt: "digest", digest: "digest",
  hjelp: "help", help: "help",
};

const WITH_CASE: Record<string, "case" | "approve" | "edit" | "extend" | "identity" | "reject" | "verified" | "erase" | "tick"> = {
  sak: "case", case: "case",
  godkjenn: "approve", approve: "approve",
  rediger: "edit", edit: "edit",
  forleng: "extend", extend: "extend",
  legitimasjon: "identity", identitet: "identity", identity: "identity",
  avvis: "reject", lukk: "reject", reject: "reject", close: "reject",
  verifisert: "verified", bekreftet: "verified", verified: "verified",
  slett: "erase", erase: "erase",
  huk: "tick", tick: "tick",
};

/** "/sak 12", "saker", "/rediger 12 Ny tekst …"; undefined for anything that is not a command. */
export function parseOwnerCommand(text: string): OwnerCommand | undefined {
  const match = /^\s*(\/?)([a-zæøå]+)(?:@\w+)?(?:\s+(\d+))?(?:\s+([\s\S]*))?$/i.exec(text);
  if (!match) return undefined;
  const [, slash, rawWord, id, rest] = match;
  const word = rawWord!.toLowerCase();
  if (SIMPLE[word] && !id && !rest) {
    // A bare word is a command only for the list and digest words; "hjelp" needs its slash (a visitor may mean it).
    if (!slash && SIMPLE[word] === "help") return undefined;
    return { name: SIMPLE[word] } as OwnerCommand;
  }
  if (slash && (word === "avbryt" || word === "cancel") && !id) return { name: "cancel" };
  const name = WITH_CASE[word];
  if (!name || !id || (!slash && name !== "case")) return undefined;
  const caseId = Number(id);
  if (name === "case") return rest ? undefined : { name, caseId };
  return { name, caseId, ...(rest?.trim() ? { text: rest.trim() } : {}) };
}

/** Button data "approve:12" → the same command a typed "/godkjenn 12" gives; "approve:12:3" and "tick:12:2" carry a number too. */
export function parseButtonData(data: string): { verb: string; id: number; number?: number } | undefined {
  const match = /^([a-z_]+):(\d+)(?::(\d+))?$/.exec(data);
  if (!match) return undefined;
  return { verb: match[1]!, id: Number(match[2]), ...(match[3] ? { number: Number(match[3]) } : {}) };
}

export const HELP_TEXT = [
  "Kommandoer for eieren (norsk / English):",
  "/saker (/cases) – åpne saker, nærmeste frist først",
  "/sak 12 (/case 12) – én sak med historikk og utkast",
  "/oversikt (/digest) – oppsummering",
  "/godkjenn 12 (/approve 12) – send utkastet",
  "/rediger 12 <ny tekst> (/edit 12 <text>) – bytt ut utkastet",
  "/forleng 12 <grunn> (/extend 12 <reason>) – forleng fristen (art. 12 nr. 3)",
  "/legitimasjon 12 (/identity 12) – be om bekreftelse av identitet",
  "/verifisert 12 (/verified 12) – identiteten er bekreftet, klokken går igjen",
  "/huk 12 2 (/tick 12 2) – huk av (eller fjern haken på) punkt 2 på huskelisten",
  "/avvis 12 [grunn] (/reject 12 [reason]) – med grunn: utkast til avslag; uten: lukk saken",
  "/slett 12 (/erase 12) – slett personen bak saken overalt (du får bekrefte først)",
  "/avbryt (/cancel) – avbryt det du holder på med",
].join("\n");
