// Finds Chromium for `npm start`, installing Debian's package first when that can help and
// ensure-browsers.mjs may (root with apt-get, as on CI). Otherwise it returns why not; the
// caller prints it and exits 1. Never downloads a browser build.
import { findChromium, type ChromiumLookup } from './find-chromium';

export type Located = { ok: true; path: string } | { ok: false; message: string };

/**
 * `install` is ensure-browsers.mjs's ensureBrowsers(['chromium']) in real use: it installs
 * when it can, and otherwise prints the exact apt-get command itself and returns false.
 */
export function locateChromium(lookup: ChromiumLookup, install: () => boolean): Located {
  const first = findChromium(lookup);
  if (first.ok) return first;
  if (!first.fixable) return { ok: false, message: first.reason };
  if (!install()) return { ok: false, message: `${first.reason}\nInstall Debian's chromium package (command above), or set CHROME_PATH, then run npm start again.` };
  const second = findChromium(lookup);
  if (second.ok) return second;
  return { ok: false, message: `Installing Debian's chromium package did not help: ${second.reason}` };
}
