// What a control is called, found the way a person (or a screen reader) would, in Bitwarden's
// order: element.labels, label[for] searched from the root node (works inside shadow roots),
// an ancestor <label>, aria-labelledby, aria-label, the nearest text before it (and, for
// checkboxes, after it), placeholder, title. Earlier sources are more trustworthy.
import { byIdNear } from './deep';
import { isOurs } from './ours';
import { ownText, shortOwnText } from './text';

const CONTROL =
  'input, select, textarea, button, [role="combobox"], [role="checkbox"], [role="switch"], [role="radio"], [aria-haspopup]';
// Containers that bound "nearby": text beyond them belongs to something else.
const BOUNDARY = 'form, fieldset, section, [role="tabpanel"], [role="dialog"], main, body';
const MAX_NEARBY = 80;

/** Text of the elements named by aria-labelledby (space-separated ids), in order. */
export function labelledByText(el: Element): string {
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => byIdNear(el, id))
    .map((node) => (node ? ownText(node) || (node.textContent ?? '').trim() : ''))
    .filter(Boolean)
    .join(' ');
}

// undefined: nothing on this level (the caller climbs); null: stop, the text belongs elsewhere.
function siblingText(start: Node, direction: 'previousSibling' | 'nextSibling'): string | null | undefined {
  for (let node = start[direction]; node; node = node[direction]) {
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
      if (text) return text.length <= MAX_NEARBY ? text : null;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (isOurs(el) || el.tagName === 'TEMPLATE' || el.tagName === 'SCRIPT') continue;
    // A neighbour that holds a control is another field: its text is that field's label.
    if (el.matches(CONTROL) || el.querySelector(CONTROL)) return null;
    const text = shortOwnText(el, MAX_NEARBY);
    if (text !== '') return text; // null: too long to be a label, the text belongs elsewhere
  }
  return undefined;
}

/** The nearest text before the element (climbing a few levels), as a sighted person reads it. */
export function nearbyText(el: Element, direction: 'before' | 'after' = 'before'): string | null {
  const dir = direction === 'before' ? 'previousSibling' : 'nextSibling';
  let node: Element | null = el;
  for (let level = 0; node && level < 4; level++) {
    const found = siblingText(node, dir);
    if (found !== undefined) return found;
    node = node.parentElement;
    if (!node || node.matches(BOUNDARY)) return null;
  }
  return null;
}

/** Every name the control carries, most trustworthy first. */
export function labelCandidates(el: Element): string[] {
  const out: string[] = [];
  const add = (text: string | null | undefined): void => {
    const t = (text ?? '').replace(/\s+/g, ' ').trim();
    if (t && !out.includes(t)) out.push(t);
  };
  const labels = (el as HTMLInputElement).labels;
  if (labels) for (const label of Array.from(labels)) add(ownText(label));
  if (el.id) {
    const root = el.getRootNode() as Document | ShadowRoot;
    for (const label of Array.from(root.querySelectorAll(`label[for="${CSS.escape(el.id)}"]`))) add(ownText(label));
  }
  const ancestor = el.parentElement?.closest('label');
  if (ancestor) add(ownText(ancestor));
  add(labelledByText(el));
  add(el.getAttribute('aria-label'));
  add(nearbyText(el, 'before'));
  const type = (el as HTMLInputElement).type;
  if (type === 'checkbox' || type === 'radio' || el.matches('[role="checkbox"], [role="switch"]'))
    add(nearbyText(el, 'after'));
  add(el.getAttribute('placeholder'));
  add(el.getAttribute('title'));
  return out;
}

/** The name of a group of radios: fieldset legend, radiogroup's own name, or text before it. */
export function groupLabel(radio: Element): string | null {
  const group = radio.closest('[role="radiogroup"], fieldset');
  if (!group) return null;
  const legend = group.tagName === 'FIELDSET' ? group.querySelector(':scope > legend') : null;
  return (
    (legend && ownText(legend)) ||
    labelledByText(group) ||
    group.getAttribute('aria-label') ||
    nearbyText(group, 'before')
  );
}
