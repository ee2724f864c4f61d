// Okta's classic ("Courage") console, served on the Okta admin host (tests/fixtures/okta), in both
// browsers on the suite's build, as a newcomer drives it: capture on Trelica (once), "Fill from
// Trelica" on the app's Provisioning > Integration, the Push Groups guard's own button, then
// Okta's own "Test Connector Configuration". Every value is asserted in the page's OWN model
// (window.fixtureState(), okta/_kit.js: what a Backbone form would post), never in the DOM.
import { beforeAll, expect, it } from 'vitest';
import type { OktaFixtureState } from '../fixtures';
import {
  allowOktaAccess,
  allPanels,
  captureOnTrelica,
  chooseOkta,
  clickPanelButton,
  extensionState,
  FILL_FROM_TRELICA,
  openPopup,
  poll,
  UNTICK_PUSH_GROUPS,
  waitForExtensionState,
  type E2EPage,
} from '../sandbox';
import { describeInBrowsers, type E2E } from './suite';

const SUCCESS = 'Connector configured successfully';

function classicState(page: E2EPage): Promise<OktaFixtureState> {
  return page.evaluate(() => (window as unknown as { fixtureState(): OktaFixtureState }).fixtureState());
}

function until(page: E2EPage, what: string, check: (s: OktaFixtureState) => boolean): Promise<OktaFixtureState> {
  return poll(what, 10_000, async () => {
    const state = await classicState(page);
    return check(state) ? state : undefined;
  });
}

/** Opens the classic page `name` at Provisioning > Integration and clicks "Fill from Trelica". */
async function fillClassic(e2e: E2E, name: string): Promise<{ page: E2EPage; state: OktaFixtureState }> {
  const page = await e2e.browser.openPage(e2e.sandbox.url('okta', name));
  // clickPanelButton waits for the panel itself (by evaluate: a role query is slow in Firefox).
  await clickPanelButton(page, FILL_FROM_TRELICA);
  const state = await until(page, 'the SCIM Connection to hold the token', (s) => s.token !== '');
  return { page, state };
}

/** What a filled SCIM Connection must hold, whatever the page held before. */
function expectFilled(e2e: E2E, state: OktaFixtureState): void {
  expect(state).toMatchObject({
    baseUrl: e2e.sandbox.shownBaseUrl().replace(/\/$/, ''),
    uniqueId: 'userName',
    importUsers: true,
    pushNewUsers: true,
    pushProfileUpdates: true,
    authMode: 'HTTP Header',
    token: e2e.sandbox.scim.token,
  });
}

/** Okta's own test: its dialog shows success, and the extension records it (a fresh outcome). */
async function testConnector(e2e: E2E, page: E2EPage): Promise<void> {
  const before = (await extensionState(e2e)).okta.outcomes['test-connection']?.at;
  await page.click('button', 'Test Connector Configuration');
  const state = await until(page, "Okta's dialog to show its result", (s) => s.outcomes.length > 0);
  expect(state.outcomes).toEqual([SUCCESS]);
  // What the admin reads in Okta's dialog (read by evaluate: cheaper than a role query in Firefox).
  const dialog = await page.evaluate(() => document.querySelector('[role="dialog"]')?.textContent ?? '');
  expect(dialog).toContain('Test Connector Configuration');
  expect(dialog).toContain(SUCCESS);
  const ext = await waitForExtensionState(e2e, "the extension to read Okta's dialog", (s) => {
    const outcome = s.okta.outcomes['test-connection'];
    return outcome !== undefined && outcome.at !== before;
  });
  expect(ext.okta.outcomes['test-connection']?.result).toBe('success');
  // The panel tells the admin too.
  await poll('the panel to repeat what Okta said', 10_000, async () =>
    (await allPanels(page)).some((p) => p.status.join(' ').includes(SUCCESS)) ? true : undefined,
  );
}

describeInBrowsers(
  "Okta's classic console",
  (e2e) => {
    beforeAll(async () => {
      // As the admin starts: Okta under "Identity provider", and access to Okta where asked.
      const popup = await openPopup(e2e);
      await chooseOkta(e2e, popup);
      await allowOktaAccess(popup);
      await popup.close();
      // Trelica first: the Base URL (with its trailing slash) and the token, captured once.
      const { page: trelica, panel } = await captureOnTrelica(e2e);
      expect(panel.status.join(' ')).toMatch(/^Sent to the extension/);
      await trelica.close();
    });

    it('view-mode: Fill opens Edit, the guard unticks the saved Push Groups, the test succeeds', async () => {
      const { page, state } = await fillClassic(e2e, 'view-mode');
      expect(state.editClicks).toBe(1);
      expectFilled(e2e, state);
      // Saved ticked, left ticked by the fill: the guard's button is the one way off.
      expect(state.pushGroups).toBe(true);
      await page.click('button', UNTICK_PUSH_GROUPS);
      const unticked = await until(page, 'Push Groups to be unticked', (s) => !s.pushGroups);
      expect(unticked).toMatchObject({ pushNewUsers: true, pushProfileUpdates: true, importUsers: true });
      await testConnector(e2e, page);
      await page.close();
    });

    it('integration: Fill sets every field (Chosen select, "Bearer" prefix), the test succeeds', async () => {
      const { page, state } = await fillClassic(e2e, 'integration');
      expectFilled(e2e, state);
      expect(state.pushGroups).toBe(false);
      await testConnector(e2e, page);
      await page.close();
    });
  },
  { grantOptionalHosts: true },
);
