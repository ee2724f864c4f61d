// The admin's Okta steps, shared by the Okta e2e scenarios and `npm start -- --idp okta`: pick
// Okta in the popup (and allow access to it), fill the SCIM Connection, untick Push Groups, run
// Okta's own connector test, save, enable To App. Each acts as a person does (the visible label,
// the obvious button) and waits on what the Okta page's own React state holds
// (window.fixtureState(), tests/fixtures/libraries/odyssey), never on a fixed time.
import { ENABLE_TO_APP, FILL_FROM_TRELICA, UNTICK_PUSH_GROUPS } from '../../../src/content/button-labels';
import type { OktaFixtureState } from '../../fixtures/libraries/index';
import { DEFAULT_TIMEOUT, poll } from '../browsers/poll';
import type { E2EPage } from '../browsers/types';
import { allowIdpAccess, chooseIdp, clickPanelButton, waitForExtensionState, type Stage } from './steps';

export { ENABLE_TO_APP, UNTICK_PUSH_GROUPS } from '../../../src/content/button-labels';

/** What the Okta page's React holds. */
export function oktaState(page: E2EPage): Promise<OktaFixtureState> {
  return page.evaluate(() => (window as unknown as { fixtureState(): OktaFixtureState }).fixtureState());
}

function until(page: E2EPage, what: string, check: (s: OktaFixtureState) => boolean): Promise<OktaFixtureState> {
  return poll(what, DEFAULT_TIMEOUT, async () => {
    const state = await oktaState(page);
    return check(state) ? state : undefined;
  });
}

/** Opens Okta's app page (Provisioning > Integration) and clicks "Fill from Trelica". */
export async function fillOnOkta(stage: Stage): Promise<{ page: E2EPage; state: OktaFixtureState }> {
  const page = await stage.browser.openPage(stage.sandbox.oktaUrl());
  await page.waitFor('button', FILL_FROM_TRELICA);
  await clickPanelButton(page, FILL_FROM_TRELICA);
  const state = await until(page, 'the SCIM Connection form to hold the token', (s) => s.token !== '');
  return { page, state };
}

/** The extension's one-click fix for "Push Groups". */
export async function untickPushGroups(page: E2EPage): Promise<OktaFixtureState> {
  // The guard's button acts at once (no busy state to wait out): the page's state says when.
  await page.click('button', UNTICK_PUSH_GROUPS);
  return until(page, 'Push Groups to be unticked', (s) => !s.actions.pushGroups);
}

/** Okta's own "Test Connector Configuration": its dialog's result, then "Close". */
export async function testConnectorInOkta(page: E2EPage): Promise<OktaFixtureState> {
  const before = (await oktaState(page)).testClicks;
  await page.click('button', 'Test Connector Configuration');
  const shown = await until(
    page,
    "Okta's connector test dialog to show its result",
    (s) => s.testClicks > before && (s.dialog.phase === 'success' || s.dialog.phase === 'failure'),
  );
  await page.click('button', 'Close');
  await until(page, 'the dialog to close', (s) => s.dialog.phase === 'closed');
  return shown;
}

/** "Save" under the SCIM Connection. */
export async function saveOktaConnection(page: E2EPage): Promise<OktaFixtureState> {
  await page.click('button', 'Save');
  return until(page, 'the SCIM Connection to be saved', (s) => s.saved.integration);
}

/** Provisioning > To App, the extension's button for the three actions (it opens Edit), then Save. */
export async function enableToAppOnOkta(page: E2EPage): Promise<OktaFixtureState> {
  await page.click('link', 'To App');
  await page.waitFor('button', ENABLE_TO_APP);
  await clickPanelButton(page, ENABLE_TO_APP);
  await until(
    page,
    'To App to enable its three actions',
    (s) => s.toApp.create && s.toApp.update && s.toApp.deactivate,
  );
  await page.click('button', 'Save');
  return until(page, 'To App to be saved', (s) => s.saved.toApp);
}

/** Waits until the background has Okta's connector test outcome; returns it. */
export async function waitForOktaOutcome(stage: Stage): Promise<'success' | 'failure' | 'unknown'> {
  const state = await waitForExtensionState(stage, "the extension to read Okta's connector test", (s) =>
    Boolean(s.okta.outcomes['test-connection']),
  );
  return state.okta.outcomes['test-connection']!.result;
}

// ---- popup -----------------------------------------------------------------------------------

/** Picks Okta under "Identity provider", as an admin setting up Okta does first. */
export const chooseOkta = (stage: Stage, popup: E2EPage): Promise<void> => chooseIdp(stage, popup, 'okta');

/** "Allow access to Okta", when the checklist asks for it (allowIdpAccess). */
export const allowOktaAccess = (popup: E2EPage): Promise<boolean> => allowIdpAccess(popup, 'okta');
