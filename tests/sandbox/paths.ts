// Where things are on disk, for everything in the sandbox and the scripts that run it.
import { resolve } from 'node:path';
import type { BrowserName } from './browsers/types';

/** The repository's root folder. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** The BUILT extension each browser loads: never a dev build. */
export const DIST: Readonly<Record<BrowserName, string>> = {
  chromium: resolve(ROOT, 'dist/chrome'),
  firefox: resolve(ROOT, 'dist/firefox'),
};

/** Screenshots, the bench's JSON and test reports land here (gitignored). */
export const RESULTS_DIR = resolve(ROOT, 'test-results');

/**
 * `node` arguments that build dist/chrome and dist/firefox (scripts/build.ts, as `npm run
 * build`): run them with process.execPath and cwd ROOT.
 */
export const BUILD_ARGS: readonly string[] = ['--import', 'tsx', resolve(ROOT, 'scripts/build.ts')];
