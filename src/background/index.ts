// Wiring only: real storage areas, the real fetch, the real permission check.
import browser, { type Runtime } from 'webextension-polyfill';
import { createHandlers } from './handlers';
import { createProgressStore } from './progress-store';
import { createRouter } from './router';
import { createVault } from './vault';

const vault = createVault(browser.storage.session);
// Purge a token that expired while the background slept.
void vault.get();

const route = createRouter(
  createHandlers({
    vault,
    progress: createProgressStore(browser.storage.local),
    fetch: (input, init) => fetch(input, init),
    now: Date.now,
    hasHostAccess: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
  }),
  { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') },
);

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));
