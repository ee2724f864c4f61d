// `npm start -- --idp entra`: the admin's whole path for Microsoft Entra ID, acted out with the
// Entra steps (entra-steps.ts) and the shared ones, each checked and followed by a numbered
// screenshot, as the Okta walkthrough does. The blade is a cross-origin frame of the shell on
// entra.microsoft.com: the classic page first (fill, Test Connection, the group mapping, status
// On), the popup's rehearsal of Entra's calls, then the newer page (fill, test, Create) and a
// first user by Provision on demand there. tests/e2e/entra-walkthrough.test.ts runs it.
import { STEP_TITLES } from '../../../src/core/checklist';
import { ENTRA_STEP_TEXT } from '../../../src/core/idp/entra/checklist-text';
import type { StepId } from '../../../src/core/steps';
import { ENTRA_FRAME_HOST, TEST_OK } from '../../fixtures/libraries/entra/state';
import type { E2EFrame, E2EPage } from '../browsers/types';
import {
  createOnNew,
  entraWarning,
  fillOnEntra,
  openMappings,
  provisioningOnClassic,
  provisionOnDemand,
  testConnectionInEntra,
  turnGroupsOff,
  waitForEntraOutcome,
  type EntraTab,
} from './entra-steps';
import { CAPTURE_STEP, chooseIdpStep, rehearseInPopup, tickTheRest } from './idp-walkthrough';
import { openPopup, waitForExtensionState, type Stage } from './steps';
import { check, need, scrollToPanelWith, type Step, type Tabs } from './walkthrough';

/** The test email the popup is given: Entra's form has none, the rehearsal needs one. */
export const ENTRA_TEST_EMAIL = 'scim-entra-rehearsal@example.com';

const titleOf = (id: StepId): string => ENTRA_STEP_TEXT[id]?.title ?? STEP_TITLES[id];

/** The open Entra tab and its blade frame. */
async function entraTab(tabs: Tabs): Promise<EntraTab> {
  const shell = need(tabs.entra, 'The Entra tab');
  return { shell, frame: await shell.frame(ENTRA_FRAME_HOST) };
}

/** The Tenant URL Entra must get: the Base URL Trelica shows, without its trailing slash. */
const tenantUrlOf = (stage: Stage): string => stage.sandbox.shownBaseUrl().replace(/\/$/, '');

/**
 * "Fill from Trelica" on the blade `page`, checked in the blade's React state (the choice its UI
 * asks first, Tenant URL without its slash, the bare token) and in what the extension saw.
 */
async function fillAndCheck(stage: Stage, tabs: Tabs, page: 'classic' | 'new'): Promise<EntraTab> {
  const { shell, frame, state } = await fillOnEntra(stage, page);
  tabs.entra = shell;
  const choice: [boolean, string] =
    page === 'new'
      ? [state.authMethod === 'Bearer authentication', 'authentication method "Bearer authentication"']
      : [state.mode === 'Automatic', 'Provisioning Mode "Automatic"'];
  const missing = [
    choice,
    [state.tenantUrl === tenantUrlOf(stage), `Tenant URL (no slash), got "${state.tenantUrl}"`],
    [state.secretToken === stage.sandbox.scim.token, 'Secret token (the bare token)'],
  ].filter(([ok]) => !ok);
  check(missing.length === 0, `Entra's ${page} form did not register: ${missing.map(([, what]) => what).join(', ')}`);
  await waitForExtensionState(stage, `the extension to see the ${page} UI`, (s) => s.entra.ui === page);
  return { shell, frame };
}

/** Entra's Test Connection, its notification read in the shell, and the extension's reading of it. */
async function testInEntra(stage: Stage, tab: EntraTab): Promise<void> {
  const note = await testConnectionInEntra(tab);
  check(
    note.status === 'success' && note.lines.includes(TEST_OK),
    `Entra's notification says: ${note.lines.join(' ')}`,
  );
  check(
    (await waitForEntraOutcome(stage, 'test-connection')) === 'success',
    "the extension did not read Entra's success",
  );
}

/** Scrolls the frame's panel saying `text` into view; the shot is of the shell around it. */
async function showPanel(tab: EntraTab, text: string): Promise<E2EPage> {
  await scrollToPanelWith(tab.frame as E2EFrame, text);
  return tab.shell;
}

// The rehearsal comes before the newer blade is opened, as the checklist asks ("Rehearse
// provisioning" first, then Provision on demand), and for a driver's reason too: in Chromium
// (playwright-core), a cross-origin frame that was open while the popup's tab took typed input
// gets no mouse input afterwards (no event reaches its document; seen on the on-demand picker).
export const ENTRA_STEPS: readonly Step[] = [
  chooseIdpStep(
    'entra',
    'entra-app',
    'In the popup, "Identity provider: Microsoft Entra ID" switches the checklist to Entra\'s steps, and access to the Entra admin center and its blades\' frames is asked for once.',
  ),
  CAPTURE_STEP,
  {
    slug: 'entra-fill-classic',
    title: 'Fill on Entra (classic)',
    caption:
      'On the app\'s Provisioning blade (a frame in the Entra admin center), "Fill from Trelica" sets Provisioning Mode to Automatic and fills Tenant URL and the bare Secret Token.',
    async run(stage, tabs) {
      const { shell, frame } = await fillAndCheck(stage, tabs, 'classic');
      return showPanel({ shell, frame }, 'Fill from Trelica');
    },
  },
  {
    slug: 'entra-test-connection',
    title: "Entra's Test Connection",
    caption:
      'Entra\'s own "Test Connection": the admin center\'s notification says "The supplied credentials are authorized to enable provisioning", and the extension reads it.',
    async run(stage, tabs) {
      const tab = await entraTab(tabs);
      await testInEntra(stage, tab);
      return tab.shell;
    },
  },
  {
    slug: 'entra-groups-warning',
    title: 'Group provisioning warning',
    caption:
      'Under Mappings, "Provision Microsoft Entra ID Groups" is enabled: the extension warns (Trelica has no groups) and says how to switch it off.',
    async run(stage, tabs) {
      const tab = await entraTab(tabs);
      await openMappings(tab.frame);
      const warning = await entraWarning(tab.frame, 'Provision Microsoft Entra ID Groups');
      check(warning.alert.join(' ').includes('Enabled'), `the warning says: ${warning.alert.join(' ')}`);
      await waitForExtensionState(stage, 'the extension to see group provisioning on', (s) => s.entra.groups === 'on');
      return showPanel(tab, 'Provision Microsoft Entra ID Groups');
    },
  },
  {
    slug: 'entra-groups-off',
    title: 'Group provisioning off',
    caption:
      'The way off: open "Provision Microsoft Entra ID Groups", Enabled to "No" (the extension\'s button does the click), then Save.',
    async run(stage, tabs) {
      const tab = await entraTab(tabs);
      const state = await turnGroupsOff(tab.frame);
      check(
        !state.groupsEnabled && state.usersEnabled,
        'the groups mapping is still enabled (or users were switched off)',
      );
      await waitForExtensionState(
        stage,
        'the extension to see group provisioning off',
        (s) => s.entra.groups === 'off',
      );
      return tab.shell;
    },
  },
  {
    slug: 'entra-provisioning-on',
    title: 'Provisioning Status On',
    caption: 'Back on Provisioning, Settings > Provisioning Status "On", then Save.',
    async run(stage, tabs) {
      const tab = await entraTab(tabs);
      const state = await provisioningOnClassic(tab.frame);
      check(
        state.saved?.mode === 'Automatic' && state.saved.tenantUrl === tenantUrlOf(stage),
        `Save kept: ${JSON.stringify(state.saved)}`,
      );
      await waitForExtensionState(stage, 'the extension to see provisioning on', (s) => s.entra.status === 'on');
      return tab.shell;
    },
  },
  {
    slug: 'popup-entra-rehearsal',
    title: 'Rehearse provisioning',
    caption:
      '"Test connection" and "Rehearse provisioning" send Trelica exactly what Entra ID will: the filter by userName, the create, the PATCH updates in Entra\'s style, then the extension deletes its test user.',
    run: (stage, tabs) => rehearseInPopup(stage, tabs, ENTRA_TEST_EMAIL, 'Rehearse provisioning'),
  },
  {
    slug: 'entra-fill-new',
    title: 'Fill on Entra (newer UI)',
    caption:
      'The newer provisioning experience\'s Connectivity: "Fill from Trelica" picks Bearer authentication and fills Tenant URL and Secret token; Test connection passes and Create keeps it.',
    async run(stage, tabs) {
      await tabs.popup?.close();
      delete tabs.popup;
      await tabs.entra?.close();
      const { shell, frame } = await fillAndCheck(stage, tabs, 'new');
      await testInEntra(stage, { shell, frame });
      await createOnNew(frame);
      return showPanel({ shell, frame }, 'Fill from Trelica');
    },
  },
  {
    slug: 'entra-on-demand',
    title: 'Provision on demand',
    caption:
      'In Entra, "Provision on demand" for a first user: every step succeeds, and the extension reads it into the checklist.',
    async run(stage, tabs) {
      const tab = await entraTab(tabs);
      const state = await provisionOnDemand(tab);
      const failed = state.onDemand.steps.filter((s) => !s.ok).map((s) => `${s.name}: ${s.detail}`);
      check(failed.length === 0, `Provision on demand failed: ${failed.join(' | ')}`);
      check(
        (await waitForEntraOutcome(stage, 'provision-on-demand')) === 'success',
        "the extension did not read Provision on demand's success",
      );
      return tab.shell;
    },
  },
  {
    slug: 'popup-entra-checklist-done',
    title: 'Checklist all done',
    caption: 'Only what the checklist cannot see in Entra ID (and Trelica) is ticked by hand: every step is done.',
    async run(stage, tabs) {
      tabs.popup = await openPopup(stage);
      return tickTheRest(stage, tabs, titleOf, (s) => s.entra);
    },
  },
];
