// Wiring only: the real storage areas (managed storage holds the organization's policy), the
// real fetch, the real permission check.
import type Browser from 'webextension-polyfill';
import { createHandlers } from './handlers';
import { createProgressStore } from './progress-store';
import { createRouter } from './router';
import { createVault } from './vault';
import { readPolicy } from '../core/policy';

// Both browsers' MV3 APIs return promises: Firefox's `browser`, Chrome's `chrome`. The polyfill
// would add about 3 KB gzip to a background held to 30 KB; only its types are used.
const g = globalThis as unknown as { browser?: typeof Browser; chrome: typeof Browser };
const browser = g.browser ?? g.chrome;

// Chrome: what IT set for this extension (public/managed-schema.json); Firefox: policies.json's
// "3rdparty" > "Extensions" entry. Without one, Chrome answers {} and Firefox fails: no policy.
const policy = async () => readPolicy(await browser.storage.managed.get().catch(() => ({})));

// Progress first: its reset note is where the vault says it found its entry damaged.
const progress = createProgressStore(browser.storage.local);
const vault = createVault(
  browser.storage.session,
  Date.now,
  async () => (await policy()).policy.tokenMinutes * 60_000,
  progress.notes,
);
// Purge a token that expired while the background slept.
void vault.get();

const route = createRouter(
  createHandlers({
    vault,
    progress,
    fetch: (input, init) => fetch(input, init),
    now: Date.now,
    hasHostAccess: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
    policy,
  }),
  { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') },
);

// Answered through sendResponse (returning true keeps the channel open): both browsers support
// that, while a listener returning a promise is Firefox's (and the polyfill's) way only.
browser.runtime.onMessage.addListener(((
  message: unknown,
  sender: Browser.Runtime.MessageSender,
  sendResponse: (reply: unknown) => void,
) => {
  void route(message, sender).then(sendResponse);
  return true;
}) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
