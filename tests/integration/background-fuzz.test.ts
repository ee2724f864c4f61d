// Random messages from random senders against the whole background (router, handlers, vault,
// progress store): it never throws, never answers anything but a reply object, and a message it
// refuses (malformed, or from a sender not allowed to send it) changes nothing and sends nothing.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { createProgressStore } from '../../src/background/progress-store';
import { createJournalStore } from '../../src/background/journal-store';
import { createRunGate } from '../../src/core/run-gate';
import { createRouter, type Sender } from '../../src/background/router';
import { createVault } from '../../src/background/vault';
import { REQUEST_TYPES } from '../../src/core/messages';
import { fakeStorageArea } from '../helpers/fake-storage';

const own = { id: 'own', baseUrl: 'chrome-extension://own/' };
const SENDERS: Sender[] = [
  { id: own.id, url: `${own.baseUrl}src/popup/index.html` },
  { id: own.id, url: 'https://app.trelica.com/settings', frameId: 0, tab: { id: 1 } },
  { id: own.id, url: 'https://console.jumpcloud.com/#/sso/1', frameId: 0, tab: { id: 2 } },
  { id: own.id, url: 'https://console.jumpcloud.com/#/sso/1', frameId: 3, tab: { id: 2 } },
  { id: own.id, url: 'https://app.trelica.com.evil.test/', frameId: 0, tab: { id: 4 } },
  { id: 'other-extension', url: 'chrome-extension://other/popup.html' },
  { id: own.id, url: 'https://console.jumpcloud.com/', origin: 'https://evil.test', frameId: 0, tab: { id: 5 } },
  {},
];

function background() {
  const session = fakeStorageArea();
  const local = fakeStorageArea();
  const fetch = vi.fn(() => Promise.reject(new TypeError('no network in the fuzz')));
  const startScript = vi.fn(async () => undefined);
  const route = createRouter(
    createHandlers({
      vault: createVault(session),
      progress: createProgressStore(local),
      journal: createJournalStore(local),
      gate: createRunGate(),
      instance: 'this-background',
      fetch,
      now: Date.now,
      hasHostAccess: async () => true,
      startScript,
    }),
    own,
  );
  return { route, session, local, fetch, startScript };
}

/** Messages that look almost right: a real type with random fields, or random values in place. */
const nearMiss = fc.record(
  {
    type: fc.oneof(fc.constantFrom(...REQUEST_TYPES), fc.string()),
    baseUrl: fc.anything(),
    token: fc.anything(),
    field: fc.anything(),
    results: fc.anything(),
  },
  { requiredKeys: ['type'] },
);

describe('the background under random messages', () => {
  it('never throws, and always answers a reply object', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), nearMiss), fc.constantFrom(...SENDERS), async (message, sender) => {
        const { route } = background();
        const reply = (await route(message, sender)) as { ok?: unknown };
        expect(typeof reply).toBe('object');
        expect(typeof reply.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('a refused message changes nothing and sends nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), nearMiss), fc.constantFrom(...SENDERS), async (message, sender) => {
        const { route, session, local, fetch, startScript } = background();
        const reply = (await route(message, sender)) as { ok: boolean; message?: string };
        if (reply.ok || !reply.message?.startsWith('Refused')) return;
        expect(session.dump()).toEqual({});
        expect(local.dump()).toEqual({});
        expect(fetch).not.toHaveBeenCalled();
        expect(startScript).not.toHaveBeenCalled();
      }),
      { numRuns: 300 },
    );
  });

  it("no message from a page other than the right site's top frame reaches a handler", async () => {
    const strangers = SENDERS.filter(
      (s) => s.id !== own.id || s.frameId === 3 || s.url?.includes('evil') || s.origin?.includes('evil'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...REQUEST_TYPES.filter((t) => !t.startsWith('popup/'))),
        fc.constantFrom(...strangers),
        async (type, sender) => {
          const { route, session, local, startScript } = background();
          const reply = (await route({ type }, sender)) as { ok: boolean };
          expect(reply.ok).toBe(false);
          expect(session.dump()).toEqual({});
          expect(local.dump()).toEqual({});
          expect(startScript).not.toHaveBeenCalled();
        },
      ),
    );
  });
});
