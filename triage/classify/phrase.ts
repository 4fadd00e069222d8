import { fold } from "./normalize";

/**
 * A tiny phrase language, compiled once at module load, matched against a clause's folded words:
 *   word    the exact word            slett*   a word starting with "slett"
 *   [mine]  an optional word          (a|b*)   alternatives
 *   _       up to 4 words of any kind __       up to 8 words
 *   ^       (first) the clause starts here
 * Patterns are folded like the text, so they may be written with æøå.
 */
export function phrase(pattern: string): RegExp {
  let source = " ";
  for (const token of tokens(fold(pattern).trim())) {
    if (token === "^") source = "^ ";
    else if (token === "_") source += "(?:\\S+ ){0,4}";
    else if (token === "__") source += "(?:\\S+ ){0,8}";
    else if (token.startsWith("[") && token.endsWith("]")) source += `(?:(?:${word(token.slice(1, -1))}) )?`;
    else source += `${word(token)} `;
  }
  return new RegExp(source);
}

/**
 * All parts anywhere in the clause, in any order: "kontoen min … ønsker jeg at dere sletter".
 * `unless` (a phrase) must not occur anywhere in the clause.
 */
export function together(parts: string[], unless?: string): RegExp {
  const ahead = parts.map((part) => `(?=.*?${phrase(part).source})`).join("");
  const not = unless ? `(?!.*?${phrase(unless).source})` : "";
  return new RegExp(`^${ahead}${not}`); // the positive parts first: most clauses fail them at once
}

/** Splits at spaces outside parentheses, so "(om meg|pa meg)" stays one token. */
function tokens(pattern: string): string[] {
  const result: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of pattern) {
    if (char === "(" || char === "[") depth++;
    if (char === ")" || char === "]") depth--;
    if (/\s/.test(char) && depth === 0) {
      if (current) result.push(current);
      current = "";
    } else current += char;
  }
  if (current) result.push(current);
  return result;
}

function word(token: string): string {
  return token.replace(/\*/g, "[a-z0-9]*");
}

/** The words a pattern matched, for the reasons the owner reads. */
export function matchedWords(match: RegExpExecArray): string {
  return match[0].trim();
}
