// `npm run bench`: how much the extension costs, measured in real browsers on the local
// sandbox (the e2e harness). Prints a markdown table and writes test-results/bench.json.
// Timings are measured here and only here; no test asserts one.
//   node --import tsx scripts/bench.ts [--runs N]     (default 5)
//   SKIP_BUILD=1 reuses dist/; E2E_BROWSERS=chromium (or firefox) runs one browser.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import {
  launchBrowser, RESULTS_DIR, ROOT, selectedBrowsers, startSandbox,
  type BrowserName, type BrowserSession, type Sandbox,
} from '../tests/e2e/harness';
import { FILL_LABEL } from '../src/content/jumpcloud/script';
import { SEND_LABEL } from '../src/content/trelica/script';
import { measure as measureSizes } from './check-size.mjs';
import { panelFlow, popupFlow, scimRun, type PanelSample } from './bench/flows';
import { measurePageCosts } from './bench/idle';
import { timing, toMarkdown, type BenchResults } from './bench/report';
import { parseRuns } from './bench/stats';

const PAGES = [
  { site: 'trelica', name: 'dashboard', served: false },
  { site: 'jumpcloud', name: 'sso-tab', served: false },
  { site: 'trelica', name: 'labelled', served: true },
  { site: 'jumpcloud', name: 'labelled', served: true },
] as const;
const SERVED = [
  { site: 'trelica', name: 'labelled', button: SEND_LABEL },
  { site: 'jumpcloud', name: 'labelled', button: FILL_LABEL },
] as const;
const FIREFOX_MAX_RUNS = 3;
const TEST_EMAIL = 'bench.rehearsal@example.com';

const benchStart = Date.now();
/** Progress on stderr, so stdout stays the markdown report. */
const phase = (what: string) => console.error(`[bench ${((Date.now() - benchStart) / 1000).toFixed(1)} s] ${what}`);

const closers: Array<() => Promise<unknown>> = [];
async function closeAll(): Promise<void> {
  for (const close of closers.splice(0).reverse()) await close().catch((e: unknown) => console.error('cleanup:', e));
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void closeAll().finally(() => process.exit(130)));
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
    results.timings.push(timing(`${site} ${name}: panel shown, from navigation start`, browser, samples.map((s) => s.panelMs)));
    results.timings.push(timing(`${site} ${name}: panel shown, after the load event`, browser, samples.map((s) => s.afterLoadMs)));
    results.timings.push(timing(`${site}: "${button}" click to final status`, browser, samples.map((s) => s.clickMs), `status "${samples.at(-1)?.status}…"`));
  }

  const popups = [];
  for (let i = 0; i < runs; i++) popups.push(await popupFlow(session, sandbox));
  const bounds = popups.filter((p) => p.upperBound).length;
  results.timings.push(timing('popup: open to checklist drawn (main not busy)', browser, popups.map((p) => p.readyMs),
    bounds ? `${bounds} of ${popups.length} samples are upper bounds (already drawn when the bench could first look)` : undefined));
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
    for (let i = 0; i < runs; i++) tests.push(await scimRun(popup, sandbox, { type: 'popup/test-connection', baseUrl }));
    results.timings.push(timing('connection test (popup message to verdict)', browser, tests.map((t) => t.ms), `verdict ${tests.at(-1)?.verdict}, ${tests.at(-1)?.scimRequests} SCIM requests`));
    const rehearsals = [];
    for (let i = 0; i < runs; i++) rehearsals.push(await scimRun(popup, sandbox, { type: 'popup/rehearse', baseUrl, testEmail: TEST_EMAIL }));
    results.timings.push(timing('rehearsal (popup message to verdict)', browser, rehearsals.map((t) => t.ms), `verdict ${rehearsals.at(-1)?.verdict}, ${rehearsals.at(-1)?.scimRequests} SCIM requests`));
  } finally {
    await popup.close();
  }
}

async function main(): Promise<void> {
  const runs = parseRuns(process.argv.slice(2));
  const browsers: BrowserName[] = selectedBrowsers();
  if (process.env.SKIP_BUILD !== '1') phase('building dist/ (SKIP_BUILD=1 reuses it)');
  if (process.env.SKIP_BUILD !== '1') execFileSync(process.execPath, [resolve(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  const results: BenchResults = {
    when: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? '?', loadAverage: loadavg(), node: process.version, browsers: {} },
    runs,
    pages: [],
    timings: [],
    popupNetwork: [],
    sizes: measureSizes(),
    notMeasured: [
      'Firefox renderer cost (ScriptDuration etc.): puppeteer drives Firefox over WebDriver BiDi, which has no Performance.getMetrics.',
      'Listeners, observers and timers in Firefox: no equivalent of CDP queryObjects / instrumentation breakpoints over BiDi.',
      'Listeners on elements other than window, document, navigation and body (CDP needs an object per target).',
      'The real toolbar popup: browsers cannot script it, so the popup is timed as a tab at the same URL.',
    ],
  };
  const sandbox = await startSandbox();
  closers.push(sandbox.close);
  for (const name of browsers) {
    phase(`${name}: launching`);
    const session = await launchBrowser(name, sandbox);
    // Firefox adds no measure Chromium lacks and costs more per page: fewer rounds there.
    const rounds = name === 'firefox' ? Math.min(runs, FIREFOX_MAX_RUNS) : runs;
    closers.push(session.close);
    try {
      results.machine.browsers[name] = await browserVersion(session);
      if (name === 'chromium') phase('chromium: page costs against an empty content script and no extension');
      if (name === 'chromium') results.pages = await measurePageCosts(session, sandbox, PAGES, runs, (close) => closers.push(close));
      phase(`${name}: panel, click, popup and SCIM timings`);
      await flows(session, sandbox, rounds, results);
    } finally {
      await session.close();
    }
  }
  await closeAll();
  await mkdir(RESULTS_DIR, { recursive: true });
  const jsonPath = resolve(RESULTS_DIR, 'bench.json');
  await writeFile(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
  console.log(toMarkdown(results));
  console.log(`Wrote ${jsonPath} in ${((Date.now() - benchStart) / 1000).toFixed(1)} s.`);
}

main().catch(async (error: unknown) => {
  console.error(error);
  await closeAll();
  process.exitCode = 1;
});
