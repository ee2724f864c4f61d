// @vitest-environment happy-dom
// Which copy of a content script stays when several start in one page, and that the page
// itself can never switch one off.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScriptContext } from '../../../../src/content/dom/context';
import { fakeExtension, invalidateExtension } from '../../../helpers/content/panel-probes';

const started: ScriptContext[] = [];
const start = (name = 'test'): ScriptContext => {
  const ctx = new ScriptContext(name);
  started.push(ctx);
  return ctx;
};
const later = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 30));

beforeEach(fakeExtension);
afterEach(() => started.splice(0).forEach((ctx) => ctx.abort()));

describe('ScriptContext', () => {
  it('steps aside for a copy of the same script that started after it', () => {
    const older = start();
    const newer = start();
    expect(older.signal.aborted).toBe(true);
    expect(newer.signal.aborted).toBe(false);
  });

  it('leaves copies of other scripts alone', () => {
    const trelica = start('trelica');
    start('jumpcloud');
    expect(trelica.signal.aborted).toBe(false);
  });

  it.each([
    ['the announcement earlier versions obeyed', { type: 'scim-assistant:started', name: 'test', id: 'x', at: 1e12 }],
    ['a stop order', { type: 'stop', name: 'test' }],
    ['a string', 'scim-assistant:started'],
    ['an extension-shaped message', { source: 'extension', action: 'abort' }],
  ])('never obeys a window message from the page: %s', async (_, message) => {
    const ctx = start();
    window.postMessage(message, '*');
    window.dispatchEvent(new MessageEvent('message', { data: message }));
    window.dispatchEvent(new CustomEvent('scim-assistant:started', { detail: message }));
    await later();
    expect(ctx.signal.aborted).toBe(false);
  });

  it('ends when the extension goes away under the page, at the next event it handles', () => {
    const ctx = start();
    expect(ctx.isValid).toBe(true);
    invalidateExtension();
    expect(ctx.isValid).toBe(false);
    expect(ctx.signal.aborted).toBe(true);
  });

  it.each([
    ['<form id="chrome"><input name="runtime"></form>'],
    ['<form id="browser"><input name="runtime"><input name="id" value="x"></form>'],
    ['<img name="chrome"><img name="browser">'],
  ])('no page element stands in for the extension API: %s', (html) => {
    document.body.innerHTML = html;
    // Chrome's isolated world: the real `chrome` is there, `browser` is not, and named access
    // on window would answer `browser` with the page's element.
    const g = globalThis as unknown as { browser?: unknown };
    g.browser = document.querySelector('[id="browser"], [name="browser"]') ?? undefined;
    try {
      expect(start().isValid).toBe(true);
      // With the real API gone, a page element is no API at all.
      delete (globalThis as unknown as { chrome?: unknown }).chrome;
      expect(start().isValid).toBe(false);
    } finally {
      delete g.browser;
      fakeExtension();
    }
  });
});
