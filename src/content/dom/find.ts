// Finding controls by what they are called. Each finder ranks candidates by (visible first,
// most specific label pattern, most trustworthy label source, document order) and falls back
// to attribute selectors (data-test-id, name) only when no label matches.
import { groupLabel, labelCandidates } from './labels';
import { buttonText, matchIndex, normalizeLabel, shortOwnText } from './text';
import { isVisible } from './visibility';

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

const TEXT_INPUT = 'input:not([type]), input[type="text"], input[type="url"], input[type="email"], input[type="password"], input[type="tel"], textarea';
const DROPDOWN = '[aria-haspopup="listbox"], [role="combobox"], button[aria-haspopup="true"]';
const TOGGLE = 'input[type="checkbox"], [role="checkbox"], [role="switch"]';

function rankByLabel(el: Element, patterns: readonly RegExp[], extra: readonly string[] = []): number {
  let best = Infinity;
  [...extra, ...labelCandidates(el)].forEach((text, source) => {
    const i = matchIndex(text, patterns);
    if (i >= 0) best = Math.min(best, i * 100 + source);
  });
  return best;
}

/** The best-ranked element; visible ones always beat hidden ones (a hidden match is still
 *  returned, so the caller can say "unavailable" rather than "not found"). Ranks first,
 *  visibility (a computed style per ancestor) only for the few that match, best first. */
function bestBy<T>(candidates: readonly T[], elementOf: (item: T) => Element, rank: (item: T) => number): T | null {
  const matches: Array<{ item: T; r: number }> = [];
  for (const item of candidates) {
    const r = rank(item);
    if (r !== Infinity) matches.push({ item, r });
  }
  // Stable: equal ranks keep document order.
  matches.sort((a, b) => a.r - b.r);
  return (matches.find(({ item }) => isVisible(elementOf(item))) ?? matches[0])?.item ?? null;
}

/** The best-ranked element that is visible, or null. */
function bestVisible<T extends Element>(candidates: readonly T[], rank: (el: T) => number): T | null {
  const matches = candidates.map((el) => ({ el, r: rank(el) })).filter(({ r }) => r !== Infinity);
  matches.sort((a, b) => a.r - b.r);
  return matches.find(({ el }) => isVisible(el))?.el ?? null;
}

function best<T extends Element>(candidates: readonly T[], rank: (el: T) => number): T | null {
  return bestBy(candidates, (el) => el, rank);
}

function fallback<T extends Element>(root: ParentNode, selectors: readonly string[] | undefined, accept: (el: Element) => el is T): T | null {
  for (const selector of selectors ?? []) {
    const all = Array.from(root.querySelectorAll(selector)).filter(accept);
    const found = all.find(isVisible) ?? all[0];
    if (found) return found;
  }
  return null;
}

const isTextInput = (el: Element): el is HTMLInputElement | HTMLTextAreaElement => el.matches(TEXT_INPUT);

export function findTextField(root: ParentNode, spec: FieldSpec): HTMLInputElement | HTMLTextAreaElement | null {
  const inputs = Array.from(root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(TEXT_INPUT));
  return best(inputs, (el) => rankByLabel(el, spec.labels)) ?? fallback(root, spec.fallbacks, isTextInput);
}

export function findToggle(root: ParentNode, spec: FieldSpec): HTMLElement | null {
  const toggles = Array.from(root.querySelectorAll<HTMLElement>(TOGGLE));
  const isToggle = (el: Element): el is HTMLElement => el.matches(TOGGLE);
  return best(toggles, (el) => rankByLabel(el, spec.labels)) ?? fallback(root, spec.fallbacks, isToggle);
}

export function isToggleOn(el: Element): boolean {
  return el instanceof HTMLInputElement ? el.checked : el.getAttribute('aria-checked') === 'true';
}

export function radioLabel(radio: HTMLInputElement): string {
  return labelCandidates(radio)[0] ?? radio.value;
}

function radioGroups(root: ParentNode): HTMLInputElement[][] {
  const groups = new Map<string, HTMLInputElement[]>();
  for (const radio of Array.from(root.querySelectorAll<HTMLInputElement>('input[type="radio"]'))) {
    const key = radio.name || `#${groups.size}`;
    groups.set(key, [...(groups.get(key) ?? []), radio]);
  }
  return [...groups.values()];
}

/** A select, radio group or custom dropdown named by the spec's labels. A select or radio
 *  group offering the wanted option counts too, ranked after every label match. */
export function findChoice(root: ParentNode, spec: ChoiceSpec): ChoiceControl | null {
  const offersWanted = 50_000;
  const candidates: Array<{ control: ChoiceControl; el: Element; rank: number }> = [];
  for (const el of Array.from(root.querySelectorAll('select'))) {
    let rank = rankByLabel(el, spec.labels);
    if (rank === Infinity && Array.from(el.options).some((o) => spec.want.test(normalizeLabel(o.text)))) rank = offersWanted;
    candidates.push({ control: { kind: 'select', el }, el, rank });
  }
  for (const group of radioGroups(root)) {
    const target = group.find((r) => spec.want.test(normalizeLabel(radioLabel(r))));
    const first = group[0]!;
    const name = groupLabel(first);
    let rank = name ? rankByLabel(first, spec.labels, [name]) : Infinity;
    if (!target) continue;
    if (rank === Infinity) rank = offersWanted;
    candidates.push({ control: { kind: 'radio', el: target, group }, el: target, rank });
  }
  for (const el of Array.from(root.querySelectorAll<HTMLElement>(DROPDOWN))) {
    candidates.push({ control: { kind: 'dropdown', el }, el, rank: rankByLabel(el, spec.labels) });
  }
  const found = bestBy(candidates, (c) => c.el, (c) => c.rank);
  if (found) return found.control;
  const el = fallback(root, spec.fallbacks, (e): e is HTMLElement => e instanceof HTMLElement);
  if (!el) return null;
  return el instanceof HTMLSelectElement ? { kind: 'select', el } : { kind: 'dropdown', el };
}

/** A visible button (or button-like element) whose text matches, most specific pattern first. */
export function findButton(root: ParentNode, patterns: readonly RegExp[]): HTMLElement | null {
  const buttons = Array.from(root.querySelectorAll<HTMLElement>('button, [role="button"], input[type="button"], input[type="submit"], a[href]'));
  return bestVisible(buttons, (el) => {
    const i = matchIndex(buttonText(el), patterns);
    return i < 0 ? Infinity : i;
  });
}

/** Visible elements that read like headings and whose text matches. */
export function findHeading(root: ParentNode, selector: string, patterns: readonly RegExp[]): HTMLElement | null {
  const all = Array.from(root.querySelectorAll<HTMLElement>(selector));
  return bestVisible(all, (el) => {
    const own = shortOwnText(el, 60);
    if (own === null) return Infinity; // a container, not a heading
    const text = own || buttonText(el);
    if (text.length > 60) return Infinity;
    const i = matchIndex(text, patterns);
    return i < 0 ? Infinity : i;
  });
}
