// The adapter over scripting and permissions: it registers Okta's early script once its hosts
// are granted, drops it when they are withdrawn, and checks again on every grant or withdrawal.
import { describe, expect, it } from 'vitest';
import { keepIdpScripts, type AccessApis } from '../../../src/background/idp-access';
import { OKTA_HOST_PATTERNS, OKTA_SCRIPT_MATCHES } from '../../../src/core/hosts';

function fakeBrowser(granted: string[] = []) {
  const listeners = { added: [] as (() => void)[], removed: [] as (() => void)[] };
  const registered = new Map<string, { id: string; matches: string[]; js: string[]; runAt: string }>();
  const calls: string[] = [];
  const apis: AccessApis = {
    permissions: {
      getAll: async () => ({ origins: [...granted] }),
      onAdded: { addListener: (l) => listeners.added.push(l) },
      onRemoved: { addListener: (l) => listeners.removed.push(l) },
    },
    scripting: {
      getRegisteredContentScripts: async () => [...registered.values()].map((r) => ({ ...r })),
      async registerContentScripts(scripts) {
        calls.push(`register ${scripts.map((s) => s.id).join()}`);
        for (const s of scripts) {
          // As browsers do: a duplicate id is refused whole.
          if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          registered.set(s.id, { id: s.id, matches: s.matches, js: s.js, runAt: s.runAt });
        }
      },
      async unregisterContentScripts({ ids }) {
        calls.push(`unregister ${ids.join()}`);
        for (const id of ids) registered.delete(id);
      },
    },
  };
  const grant = (patterns: readonly string[]) => {
    granted.push(...patterns);
    listeners.added.forEach((l) => l());
  };
  const withdraw = (patterns: readonly string[]) => {
    granted.splice(0, granted.length, ...granted.filter((g) => !patterns.includes(g)));
    listeners.removed.forEach((l) => l());
  };
  return { apis, registered, calls, grant, withdraw };
}

describe('keepIdpScripts', () => {
  it('registers nothing while Okta is not granted', async () => {
    const b = fakeBrowser(['https://app.trelica.com/*']);
    await keepIdpScripts(b.apis)();
    expect(b.registered.size).toBe(0);
    expect(b.calls).toEqual([]);
  });

  it("registers content/early.js on Okta's admin pages at start when already granted", async () => {
    const b = fakeBrowser([...OKTA_HOST_PATTERNS]);
    await keepIdpScripts(b.apis)();
    expect(b.registered.get('early-okta')).toEqual({
      id: 'early-okta',
      matches: [...OKTA_SCRIPT_MATCHES],
      js: ['content/early.js'],
      runAt: 'document_start',
    });
  });

  it('registers on a grant and unregisters on a withdrawal', async () => {
    const b = fakeBrowser();
    const check = keepIdpScripts(b.apis);
    await check();
    b.grant(OKTA_HOST_PATTERNS);
    await check();
    expect(b.registered.has('early-okta')).toBe(true);
    b.withdraw(OKTA_HOST_PATTERNS);
    await check();
    expect(b.registered.has('early-okta')).toBe(false);
    expect(b.calls).toEqual(['register early-okta', 'unregister early-okta']);
  });

  it('checks one at a time: events close together register once', async () => {
    const b = fakeBrowser();
    const check = keepIdpScripts(b.apis);
    b.grant(OKTA_HOST_PATTERNS);
    b.grant([]);
    void check();
    await check();
    expect(b.calls).toEqual(['register early-okta']);
  });

  it('unregisters at start what a browser kept after the hosts were withdrawn meanwhile', async () => {
    const b = fakeBrowser();
    b.registered.set('early-okta', { id: 'early-okta', matches: [...OKTA_SCRIPT_MATCHES], js: [], runAt: '' });
    await keepIdpScripts(b.apis)();
    expect(b.registered.size).toBe(0);
  });

  it('survives a failing check, and the next one reads afresh', async () => {
    const b = fakeBrowser([...OKTA_HOST_PATTERNS]);
    let fail = true;
    const getAll = b.apis.permissions.getAll;
    b.apis.permissions.getAll = async () => {
      if (fail) throw new Error('no');
      return getAll();
    };
    const check = keepIdpScripts(b.apis);
    await expect(check()).resolves.toBeUndefined();
    fail = false;
    await check();
    expect(b.registered.has('early-okta')).toBe(true);
  });
});
