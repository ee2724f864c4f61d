// The whole background's request path (router, sender rules, policy gate, handlers) over
// in-memory storage, for the tests that send it messages as the popup and the pages do. Each
// test file names only what it watches or changes (what is fetched, which scripts are started,
// the policy); the rest is the same everywhere: a 30-minute vault, one storage.local for
// progress and journal, this background's own run gate.
import { createHandlers, type Deps } from '../../src/background/handlers';
import { createJournalStore } from '../../src/background/journal-store';
import { createProgressStore } from '../../src/background/progress-store';
import { createRouter, type Sender } from '../../src/background/router';
import { createVault } from '../../src/background/vault';
import { createRunGate } from '../../src/core/run-gate';
import { fakeStorageArea } from './fake-storage';

export const OWN = { id: 'ownid', baseUrl: 'chrome-extension://ownid/' };
export const POPUP: Sender = { id: OWN.id, url: `${OWN.baseUrl}src/popup/index.html` };

/** A send(message, sender) into a fresh background; `deps` replace the defaults above. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function routerOverFakes(deps: Partial<Deps> = {}): (message: unknown, sender: Sender) => Promise<any> {
  const local = fakeStorageArea();
  const route = createRouter(
    createHandlers({
      vault: createVault(fakeStorageArea()),
      progress: createProgressStore(local),
      journal: createJournalStore(local),
      gate: createRunGate(),
      instance: 'this-background',
      fetch: () => Promise.reject(new Error('no network here')),
      now: Date.now,
      hasHostAccess: async () => true,
      startScript: async () => undefined,
      ...deps,
    }),
    OWN,
  );
  return (message, sender) => route(message, sender);
}

/** A Trelica that answers every SCIM request 401, and the list of what was asked of it. */
export function refusingTrelica(asked: string[]): typeof fetch {
  return async (input) => {
    asked.push(String(input));
    return new Response('{"detail":"Unauthorized"}', { status: 401 });
  };
}
