// One bench run: how much the extension costs, measured in real browsers on the local sandbox.
// Page costs against an empty content script and no extension (Chromium only), then the timed
// flows (panel, click, popup, SCIM runs) in each browser. scripts/bench.ts is its command line
// (`npm run bench`): it builds, measures the sizes, and prints and writes what this returns.
import { cpus, loadavg } from 'node:os';
import { FILL_FROM_TRELICA, SEND_TO_EXTENSION } from '../../../src/content/button-labels';
import { launchBrowser } from '../browsers/launch';
import type { BrowserName, BrowserSession } from '../browsers/types';
import { startSandbox, type Sandbox } from '../server/sandbox';
import { measurePageCosts, type BenchPage } from './idle';
import { OKTA_ADMIN_HOST, OKTA_APP_PATH } from '../../fixtures/libraries/index';
import { TAB_HASHES } from '../../fixtures/libraries/odyssey/state';
import { FLOORS, timing, type BenchResults, type SizeRow } from './report';
import { LIST_PATH } from '../../../src/core/scim/connection-test';
import { bareFetch, panelFlow, popupFlow, scimRun, type PanelSample } from './timed-flows';

const fixture = (site: 'trelica' | 'jumpcloud', name: string, served: boolean): BenchPage => ({
  page: `${site} ${name}`,
  url: (sandbox) => sandbox.url(site, name),
  served,
  extensionRuns: true,
});
const PAGES: readonly BenchPage[] = [
  fixture('trelica', 'dashboard', false),
  fixture('jumpcloud', 'sso-tab', false),
  // Issue 17: Okta's admin pages other than the Provisioning tab (the early script runs, okta.js
  // does not), and Okta's end-user dashboard, where nothing of ours may run at all.
  {
    page: 'okta app General tab',
    url: () => `https://${OKTA_ADMIN_HOST}${OKTA_APP_PATH}${TAB_HASHES.general}`,
    served: false,
    extensionRuns: true,
  },
  {
    page: 'okta admin dashboard',
    url: (sandbox) => sandbox.oktaAdminDashboardUrl(),
    served: false,
    extensionRuns: true,
  },
  { page: 'okta end-user dashboard', url: (sandbox) => sandbox.oktaUserHomeUrl(), served: false, extensionRuns: false },
  fixture('trelica', 'labelled', true),
  fixture('jumpcloud', 'labelled', true),
];
const SERVED = [
  { site: 'trelica', name: 'labelled', button: SEND_TO_EXTENSION },
  { site: 'jumpcloud', name: 'labelled', button: FILL_FROM_TRELICA },
] as const;
const FIREFOX_MAX_RUNS = 3;
const TEST_EMAIL = 'bench.rehearsal@example.com';

export interface BenchOptions {
  /** Rounds per measure (Firefox: at most 3). */
  runs: number;
  browsers: readonly BrowserName[];
  /** The built bundles' sizes (scripts/check-size.ts), reported beside the timings. */
  sizes: SizeRow[];
  /** Registers a clean-up with the caller's shutdown, so that a stop mid-run closes what is open. */
  onCleanup(name: string, close: () => Promise<unknown>): void;
  /** Progress, one line per phase. */
  phase(what: string): void;
  /** Only these pages' costs (`--pages`); absent: all of them. */
  pages?: ((page: string) => boolean) | null;
  /** Page costs only, no timed flows (`--costs-only`): a quick experiment on the unserved pages. */
  costsOnly?: boolean;
}

async function browserVersion(session: BrowserSession): Promise<string> {
  const page = await session.newPage();
  try {
    const ua = await page.evaluate(() => navigator.userAgent);
    return /(?:Chrome|Firefox)\/[\d.]+/.exec(ua)?.[0] ?? ua;
  } finally {
    await page.close();
  }
}

async function flows(session: BrowserSession, sandbox: Sandbox, runs: number, results: BenchResults): Promise<void> {
  const browser = session.name;
  for (const { site, name, button } of SERVED) {
    const samples: PanelSample[] = [];
    // Trelica first in every round: its capture is what JumpCloud's fill then reads.
    for (let i = 0; i < runs; i++) samples.push(await panelFlow(session, sandbox.url(site, name), button));
    results.timings.push(
      timing(
        `${site} ${name}: panel shown, from navigation start`,
        browser,
        samples.map((s) => s.panelMs),
      ),
    );
    results.timings.push(
      timing(
        `${site} ${name}: panel shown, after the load event`,
        browser,
        samples.map((s) => s.afterLoadMs),
      ),
    );
    results.timings.push(
      timing(
        `${site}: "${button}" click to final status`,
        browser,
        samples.map((s) => s.clickMs),
        `status "${samples.at(-1)?.status}…"`,
      ),
    );
  }

  const popups = [];
  for (let i = 0; i < runs; i++) popups.push(await popupFlow(session, sandbox));
  const bounds = popups.filter((p) => p.upperBound).length;
  results.timings.push(
    timing(
      'popup: open to checklist drawn (main not busy)',
      browser,
      popups.map((p) => p.readyMs),
      bounds
        ? `${bounds} of ${popups.length} samples are upper bounds (already drawn when the bench could first look)`
        : undefined,
    ),
  );
  results.popupNetwork.push({
    browser,
    networkRequests: popups.map((p) => p.networkRequests),
    sandboxRequests: popups.map((p) => p.sandboxRequests),
    packageLoads: popups.map((p) => p.packageLoads),
  });

  const popup = await session.newPage();
  try {
    await popup.goto(session.extension.popupUrl);
    const tests = [];
    const baseUrl = sandbox.shownBaseUrl();
    for (let i = 0; i < runs; i++)
      tests.push(await scimRun(popup, sandbox, { type: 'popup/test-connection', baseUrl }));
    const fetches = [];
    for (let i = 0; i < runs; i++) fetches.push(await bareFetch(session, `${baseUrl}${LIST_PATH}`, sandbox.scim.token));
    results.timings.push(timing(FLOORS.fetch, browser, fetches, `GET ${LIST_PATH}`));
    results.timings.push(
      timing(
        'connection test (popup message to verdict)',
        browser,
        tests.map((t) => t.ms),
        `verdict ${tests.at(-1)?.verdict}, ${tests.at(-1)?.scimRequests} SCIM requests`,
      ),
    );
    const rehearsals = [];
    for (let i = 0; i < runs; i++)
      rehearsals.push(await scimRun(popup, sandbox, { type: 'popup/rehearse', baseUrl, testEmail: TEST_EMAIL }));
    results.timings.push(
      timing(
        'rehearsal (popup message to verdict)',
        browser,
        rehearsals.map((t) => t.ms),
        `verdict ${rehearsals.at(-1)?.verdict}, ${rehearsals.at(-1)?.scimRequests} SCIM requests`,
      ),
    );
  } finally {
    await popup.close();
  }
}

/** Starts the sandbox, measures in each browser in turn, and closes everything it opened. */
export async function runBench({
  runs,
  browsers,
  sizes,
  onCleanup,
  phase,
  pages = null,
  costsOnly = false,
}: BenchOptions): Promise<BenchResults> {
  const results: BenchResults = {
    when: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? '?',
      loadAverage: loadavg(),
      node: process.version,
      browsers: {},
    },
    runs,
    pages: [],
    timings: [],
    popupNetwork: [],
    sizes,
    notMeasured: [
      'Firefox renderer cost (ScriptDuration etc.): puppeteer drives Firefox over WebDriver BiDi, which has no Performance.getMetrics.',
      'Listeners, observers and timers in Firefox: no equivalent of CDP queryObjects / instrumentation breakpoints over BiDi.',
      'Listeners on elements other than window, document, navigation and body (CDP needs an object per target).',
      'The real toolbar popup: browsers cannot script it, so the popup is timed as a tab at the same URL.',
    ],
  };
  const sandbox = await startSandbox();
  onCleanup('the sandbox server', sandbox.close);
  try {
    for (const name of browsers) {
      phase(`${name}: launching`);
      // Okta's hosts granted (Chromium: install-time in a copy; Firefox's prompt cannot be
      // answered, so there the Okta pages are not measured), as an admin setting up Okta has them.
      const session = await launchBrowser(name, sandbox, { grantOptionalHosts: true });
      // Firefox adds no measure Chromium lacks and costs more per page: fewer rounds there.
      const rounds = name === 'firefox' ? Math.min(runs, FIREFOX_MAX_RUNS) : runs;
      onCleanup(name, session.close);
      try {
        results.machine.browsers[name] = await browserVersion(session);
        if (name === 'chromium') phase('chromium: page costs against an empty content script and no extension');
        if (name === 'chromium') {
          const measured = pages ? PAGES.filter((p) => pages(p.page)) : PAGES;
          if (!measured.length)
            throw new Error(`--pages names none of the pages: ${PAGES.map((p) => p.page).join(', ')}`);
          const costs = await measurePageCosts(session, sandbox, measured, runs, (close) =>
            onCleanup('a bench Chromium', close),
          );
          results.pages = costs.pages;
          results.timings.push(timing(FLOORS.extensionPage, name, costs.emptyExtensionPageMs));
        }
        if (costsOnly) continue;
        phase(`${name}: panel, click, popup and SCIM timings`);
        await flows(session, sandbox, rounds, results);
      } finally {
        await session.close();
      }
    }
  } finally {
    await sandbox.close();
  }
  return results;
}
