// Long text (a whole access reply) split into chat messages: at paragraph breaks where it can, then at line
// breaks, then between words, and only as a last resort inside a word.
import { cutAtCharacter, wellFormed } from "../triage/text-cut";

/** How a platform counts a piece's length (after its escaping). */
export type Measure = (text: string) => number;

const SEPARATORS = ["\n\n", "\n", " "];

/** Pieces of `text`, in order, each at most `limit` by `measure`; joined again they give the text back. */
export function splitAtParagraphs(text: string, limit: number, measure: Measure = (piece) => piece.length): string[] {
  return splitAt(wellFormed(text).trim(), limit, measure, 0).filter((piece) => piece.trim().length > 0);
}

function splitAt(text: string, limit: number, measure: Measure, level: number): string[] {
  if (measure(text) <= limit) return [text];
  const separator = SEPARATORS[level];
  if (separator === undefined) return cutInside(text, limit, measure);
  const pieces: string[] = [];
  let current = "";
  for (const unit of text.split(separator)) {
    const joined = current ? `${current}${separator}${unit}` : unit;
    if (measure(joined) <= limit) { current = joined; continue; }
    if (current) pieces.push(current);
    current = "";
    // A unit too long by itself is split finer and stands on its own.
    if (measure(unit) > limit) pieces.push(...splitAt(unit, limit, measure, level + 1));
    else current = unit;
  }
  if (current) pieces.push(current);
  return pieces;
}

/** One word longer than a whole message: cut between characters. */
function cutInside(text: string, limit: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest) {
    let length = Math.min(rest.length, limit);
    let piece = cutAtCharacter(rest, length);
    while (measure(piece) > limit && length > 1) piece = cutAtCharacter(rest, (length = Math.floor(length * 0.9)));
    if (!piece) piece = [...rest][0]!;
    pieces.push(piece);
    rest = rest.slice(piece.length);
  }
  return pieces;
}
