// `npm run bench`: how much the extension costs, measured in real browsers on the local
// sandbox (tests/sandbox/bench/). Prints a markdown table and writes test-results/bench.json.
// Timings are measured here and only here; no test asserts one.
//   node --import tsx scripts/bench.ts [--runs N]     (default 5)
//     [--pages "trelica dashboard,sso-tab"]   only the pages named (by a word of their name)
//     [--costs-only]                          page costs only, no timed flows (Chromium)
//   SKIP_BUILD=1 reuses dist/; E2E_BROWSERS=chromium (or firefox) runs one browser.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  BUILD_ARGS,
  parsePages,
  parseRuns,
  RESULTS_DIR,
  ROOT,
  runBench,
  runProgram,
  selectedBrowsers,
  toMarkdown,
} from '../tests/sandbox';
import { measure as measureSizes } from './check-size';

const benchStart = Date.now();
/** Progress on stderr, so stdout stays the markdown report. */
const phase = (what: string) => console.error(`[bench ${((Date.now() - benchStart) / 1000).toFixed(1)} s] ${what}`);

runProgram(
  async ({ shutdown }) => {
    const argv = process.argv.slice(2);
    const runs = parseRuns(argv);
    const pages = parsePages(argv);
    const costsOnly = argv.includes('--costs-only');
    const browsers = selectedBrowsers();
    if (process.env.SKIP_BUILD !== '1') phase('building dist/ (SKIP_BUILD=1 reuses it)');
    if (process.env.SKIP_BUILD !== '1')
      execFileSync(process.execPath, BUILD_ARGS, { cwd: ROOT, stdio: ['ignore', 2, 2] });
    const results = await runBench({
      runs,
      browsers,
      sizes: measureSizes(),
      onCleanup: (name, close) => shutdown.add(name, async () => void (await close())),
      phase,
      pages,
      costsOnly,
    });
    await shutdown.run();
    await mkdir(RESULTS_DIR, { recursive: true });
    const jsonPath = resolve(RESULTS_DIR, 'bench.json');
    await writeFile(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
    console.log(toMarkdown(results));
    console.log(`Wrote ${jsonPath} in ${((Date.now() - benchStart) / 1000).toFixed(1)} s.`);
    return 0;
  },
  { stopping: 'the browsers and the sandbox' },
);
