// Characters that ride along when admins copy from a web page: ordinary whitespace and line
// breaks, plus invisible ones (zero-width space and joiners, word joiner, soft hyphen, BOM).
// The invisible ones matter because the URL parser silently drops some of them from host
// names, so "looks right, is wrong" pastes would otherwise slip through.
const INVISIBLE = '\\u200B-\\u200D\\u2060\\uFEFF\\u00AD';
const EDGE_JUNK = new RegExp(`^[\\s${INVISIBLE}]+|[\\s${INVISIBLE}]+$`, 'gu');
const ANY_JUNK = new RegExp(`[\\s${INVISIBLE}\\u0000-\\u001F\\u007F]`, 'u');

/** Removes whitespace and invisible characters from both ends. */
export function trimPasted(text: string): string {
  return text.replace(EDGE_JUNK, '');
}

/** True when the text contains whitespace, line breaks, invisible or control characters anywhere. */
export function hasInnerJunk(text: string): boolean {
  return ANY_JUNK.test(text);
}
