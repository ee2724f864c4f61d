// @vitest-environment happy-dom
// The extension API is never a page element (DOM clobbering), whatever the page adds.
import { describe, expect, it } from 'vitest';
import { resolveRuntime } from '../../../src/content/extension-api';

const real = { runtime: { id: 'ext', sendMessage: async () => ({ ok: true }) } };

describe('resolveRuntime', () => {
  it.each([
    ['<form id="browser"><input name="runtime"></form>', 'form'],
    ['<form id="chrome"><input name="runtime"></form>', 'form'],
    ['<img name="browser">', 'img'],
  ])('takes no page element (%s) for the API', (html, tag) => {
    document.body.innerHTML = html;
    const clobbered = document.querySelector(tag)!;
    expect(resolveRuntime({ browser: clobbered, chrome: clobbered })).toBeNull();
    expect(resolveRuntime({ browser: clobbered, chrome: real })).toBe(real.runtime);
    expect(resolveRuntime({ chrome: clobbered, browser: real })).toBe(real.runtime);
  });

  it('takes no object whose runtime cannot send messages', () => {
    expect(resolveRuntime({ chrome: { runtime: { id: 'x' } } })).toBeNull();
    expect(resolveRuntime({ chrome: { runtime: { sendMessage: 'no' } } })).toBeNull();
    expect(resolveRuntime({ chrome: { runtime: document.createElement('input') } })).toBeNull();
    expect(resolveRuntime({ chrome: document.getElementsByTagName('form') })).toBeNull();
  });

  it('survives a property that throws on access (Firefox dead wrappers)', () => {
    const scope = Object.defineProperty({ browser: real }, 'chrome', { get: () => { throw new Error('dead object'); } });
    expect(resolveRuntime(scope)).toBe(real.runtime);
  });
});
