// Where the browsers are: the one place that says which Chromium and which Firefox run, for the
// tests, `npm start`, the bench and the docs screenshots alike. Chromium: CHROME_PATH when set,
// else the first of a few names on the PATH, else Debian's /usr/bin/chromium. Firefox:
// FIREFOX_PATH when set, else Debian's /usr/bin/firefox-esr. The file system and environment
// are injected into findChromium so its rules are unit-tested without touching the machine;
// nothing here ever downloads a browser (install-browsers.ts installs Debian's packages).
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

/** Looked up on the PATH in this order: Debian's name, older Ubuntu's, Google's build. */
export const CHROMIUM_NAMES: readonly string[] = ['chromium', 'chromium-browser', 'google-chrome'];
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const DEFAULT_FIREFOX = '/usr/bin/firefox-esr';

export interface ChromiumLookup {
  env: Readonly<Record<string, string | undefined>>;
  isExecutable(path: string): boolean;
}

export type ChromiumFound =
  | { ok: true; path: string; source: 'CHROME_PATH' | 'PATH' | 'default' }
  /** `fixable`: installing Debian's package would help (false when CHROME_PATH points nowhere). */
  | { ok: false; reason: string; fixable: boolean };

export function findChromium({ env, isExecutable }: ChromiumLookup): ChromiumFound {
  const fromEnv = env.CHROME_PATH?.trim();
  if (fromEnv) {
    if (isExecutable(fromEnv)) return { ok: true, path: fromEnv, source: 'CHROME_PATH' };
    // The user chose this browser: installing another one behind their back would hide the typo.
    return {
      ok: false,
      fixable: false,
      reason: `CHROME_PATH is set to "${fromEnv}", which is not an executable file. Point it at a Chromium or Chrome binary, or unset it.`,
    };
  }
  // Relative PATH entries would depend on the current folder: skip them.
  const dirs = (env.PATH ?? '').split(delimiter).filter((d) => d && isAbsolute(d));
  for (const name of CHROMIUM_NAMES) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) return { ok: true, path: candidate, source: 'PATH' };
    }
  }
  if (isExecutable(DEFAULT_CHROMIUM)) return { ok: true, path: DEFAULT_CHROMIUM, source: 'default' };
  return {
    ok: false,
    fixable: true,
    reason: `No Chromium found: CHROME_PATH is not set, none of ${CHROMIUM_NAMES.join(', ')} is on the PATH, and ${DEFAULT_CHROMIUM} does not exist.`,
  };
}

/** The real check: a regular file this user may execute. */
export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** This machine, as findChromium sees it. */
export const thisMachine = (): ChromiumLookup => ({ env: process.env, isExecutable: isExecutableFile });

/**
 * The Chromium every launcher uses unless told otherwise. When none is found, the path that
 * was asked for (CHROME_PATH, else Debian's), so that the launch fails naming it.
 */
export function chromiumPath(): string {
  const found = findChromium(thisMachine());
  return found.ok ? found.path : process.env.CHROME_PATH?.trim() || DEFAULT_CHROMIUM;
}

/** The Firefox ESR the tests and the bench launch. */
export function firefoxPath(): string {
  return process.env.FIREFOX_PATH || DEFAULT_FIREFOX;
}

export type Located = { ok: true; path: string } | { ok: false; message: string };

/**
 * Finds Chromium for `npm start`, installing Debian's package first when that can help.
 * `install` is install-browsers.ts's ensureBrowsers(['chromium']) in real use: it installs when
 * it can (root with apt-get, as on CI), and otherwise prints the exact apt-get command itself
 * and returns false. Otherwise returns why not; the caller prints it and exits 1.
 */
export function locateChromium(lookup: ChromiumLookup, install: () => boolean): Located {
  const first = findChromium(lookup);
  if (first.ok) return first;
  if (!first.fixable) return { ok: false, message: first.reason };
  if (!install())
    return {
      ok: false,
      message: `${first.reason}\nInstall Debian's chromium package (command above), or set CHROME_PATH, then run npm start again.`,
    };
  const second = findChromium(lookup);
  if (second.ok) return second;
  return { ok: false, message: `Installing Debian's chromium package did not help: ${second.reason}` };
}
