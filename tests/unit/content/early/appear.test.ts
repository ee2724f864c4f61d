// @vitest-environment happy-dom
// The appearance watch's own sheet, on a document whose list of adopted sheets is not an Array:
// Firefox ESR 140 shows a content script that list as an array-like without Array's methods, then
// refuses it outright ("Accessing from Xray wrapper is not supported"); the early script failed
// there at its first read, so no console page ever got its panel. The watch must adopt its sheet
// beside the page's and drop only its own, or, where the list is refused, use a <style> of its own.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchAppearances } from '../../../../src/content/early/appear';

const signs = { appearSelector: 'h2', shows: '//h2' };

/** The document's sheets as that Firefox hands them over: indexes and a length, nothing else. */
function arrayLikeSheets(initial: CSSStyleSheet[]) {
  let list = initial;
  const view = () => {
    const like: Record<number, CSSStyleSheet> & { length: number } = { length: list.length };
    list.forEach((sheet, i) => (like[i] = sheet));
    return like as unknown as CSSStyleSheet[];
  };
  vi.spyOn(document, 'adoptedStyleSheets', 'get').mockImplementation(view);
  vi.spyOn(document, 'adoptedStyleSheets', 'set').mockImplementation((next) => (list = [...next]));
  return () => list;
}

afterEach(() => vi.restoreAllMocks());

describe('watchAppearances', () => {
  it("on a list without Array's methods, adopts its sheet beside the page's, once, and drops only its own", () => {
    const pages = new CSSStyleSheet();
    const current = arrayLikeSheets([pages]);
    const watch = watchAppearances(signs, () => undefined);

    watch.arm(true);
    expect(current()).toHaveLength(2);
    expect(current()[0]).toBe(pages);
    const ours = current()[1];

    watch.arm(true);
    expect(current()).toEqual([pages, ours]);

    watch.arm(false);
    expect(current()).toEqual([pages]);

    watch.arm(true);
    watch.stop();
    expect(current()).toEqual([pages]);
  });

  it('where the list is refused, puts its rule in one <style> of its own, and takes it out again', () => {
    const refused = () => {
      throw new Error('Accessing from Xray wrapper is not supported.');
    };
    vi.spyOn(document, 'adoptedStyleSheets', 'get').mockImplementation(refused);
    vi.spyOn(document, 'adoptedStyleSheets', 'set').mockImplementation(refused);
    const ours = () =>
      Array.from(document.querySelectorAll('style')).filter((s) => /animation:1ms a/.test(s.textContent));
    const watch = watchAppearances(signs, () => undefined);

    watch.arm(true);
    watch.arm(true);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]?.textContent).toContain(':where(h2)');

    watch.arm(false);
    expect(ours()).toHaveLength(0);
    watch.arm(true);
    expect(ours()).toHaveLength(1);
    watch.stop();
    expect(ours()).toHaveLength(0);
  });
});
