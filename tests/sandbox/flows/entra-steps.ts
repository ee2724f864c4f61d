// The admin's Microsoft Entra ID steps, shared by the Entra e2e scenarios and `npm start -- --idp
// entra`: pick Entra ID in the popup (and allow access to it), "Fill from Trelica" in the blade's
// frame (either provisioning UI), Entra's own Test Connection and the shell's notification, the
// group mapping switched off, Provisioning Status On, Create (newer UI), Provision on demand.
// The shell (entra.microsoft.com) is the top document, the blade a cross-origin frame on
// ENTRA_FRAME_HOST: each step acts as a person does inside it and waits on what the blade's own
// React state holds (window.fixtureState() in the frame, tests/fixtures/libraries/entra) or on
// what the shell shows (window.shellState()), never on a fixed time.
import { FILL_FROM_TRELICA, SET_ENABLED_NO } from '../../../src/content/button-labels';
import type { EntraOutcomeAction } from '../../../src/core/idp/entra/facts';
import {
  DIRECTORY_USERS,
  ENTRA_FRAME_HOST,
  GROUPS_MAPPING,
  type EntraFixtureState,
  type EntraNotification,
  type EntraPage,
} from '../../fixtures/libraries/entra/state';
import { DEFAULT_TIMEOUT, poll } from '../browsers/poll';
import type { E2EFrame, E2EPage } from '../browsers/types';
import {
  allowIdpAccess,
  allPanels,
  chooseIdp,
  clickPanelButton,
  waitForExtensionState,
  type PanelView,
  type Stage,
} from './steps';

export { FILL_FROM_TRELICA, SET_ENABLED_NO } from '../../../src/content/button-labels';

/** The shell tab and its blade frame. */
export interface EntraTab {
  shell: E2EPage;
  frame: E2EFrame;
}

/** What the blade's React holds (inside the frame). */
export function entraState(frame: E2EFrame): Promise<EntraFixtureState> {
  return frame.evaluate(() => (window as unknown as { fixtureState(): EntraFixtureState }).fixtureState());
}

function until(frame: E2EFrame, what: string, check: (s: EntraFixtureState) => boolean): Promise<EntraFixtureState> {
  return poll(what, DEFAULT_TIMEOUT, async () => {
    const state = await entraState(frame);
    return check(state) ? state : undefined;
  });
}

/** The notifications the shell finished showing (success or failure), oldest first. */
export async function shellNotifications(shell: E2EPage): Promise<EntraNotification[]> {
  return shell.evaluate(
    () => (window as unknown as { shellState(): { notifications: EntraNotification[] } }).shellState().notifications,
  );
}

/** Opens the app's blade in the Entra shell (classic: Provisioning; new: Connectivity). */
export async function openEntra(stage: Stage, page: EntraPage): Promise<EntraTab> {
  const shell = await stage.browser.openPage(stage.sandbox.entraUrl(page));
  return { shell, frame: await shell.frame(ENTRA_FRAME_HOST) };
}

/** Opens the blade and clicks "Fill from Trelica" in the extension's panel inside its frame. */
export async function fillOnEntra(stage: Stage, page: EntraPage): Promise<EntraTab & { state: EntraFixtureState }> {
  const tab = await openEntra(stage, page);
  await clickPanelButton(tab.frame, FILL_FROM_TRELICA);
  const state = await until(
    tab.frame,
    "the blade's form to hold the Tenant URL and the Secret token",
    (s) => s.tenantUrl !== '' && s.secretToken !== '',
  );
  return { ...tab, state };
}

/**
 * Entra's own "Test Connection" ("Test connection" in the newer UI): waits for the shell's
 * notification with its answer and returns it.
 */
export async function testConnectionInEntra({ shell, frame }: EntraTab): Promise<EntraNotification> {
  const before = (await shellNotifications(shell)).length;
  const { page } = await entraState(frame);
  await frame.click('button', page === 'new' ? 'Test connection' : 'Test Connection');
  return poll("the shell's notification of the connection test", DEFAULT_TIMEOUT, async () =>
    (await shellNotifications(shell)).at(before),
  );
}

/** Waits until the background has Entra's outcome of `action`; returns its result. */
export async function waitForEntraOutcome(
  stage: Stage,
  action: EntraOutcomeAction,
): Promise<'success' | 'failure' | 'unknown'> {
  const state = await waitForExtensionState(stage, `the extension to read Entra's ${action}`, (s) =>
    Boolean(s.entra.outcomes[action]),
  );
  return state.entra.outcomes[action]!.result;
}

/** The extension's panel in the frame whose warning says `text`, once there is one. */
export function entraWarning(frame: E2EFrame, text: string): Promise<PanelView> {
  return poll(`the extension's warning "${text}"`, DEFAULT_TIMEOUT, async () =>
    (await allPanels(frame)).find((p) => p.alert.join(' ').includes(text)),
  );
}

/** Classic: opens the collapsed "Mappings" section, where the groups' row says Enabled. */
export async function openMappings(frame: E2EFrame): Promise<void> {
  if ((await frame.count('button', GROUPS_MAPPING)) === 0) await frame.click('button', 'Mappings');
  await frame.waitFor('button', GROUPS_MAPPING);
}

/**
 * The way off the extension's warning shows: open "Provision Microsoft Entra ID Groups", its
 * "Enabled" to No (the extension's button on that page, a person's click), then "Save".
 */
export async function turnGroupsOff(frame: E2EFrame): Promise<EntraFixtureState> {
  await frame.click('button', GROUPS_MAPPING);
  await frame.waitFor('heading', 'Attribute Mapping');
  await frame.click('button', SET_ENABLED_NO);
  await until(frame, 'the groups mapping to show Enabled No', (s) => !s.mappingDraft.groups);
  await frame.click('menuitem', 'Save');
  return until(frame, 'the groups mapping to be saved off', (s) => !s.groupsEnabled);
}

/** Classic: back to Provisioning, Settings > "Provisioning Status" On, then Save. */
export async function provisioningOnClassic(frame: E2EFrame): Promise<EntraFixtureState> {
  if ((await entraState(frame)).view !== 'Provisioning') await frame.click('link', 'Provisioning');
  await frame.waitFor('heading', 'Provisioning');
  if ((await frame.count('switch', 'Provisioning Status')) === 0) await frame.click('button', 'Settings');
  await frame.click('switch', 'Provisioning Status');
  await until(frame, 'Provisioning Status to be On', (s) => s.provisioningStatus === 'On');
  await frame.click('menuitem', 'Save');
  return until(frame, 'the provisioning settings to be saved', (s) => s.saved?.provisioningStatus === 'On');
}

/** Newer UI: "Create" after a successful test keeps the configuration. */
export async function createOnNew(frame: E2EFrame): Promise<EntraFixtureState> {
  await frame.click('button', 'Create');
  return until(frame, 'the configuration to be created', (s) => s.saved !== null && s.createClicks > 0);
}

/** Newer UI: "Provision on demand" from the shell's menu, the first user, "Provision"; its steps. */
export async function provisionOnDemand(
  { shell, frame }: EntraTab,
  user = DIRECTORY_USERS[0]!,
): Promise<EntraFixtureState> {
  await shell.click('link', 'Provision on demand');
  await frame.waitFor('heading', 'Provision on demand');
  await frame.click('combobox', 'Select a user or group');
  await frame.click('option', `${user.displayName} (${user.userPrincipalName})`);
  await frame.click('button', 'Provision');
  return until(frame, 'Provision on demand to finish', (s) => s.onDemand.phase === 'done');
}

// ---- popup -----------------------------------------------------------------------------------

/** Picks Microsoft Entra ID under "Identity provider". */
export const chooseEntra = (stage: Stage, popup: E2EPage): Promise<void> => chooseIdp(stage, popup, 'entra');

/** "Allow access to Microsoft Entra ID", when the checklist asks for it (allowIdpAccess). */
export const allowEntraAccess = (popup: E2EPage): Promise<boolean> => allowIdpAccess(popup, 'entra');
