// The extension's lifetime where browsers differ, in each browser where it applies:
// - the background is stopped when idle (Chromium's service worker, Firefox's event page): the
//   token in the vault (storage.session) survives that within its time limit, and a token past
//   its limit is forgotten across the restart;
// - Firefox lets the user withhold host access: the checklist then starts with "Grant access",
//   and a trusted click on it grants access and moves the checklist on.
import { beforeAll, expect, it } from 'vitest';
import { HOST_PERMISSION_PATTERNS } from '../../src/core/hosts';
import {
  captureOnTrelica,
  checklistStates,
  fillOnJumpCloud,
  openPopup,
  testConnection,
  type ExtensionApi,
} from '../sandbox';
import { describeInBrowsers, type E2E } from './suite';

declare const chrome: ExtensionApi;

const TEST_EMAIL = 'scim-lifecycle@example.com';
/** Where src/background/vault.ts keeps its entry in storage.session. */
const VAULT_KEY = 'vault';

async function vaultEntry(e2e: E2E): Promise<{ token: string; expiresAt: number } | undefined> {
  return (await e2e.browser.extension.getStorage('session'))[VAULT_KEY] as
    { token: string; expiresAt: number } | undefined;
}

async function captureWithTestEmail(e2e: E2E): Promise<void> {
  const { page } = await captureOnTrelica(e2e);
  await page.close();
  expect(await e2e.browser.extension.send({ type: 'popup/set-credentials', testEmail: TEST_EMAIL })).toMatchObject({
    ok: true,
  });
}

const hasHostAccess = (e2e: E2E) =>
  e2e.browser.extension.evaluate((origins) => chrome.permissions.contains({ origins }), [...HOST_PERMISSION_PATTERNS]);

describeInBrowsers('background lifecycle and host access', (e2e) => {
  beforeAll(async () => {
    e2e.sandbox.scim.reset();
    await e2e.browser.extension.clearStorage('local');
    await e2e.browser.extension.clearStorage('session');
  });

  it('keeps the token through a background stopped when idle: the fill that wakes it still gets it', async () => {
    await captureWithTestEmail(e2e);
    const before = await vaultEntry(e2e);
    expect(before?.token).toBe(e2e.sandbox.scim.token);

    await e2e.browser.background.stop();
    expect(await e2e.browser.background.running()).toBe(false);

    // The click on "Fill from Trelica" is the first thing to reach the stopped background.
    const { page, state } = await fillOnJumpCloud(e2e);
    await page.close();
    expect(await e2e.browser.background.running()).toBe(true);
    expect(state).toMatchObject({
      token: e2e.sandbox.scim.token,
      baseUrl: 'https://app.trelica.com/api/scim/v2',
      testEmail: TEST_EMAIL,
    });
    // Same entry, same deadline: a restart neither loses nor extends the time limit.
    expect(await vaultEntry(e2e)).toEqual(before);
  });

  it('forgets a token past its time limit across a restart, and the fill says so instead of filling', async () => {
    await captureWithTestEmail(e2e);
    const entry = await vaultEntry(e2e);
    expect(entry).toBeDefined();
    // 30 minutes cannot be waited out here: move the deadline into the past instead.
    await e2e.browser.extension.setStorage('session', { [VAULT_KEY]: { ...entry, expiresAt: Date.now() - 1000 } });
    await e2e.browser.background.stop();

    const { page, panel, state } = await fillOnJumpCloud(e2e);
    await page.close();
    expect(panel.status.join('\n')).toContain('No token');
    expect(state.token).toBe('');
    expect(JSON.stringify(await e2e.browser.extension.getStorage('session'))).not.toContain(e2e.sandbox.scim.token);
  });

  it.skipIf(e2e.name !== 'firefox')(
    'Firefox: with host access withheld, the checklist starts with "Grant access"; a click grants it and the checklist moves on',
    async () => {
      await captureWithTestEmail(e2e);
      const removed = await e2e.browser.extension.evaluate(
        (origins) => chrome.permissions.remove({ origins }),
        [...HOST_PERMISSION_PATTERNS],
      );
      expect(removed).toBe(true);
      expect(await hasHostAccess(e2e)).toBe(false);

      const popup = await openPopup(e2e);
      try {
        const withheld = await checklistStates(popup);
        expect(Object.entries(withheld)[0]).toEqual(['grant-access', 'todo']);
        expect(withheld['test-connection']).toBe('blocked');
        // The background checks too: it does not even try without access.
        const sent = e2e.sandbox.scim.requests().length;
        expect((await testConnection(popup)).diagnosis).toBe('host-permission-missing');
        expect(e2e.sandbox.scim.requests()).toHaveLength(sent);

        // Only a user's click can grant it: the same request without one is refused.
        const unprompted = e2e.browser.extension.evaluate(
          (origins) =>
            chrome.permissions.request({ origins }).then(String, (error: Error) => `refused: ${error.message}`),
          [...HOST_PERMISSION_PATTERNS],
        );
        expect(await unprompted).toMatch(/^refused: .*user input/);
        expect(await hasHostAccess(e2e)).toBe(false);

        await popup.click('button', 'Grant access');
        await popup.waitUntil(() => document.querySelector('li[data-step="grant-access"]') === null);
        expect(await hasHostAccess(e2e)).toBe(true);
        expect(await checklistStates(popup)).not.toHaveProperty('grant-access');
        expect((await testConnection(popup)).diagnosis).toBe('ok');
        expect(await checklistStates(popup)).toMatchObject({ 'test-connection': 'done' });
      } finally {
        await popup.close();
      }
    },
  );
});
