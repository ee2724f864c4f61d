// Where `npm start` finds Chromium: CHROME_PATH when set, else the first of a few names on the
// PATH, else Debian's /usr/bin/chromium. The file system and environment are injected so the
// rules are unit-tested without touching the machine; nothing here ever downloads a browser.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

/** Looked up on the PATH in this order: Debian's name, older Ubuntu's, Google's build. */
export const CHROMIUM_NAMES: readonly string[] = ['chromium', 'chromium-browser', 'google-chrome'];
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

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
