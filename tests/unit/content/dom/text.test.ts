// @vitest-environment happy-dom
// shortOwnText: the same text as ownText, or null as soon as it is longer than asked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownText, shortOwnText } from '../../../../src/content/dom/text';
import { markOurs } from '../../../../src/content/dom/ours';

/** ownText as it was first written: walk everything, then collapse once. */
function referenceOwnText(el: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (
        child.nodeType === 1 &&
        !(child as Element).matches(
          'input, select, textarea, option, button, [role="listbox"], [role="option"], script, style, template',
        )
      ) {
        if ((child as HTMLElement).hidden) continue;
        walk(child);
      }
    }
  };
  walk(el);
  return text.replace(/\s+/g, ' ').trim();
}

function setup(html: string): HTMLElement {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.getElementById('root')!;
}

describe('shortOwnText', () => {
  it('skips what the script put in the page itself', () => {
    const root = setup('SCIM');
    root.prepend(markOurs(Object.assign(document.createElement('div'), { textContent: 'ours' })));
    expect(shortOwnText(root, 40)).toBe('SCIM');
  });

  it.each([
    // html, max, expected
    ['  Base   URL  ', 40, 'Base URL'],
    ['<b> Default</b>  <i>role </i>', 40, 'Default role'],
    ['Token <button>Show</button> <input value="x">', 40, 'Token'],
    ['<span hidden>secret</span> Shown', 40, 'Shown'],
    ['exactly ten', 11, 'exactly ten'],
    ['exactly ten!', 11, null],
    ['word '.repeat(20), 60, null],
    ['   ', 5, ''],
  ])('row %#: %j', (html, max, expected) => {
    expect(shortOwnText(setup(html), max)).toBe(expected);
  });

  it('gives up early on a page-sized container: it reads no further than the limit', () => {
    const root = setup(`<p>${'x'.repeat(100)}</p>${'<p>more</p>'.repeat(50)}`);
    for (const p of Array.from(root.querySelectorAll('p')).slice(1)) {
      Object.defineProperty(p.firstChild!, 'nodeValue', {
        get: () => {
          throw new Error('read past the limit');
        },
      });
    }
    expect(shortOwnText(root, 40)).toBeNull();
  });

  it('agrees with the original ownText on any tree of text, whitespace and excluded elements', () => {
    const piece = fc.oneof(
      fc.constantFrom(' ', '  ', '\n\t', '\u00a0', 'a', 'Base', 'URL', 'x y'),
      fc.constantFrom('<b>', '</b>', '<button>', '</button>', '<span hidden>', '</span>', '<p>', '</p>'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 0, max: 30 }), (parts, max) => {
        const root = setup(parts.join(''));
        const full = referenceOwnText(root);
        expect(ownText(root)).toBe(full);
        expect(shortOwnText(root, max)).toBe(full.length <= max ? full : null);
      }),
      { numRuns: 300 },
    );
  });
});
