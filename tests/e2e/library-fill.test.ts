// "Fill from Trelica" on JumpCloud-like consoles built from real component libraries (MUI,
// Element Plus, Shoelace; tests/fixtures/libraries), in each browser: one click fills every
// field as the FRAMEWORK holds it (not the DOM), no decoy is touched, and the report names
// every field it filled. After the page's own Test Connection, the Group Management guard
// warns, and its button turns the library's checkbox or switch off in the page's model; then
// what the page shows after Activate (toast, inline alert, badge) is read as JumpCloud's answer.
import { beforeAll, expect, it } from 'vitest';
import { LIBRARY_FIXTURES } from '../fixtures';
import { DECOYS, type LibraryFixtureState } from '../fixtures/libraries/shared/model';
import {
  captureOnTrelica,
  clickPanelButton,
  extensionState,
  FILL_FROM_TRELICA,
  groupManagementWarning,
  panelWith,
  TURN_OFF_GROUP_MANAGEMENT,
  waitForExtensionState,
} from '../sandbox';
import { describeInBrowsers } from './suite';

const TEST_EMAIL = 'scim-library@example.com';

describeInBrowsers('fill: consoles made of real component libraries', (e2e) => {
  beforeAll(async () => {
    e2e.sandbox.scim.reset();
    await e2e.browser.extension.clearStorage('local');
    await e2e.browser.extension.clearStorage('session');
    const { page } = await captureOnTrelica(e2e);
    await page.close();
    const reply = await e2e.browser.extension.send({ type: 'popup/set-credentials', testEmail: TEST_EMAIL });
    expect(reply).toMatchObject({ ok: true });
  });

  it.each(LIBRARY_FIXTURES)(
    "%s: one click fills every field in the page's model and no decoy; the guard turns Group Management off",
    async (name) => {
      const started = Date.now();
      const page = await e2e.browser.openPage(e2e.sandbox.url('jumpcloud', name));
      try {
        const panel = panelWith(await clickPanelButton(page, FILL_FROM_TRELICA), FILL_FROM_TRELICA);
        const state = await page.evaluate(() =>
          (window as unknown as { fixtureState(): LibraryFixtureState }).fixtureState(),
        );
        const report = panel.status.join('\n');
        expect({ state, report }).toMatchObject({
          state: {
            apiType: 'SCIM API',
            scimVersion: 'SCIM 2.0',
            baseUrl: 'https://app.trelica.com/api/scim/v2',
            token: e2e.sandbox.scim.token,
            testEmail: TEST_EMAIL,
            decoys: { ...DECOYS },
          },
        });
        expect(report).toMatch(/Filled: API Type.*SCIM Version.*Base URL.*Token Key.*Test User Email/);
        await e2e.screenshot(page, `library-fill-${name}`, { fullPage: true });

        // JumpCloud's own Test Connection (the sandbox's back end calls the SCIM server) reveals
        // Group Management, on; the guard warns and turns it off as a click would.
        await page.click('button', 'Test Connection');
        await page.waitUntil(
          () => (window as unknown as { fixtureState(): LibraryFixtureState }).fixtureState().groupManagement === true,
        );
        expect(await groupManagementWarning(page)).toContain('Group Management is on');
        await page.click('button', TURN_OFF_GROUP_MANAGEMENT);
        await page.waitUntil(
          () => (window as unknown as { fixtureState(): LibraryFixtureState }).fixtureState().groupManagement === false,
        );
        // The warning gives way once the page's own state is off.
        await page.waitUntil(() =>
          [...document.querySelectorAll('*')]
            .filter((h) => h.shadowRoot?.querySelector('.box > p.title'))
            .every((h) => !h.shadowRoot?.querySelector('[role="alert"] p')),
        );

        // What the page shows after Activate (a toast, an inline alert, the badge) is read as success.
        await page.click('button', 'Activate');
        await waitForExtensionState(
          e2e,
          `${name}: JumpCloud's Activate observed`,
          (s) => s.jumpcloud.outcomes.activate?.at !== undefined && s.jumpcloud.outcomes.activate.at > started,
        );
        expect((await extensionState(e2e)).jumpcloud.outcomes).toMatchObject({
          'test-connection': { result: 'success' },
          activate: { result: 'success' },
        });
      } finally {
        await page.close();
      }
    },
  );
});
