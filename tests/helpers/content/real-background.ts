// The real background (router, handlers, vault, progress store) over in-memory storage, for
// content-script tests: what the page script sends is parsed, checked and answered exactly as
// in the extension, with the sender a top-frame tab of the page under test. SCIM requests are
// refused (content scripts never cause one).
import { createHandlers } from '../../../src/background/handlers';
import { createProgressStore } from '../../../src/background/progress-store';
import { createJournalStore } from '../../../src/background/journal-store';
import { createRunGate } from '../../../src/core/run-gate';
import { createRouter } from '../../../src/background/router';
import { createVault } from '../../../src/background/vault';
import type { Locators } from '../../../src/core/locators';
import { fakeStorageArea } from '../fake-storage';

const OWN = { id: 'test-extension-id', baseUrl: 'chrome-extension://test-extension-id/' };

export interface Seed {
  baseUrl?: string;
  token?: string;
  testEmail?: string;
  registeredDomains?: string[];
  /** Fields picked by hand on https://console.jumpcloud.com before. */
  remembered?: Locators;
}

export async function realBackground(seed: Seed = {}) {
  const session = fakeStorageArea();
  const local = fakeStorageArea();
  const route = createRouter(
    createHandlers({
      vault: createVault(session),
      progress: createProgressStore(local),
      journal: createJournalStore(local),
      gate: createRunGate(),
      instance: 'this-background',
      fetch: () => Promise.reject(new Error('no SCIM request from a content-script test')),
      now: Date.now,
      hasHostAccess: async () => true,
      // The content tests start the site's script themselves; no early script asks here.
      startScript: () => Promise.reject(new Error('no script injection in a content-script test')),
    }),
    OWN,
  );
  const tab = (url: string) => ({ id: OWN.id, url, frameId: 0, tab: { id: 1 } });
  const popup = { id: OWN.id, url: `${OWN.baseUrl}src/popup/index.html` };
  if (seed.baseUrl !== undefined && seed.token !== undefined) {
    await route(
      { type: 'trelica/capture', baseUrl: seed.baseUrl, token: seed.token, scimState: 'enabled' },
      tab('https://app.trelica.com/settings'),
    );
  }
  if (seed.testEmail !== undefined) await route({ type: 'popup/set-credentials', testEmail: seed.testEmail }, popup);
  if (seed.registeredDomains)
    await route({ type: 'trelica/domains', domains: seed.registeredDomains }, tab('https://app.trelica.com/settings'));
  for (const [field, locator] of Object.entries(seed.remembered ?? {})) {
    await route({ type: 'jumpcloud/remember-field', field, locator }, tab('https://console.jumpcloud.com/'));
  }
  return {
    /** As the content script's send(): from a top-frame tab at the page's current URL. */
    send: (request: unknown) => route(request, tab(location.href)),
    /** As the popup sends. */
    popup: (request: unknown) => route(request, popup),
    local,
    session,
  };
}
