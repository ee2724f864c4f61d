// The unattended walkthrough of `npm start -- --headless` (and of the README screenshots): the
// admin's whole path, acted out with the e2e scenarios' own steps (steps.ts, one scenario
// source), each step checked and followed by a numbered screenshot. tests/e2e/walkthrough.test.ts
// runs it on the suite's build.
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { STEP_TITLES } from '../../../src/core/checklist';
import type { StepId } from '../../../src/core/steps';
import type { E2EFrame, E2EPage } from '../browsers/types';
import type { Sandbox } from '../server/sandbox';
import {
  captureOnTrelica,
  checklistStates,
  extensionState,
  fillOnJumpCloud,
  groupManagementWarning,
  markDone,
  openPopup,
  rehearse,
  typeCredentials,
  testConnection,
  testConnectionInJumpCloud,
  turnOffGroupManagement,
  waitForExtensionState,
  type Stage,
} from './steps';

/**
 * The domains the Trelica-like server accepts in the walkthrough and `npm start`: the ones the
 * Trelica Domains fixture page shows with "User requests" ticked, so a test email the extension
 * suggests from that page works.
 */
export const DEMO_DOMAINS: readonly string[] = ['example.com', 'sub.example.org'];

/** The fixture variants the walkthrough and `npm start` open: plainly labelled pages of both consoles. */
export const PAGES = {
  trelicaScim: { site: 'trelica', name: 'labelled' },
  trelicaDomains: { site: 'trelica', name: 'domains' },
  jumpcloud: { site: 'jumpcloud', name: 'labelled' },
} as const;

export const pageUrl = (sandbox: Sandbox, which: keyof typeof PAGES): string =>
  sandbox.url(PAGES[which].site, PAGES[which].name);

/** Pages are photographed at this size (the popup at its own, 400 x 600): small enough for the README,
 *  tall enough for Trelica's whole SCIM section with our panel under it. */
export const PAGE_VIEWPORT = { width: 800, height: 640 } as const;

/** Used only if the fill did not set a test email (it suggests one from Trelica's Domains page). */
const FALLBACK_TEST_EMAIL = 'scim-test-sandbox@example.com';

export interface Shot {
  n: number;
  slug: string;
  title: string;
  /** One line for the README under the picture. */
  caption: string;
  path: string;
}

export class WalkthroughFailure extends Error {
  constructor(
    readonly step: string,
    cause: unknown,
    readonly screenshot: string | null,
  ) {
    super(`Walkthrough step "${step}" failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'WalkthroughFailure';
  }
}

export interface Tabs {
  trelica?: E2EPage;
  jumpcloud?: E2EPage;
  okta?: E2EPage;
  /** Entra's shell (its blade is a frame in it). */
  entra?: E2EPage;
  popup?: E2EPage;
}

export interface Step {
  slug: string;
  title: string;
  caption: string;
  /** Acts and checks; returns the tab to photograph, scrolled to what the step changed. */
  run(stage: Stage, tabs: Tabs): Promise<E2EPage>;
}

export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not open: an earlier step did not run`);
  return value;
}

export function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

type Block = 'start' | 'center' | 'end';

/** Scrolls the first element matching `selector` into view, for the screenshot. */
export function scrollTo(page: E2EPage, selector: string, block: Block = 'start'): Promise<void> {
  return page.evaluate(
    ([sel, where]) => {
      const el = document.querySelector(sel);
      if (!el) throw new Error(`Nothing to scroll to: ${sel}`);
      el.scrollIntoView({ block: where });
      window.scrollBy(0, where === 'start' ? -12 : where === 'end' ? 12 : 0);
    },
    [selector, block] as const,
  );
}

/** Scrolls the extension's panel that says `text` (in its shadow root) into view. */
export function scrollToPanelWith(
  page: Pick<E2EPage | E2EFrame, 'evaluate'>,
  text: string,
  block: Block = 'center',
): Promise<void> {
  return page.evaluate(
    ([t, where]) => {
      const host = [...document.querySelectorAll('*')]
        .filter((h) => h.shadowRoot?.querySelector('.box > p.title'))
        .find((h) => h.shadowRoot?.textContent?.includes(t));
      if (!host) throw new Error(`No panel of the extension says "${t}"`);
      host.scrollIntoView({ block: where });
      if (where === 'start') window.scrollBy(0, -12);
    },
    [text, block] as const,
  );
}

export const STEPS: readonly Step[] = [
  {
    slug: 'trelica-send',
    title: 'Capture on Trelica',
    caption:
      'On Trelica\'s SCIM settings, "Send to the extension" captures the Base URL and the token (masked), fixing the trailing slash.',
    async run(stage, tabs) {
      // The Domains page first, as an admin may: the extension learns which domains accept new
      // users, and later suggests the test email from them.
      const domains = await stage.browser.openPage(pageUrl(stage.sandbox, 'trelicaDomains'));
      await waitForExtensionState(stage, "the registered domains from Trelica's Domains page", (s) =>
        Boolean(s.registeredDomains?.length),
      );
      await domains.close();
      const { page, panel } = await captureOnTrelica(stage);
      tabs.trelica = page;
      const status = panel.status.join(' ');
      check(status.startsWith('Sent to the extension'), `the Trelica panel says: ${status || '(nothing)'}`);
      const state = await extensionState(stage);
      check(
        state.token.present && state.baseUrl !== null,
        'the extension holds no Base URL and token after the capture',
      );
      await scrollToPanelWith(page, 'Sent to the extension');
      return page;
    },
  },
  {
    slug: 'jumpcloud-fill',
    title: 'Fill on JumpCloud',
    caption:
      'On JumpCloud\'s Identity Management tab, "Fill from Trelica" picks SCIM API and SCIM 2.0 and fills Base URL, Token Key and a new test email.',
    async run(stage, tabs) {
      const { page, state } = await fillOnJumpCloud(stage);
      tabs.jumpcloud = page;
      const token = stage.sandbox.scim.token;
      const missing = [
        state.apiType === 'SCIM API' ? '' : 'API type "SCIM API"',
        state.scimVersion === 'SCIM 2.0' ? '' : 'SCIM version "SCIM 2.0"',
        state.baseUrl === stage.sandbox.shownBaseUrl().replace(/\/$/, '')
          ? ''
          : 'Base URL (without its trailing slash)',
        state.token === token ? '' : 'Token Key',
        state.testEmail ? '' : 'Test User Email',
      ].filter(Boolean);
      check(missing.length === 0, `the JumpCloud page did not register: ${missing.join(', ')}`);
      await scrollToPanelWith(page, 'Filled:', 'start');
      return page;
    },
  },
  {
    slug: 'group-management-warning',
    title: 'Group Management warning',
    caption:
      'After JumpCloud\'s "Test Connection", Group Management appears ticked: the extension warns that Activate would fail.',
    async run(_stage, tabs) {
      const page = need(tabs.jumpcloud, 'The JumpCloud tab');
      const state = await testConnectionInJumpCloud(page);
      check(state.groupManagement === true, "JumpCloud's Group Management did not appear ticked after Test Connection");
      const warning = await groupManagementWarning(page);
      check(warning.includes('Group Management is on'), `the warning says: ${warning}`);
      await scrollToPanelWith(page, 'Group Management is on');
      return page;
    },
  },
  {
    slug: 'group-management-off',
    title: 'Turn off Group Management',
    caption: '"Turn off Group Management" unticks it as a click would, and the warning gives way.',
    async run(stage, tabs) {
      const page = need(tabs.jumpcloud, 'The JumpCloud tab');
      const { state } = await turnOffGroupManagement(page);
      check(state.groupManagement === false, 'Group Management is still on');
      await waitForExtensionState(
        stage,
        'the extension to see Group Management off',
        (s) => s.jumpcloud.groupManagement === 'off',
      );
      await scrollToPanelWith(page, 'Group Management is off');
      return page;
    },
  },
  {
    slug: 'popup-test-email',
    title: 'Test email set',
    caption:
      'The popup holds the captured Base URL, the token (masked) and the test email, on a domain Trelica accepts.',
    async run(stage, tabs) {
      const popup = await openPopup(stage);
      tabs.popup = popup;
      let state = await extensionState(stage);
      if (!state.testEmail) {
        // Typed, as an admin does: the popup keeps it on its own.
        await typeCredentials(popup, { testEmail: FALLBACK_TEST_EMAIL });
        state = await waitForExtensionState(stage, 'the typed test email to be kept', (s) => s.testEmail !== null);
      }
      const domain = state.testEmail?.split('@')[1] ?? '';
      check(Boolean(state.testEmail), 'no test email is set');
      check(
        state.registeredDomains?.includes(domain) ?? false,
        `the test email's domain ${domain} is not one Trelica accepts`,
      );
      await scrollTo(popup, '#credentials-heading');
      return popup;
    },
  },
  {
    slug: 'popup-connection-test',
    title: 'Connection test',
    caption: '"Test connection" reads Trelica\'s SCIM API as JumpCloud does, and says it works.',
    async run(_stage, tabs) {
      const popup = need(tabs.popup, 'The popup');
      const verdict = await testConnection(popup);
      check(verdict.diagnosis === 'ok', `the connection test says ${verdict.diagnosis}: ${verdict.text}`);
      await scrollTo(popup, '#test-heading');
      return popup;
    },
  },
  {
    slug: 'popup-rehearsal',
    title: 'Activation rehearsal',
    caption: '"Rehearse activation" creates, updates and deletes a test user as JumpCloud\'s Activate will.',
    async run(stage, tabs) {
      const popup = need(tabs.popup, 'The popup');
      const result = await rehearse(popup);
      const failed = Object.entries(result.steps).filter(([, outcome]) => outcome !== 'passed');
      check(result.diagnosis === 'ok', `the rehearsal says ${result.diagnosis}: ${result.text}`);
      check(
        Object.keys(result.steps).length > 0 && failed.length === 0,
        `rehearsal steps not passed: ${JSON.stringify(failed)}`,
      );
      check(stage.sandbox.scim.users().length === 0, 'the rehearsal left a user behind in the SCIM server');
      await scrollTo(popup, '[aria-label="Rehearsal verdict"]', 'end');
      return popup;
    },
  },
  {
    slug: 'popup-checklist-done',
    title: 'Checklist all done',
    caption:
      'Activate and Save, which only the admin sees happen in JumpCloud, are ticked by hand: every step is done.',
    async run(_stage, tabs) {
      const popup = need(tabs.popup, 'The popup');
      // What only the admin can see (Activate, Save...) is ticked by hand, as the admin would.
      for (const [id, state] of Object.entries(await checklistStates(popup))) {
        if (state === 'todo' && id in STEP_TITLES) await markDone(popup, id, STEP_TITLES[id as StepId]);
      }
      const left = Object.entries(await checklistStates(popup)).filter(([, state]) => state !== 'done');
      check(left.length === 0, `checklist steps not done: ${left.map(([id, state]) => `${id} (${state})`).join(', ')}`);
      await popup.evaluate(() => window.scrollTo(0, 0));
      return popup;
    },
  },
];

/** Removes PNGs of an earlier run, so the folder holds exactly this run's pictures. */
async function emptyOfPngs(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir)) if (name.endsWith('.png')) await rm(join(dir, name));
}

export async function runWalkthrough(
  { sandbox, browser }: Stage,
  options: { outDir: string; log?: (line: string) => void; steps?: readonly Step[] },
): Promise<Shot[]> {
  const steps = options.steps ?? STEPS;
  const log = options.log ?? (() => undefined);
  await emptyOfPngs(options.outDir);
  const stage: Stage = { sandbox, browser };
  const tabs: Tabs = {};
  const shots: Shot[] = [];
  for (const [i, step] of steps.entries()) {
    const n = i + 1;
    const name = `${String(n).padStart(2, '0')}-${step.slug}.png`;
    const started = Date.now();
    let page: E2EPage;
    try {
      page = await step.run(stage, tabs);
    } catch (error) {
      // The most recent tab shows where it stopped; a failure to photograph it must not hide the cause.
      const last = tabs.popup ?? tabs.entra ?? tabs.okta ?? tabs.jumpcloud ?? tabs.trelica;
      const failedShot = join(options.outDir, `failed-${name}`);
      const saved = last
        ? await last.screenshot(failedShot).then(
            () => failedShot,
            () => null,
          )
        : null;
      throw new WalkthroughFailure(`${n}. ${step.title}`, error, saved);
    }
    const path = join(options.outDir, name);
    await page.screenshot(path);
    shots.push({ n, slug: step.slug, title: step.title, caption: step.caption, path });
    log(`  ${n}. ${step.title}: ok (${((Date.now() - started) / 1000).toFixed(1)} s)  ${path}`);
  }
  return shots;
}
