// Picks the driver and the built extension folder for a browser name.
import { rmSync } from 'node:fs';
import { DIST } from '../paths';
import { withOptionalHostsGranted } from './manifest';
import type { Sandbox } from '../server/sandbox';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { BROWSERS, type BrowserName, type BrowserOptions, type BrowserSession } from './types';

/** The browsers to run: all, or those named in E2E_BROWSERS (comma-separated), for local work. */
export function selectedBrowsers(): BrowserName[] {
  const wanted = process.env.E2E_BROWSERS?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!wanted?.length) return [...BROWSERS];
  const unknown = wanted.filter((w) => !BROWSERS.includes(w as BrowserName));
  if (unknown.length)
    throw new Error(`E2E_BROWSERS names unknown browsers: ${unknown.join(', ')} (known: ${BROWSERS.join(', ')})`);
  return BROWSERS.filter((b) => wanted.includes(b));
}

export async function launchBrowser(
  name: BrowserName,
  sandbox: Sandbox,
  { grantOptionalHosts, ...extra }: BrowserOptions = {},
): Promise<BrowserSession> {
  const granted = grantOptionalHosts && name === 'chromium' ? withOptionalHostsGranted(DIST[name]) : null;
  const options = { ...extra, extensionDir: granted ?? DIST[name], httpsPort: sandbox.port, hosts: sandbox.hosts };
  const removeCopy = () => granted && rmSync(granted, { recursive: true, force: true });
  try {
    const session = name === 'chromium' ? await launchChromium(options) : await launchFirefox(options);
    if (!granted) return session;
    const close = session.close.bind(session);
    session.close = async () => {
      await close();
      removeCopy();
    };
    return session;
  } catch (error) {
    removeCopy();
    throw error;
  }
}
