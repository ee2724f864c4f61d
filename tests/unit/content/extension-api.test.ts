// @vitest-environment happy-dom
// The extension API is never a page element (DOM clobbering), whatever the page adds.
import { describe, expect, it } from 'vitest';
import { extensionRuntime, keepRuntime, keptApi, resolveRuntime } from '../../../src/content/extension-api';

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
    const scope = Object.defineProperty({ browser: real }, 'chrome', {
      get: () => {
        throw new Error('dead object');
      },
    });
    expect(resolveRuntime(scope)).toBe(real.runtime);
  });
});

describe('keepRuntime, then extensionRuntime (the early script, then the others)', () => {
  it('keeps the API taken before the page had elements, for scripts that start after the page clobbered both names', () => {
    const scope: Record<string, unknown> = { chrome: real };
    keepRuntime(scope);
    document.body.innerHTML = '<embed name="chrome"><form id="browser"><input name="runtime"></form>';
    scope.chrome = document.querySelector('embed');
    scope.browser = document.querySelector('form');
    expect(resolveRuntime(scope)).toBeNull(); // what a script reading the names now would get
    expect(extensionRuntime(scope)).toBe(real.runtime);
  });

  it('reads the runtime only when it is asked for, from the API it kept', () => {
    let reads = 0;
    const api = {
      get runtime() {
        reads++;
        return real.runtime;
      },
    };
    const scope: Record<string, unknown> = { chrome: api };
    keepRuntime(scope);
    expect(reads).toBe(0); // nothing of the runtime built on a page that never asks
    expect(keptApi(scope)).toBe(true);
    scope.chrome = document.createElement('embed');
    expect(extensionRuntime(scope)).toBe(real.runtime);
    expect(reads).toBeGreaterThan(0);
  });

  it('keeps nothing when there is no API, and then resolves at the time of asking', () => {
    const scope: Record<string, unknown> = {};
    keepRuntime(scope);
    expect(Object.getOwnPropertySymbols(scope)).toEqual([]);
    expect(keptApi(scope)).toBe(false);
    scope.browser = real;
    expect(extensionRuntime(scope)).toBe(real.runtime);
  });
});
