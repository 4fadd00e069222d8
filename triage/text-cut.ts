// Cutting text to a length without breaking what a person reads as one character.

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const LONE_SURROGATE = /\p{Cs}/gu;

/**
 * The longest start of `text` that fits in `maxLength` UTF-16 units (the length JavaScript, Telegram and
 * Slack count) and ends between two grapheme clusters: an emoji, a flag, a ZWJ sequence or a letter with
 * its combining marks is kept whole or left out whole. Lone surrogates become U+FFFD, so the result is
 * always text a database accepts.
 */
export function cutAtCharacter(text: string, maxLength: number): string {
  const clean = wellFormed(text);
  if (clean.length <= maxLength) return clean;
  let end = 0;
  for (const { index, segment } of graphemes.segment(clean)) {
    if (index + segment.length > maxLength) break;
    end = index + segment.length;
  }
  // One cluster longer than the whole limit (a letter under hundreds of marks): cut between code points instead.
  if (end === 0) for (const codePoint of clean) { if (end + codePoint.length > maxLength) break; end += codePoint.length; }
  return clean.slice(0, end);
}

/** `text` in at most `limit` UTF-16 units, with "…" marking a cut. */
export function cutText(text: string, limit: number): string {
  const clean = wellFormed(text);
  return clean.length <= limit ? clean : `${cutAtCharacter(clean, limit - 1)}…`;
}

/** Lone surrogates (half an emoji, from a bad cut or a broken decoder) replaced by U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}
