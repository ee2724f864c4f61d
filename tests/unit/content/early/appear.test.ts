// @vitest-environment happy-dom
// Where the appearance watch puts its rule. Firefox ESR 140 shows a content script the document's
// list of adopted sheets as an array-like without Array's methods, then refuses it outright
// ("Accessing from Xray wrapper is not supported"); the early script threw there at its first
// read, so no console page ever got its panel. The watch adopts its sheet beside the page's and
// drops only its own; where the list throws, it uses one <style> of its own instead.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchAppearances } from '../../../../src/content/early/appear';

const signs = { appearSelector: 'h2', shows: '//h2' };
const ourStyles = () =>
  Array.from(document.querySelectorAll('style')).filter((s) => /animation:1ms a/.test(s.textContent));

/** The document's sheets: a plain list, or as Firefox ESR 140 hands them over. */
function documentSheets(view: (list: CSSStyleSheet[]) => CSSStyleSheet[], initial: CSSStyleSheet[] = []) {
  let list = initial;
  vi.spyOn(document, 'adoptedStyleSheets', 'get').mockImplementation(() => view(list));
  vi.spyOn(document, 'adoptedStyleSheets', 'set').mockImplementation((next) => (list = [...next]));
  return () => list;
}
const arrayLike = (list: CSSStyleSheet[]) => ({ ...list, length: list.length }) as unknown as CSSStyleSheet[];
const refused = (): CSSStyleSheet[] => {
  throw new Error('Accessing from Xray wrapper is not supported.');
};

afterEach(() => vi.restoreAllMocks());

describe('watchAppearances', () => {
  it("adopts its sheet beside the page's, once, and drops only its own", () => {
    const pages = new CSSStyleSheet();
    const current = documentSheets((list) => list, [pages]);
    const watch = watchAppearances(signs, () => undefined);

    watch.arm(true);
    watch.arm(true);
    expect(current()).toHaveLength(2);
    expect(current()[0]).toBe(pages);
    watch.arm(false);
    expect(current()).toEqual([pages]);
    watch.arm(true);
    watch.stop();
    expect(current()).toEqual([pages]);
    expect(ourStyles()).toHaveLength(0);
  });

  it.each([
    ['a list without Array methods', arrayLike],
    ['a list it may not read', refused],
  ])('on %s, puts its rule in one <style> of its own, and takes it out again', (_, view) => {
    const pages = new CSSStyleSheet();
    const current = documentSheets(view, [pages]);
    const watch = watchAppearances(signs, () => undefined);

    watch.arm(true);
    watch.arm(true);
    expect(ourStyles()).toHaveLength(1);
    expect(ourStyles()[0]?.textContent).toContain(':where(h2)');
    watch.arm(false);
    expect(ourStyles()).toHaveLength(0);
    watch.arm(true);
    expect(ourStyles()).toHaveLength(1);
    watch.stop();
    expect(ourStyles()).toHaveLength(0);
    expect(current()).toEqual([pages]);
  });
});
