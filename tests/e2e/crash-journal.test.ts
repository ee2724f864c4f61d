// Things going wrong half-way through a rehearsal, in each browser, as an admin meets them: the
// SCIM server has created the test user and its answer is held back when the browser is killed
// (every process) or the background is stopped. Nothing the extension created may stay in
// Trelica unnoticed: after a restart the popup names the user and removes it once a token is
// given; after a stopped background the next one removes it on its own. And however the
// rehearsal is triggered twice, Trelica sees one create.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { captureOnTrelica, openPopup, typeCredentials, type E2EPage } from '../sandbox';
import { describeInBrowsers } from './suite';

const BASE_URL = 'https://app.trelica.com/api/scim/v2';
const EMAIL = 'scim-rehearsal-crash@example.com';

describeInBrowsers('a rehearsal cut short', (e2e) => {
  beforeEach(async () => {
    e2e.sandbox.scim.reset();
    // The token first: without it, a background woken by this finds a journalled test user
    // but cannot start removing it (which would hold the Base URL against the next rehearsal).
    await e2e.browser.extension.clearStorage('session');
    await e2e.browser.extension.clearStorage('local');
  });
  // A test that failed between crash() and restart() must not take the next ones down with it.
  afterEach(async () => {
    await e2e.browser.restart().catch((error: Error) => {
      if (!/is running/.test(error.message)) throw error;
    });
  });

  const posts = () => e2e.sandbox.scim.detailedRequests().filter((r) => r.method === 'POST');

  /** Types the three values, asks for the rehearsal and confirms it: no verdict will come. */
  async function startRehearsal(popup: E2EPage) {
    await typeCredentials(popup, { baseUrl: BASE_URL, token: e2e.sandbox.scim.token, testEmail: EMAIL });
    await popup.click('button', 'Rehearse activation');
    await popup.click('button', 'Create and delete the test user');
  }

  const leftoverNamed = (popup: E2EPage) =>
    popup.waitUntil(() => document.querySelector('[role="alert"] [data-leftover]')?.getAttribute('data-leftover'));

  it('a killed browser: the next popup names the test user, and capturing the token on Trelica removes it', async () => {
    const hold = e2e.sandbox.scim.hold({ method: 'POST', path: '/Users' });
    await startRehearsal(await openPopup(e2e));
    await hold.acted;
    expect(e2e.sandbox.scim.users().map((u) => u.userName)).toEqual([EMAIL]);
    await e2e.browser.crash();
    await e2e.browser.restart();

    const popup = await openPopup(e2e);
    expect(await leftoverNamed(popup)).toBe(EMAIL);
    const alert = await popup.textOf('alert');
    expect(alert).toContain('in Trelica, open the People page');
    // The token was in memory only: nothing could be removed yet.
    expect(e2e.sandbox.scim.users()).toHaveLength(1);

    await e2e.screenshot(popup, 'crash-leftover-named', { fullPage: true });
    await popup.close();

    // What the alert asks: capture the token on Trelica. The user goes at once.
    const { page } = await captureOnTrelica(e2e);
    await page.close();
    const after = await openPopup(e2e);
    await after.waitUntil(() => document.body.innerText.includes('Removed the test user'), undefined, 15_000);
    expect(await after.count('alert')).toBe(0);
    expect(e2e.sandbox.scim.users()).toEqual([]);
    expect(posts()).toHaveLength(1);
  });

  it('a killed browser, then a new token typed (the old one regenerated): "Remove test user" removes it', async () => {
    const hold = e2e.sandbox.scim.hold({ method: 'POST', path: '/Users' });
    await startRehearsal(await openPopup(e2e));
    await hold.acted;
    await e2e.browser.crash();
    await e2e.browser.restart();
    // The journal names the token that created the user by its fingerprint only; a token typed
    // now that is not that one is used only on the admin's click.
    const journal = (await e2e.browser.extension.getStorage('local'))['journal'] as {
      testUsers: { tokenFingerprint: string | null }[];
    };
    await e2e.browser.extension.setStorage('local', {
      journal: { ...journal, testUsers: journal.testUsers.map((e) => ({ ...e, tokenFingerprint: 'regenerated' })) },
    });
    const popup = await openPopup(e2e);
    expect(await leftoverNamed(popup)).toBe(EMAIL);
    await typeCredentials(popup, { token: e2e.sandbox.scim.token });
    expect(e2e.sandbox.scim.users()).toHaveLength(1);
    await popup.click('button', 'Remove test user');
    await popup.waitUntil(() => document.querySelector('[data-leftover]') === null);
    expect(e2e.sandbox.scim.users()).toEqual([]);
    expect(await popup.evaluate(() => document.body.innerText)).toContain(`Removed the test user ${EMAIL}`);
    await e2e.screenshot(popup, 'crash-removed', { fullPage: true });
  });

  it('a stopped background: the popup is not left spinning, and the next background removes the user on its own', async () => {
    const hold = e2e.sandbox.scim.hold({ method: 'POST', path: '/Users' });
    const popup = await openPopup(e2e);
    await startRehearsal(popup);
    await hold.acted;
    await e2e.browser.background.kill();
    // The click's wait ends: the popup says the extension did not answer, and is usable again.
    await popup.waitUntil(
      () => document.querySelector('header [role="status"]')?.textContent === '',
      undefined,
      15_000,
    );
    await popup.close();

    const next = await openPopup(e2e);
    await next.waitUntil((email) => document.body.innerText.includes(`Removed the test user ${email}`), EMAIL, 15_000);
    expect(e2e.sandbox.scim.users()).toEqual([]);
    expect(await next.evaluate(() => document.body.innerText)).toMatch(/activation rehearsal with .* did not finish/);
    expect(posts()).toHaveLength(1);
  });

  it('two popups asking at once: one create in Trelica', async () => {
    const hold = e2e.sandbox.scim.hold({ method: 'POST', path: '/Users', when: 'before-acting' });
    const first = await openPopup(e2e);
    await startRehearsal(first);
    await hold.arrived;
    const second = await openPopup(e2e);
    await second.click('button', 'Rehearse activation');
    await second.click('button', 'Create and delete the test user');
    // The second shares the running rehearsal: it waits for the same result.
    hold.release();
    for (const popup of [first, second]) {
      await popup.waitUntil(
        () => document.querySelector('[aria-label="Rehearsal verdict"]')?.getAttribute('data-diagnosis') === 'ok',
        undefined,
        15_000,
      );
    }
    expect(posts()).toHaveLength(1);
    expect(e2e.sandbox.scim.users()).toEqual([]);
  });
});
