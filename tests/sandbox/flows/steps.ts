// The admin's flow as small steps, shared by the e2e scenarios and the `npm start -- --headless`
// walkthrough: capture on Trelica, fill on JumpCloud, Group Management, and the popup's
// credentials, connection test, rehearsal and checklist. Each step acts like a user (trusted
// clicks, typed values) and waits on a condition, never on a fixed time; each returns what a
// test asserts on. A step throws with what it waited for when the page does not get there.
import { FILL_FROM_TRELICA, SEND_TO_EXTENSION, TURN_OFF_GROUP_MANAGEMENT } from '../../../src/content/button-labels';
import { IDP_NAMES, type IdpId } from '../../../src/core/idp/ids';
import { REPLY_OF, type State } from '../../../src/core/messages';
import type { FixtureState } from '../../fixtures/index';
import { poll } from '../browsers/poll';
import { POPUP_VIEWPORT } from '../browsers/screenshots';
import type { BrowserSession, E2EFrame, E2EPage } from '../browsers/types';
import type { Sandbox } from '../server/sandbox';
import { armBusyCounter, armPanelCounter, readPanels, type PanelView } from './page-probes';

export type { PanelView } from './page-probes';

/** What a step needs: the browser with the extension, and the sandbox (an `E2E` is one). */
export interface Stage {
  readonly browser: BrowserSession;
  readonly sandbox: Sandbox;
}

export interface PageOptions {
  /** Fixture variant (tests/fixtures/<site>/<fixture>.html); default "labelled". */
  fixture?: string;
  /** Real host name to serve it on; default the site's US host. */
  host?: string;
}

// The panel's button names, from their one home in the extension.
export { FILL_FROM_TRELICA, SEND_TO_EXTENSION, TURN_OFF_GROUP_MANAGEMENT } from '../../../src/content/button-labels';

// ---- content scripts -------------------------------------------------------------------------

/** Where the extension's panel shows: a page, or a frame of one (Entra's blade). */
export type Surface = Pick<E2EPage | E2EFrame, 'click' | 'evaluate' | 'waitUntil'>;

/**
 * Clicks a button of the extension's injected panel and waits until that action is finished
 * (the panel leaves its busy state); returns every panel on the page as it then reads.
 */
export async function clickPanelButton(page: Surface, name: string): Promise<PanelView[]> {
  // Waits by evaluate (cheap) rather than by role query (slow over Firefox's BiDi), then one click.
  const before = await page.waitUntil(armPanelCounter, name);
  await page.click('button', name);
  await page.waitUntil((n) => (window as unknown as { __e2ePanelIdle: number }).__e2ePanelIdle + 1 > n, before);
  return allPanels(page);
}

/** Every panel the extension injected on the page, as a user reads it. */
export async function allPanels(page: Surface): Promise<PanelView[]> {
  return (await page.evaluate(readPanels)) ?? [];
}

/** The panel holding the button `name`, or an error listing what the page has. */
export function panelWith(panels: PanelView[], name: string): PanelView {
  const found = panels.find((p) => p.buttons.includes(name));
  if (!found) throw new Error(`No panel has a "${name}" button; panels: ${JSON.stringify(panels)}`);
  return found;
}

/** Opens a Trelica SCIM page and clicks "Send to the extension"; the panel's status says what was captured. */
export async function captureOnTrelica(
  stage: Stage,
  options: PageOptions = {},
): Promise<{ page: E2EPage; panel: PanelView }> {
  const page = await stage.browser.openPage(stage.sandbox.url('trelica', options.fixture ?? 'labelled', options.host));
  const panel = panelWith(await clickPanelButton(page, SEND_TO_EXTENSION), SEND_TO_EXTENSION);
  return { page, panel };
}

/** What the JumpCloud page's own script registered (not what the DOM shows). */
export function fixtureState(page: E2EPage): Promise<FixtureState> {
  return page.evaluate(() => (window as unknown as { fixtureState(): FixtureState }).fixtureState());
}

/** Opens a JumpCloud Identity Management page and clicks "Fill from Trelica". */
export async function fillOnJumpCloud(
  stage: Stage,
  options: PageOptions = {},
): Promise<{ page: E2EPage; panel: PanelView; state: FixtureState }> {
  const page = await stage.browser.openPage(
    stage.sandbox.url('jumpcloud', options.fixture ?? 'labelled', options.host),
  );
  const panel = panelWith(await clickPanelButton(page, FILL_FROM_TRELICA), FILL_FROM_TRELICA);
  return { page, panel, state: await fixtureState(page) };
}

/**
 * Clicks the JumpCloud page's own "Test Connection" and waits until the page shows JumpCloud's
 * answer (the sandbox's back end calls the SCIM API); returns the page's state then. Only a
 * success reveals Group Management, ticked (groupManagement true); the last of `outcomes` is
 * what the page said, so a failure is reported at once rather than as a timeout.
 */
export async function testConnectionInJumpCloud(page: E2EPage): Promise<FixtureState> {
  const before = (await fixtureState(page)).outcomes.length;
  await page.click('button', 'Test Connection');
  await page.waitUntil(
    (n) => (window as unknown as { fixtureState(): FixtureState }).fixtureState().outcomes.length > n,
    before,
  );
  return fixtureState(page);
}

/** Waits for the extension's Group Management warning (role="alert", with its button) and returns its text. */
export async function groupManagementWarning(page: E2EPage): Promise<string> {
  const panels = await page.waitUntil(readPanels, TURN_OFF_GROUP_MANAGEMENT);
  return (panels ?? []).flatMap((p) => p.alert).join('\n');
}

/** Clicks "Turn off Group Management" and waits until the page's own model has it off. */
export async function turnOffGroupManagement(page: E2EPage): Promise<{ state: FixtureState; panels: PanelView[] }> {
  await page.click('button', TURN_OFF_GROUP_MANAGEMENT);
  await page.waitUntil(
    () => (window as unknown as { fixtureState(): FixtureState }).fixtureState().groupManagement === false,
  );
  return { state: await fixtureState(page), panels: await allPanels(page) };
}

// ---- the extension's state -------------------------------------------------------------------

/** The background's state as the popup gets it (never holds the token). */
export async function extensionState(stage: Stage): Promise<State> {
  const reply = REPLY_OF['popup/get-state'].parse(await stage.browser.extension.send({ type: 'popup/get-state' }));
  if (!reply.ok) throw new Error(`popup/get-state refused: ${reply.message}`);
  return reply.state;
}

/** Polls the background's state until `check` holds (content scripts report asynchronously). */
export function waitForExtensionState(stage: Stage, what: string, check: (state: State) => boolean): Promise<State> {
  return poll(what, 10_000, async () => {
    const state = await extensionState(stage);
    return check(state) ? state : undefined;
  });
}

/**
 * Opens Trelica's Settings > Organization > Domains page and waits until the extension knows
 * the domains with "User requests" ticked (from this visit, or an earlier one); returns them.
 */
export async function recordTrelicaDomains(
  stage: Stage,
  options: PageOptions = {},
): Promise<{ page: E2EPage; domains: string[] }> {
  const page = await stage.browser.openPage(stage.sandbox.url('trelica', options.fixture ?? 'domains', options.host));
  const state = await waitForExtensionState(
    stage,
    'the registered domains to be recorded',
    (s) => s.registeredDomains !== null,
  );
  return { page, domains: state.registeredDomains ?? [] };
}

// ---- popup -----------------------------------------------------------------------------------

/** The popup in a tab of the toolbar popup's size, past its loading state. */
export async function openPopup(stage: Stage): Promise<E2EPage> {
  const popup = await stage.browser.openPopup(POPUP_VIEWPORT);
  await popup.waitUntil(
    () =>
      document.querySelector('main') !== null && document.querySelector('main')?.getAttribute('aria-busy') !== 'true',
  );
  return popup;
}

/** Runs a popup action (a click on `button`) and waits until its busy line clears. */
async function busyAction(popup: E2EPage, button: string, timeoutMs?: number): Promise<void> {
  const before = await popup.evaluate(armBusyCounter);
  await popup.click('button', button);
  await popup.waitUntil((n) => (window as unknown as { __e2eBusyDone: number }).__e2eBusyDone > n, before, timeoutMs);
}

/** Picks the identity provider under "Identity provider", as an admin setting it up does first. */
export async function chooseIdp(stage: Stage, popup: E2EPage, idp: IdpId): Promise<void> {
  await popup.select('Identity provider', IDP_NAMES[idp]);
  await waitForExtensionState(
    stage,
    `${IDP_NAMES[idp]} to be the chosen identity provider`,
    (s) => s.idp.chosen === idp,
  );
}

/**
 * "Allow access to <IdP>", when the checklist asks for it (Firefox: the browser's grant; a
 * Chromium test build has the IdP's hosts from the start, so the step never shows there).
 */
export async function allowIdpAccess(popup: E2EPage, idp: IdpId): Promise<boolean> {
  const button = `Allow access to ${IDP_NAMES[idp]}`;
  if ((await popup.count('button', button)) === 0) return false;
  await popup.click('button', button);
  await popup.waitUntil(() => document.querySelector('[data-step="grant-idp-access"]') === null);
  return true;
}

export interface Credentials {
  baseUrl?: string;
  token?: string;
  testEmail?: string;
}

/**
 * Types into the popup's labelled fields as an admin does, and nothing else: there is no Save
 * step (the popup keeps what is typed, and its actions run on what the fields show).
 */
export async function typeCredentials(popup: E2EPage, values: Credentials): Promise<void> {
  if (values.baseUrl !== undefined) await popup.fill('Base URL', values.baseUrl);
  if (values.token !== undefined) {
    // A password field has no textbox role: show it, type, hide it again.
    await popup.click('checkbox', 'Show token');
    await popup.fill('Bearer token', values.token);
    await popup.click('checkbox', 'Show token');
  }
  if (values.testEmail !== undefined) await popup.fill('Test user email', values.testEmail);
}

export interface VerdictView {
  /** data-diagnosis: the core's diagnosis code, or null when there is no verdict. */
  diagnosis: string | null;
  text: string;
}

function readVerdict(popup: E2EPage, label: string): Promise<VerdictView> {
  return popup.evaluate((l) => {
    const el = document.querySelector<HTMLElement>(`[role="status"][aria-label="${l}"]`);
    return { diagnosis: el?.getAttribute('data-diagnosis') ?? null, text: el?.innerText.trim() ?? '' };
  }, label);
}

/**
 * Clicks "Test connection" and returns the verdict it shows. `timeoutMs` (default 10 s) bounds
 * the wait: raise it above the extension's own 10 s request limit to see a timeout verdict.
 */
export async function testConnection(popup: E2EPage, timeoutMs?: number): Promise<VerdictView> {
  await busyAction(popup, 'Test connection', timeoutMs);
  return readVerdict(popup, 'Connection test verdict');
}

export interface RehearsalView extends VerdictView {
  /** Each rehearsal step's outcome (passed, failed, skipped), by step id. */
  steps: Record<string, string>;
}

/**
 * Clicks "Rehearse activation" (Okta's checklist: "Rehearse assignment"), confirms, and returns
 * the verdict and each step's outcome.
 */
export async function rehearse(popup: E2EPage, button = 'Rehearse activation'): Promise<RehearsalView> {
  await popup.click('button', button);
  await busyAction(popup, 'Create and delete the test user');
  const steps = await popup.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('ol[aria-label="Rehearsal steps"] > li[data-rehearsal-step]')].map((li) => [
        li.getAttribute('data-rehearsal-step'),
        li.getAttribute('data-outcome'),
      ]),
    ),
  );
  return { ...(await readVerdict(popup, 'Rehearsal verdict')), steps };
}

/** Every checklist step's state (todo, done, warning, blocked), by step id, in order. */
export function checklistStates(popup: E2EPage): Promise<Record<string, string>> {
  return popup.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('ol[aria-label="Setup checklist"] > li[data-step]')].map((li) => [
        li.getAttribute('data-step'),
        li.getAttribute('data-state'),
      ]),
    ),
  );
}

/**
 * Ticks a step the extension cannot observe ("Mark done: <title>") and waits for it to be done.
 * A step shown collapsed is opened first, by a click on its heading, as a person opens it.
 */
export async function markDone(popup: E2EPage, stepId: string, title: string): Promise<void> {
  const summary = await popup.evaluate((id) => {
    const details = document.querySelector(`ol[aria-label="Setup checklist"] > li[data-step="${id}"] details`);
    if (!details || (details as HTMLDetailsElement).open) return null;
    const head = details.querySelector('summary')!;
    head.scrollIntoView({ block: 'center' });
    const box = head.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, stepId);
  if (summary) {
    await popup.clickAt(summary.x, summary.y);
    await popup.waitUntil(
      (id) =>
        (
          document.querySelector(
            `ol[aria-label="Setup checklist"] > li[data-step="${id}"] details`,
          ) as HTMLDetailsElement
        )?.open === true,
      stepId,
    );
  }
  await popup.click('checkbox', `Mark done: ${title}`);
  await popup.waitUntil(
    (id) =>
      document.querySelector(`ol[aria-label="Setup checklist"] > li[data-step="${id}"]`)?.getAttribute('data-state') ===
      'done',
    stepId,
  );
}

/**
 * Clicks the popup's "Copy test report" (or, for `rehearsal`, "Copy rehearsal report") and
 * returns what it put on the clipboard,
 * caught in the page (navigator.clipboard.writeText) so no system clipboard is needed.
 */
export async function copyReport(popup: E2EPage, which: 'test' | 'rehearsal' = 'test'): Promise<string> {
  await popup.evaluate(() => {
    const w = window as unknown as { __e2eCopied: string[] };
    w.__e2eCopied = [];
    navigator.clipboard.writeText = async (text: string) => {
      w.__e2eCopied.push(text);
    };
  });
  await popup.click('button', which === 'test' ? 'Copy test report' : 'Copy rehearsal report');
  return popup.waitUntil(() => (window as unknown as { __e2eCopied: string[] }).__e2eCopied[0] ?? '');
}
