// Okta's hosts at run time, in the built extension: nothing of Okta's is granted or registered
// at install; "Allow access to Okta" (a trusted click in the popup) grants the optional hosts,
// the background then registers the early script on Okta's admin pages, and withdrawing the
// hosts drops it. The click in Firefox: with extensions.webextOptionalPermissionPrompts off (set
// by the sandbox's Firefox), permissions.request() grants without a prompt but still only inside
// a user gesture. Chromium's prompt is browser UI no driver can answer (engineering notes): there,
// a test build with the hosts install-time shows the registration made at the background's start.
import { expect, it } from 'vitest';
import { OKTA_HOST_PATTERNS, OKTA_SCRIPT_MATCHES } from '../../src/core/hosts';
import { checklistStates, openPopup, type ExtensionApi } from '../sandbox';
import { describeInBrowsers, type E2E } from './suite';

declare const chrome: ExtensionApi & {
  scripting: {
    getRegisteredContentScripts(): Promise<{ id: string; matches?: string[]; js?: string[]; runAt?: string }[]>;
  };
};

const oktaGranted = (e2e: E2E) =>
  e2e.browser.extension.evaluate((origins) => chrome.permissions.contains({ origins }), [...OKTA_HOST_PATTERNS]);
const registered = (e2e: E2E) => e2e.browser.extension.evaluate(() => chrome.scripting.getRegisteredContentScripts());

async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 50; i++) {
    const value = await read();
    if (ok(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return read();
}

describeInBrowsers(
  "Okta's hosts, asked at run time",
  (e2e) => {
    it('grants them on "Allow access to Okta", registers the early script there, and drops it on withdrawal', async () => {
      expect(await oktaGranted(e2e)).toBe(false);
      expect(await registered(e2e)).toEqual([]);
      // Outside a user gesture the request is refused, pref or not.
      const unprompted = await e2e.browser.extension.evaluate(
        (origins) =>
          chrome.permissions.request({ origins }).then(String, (error: Error) => `refused: ${error.message}`),
        [...OKTA_HOST_PATTERNS],
      );
      expect(unprompted).toMatch(/^refused: .*user input/);

      expect(await e2e.browser.extension.send({ type: 'popup/choose-idp', idp: 'okta' })).toMatchObject({ ok: true });
      const popup = await openPopup(e2e);
      try {
        expect(Object.entries(await checklistStates(popup))[0]).toEqual(['grant-idp-access', 'todo']);
        await popup.click('button', 'Allow access to Okta');
        await popup.waitUntil(() => document.querySelector('li[data-step="grant-idp-access"]') === null);
      } finally {
        await popup.close();
      }
      expect(await oktaGranted(e2e)).toBe(true);
      const scripts = await waitFor(
        () => registered(e2e),
        (s) => s.length > 0,
      );
      expect(scripts).toEqual([
        expect.objectContaining({ id: 'early-okta', js: ['content/early.js'], runAt: 'document_start' }),
      ]);
      // Chrome answers the matches sorted: core/idp/registrations.ts compares them as sets.
      expect([...scripts[0]!.matches!].sort()).toEqual([...OKTA_SCRIPT_MATCHES].sort());

      await e2e.browser.extension.evaluate(
        (origins) => chrome.permissions.remove({ origins }),
        [...OKTA_HOST_PATTERNS],
      );
      expect(
        await waitFor(
          () => registered(e2e),
          (s) => s.length === 0,
        ),
      ).toEqual([]);
    });
  },
  { only: ['firefox'] },
);

// Chromium: a test build with Okta's hosts install-time (the prompt cannot be answered); the
// background's check at start registers the early script, as Chrome accepts it.
describeInBrowsers(
  "Okta's hosts, granted before the background starts",
  (e2e) => {
    it("registers the early script on Okta's admin pages at start", async () => {
      expect(await oktaGranted(e2e)).toBe(true);
      const scripts = await waitFor(
        () => registered(e2e),
        (s) => s.length > 0,
      );
      expect(scripts).toEqual([
        expect.objectContaining({ id: 'early-okta', js: ['content/early.js'], runAt: 'document_start' }),
      ]);
      expect([...scripts[0]!.matches!].sort()).toEqual([...OKTA_SCRIPT_MATCHES].sort());
    });
  },
  { only: ['chromium'], grantOptionalHosts: true },
);
