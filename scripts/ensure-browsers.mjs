// Makes sure Debian's Chromium and Firefox ESR are present for the browser tests. Installs
// them with apt-get when running as root (as on CI); otherwise stops with the exact command.
// It never downloads browser builds of its own.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const BROWSERS = [
  { name: 'Chromium', pkg: 'chromium', path: () => process.env.CHROME_PATH || '/usr/bin/chromium' },
  { name: 'Firefox ESR', pkg: 'firefox-esr', path: () => process.env.FIREFOX_PATH || '/usr/bin/firefox-esr' },
];

/** Returns true when every browser named in `which` is available afterwards. */
export function ensureBrowsers(which = BROWSERS.map((b) => b.pkg)) {
  const missing = BROWSERS.filter((b) => which.includes(b.pkg) && !existsSync(b.path()));
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
  return missing.every((b) => existsSync(b.path()));
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureBrowsers() ? 0 : 1);
