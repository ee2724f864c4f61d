// Finding controls by what they are called, the way a person picks the field to type into:
// among the controls whose label matches, one they can edit beats one they cannot (a read-only
// summary, a disabled leftover, a hidden copy), one in the form the other fields are in beats
// one elsewhere, and then the most specific label wins (document order breaks ties). Attribute
// selectors (data-test-id, name) are tried only when no label matches. `deep` also searches
// open shadow roots (web components keep their <input> there): after a click, not per frame.
import { containsDeep, deepQueryAll, parentAcrossShadow } from './deep';
import { groupLabel, labelCandidates } from './labels';
import { buttonText, matchIndex, normalizeLabel, shortOwnText } from './text';
import { isVisible, whyNotEditable } from './visibility';

export interface FieldSpec {
  /** Patterns over the normalized label, most specific first. */
  labels: readonly RegExp[];
  /** CSS selectors tried in order when no label matches (data-test-id, name...). */
  fallbacks?: readonly string[];
}

export interface ChoiceSpec extends FieldSpec {
  /** The option to choose, over its normalized text. */
  want: RegExp;
}

export type ChoiceControl =
  | { kind: 'select'; el: HTMLSelectElement }
  | { kind: 'radio'; el: HTMLInputElement; group: HTMLInputElement[] }
  | { kind: 'dropdown'; el: HTMLElement };

/** Where to look: the root, its open shadow roots too (`deep`), and the form to prefer. */
export interface Where {
  deep?: boolean;
  /** The form the other fields are in (formScope): candidates inside it come first. */
  scope?: Element | null;
}

const TEXT_INPUT =
  'input:not([type]), input[type="text"], input[type="url"], input[type="email"], input[type="password"], input[type="tel"], textarea';
export const DROPDOWN = '[aria-haspopup="listbox"], [role="combobox"], button[aria-haspopup="true"]';
const TOGGLE = 'input[type="checkbox"], [role="checkbox"], [role="switch"]';
export const BUTTON = 'button, [role="button"], input[type="button"], input[type="submit"], a[href]';

const all = <T extends Element>(root: ParentNode, selector: string, deep = false): T[] =>
  deep ? deepQueryAll<T>(root, selector) : Array.from(root.querySelectorAll<T>(selector));

function rankByLabel(el: Element, patterns: readonly RegExp[], extra: readonly string[] = []): number {
  let best = Infinity;
  [...extra, ...labelCandidates(el)].forEach((text, source) => {
    const i = matchIndex(text, patterns);
    if (i >= 0) best = Math.min(best, i * 100 + source);
  });
  return best;
}

/**
 * 0 for a control a person can change, 1 for one they can see but not change, 2 for a hidden
 * one. A dropdown's readonly text box is how libraries draw a select: only disabled counts.
 */
function editability(el: Element, dropdown: boolean): number {
  const why = whyNotEditable(el);
  if (why === null || (dropdown && why === 'readonly')) return 0;
  return why === 'hidden' ? 2 : 1;
}

interface Candidate<T> {
  item: T;
  el: Element;
  rank: number;
  dropdown?: boolean;
}

/**
 * The candidate to use: inside the form first (never one outside while one inside exists),
 * then editable before merely visible before hidden (a non-editable one is returned only
 * when nothing better exists, so the caller can say why it cannot fill), then the label rank.
 * The form is found from editable controls (formScope), so a read-only copy never defines it.
 * Layout is read only for the few candidates whose label matched.
 */
function pick<T>(candidates: readonly Candidate<T>[], scope: Element | null | undefined): T | null {
  const keyed = candidates
    .filter((c) => c.rank !== Infinity)
    .map((c) => ({
      c,
      key: [scope && !containsDeep(scope, c.el) ? 1 : 0, editability(c.el, c.dropdown ?? false), c.rank],
    }));
  // Stable: equal keys keep document order.
  keyed.sort((a, b) => a.key[0]! - b.key[0]! || a.key[1]! - b.key[1]! || a.key[2]! - b.key[2]!);
  return keyed[0]?.c.item ?? null;
}

function fallback<T extends Element>(
  root: ParentNode,
  selectors: readonly string[] | undefined,
  accept: (el: Element) => el is T,
  where: Where,
): T | null {
  for (const selector of selectors ?? []) {
    const found = pick(
      all(root, selector, where.deep)
        .filter(accept)
        .map((el) => ({ item: el, el, rank: 0 })),
      where.scope,
    );
    if (found) return found;
  }
  return null;
}

export const isTextInput = (el: Element): el is HTMLInputElement | HTMLTextAreaElement => el.matches(TEXT_INPUT);

/** The choice an element the admin pointed at stands for: a select, a radio group, a dropdown. */
export function choiceControlOf(el: Element): ChoiceControl | null {
  if (el instanceof HTMLSelectElement) return { kind: 'select', el };
  if (el instanceof HTMLInputElement && el.type === 'radio') {
    const root = el.getRootNode() as ParentNode;
    const group = el.name
      ? Array.from(root.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`))
      : [el];
    return { kind: 'radio', el, group };
  }
  return el.matches(DROPDOWN) ? { kind: 'dropdown', el: el as HTMLElement } : null;
}

function textCandidates(
  root: ParentNode,
  spec: FieldSpec,
  deep?: boolean,
): Candidate<HTMLInputElement | HTMLTextAreaElement>[] {
  return all<HTMLInputElement | HTMLTextAreaElement>(root, TEXT_INPUT, deep).map((el) => ({
    item: el,
    el,
    rank: rankByLabel(el, spec.labels),
  }));
}

export function findTextField(
  root: ParentNode,
  spec: FieldSpec,
  where: Where = {},
): HTMLInputElement | HTMLTextAreaElement | null {
  return (
    pick(textCandidates(root, spec, where.deep), where.scope) ?? fallback(root, spec.fallbacks, isTextInput, where)
  );
}

export function findToggle(root: ParentNode, spec: FieldSpec, where: Where = {}): HTMLElement | null {
  const isToggle = (el: Element): el is HTMLElement => el.matches(TOGGLE);
  const toggles = all<HTMLElement>(root, TOGGLE, where.deep).map((el) => ({
    item: el,
    el,
    rank: rankByLabel(el, spec.labels),
  }));
  return pick(toggles, where.scope) ?? fallback(root, spec.fallbacks, isToggle, where);
}

/** aria-checked where the page sets it (a switch's native input may lag behind it), else checked. */
export function isToggleOn(el: Element): boolean {
  const aria = el.getAttribute('aria-checked');
  if (aria !== null || !(el instanceof HTMLInputElement)) return aria === 'true';
  return el.checked;
}

export function radioLabel(radio: HTMLInputElement): string {
  return labelCandidates(radio)[0] ?? radio.value;
}

function radioGroups(root: ParentNode, deep?: boolean): HTMLInputElement[][] {
  const groups = new Map<string, HTMLInputElement[]>();
  for (const radio of all<HTMLInputElement>(root, 'input[type="radio"]', deep)) {
    const key = radio.name || `#${groups.size}`;
    groups.set(key, [...(groups.get(key) ?? []), radio]);
  }
  return [...groups.values()];
}

/** Rank of a select or radio group that names no label of the spec but offers its option. */
const OFFERS_WANTED = 50_000;

function choiceCandidates(root: ParentNode, spec: ChoiceSpec, deep?: boolean): Candidate<ChoiceControl>[] {
  const out: Candidate<ChoiceControl>[] = [];
  for (const el of all<HTMLSelectElement>(root, 'select', deep)) {
    let rank = rankByLabel(el, spec.labels);
    if (rank === Infinity && Array.from(el.options).some((o) => spec.want.test(normalizeLabel(o.text))))
      rank = OFFERS_WANTED;
    out.push({ item: { kind: 'select', el }, el, rank });
  }
  for (const group of radioGroups(root, deep)) {
    const target = group.find((r) => spec.want.test(normalizeLabel(radioLabel(r))));
    if (!target) continue;
    const name = groupLabel(group[0]!);
    const rank = name ? rankByLabel(group[0]!, spec.labels, [name]) : Infinity;
    out.push({
      item: { kind: 'radio', el: target, group },
      el: target,
      rank: rank === Infinity ? OFFERS_WANTED : rank,
    });
  }
  for (const el of all<HTMLElement>(root, DROPDOWN, deep)) {
    out.push({ item: { kind: 'dropdown', el }, el, rank: rankByLabel(el, spec.labels), dropdown: true });
  }
  return out;
}

/** A select, radio group or custom dropdown named by the spec's labels. A select or radio
 *  group offering the wanted option counts too, ranked after every label match. */
export function findChoice(root: ParentNode, spec: ChoiceSpec, where: Where = {}): ChoiceControl | null {
  const found = pick(choiceCandidates(root, spec, where.deep), where.scope);
  if (found) return found;
  const el = fallback(root, spec.fallbacks, (e): e is HTMLElement => e instanceof HTMLElement, where);
  if (!el) return null;
  return el instanceof HTMLSelectElement ? { kind: 'select', el } : { kind: 'dropdown', el };
}

/**
 * The form the fields belong together in: the innermost element holding an EDITABLE control of
 * as many of the specs as any element holds (at least two), or null. A read-only summary or a
 * hidden copy elsewhere is then never picked while the form has its own.
 */
export function formScope(
  root: ParentNode,
  specs: { text: readonly FieldSpec[]; choices: readonly ChoiceSpec[] },
  deep?: boolean,
): Element | null {
  const held = new Map<Element, Set<number>>();
  const note = (el: Element, spec: number): void => {
    for (let node: Element | null = el; node; node = parentAcrossShadow(node)) {
      const specs = held.get(node) ?? new Set<number>();
      specs.add(spec);
      held.set(node, specs);
      if (node === root) break;
    }
  };
  const candidates = [
    ...specs.text.map((spec) => textCandidates(root, spec, deep)),
    ...specs.choices.map((spec) => choiceCandidates(root, spec, deep)),
  ];
  candidates.forEach((list, spec) => {
    for (const c of list) if (c.rank !== Infinity && editability(c.el, c.dropdown ?? false) === 0) note(c.el, spec);
  });
  const most = Math.max(0, ...[...held.values()].map((specsHeld) => specsHeld.size));
  if (most < 2) return null;
  const widest = [...held].filter(([, specsHeld]) => specsHeld.size === most).map(([el]) => el);
  // The innermost of them: a container of the form (the page, a wrapper) holds as many.
  return widest.find((el) => !widest.some((other) => other !== el && containsDeep(el, other))) ?? null;
}

/** A visible button (or button-like element) whose text matches, most specific pattern first. */
export function findButton(root: ParentNode, patterns: readonly RegExp[], deep = false): HTMLElement | null {
  const buttons = all<HTMLElement>(root, BUTTON, deep);
  return bestVisible(buttons, (el) => {
    const i = matchIndex(buttonText(el), patterns);
    return i < 0 ? Infinity : i;
  });
}

/** The best-ranked element that is visible, or null. */
function bestVisible<T extends Element>(candidates: readonly T[], rank: (el: T) => number): T | null {
  const matches = candidates.map((el) => ({ el, r: rank(el) })).filter(({ r }) => r !== Infinity);
  matches.sort((a, b) => a.r - b.r);
  return matches.find(({ el }) => isVisible(el))?.el ?? null;
}

/** Visible elements that read like headings and whose text matches. */
export function findHeading(root: ParentNode, selector: string, patterns: readonly RegExp[]): HTMLElement | null {
  const headings = Array.from(root.querySelectorAll<HTMLElement>(selector));
  return bestVisible(headings, (el) => {
    const own = shortOwnText(el, 60);
    if (own === null) return Infinity; // a container, not a heading
    const text = own || buttonText(el);
    if (text.length > 60) return Infinity;
    const i = matchIndex(text, patterns);
    return i < 0 ? Infinity : i;
  });
}
