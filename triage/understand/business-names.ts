/**
 * The names a business is known by, from its knowledge base: its own name, and the companies that process data
 * for it. Rules never spell them: they write `{business}` or `{processor}`, and the text reads each name as the
 * placeholder's word, so the same rules read "Sletter Solbakken Bakeri dataene?" as they read the first
 * customer's mail. Set once where the knowledge base is loaded (useBusinessNames); none are known until then.
 */
export interface BusinessNames {
  business: string[];
  processors: string[];
}

/** The word each placeholder stands for in folded text; one word each, so rules and the prefilter see a plain word. */
export const PLACEHOLDER_WORDS = { business: "virksomheten", processor: "databehandleren" } as const;
export type Placeholder = keyof typeof PLACEHOLDER_WORDS;

/** A rule's text with its placeholders filled; an unknown placeholder is a mistake in the rule, caught at load. */
export function fillPlaceholders(pattern: string): string {
  return pattern.replace(/\{([^}]*)\}/g, (_, name: string) => {
    if (!(name in PLACEHOLDER_WORDS)) throw new Error(`unknown placeholder {${name}} in rule "${pattern}" (known: ${Object.keys(PLACEHOLDER_WORDS).map((p) => `{${p}}`).join(", ")})`);
    return PLACEHOLDER_WORDS[name as Placeholder];
  });
}

// "Bedrift AS", "Bakeri ASA", "Acme Ltd": a legal form after the name may or may not be written.
const LEGAL_FORM = /[\s,]+(as|asa|sa|da|ans|enk|ks|nuf|ltd|llc|inc|gmbh|ag|ab|aps|oy|bv|plc|corp|co)\.?$/i;

let namePattern: { re: RegExp; words: Map<string, string> } | undefined;

export function useBusinessNames(names: BusinessNames): void {
  const words = new Map<string, string>();
  for (const [placeholder, list] of [["business", names.business], ["processor", names.processors]] as const) {
    for (const name of list) {
      const core = name.trim().replace(LEGAL_FORM, "").trim();
      // A one-letter or common-word "name" would rewrite ordinary text.
      if (core.length < 3) continue;
      words.set(core.toLowerCase(), PLACEHOLDER_WORDS[placeholder]);
    }
  }
  if (words.size === 0) { namePattern = undefined; return; }
  const alternatives = [...words.keys()].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"));
  // Whole names only, not inside a web or mail address ("post@acme.no" stays as it is).
  namePattern = { re: new RegExp(`(?<![\\p{L}\\p{N}@./-])(${alternatives.join("|")})(?:[\\s,]+(?:as|asa|ltd|llc|inc)\\b\\.?)?(?![\\p{L}\\p{N}@-])`, "giu"), words };
}

/** The text with each known name replaced by its placeholder's word. */
export function markBusinessNames(text: string): string {
  if (!namePattern) return text;
  const { re, words } = namePattern;
  return text.replace(re, (_, name: string) => ` ${words.get(name.toLowerCase().replace(/\s+/g, " ")) ?? PLACEHOLDER_WORDS.business} `);
}
