// `npm start -- --idp okta`: the admin's whole path for Okta, acted out with the Okta steps
// (okta-steps.ts) and the shared ones, each checked and followed by a numbered screenshot, as the
// JumpCloud walkthrough (walkthrough.ts) does. tests/e2e/okta-walkthrough.test.ts runs it.
import { STEP_TITLES } from '../../../src/core/checklist';
import { OKTA_STEP_TEXT } from '../../../src/core/idp/okta/checklist-text';
import type { StepId } from '../../../src/core/steps';
import {
  enableToAppOnOkta,
  fillOnOkta,
  saveOktaConnection,
  testConnectorInOkta,
  untickPushGroups,
  waitForOktaOutcome,
} from './okta-steps';
import { CAPTURE_STEP, chooseIdpStep, rehearseInPopup, tickTheRest } from './idp-walkthrough';
import { waitForExtensionState } from './steps';
import { check, need, scrollToPanelWith, type Step } from './walkthrough';

/** The test email the popup is given: Okta's form has none, the rehearsal needs one. */
const TEST_EMAIL = 'scim-okta-rehearsal@example.com';

const titleOf = (id: StepId): string => OKTA_STEP_TEXT[id]?.title ?? STEP_TITLES[id];

export const OKTA_STEPS: readonly Step[] = [
  chooseIdpStep(
    'okta',
    'okta-app',
    'In the popup, "Identity provider: Okta" switches the checklist to Okta\'s steps, and access to the Okta admin console is asked for once.',
  ),
  CAPTURE_STEP,
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
    run: (stage, tabs) => rehearseInPopup(stage, tabs, TEST_EMAIL, 'Rehearse assignment'),
  },
  {
    slug: 'popup-okta-checklist-done',
    title: 'Checklist all done',
    caption: 'Save and Assign users, which only the admin sees happen in Okta, are ticked by hand: every step is done.',
    // What only the admin can see (Save, assigning users) is ticked by hand, as the admin would.
    run: (stage, tabs) => tickTheRest(stage, tabs, titleOf, (s) => s.okta),
  },
];
