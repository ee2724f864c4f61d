// Text as a person reads it: whitespace collapsed, lowercased, decorations like a trailing
// "*" (required) or ":" dropped, so label patterns stay simple.

import { isOurs } from './ours';

// Elements whose text is not part of a label: controls, their option lists (and our own panel).
const NOT_LABEL_TEXT =
  'input, select, textarea, option, button, [role="listbox"], [role="option"], script, style, template';
// Elements with no text a person reads.
const NOT_TEXT = 'script, style, template';

/** The element's own visible-ish text, without the text of the controls inside it. */
export function ownText(el: Element): string {
  return shortOwnText(el, Infinity) ?? '';
}

/**
 * ownText(el) when it is at most `max` characters long, else null. Stops walking as soon as
 * the text is too long, so asking a page-sized container costs no more than a short label.
 * Whitespace is collapsed on the way, exactly as ownText's result is.
 */
export function shortOwnText(el: Element, max: number, skip = NOT_LABEL_TEXT): string | null {
  let text = '';
  const visit = (child: Node): boolean => {
    if (child.nodeType === 3) {
      let piece = (child.nodeValue ?? '').replace(/\s+/g, ' ');
      if (piece.startsWith(' ') && (text === '' || text.endsWith(' '))) piece = piece.slice(1);
      text += piece;
      // At most one trailing space is trimmed later.
      return text.length <= max + 1;
    }
    if (child.nodeType !== 1 || (child as Element).matches(skip) || (child as HTMLElement).hidden || isOurs(child))
      return true;
    return walk(child);
  };
  const walk = (node: Node): boolean => {
    // A <slot> reads as what is assigned to it, else as its fallback content (web components).
    const assigned = node instanceof HTMLSlotElement ? node.assignedNodes({ flatten: true }) : [];
    if (assigned.length > 0) return assigned.every(visit);
    for (let child = node.firstChild; child; child = child.nextSibling) if (!visit(child)) return false;
    return true;
  };
  if (!walk(el)) return null;
  text = text.trimEnd();
  return text.length <= max ? text : null;
}

/** shortOwnText, counting the text of controls too: "Default role: <button>Member</button>"
 *  reads whole. */
export const shortText = (el: Element, max: number): string | null => shortOwnText(el, max, NOT_TEXT);

/** Lowercased, whitespace collapsed, required-markers and trailing colons removed. */
export function normalizeLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^[\s*:•–-]+|[\s*:•–-]+$/g, '')
    .replace(/\s*\(required\)$/, '');
}

/** Index of the first pattern that matches, or -1. Earlier patterns are more specific. */
export function matchIndex(text: string, patterns: readonly RegExp[]): number {
  const normalized = normalizeLabel(text);
  if (!normalized) return -1;
  return patterns.findIndex((p) => p.test(normalized));
}

/** The text of a button or button-like element: its text (slotted text included), else
 *  aria-label, else value. */
export function buttonText(el: Element): string {
  const text = el.querySelector('slot') ? ownText(el) : (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text || el.getAttribute('aria-label') || el.getAttribute('title') || (el as HTMLInputElement).value || '';
}
