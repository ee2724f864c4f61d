// Makes sure Debian's Chromium and Firefox ESR are present for the browser tests and `npm
// start`. Installs them with apt-get when running as root (as on CI); otherwise stops with the
// exact command. It never downloads browser builds of its own. Presence is judged by the same
// rules the launchers follow (find-browsers.ts).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, firefoxPath, thisMachine } from './find-browsers';

/** Debian's packages, by the name `which` uses. */
export const BROWSER_PACKAGES: ReadonlyArray<{ name: string; pkg: string; present(): boolean }> = [
  { name: 'Chromium', pkg: 'chromium', present: () => findChromium(thisMachine()).ok },
  { name: 'Firefox ESR', pkg: 'firefox-esr', present: () => existsSync(firefoxPath()) },
];

/** Returns true when every browser named in `which` (package names) is available afterwards. */
export function ensureBrowsers(which: readonly string[] = BROWSER_PACKAGES.map((b) => b.pkg)): boolean {
  const missing = BROWSER_PACKAGES.filter((b) => which.includes(b.pkg) && !b.present());
  if (!missing.length) return true;
  const pkgs = missing.map((b) => b.pkg);
  const command = `apt-get update && apt-get install -y --no-install-recommends ${pkgs.join(' ')}`;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`Missing ${missing.map((b) => b.name).join(' and ')}. Install with:\n  sudo sh -c '${command}'`);
    return false;
  }
  console.log(`Installing ${pkgs.join(' ')} with apt-get ...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...pkgs], { stdio: 'inherit', env });
  return missing.every((b) => b.present());
}
