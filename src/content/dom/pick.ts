// "Pick <field>": when the finders cannot find or fill a field on markup nobody here has seen,
// the admin points at it. pickElement() waits for the admin's next real click on an element
// that can be that field (Escape cancels); locatorOf() says how to find it again and what it
// was called, never its value; byLocator() finds it next time, only if it still reads the same.
import type { Locator } from '../../core/locators';
import { deepQueryAll, inDocument } from './deep';
import { isOurs } from './ours';
import { labelCandidates } from './labels';
import { normalizeLabel } from './text';

/**
 * The element of the admin's next trusted click that `accept` takes, or null on Escape or when
 * `signal` ends (a newer pick, the page left). A click on anything else calls `onMiss`.
 */
export function pickElement(
  signal: AbortSignal,
  accept: (el: Element) => boolean,
  onMiss: () => void,
): Promise<Element | null> {
  return new Promise((resolve) => {
    const listening = new AbortController();
    const done = (el: Element | null): void => {
      listening.abort();
      resolve(el);
    };
    if (signal.aborted) return done(null);
    signal.addEventListener('abort', () => done(null), { signal: listening.signal });
    const options = { capture: true, signal: listening.signal };
    document.addEventListener(
      'click',
      (event) => {
        if (!event.isTrusted) return;
        const path = event.composedPath().filter((n): n is Element => n instanceof Element);
        if (path.some(isOurs)) return; // our own panel: another Pick button, say
        const el = path.find(accept);
        if (el) done(el);
        else onMiss();
      },
      options,
    );
    document.addEventListener('keydown', (event) => event.isTrusted && event.key === 'Escape' && done(null), options);
  });
}

const firstLabel = (el: Element): string => normalizeLabel(labelCandidates(el)[0] ?? '');

/** How to find `el` again: id, data-test-id, name (each only if set) and its label. */
export function locatorOf(el: Element): Locator {
  const cut = (v: string | null | undefined) => (v ? v.slice(0, 200) : undefined);
  const host = inDocument(el);
  const locator: Locator = { label: cut(labelCandidates(el)[0]) ?? '' };
  const id = cut(el.id);
  const testId = cut(el.getAttribute('data-test-id') ?? host.getAttribute('data-test-id'));
  const name = cut(el.getAttribute('name'));
  if (id) locator.id = id;
  if (testId) locator.testId = testId;
  if (name) locator.name = name;
  return locator;
}

/** The element `locator` names, if one `accept` takes still carries the label it had. */
export function byLocator(root: ParentNode, locator: Locator, accept: (el: Element) => boolean): Element | null {
  const selectors = [
    locator.id && `[id="${CSS.escape(locator.id)}"]`,
    locator.testId && `[data-test-id="${CSS.escape(locator.testId)}"]`,
    locator.name && `[name="${CSS.escape(locator.name)}"]`,
  ].filter((s): s is string => Boolean(s));
  const label = normalizeLabel(locator.label);
  for (const selector of selectors) {
    for (const found of deepQueryAll(root, selector)) {
      // A data-test-id on a web component's host names the control inside it.
      const candidates = [found, ...deepQueryAll(found, '*')].filter(accept);
      const match = candidates.find((el) => firstLabel(el) === label);
      if (match) return match;
    }
  }
  return null;
}
