// @vitest-environment happy-dom
// Label resolution, source by source, the way Bitwarden orders them.
import { describe, expect, it } from 'vitest';
import { labelCandidates, nearbyText } from '../../../../src/content/dom/labels';
import { findTextField, findToggle } from '../../../../src/content/dom/find';

function setup(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.querySelector<HTMLElement>('[data-target]')!;
}

describe('labelCandidates', () => {
  it.each([
    ['label[for]', '<label for="a">Base URL</label><input id="a" data-target>', 'Base URL'],
    [
      'ancestor label, without the control text',
      '<label>API Type <select data-target><option>SCIM API</option></select></label>',
      'API Type',
    ],
    [
      'aria-labelledby (several ids)',
      '<span id="x">Token</span><span id="y">Key</span><input aria-labelledby="x y" data-target>',
      'Token Key',
    ],
    ['aria-label', '<input aria-label="Test User Email" data-target>', 'Test User Email'],
    [
      'text before, one level up',
      '<div><div>Base URL <span>*</span></div><div><input data-target></div></div>',
      'Base URL *',
    ],
    ['placeholder', '<input placeholder="user@example.com" data-target>', 'user@example.com'],
    ['title', '<input title="Token Key" data-target>', 'Token Key'],
    [
      'text after a checkbox',
      '<div><input type="checkbox" data-target><span>Enable management of User Groups</span></div>',
      'Enable management of User Groups',
    ],
  ])('%s', (_, html, expected) => {
    expect(labelCandidates(setup(html))[0]).toBe(expected);
  });

  it('puts a real label before nearby text and placeholder', () => {
    const el = setup(
      '<div>Something else</div><label for="a">Base URL</label><input id="a" placeholder="https://…" data-target>',
    );
    expect(labelCandidates(el)).toEqual(['Base URL', 'https://…']);
  });

  it('finds label[for] inside a shadow root', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<label for="t">Token Key</label><input id="t">';
    expect(labelCandidates(shadow.querySelector('input')!)).toContain('Token Key');
  });

  it('does not borrow the label of the previous field', () => {
    const el = setup('<div><label>Base URL <input></label></div><div><input data-target></div>');
    expect(nearbyText(el)).toBeNull();
  });

  it('ignores text too long to be a label', () => {
    const el = setup(`<p>${'A long explanation. '.repeat(10)}</p><input data-target>`);
    expect(nearbyText(el)).toBeNull();
  });
});

describe('finders', () => {
  it('prefer a visible field over a hidden one with the same label', () => {
    setup(
      '<div hidden><label for="h">Base URL</label><input id="h"></div><label for="v">Base URL</label><input id="v" data-target>',
    );
    expect(findTextField(document, { labels: [/^base url$/] })?.id).toBe('v');
  });

  it('prefer the more specific pattern', () => {
    setup('<label for="a">Token</label><input id="a"><label for="b">Token Key</label><input id="b">');
    expect(findTextField(document, { labels: [/^token key$/, /\btoken\b/] })?.id).toBe('b');
  });

  it('fall back to data-test-id only when no label matches', () => {
    setup('<input data-test-id="Form__baseUrl" id="t"><input id="other">');
    expect(findTextField(document, { labels: [/^base url$/], fallbacks: ['[data-test-id*="baseUrl" i]'] })?.id).toBe(
      't',
    );
  });

  it('return null rather than guess', () => {
    setup('<label for="a">Something</label><input id="a">');
    expect(findTextField(document, { labels: [/^base url$/] })).toBeNull();
    expect(findToggle(document, { labels: [/group management/] })).toBeNull();
  });
});
