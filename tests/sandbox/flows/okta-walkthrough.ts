// `npm start -- --idp okta`: the admin's whole path for Okta, acted out with the Okta steps
// (okta-steps.ts) and the shared ones, each checked and followed by a numbered screenshot, as the
// JumpCloud walkthrough (walkthrough.ts) does. tests/e2e/okta-walkthrough.test.ts runs it.
import { STEP_TITLES } from '../../../src/core/checklist';
import { OKTA_STEP_TEXT } from '../../../src/core/idp/okta/checklist-text';
import type { StepId } from '../../../src/core/steps';
import {
  allowOktaAccess,
  chooseOkta,
  enableToAppOnOkta,
  fillOnOkta,
  saveOktaConnection,
  testConnectorInOkta,
  untickPushGroups,
  waitForOktaOutcome,
} from './okta-steps';
import {
  checklistStates,
  extensionState,
  markDone,
  openPopup,
  rehearse,
  testConnection,
  typeCredentials,
  waitForExtensionState,
} from './steps';
import { check, need, scrollTo, scrollToPanelWith, STEPS, type Step } from './walkthrough';

/** The test email the popup is given: Okta's form has none, the rehearsal needs one. */
const TEST_EMAIL = 'scim-okta-rehearsal@example.com';

const titleOf = (id: StepId): string => OKTA_STEP_TEXT[id]?.title ?? STEP_TITLES[id];

export const OKTA_STEPS: readonly Step[] = [
  {
    slug: 'popup-choose-okta',
    title: 'Choose Okta',
    caption:
      'In the popup, "Identity provider: Okta" switches the checklist to Okta\'s steps, and access to the Okta admin console is asked for once.',
    async run(stage, tabs) {
      const popup = await openPopup(stage);
      tabs.popup = popup;
      await chooseOkta(stage, popup);
      await allowOktaAccess(popup);
      const states = await checklistStates(popup);
      check('okta-app' in states && !('jumpcloud-app' in states), "the checklist is not Okta's");
      return popup;
    },
  },
  {
    ...STEPS[0]!,
    async run(stage, tabs) {
      const page = await STEPS[0]!.run(stage, tabs);
      await tabs.popup?.close();
      delete tabs.popup;
      return page;
    },
  },
  {
    slug: 'okta-fill',
    title: 'Fill on Okta',
    caption:
      'On the app\'s Provisioning > Integration, "Fill from Trelica" opens the SCIM Connection for editing and sets every field, the token without "Bearer".',
    async run(stage, tabs) {
      const { page, state } = await fillOnOkta(stage);
      tabs.okta = page;
      const missing = [
        state.baseUrl === stage.sandbox.shownBaseUrl().replace(/\/$/, '') ? '' : 'SCIM connector base URL (no slash)',
        state.uniqueId === 'userName' ? '' : 'Unique identifier field "userName"',
        state.actions.importNewUsers && state.actions.pushNewUsers && state.actions.pushProfileUpdates
          ? ''
          : 'the three provisioning actions',
        state.authMode === 'HTTP Header' ? '' : 'Authentication Mode "HTTP Header"',
        state.token === stage.sandbox.scim.token ? '' : 'Authorization (the bare token)',
      ].filter(Boolean);
      check(missing.length === 0, `Okta's form did not register: ${missing.join(', ')}`);
      check(state.actions.pushGroups, 'Push Groups was unticked by the fill: the guard has nothing to show');
      await scrollToPanelWith(page, 'Push Groups');
      return page;
    },
  },
  {
    slug: 'okta-push-groups',
    title: 'Untick Push Groups',
    caption: 'Push Groups is ticked: the extension warns (Trelica has no groups) and unticks it in one click.',
    async run(stage, tabs) {
      const page = need(tabs.okta, 'The Okta tab');
      const state = await untickPushGroups(page);
      check(!state.actions.pushGroups, 'Push Groups is still ticked');
      await waitForExtensionState(stage, 'the extension to see Push Groups off', (s) => s.okta.pushGroups === 'off');
      return page;
    },
  },
  {
    slug: 'okta-test-connector',
    title: "Okta's connector test",
    caption:
      'Okta\'s own "Test Connector Configuration" says "Connector configured successfully": the extension reads it and ticks the step.',
    async run(stage, tabs) {
      const page = need(tabs.okta, 'The Okta tab');
      const shown = await testConnectorInOkta(page);
      check(shown.dialog.phase === 'success', `Okta's test says: ${shown.dialog.text}`);
      check((await waitForOktaOutcome(stage)) === 'success', "the extension did not read Okta's success");
      await saveOktaConnection(page);
      return page;
    },
  },
  {
    slug: 'okta-to-app',
    title: 'To App',
    caption: 'Provisioning > To App: the extension enables Create Users, Update User Attributes and Deactivate Users.',
    async run(stage, tabs) {
      const page = need(tabs.okta, 'The Okta tab');
      await enableToAppOnOkta(page);
      await waitForExtensionState(
        stage,
        'the extension to see To App enabled',
        (s) => s.okta.toApp?.create === true && s.okta.toApp.update && s.okta.toApp.deactivate,
      );
      await scrollToPanelWith(page, 'To App');
      return page;
    },
  },
  {
    slug: 'popup-okta-rehearsal',
    title: 'Rehearse assignment',
    caption:
      '"Test connection" and "Rehearse assignment" send Trelica exactly what Okta will: the list read, the lookup, the create, the PUT updates, then the extension deletes its test user.',
    async run(stage, tabs) {
      const popup = await openPopup(stage);
      tabs.popup = popup;
      if (!(await extensionState(stage)).testEmail) await typeCredentials(popup, { testEmail: TEST_EMAIL });
      await waitForExtensionState(stage, 'the test email to be kept', (s) => s.testEmail !== null);
      const test = await testConnection(popup);
      check(test.diagnosis === 'ok', `the connection test says ${test.diagnosis}: ${test.text}`);
      const result = await rehearse(popup, 'Rehearse assignment');
      check(result.diagnosis === 'ok', `the rehearsal says ${result.diagnosis}: ${result.text}`);
      check(stage.sandbox.scim.users().length === 0, 'the rehearsal left a user behind in the SCIM server');
      await scrollTo(popup, '[aria-label="Rehearsal verdict"]', 'end');
      return popup;
    },
  },
  {
    slug: 'popup-okta-checklist-done',
    title: 'Checklist all done',
    caption: 'Save and Assign users, which only the admin sees happen in Okta, are ticked by hand: every step is done.',
    async run(stage, tabs) {
      const popup = need(tabs.popup, 'The popup');
      // What only the admin can see (Save, assigning users) is ticked by hand, as the admin would.
      const tickable = await popup.evaluate(() =>
        [...document.querySelectorAll('ol[aria-label="Setup checklist"] > li[data-step]')]
          .filter((li) => li.getAttribute('data-state') === 'todo' && li.querySelector('input[type="checkbox"]'))
          .map((li) => li.getAttribute('data-step')!),
      );
      for (const id of tickable) await markDone(popup, id, titleOf(id as StepId));
      const left = Object.entries(await checklistStates(popup)).filter(([, state]) => state !== 'done');
      const notes = await popup.evaluate(() =>
        [...document.querySelectorAll('ol[aria-label="Setup checklist"] > li[data-step]')]
          .filter((li) => li.getAttribute('data-state') !== 'done')
          .map((li) => `${li.getAttribute('data-step')}: ${li.textContent ?? ''}`),
      );
      const seen = JSON.stringify((await extensionState(stage)).okta);
      check(left.length === 0, `checklist steps not done: ${notes.join(' | ')} (Okta seen: ${seen})`);
      await popup.evaluate(() => window.scrollTo(0, 0));
      return popup;
    },
  },
];
