// Wiring only: the real storage areas (managed storage holds the organization's policy), the
// real fetch, the real permission check.
import type Browser from 'webextension-polyfill';
import { createBackground } from './handlers';
import { createJournalStore } from './journal-store';
import { createRunGate } from '../core/run-gate';
import { randomHex } from '../core/random';
import { createProgressStore } from './progress-store';
import { createRouter } from './router';
import { createVault } from './vault';
import { readPolicy } from '../core/policy';
import { SITE_SCRIPTS } from '../core/site-scripts';
import { keepIdpScripts, type AccessApis } from './idp-access';
import { scriptTarget } from './policy-gate';

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

const background = createBackground({
  vault,
  progress,
  journal: createJournalStore(browser.storage.local, progress.notes),
  gate: createRunGate(),
  instance: randomHex(8),
  fetch: (input, init) => fetch(input, init),
  now: Date.now,
  hasHostAccess: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
  policy,
  // Into the extension's isolated world, where the early script keeps the extension API it
  // took at document_start, and into the one document (or frame) that asked (scriptTarget). At
  // once, not at document_idle: the early script asks when a sign shows.
  startScript: async (site, context) => {
    if (context.tabId === undefined) throw new Error('no tab to start the script in');
    await browser.scripting.executeScript({
      target: scriptTarget(context.tabId, context),
      files: [SITE_SCRIPTS[site]],
      world: 'ISOLATED',
      injectImmediately: true,
    });
  },
});
const route = createRouter(background.handlers, { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') });
// Okta's and Entra ID's early script, registered once their hosts are granted (checked at every start: a browser
// may drop registrations across restarts). onStartup wakes Firefox's event page at launch.
const checkIdpScripts = keepIdpScripts(browser as unknown as AccessApis);
void checkIdpScripts();
browser.runtime.onStartup.addListener(() => void checkIdpScripts());
// A run the previous background did not finish, and any test user it left: said, or removed at
// once when the token that created it is still in memory (a stopped, not restarted, browser).
void background.start().catch(() => undefined);

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
