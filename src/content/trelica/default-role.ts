// Reading the default role Trelica gives the users JumpCloud creates (JumpCloud cannot assign
// roles). It may be anywhere on the page, written as a control, a sentence or a label and value,
// so it is read apart from the SCIM section, with read.ts's label-and-value helpers.
import { findTextField } from '../dom/find';
import { labelCandidates } from '../dom/labels';
import { matchIndex, shortOwnText, shortText } from '../dom/text';
import { isVisible } from '../dom/visibility';
import { LABELISH, valueNear, valueOf } from './read';
import { TRELICA } from './selectors';

const ROLE_CANDIDATE = `${LABELISH}, h2, h3, [class*="heading" i]`;
const INLINE_MAX = 80;
const LABEL_MAX = 40;

/**
 * Elements that may carry "Default role", in document order: ancestors of the text nodes that
 * mention "default", climbing only while the element is short enough to be a label or a
 * one-line "Default role: Member". Text first, so a page costs one pass over its text nodes
 * rather than a textContent per element (quadratic on deep pages).
 */
function defaultRoleCandidates(doc: Document): Element[] {
  const found = new Set<Element>();
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!/default/i.test(node.nodeValue ?? '')) continue;
    for (let el = node.parentElement; el && !found.has(el); el = el.parentElement) {
      // Both lengths only grow going up: once both are too long, no ancestor can qualify.
      if (shortText(el, INLINE_MAX) === null && shortOwnText(el, LABEL_MAX) === null) break;
      found.add(el);
    }
  }
  return [...found]
    .filter((el) => el.matches(ROLE_CANDIDATE))
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

function roleNear(el: Element): string | null {
  const text = shortText(el, INLINE_MAX);
  const inline = text === null ? null : TRELICA.defaultRoleInline.exec(text);
  if (inline?.[1]) return inline[1].replace(/[.\s]+$/, '');
  const own = shortOwnText(el, LABEL_MAX);
  if (!own || matchIndex(own, TRELICA.defaultRoleLabels) < 0) return null;
  const near = valueNear(el);
  const emphasised = near?.container?.querySelector('strong, b, em, code, [class*="badge" i], [class*="chip" i]');
  const value = emphasised ? valueOf(emphasised) : near?.value;
  return value && value.length <= 40 && value.split(' ').length <= 3 ? value : null;
}

/** "Default role" anywhere on the page: a select or input, "Default role: Member", or a short
 *  value (a <strong>, or three words at most) next to a "Default role" label or heading. */
export function readDefaultRole(doc: Document): string | null {
  for (const select of Array.from(doc.querySelectorAll('select'))) {
    if (labelCandidates(select).some((t) => matchIndex(t, TRELICA.defaultRoleLabels) >= 0) && isVisible(select))
      return valueOf(select) || null;
  }
  const field = findTextField(doc, { labels: TRELICA.defaultRoleLabels });
  if (field && isVisible(field) && field.value.trim()) return field.value.trim();
  for (const el of defaultRoleCandidates(doc)) {
    const role = roleNear(el);
    if (role && isVisible(el)) return role;
  }
  return null;
}
