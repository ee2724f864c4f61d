// Reading Trelica's SCIM section the way a person does: find the section by its heading, then
// each value by the label next to it, wherever the value sits (an input, a code or pre block,
// a <dd>, plain text), revealing a masked token with the page's own "Show" control.
// default-role.ts reads the default role with the same label-and-value helpers.
import type { ScimState } from '../../core/messages';
import { findButton, findTextField, findToggle, isToggleOn } from '../dom/find';
import { clickLikeUser } from '../dom/fill';
import { isOurs } from '../dom/ours';
import { matchIndex, ownText, shortOwnText } from '../dom/text';
import { isVisible } from '../dom/visibility';
import { waitForElement } from '../dom/wait';
import { TRELICA } from './selectors';

export const LABELISH = 'label, dt, th, td, span, div, p, strong, b, h4, h5, h6';
const VALUE_HOLDER =
  'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]), textarea, select, code, pre, kbd, samp, output';

export interface LabelledValue {
  value: string | null;
  /** Where to look for controls that belong to this value (a "Show" button). */
  container: Element | null;
}

export function valueOf(el: Element): string {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value.trim();
  if (el instanceof HTMLSelectElement) return (el.selectedOptions[0]?.text ?? '').trim();
  return (el.textContent ?? '').trim();
}

/** The value an element shows: a field's value, a code block's or a short text's content. */
export function valueIn(el: Element): string | null {
  if (el.matches('button, [role="button"]')) return null;
  const holder = el.matches(VALUE_HOLDER) ? el : el.querySelector(VALUE_HOLDER);
  if (holder) return valueOf(holder);
  const text = ownText(el);
  return text && text.length <= 300 ? text : null;
}

/** The value shown next to a label-like element: the <dd> after a <dt>, or a following sibling
 *  (on the element's level, then its parent's). */
export function valueNear(label: Element): LabelledValue | null {
  if (label.tagName === 'DT') {
    const dd = label.nextElementSibling;
    return dd?.tagName === 'DD' ? { value: valueIn(dd), container: dd } : null;
  }
  for (let node: Element | null = label, level = 0; node && level < 2; node = node.parentElement, level++) {
    let sibling = node.nextElementSibling;
    for (let i = 0; sibling && i < 3; sibling = sibling.nextElementSibling, i++) {
      if (isOurs(sibling)) continue;
      const value = valueIn(sibling);
      if (value !== null && isVisible(sibling)) return { value, container: node.parentElement ?? sibling };
    }
  }
  return null;
}

/** The value labelled by one of the patterns inside root, or { value: null }. */
export function readLabelled(root: ParentNode, patterns: readonly RegExp[]): LabelledValue {
  const field = findTextField(root, { labels: patterns });
  if (field && isVisible(field)) return { value: field.value.trim(), container: field.parentElement };
  // Text first (bounded, so a page-sized <div> costs little), then the few matches' layout.
  const labels = Array.from(root.querySelectorAll(LABELISH))
    .map((el) => ({ el, text: shortOwnText(el, 40) }))
    .map(({ el, text }) => ({ el, rank: text ? matchIndex(text, patterns) : -1 }))
    .filter(({ el, rank }) => rank >= 0 && !el.querySelector(VALUE_HOLDER) && isVisible(el))
    .sort((a, b) => a.rank - b.rank);
  for (const { el } of labels) {
    const found = valueNear(el);
    if (found) return found;
  }
  return { value: null, container: null };
}

export const isMasked = (value: string | null): boolean => value === null || TRELICA.masked.test(value);

/** The SCIM section: the nearest container of a SCIM heading that holds a Base URL or token. */
export function findScimSection(doc: Document): HTMLElement | null {
  // Text first: visibility (a computed style per ancestor) only for the few SCIM headings.
  const headings = Array.from(doc.querySelectorAll<HTMLElement>(TRELICA.headings))
    .map((el) => ({ el, text: shortOwnText(el, 60) }))
    .map(({ el, text }) => ({ el, rank: text ? matchIndex(text, TRELICA.scimHeading) : -1 }))
    .filter(({ el, rank }) => rank >= 0 && isVisible(el))
    .sort((a, b) => a.rank - b.rank);
  for (const { el } of headings) {
    for (
      let node = el.parentElement, level = 0;
      node && node !== doc.body && level < 6;
      node = node.parentElement, level++
    ) {
      if (readLabelled(node, TRELICA.baseUrlLabels).value !== null) return node;
      if (findButton(node, TRELICA.generateButtons) || readLabelled(node, TRELICA.tokenLabels).value !== null)
        return node;
    }
  }
  return null;
}

export function readScimState(section: Element): ScimState {
  const token = readLabelled(section, TRELICA.tokenLabels).value;
  if (!token && findButton(section, TRELICA.generateButtons)) return 'no-token';
  const toggle = findToggle(section, { labels: TRELICA.enableToggleLabels });
  if (toggle && isVisible(toggle)) return isToggleOn(toggle) ? 'enabled' : 'not-enabled';
  const enable = findButton(section, TRELICA.enableButtons);
  if (enable && !(enable as HTMLButtonElement).disabled) return 'not-enabled';
  if (findButton(section, TRELICA.disableButtons)) return 'enabled';
  const says = (el: Element): boolean => {
    const text = shortOwnText(el, 80);
    return text !== null && matchIndex(text, TRELICA.enabledTexts) >= 0 && isVisible(el);
  };
  if (Array.from(section.querySelectorAll('p, span, div, strong')).some(says)) return 'enabled';
  return token ? 'unknown' : 'no-token';
}

/** The token, revealing it through the page's "Show" control when it is masked (and hiding it
 *  again afterwards). Null when the page does not show it. */
export async function readToken(section: Element, signal: AbortSignal): Promise<string | null> {
  const first = readLabelled(section, TRELICA.tokenLabels);
  if (!isMasked(first.value)) return first.value;
  const show =
    (first.container && findButton(first.container, TRELICA.revealButtons)) ||
    findButton(section, TRELICA.revealButtons);
  if (!show) return null;
  clickLikeUser(show);
  const revealed = await waitForElement(
    () => {
      const now = readLabelled(section, TRELICA.tokenLabels).value;
      return isMasked(now) ? null : now;
    },
    { signal, timeoutMs: 1500, root: section },
  );
  const hide = findButton(section, TRELICA.hideButtons);
  if (hide) clickLikeUser(hide);
  return revealed;
}
