// Screenshots land under test-results/ (gitignored), one folder per browser.
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { RESULTS_DIR } from '../paths';
import type { BrowserName, E2EPage } from './types';

/** The popup's size in the toolbar, for screenshots that look like the real thing. */
export const POPUP_VIEWPORT = { width: 400, height: 600 } as const;

/** test-results/e2e/<browser>/<name>.png, with the name made safe for a file name. */
export function screenshotPath(browser: BrowserName, name: string): string {
  const safe =
    name
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'screenshot';
  return resolve(RESULTS_DIR, 'e2e', browser, `${safe}.png`);
}

/** Saves a PNG of `page` and returns its path. */
export async function saveScreenshot(
  page: E2EPage,
  browser: BrowserName,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  const path = screenshotPath(browser, name);
  await mkdir(dirname(path), { recursive: true });
  await page.screenshot(path, options);
  return path;
}
