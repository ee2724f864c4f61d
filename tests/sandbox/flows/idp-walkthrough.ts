// What every IdP's walkthrough (okta-walkthrough.ts, entra-walkthrough.ts) does the same way: the
// IdP chosen in the popup and its hosts allowed, Trelica's capture, the connection test and the
// rehearsal of that IdP's calls, then the checklist ticked done. Only the words differ.
import { IDP_NAMES, type IdpId } from '../../../src/core/idp/ids';
import type { State } from '../../../src/core/messages';
import type { StepId } from '../../../src/core/steps';
import type { E2EPage } from '../browsers/types';
import {
  allowIdpAccess,
  checklistStates,
  chooseIdp,
  extensionState,
  markDone,
  openPopup,
  rehearse,
  testConnection,
  typeCredentials,
  waitForExtensionState,
  type Stage,
} from './steps';
import { check, need, scrollTo, STEPS, type Step, type Tabs } from './walkthrough';

/** The first step: `idp` chosen under "Identity provider", its hosts allowed; `own` is a step only its checklist has. */
export function chooseIdpStep(idp: IdpId, own: StepId, caption: string): Step {
  return {
    slug: `popup-choose-${idp}`,
    title: `Choose ${IDP_NAMES[idp]}`,
    caption,
    async run(stage, tabs) {
      const popup = await openPopup(stage);
      tabs.popup = popup;
      await chooseIdp(stage, popup, idp);
      await allowIdpAccess(popup, idp);
      const states = await checklistStates(popup);
      check(own in states, `the checklist is not ${IDP_NAMES[idp]}'s`);
      check(!('grant-idp-access' in states), `access to ${IDP_NAMES[idp]} is still to be allowed`);
      return popup;
    },
  };
}

/** Trelica's capture (the JumpCloud walkthrough's first step), the popup closed before it. */
export const CAPTURE_STEP: Step = {
  ...STEPS[0]!,
  async run(stage, tabs) {
    await tabs.popup?.close();
    delete tabs.popup;
    return STEPS[0]!.run(stage, tabs);
  },
};

/**
 * "Test connection", then the rehearsal (`button`: the IdP's "Rehearse …"), both ok, and no test
 * user left behind. `testEmail` is typed when the extension holds none (the IdP's form has none).
 */
export async function rehearseInPopup(stage: Stage, tabs: Tabs, testEmail: string, button: string): Promise<E2EPage> {
  const popup = await openPopup(stage);
  tabs.popup = popup;
  if (!(await extensionState(stage)).testEmail) await typeCredentials(popup, { testEmail });
  await waitForExtensionState(stage, 'the test email to be kept', (s) => s.testEmail !== null);
  const test = await testConnection(popup);
  check(test.diagnosis === 'ok', `the connection test says ${test.diagnosis}: ${test.text}`);
  const result = await rehearse(popup, button);
  check(result.diagnosis === 'ok', `the rehearsal says ${result.diagnosis}: ${result.text}`);
  check(stage.sandbox.scim.users().length === 0, 'the rehearsal left a user behind in the SCIM server');
  await scrollTo(popup, '[aria-label="Rehearsal verdict"]', 'end');
  return popup;
}

/**
 * Ticks by hand the steps the checklist offers a tick for and still has to do (what only the
 * admin sees happen in the IdP), then checks that every step is done. `seen` says, on failure,
 * what the extension saw of the IdP.
 */
export async function tickTheRest(
  stage: Stage,
  tabs: Tabs,
  titleOf: (id: StepId) => string,
  seen: (state: State) => unknown,
): Promise<E2EPage> {
  const popup = need(tabs.popup, 'The popup');
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
  const what = JSON.stringify(seen(await extensionState(stage)));
  check(left.length === 0, `checklist steps not done: ${notes.join(' | ')} (the extension saw: ${what})`);
  await popup.evaluate(() => window.scrollTo(0, 0));
  return popup;
}
