import type { Button, OutgoingMessage } from "../core/messages";
import { parseButtonData } from "../owner/commands";

/** The typed command that does what a button does, since a terminal has no buttons. */
export function commandFor(button: Button): string {
  const parsed = parseButtonData(button.data);
  if (!parsed) return `/knapp ${button.data}`;
  const { verb, id } = parsed;
  const value = /:([a-z_]+)$/.exec(button.data)?.[1];
  switch (verb) {
    case "approve": return `/godkjenn ${id}`;
    case "edit": return `/rediger ${id} (så teksten over flere linjer, avslutt med «.»)`;
    case "extend": return `/forleng ${id} <grunn>`;
    case "identity": return `/legitimasjon ${id}`;
    case "tick": return `/huk ${id} ${parsed.number}`;
    case "reject": return `/avvis ${id} <grunn> (eller /avvis ${id} for å lukke uten svar)`;
    case "close": return `/avvis ${id} ja`;
    case "reopen": return `/gjenåpne ${id}`;
    case "correct": return `/endre ${id}`;
    case "set_category": return `/endre ${id} kategori=${value}`;
    case "toggle_right": return `/knapp ${button.data}`;
    case "set_language": return `/endre ${id} språk=${value}`;
    default: return `/knapp ${button.data}`;
  }
}

/** Plain text for the terminal: the message, then each button as the command to type. */
export function formatForConsole(message: OutgoingMessage): string {
  const lines = [message.text.trim()];
  // The card's text already lists the to-do items with the command that ticks them.
  const buttons = (message.buttons?.flat() ?? []).filter((button) => !button.data.startsWith("tick:"));
  if (buttons.length > 0) lines.push("", ...buttons.map((button) => `  ${button.label}: ${commandFor(button)}`));
  return `${lines.join("\n")}\n`;
}

export function welcomeText(businessName: string): string {
  return [
    `Personvernassistenten for ${businessName}`,
    "",
    "Norsk: Still et spørsmål om personvern, for eksempel «Hvor lenge lagrer dere opplysningene mine?»",
    "       eller «Jeg vil at dere sletter opplysningene om meg».",
    "English: Ask a privacy question, e.g. \"Do you use cookies?\" or \"I want a copy of my data\".",
    "",
    "Du er også eieren her: /saker viser åpne saker, /hjelp viser alle kommandoene. /avslutt (/quit) avslutter.",
    "",
  ].join("\n");
}
