// The sandbox `npm start` and `npm run docs:screenshots` run in: the e2e harness's HTTPS server
// (fixture pages of both consoles on their real host names, the Trelica-like SCIM server under
// https://app.trelica.com/api/scim/v2) and Chromium with the built extension, routed to it.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { launchChromium, type ChromiumLaunchOptions } from '../../tests/e2e/harness/chromium';
import { DIST, ROOT, startSandbox, type BrowserSession, type Sandbox } from '../../tests/e2e/harness';
import { chromiumProfileOf, groupAlive, processesMatching, waitGone } from './leftovers';
import type { Shutdown } from './shutdown';

/**
 * The domains the Trelica-like server accepts: the ones the Trelica Domains fixture page shows
 * with "User requests" ticked, so a test email the extension suggests from that page works.
 */
export const DEMO_DOMAINS: readonly string[] = ['example.com', 'sub.example.org'];

/** The fixture variants the sandbox opens: plainly labelled pages of both consoles. */
export const PAGES = {
  trelicaScim: { site: 'trelica', name: 'labelled' },
  trelicaDomains: { site: 'trelica', name: 'domains' },
  jumpcloud: { site: 'jumpcloud', name: 'labelled' },
} as const;

export const pageUrl = (sandbox: Sandbox, which: keyof typeof PAGES): string => sandbox.url(PAGES[which].site, PAGES[which].name);

/**
 * Runs scripts/build.mjs (dist/chrome and dist/firefox); rejects with its exit status. It runs
 * in its own process group so that a stop mid-build ends it AND its vite child, and waits for it.
 */
export function buildExtension(shutdown: Shutdown): Promise<void> {
  const child = spawn(process.execPath, [resolve(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit', detached: true });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  shutdown.add('the build', async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    const group = child.pid;
    process.kill(-group, 'SIGTERM');
    await exited;
    // vite, started by build.mjs, may outlive it by a moment.
    await waitGone(() => (groupAlive(group) ? [group] : []), (g) => process.kill(-g, 'SIGKILL'));
  });
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code, signal) =>
      code === 0 ? done() : fail(new Error(`The build failed (${signal ? `stopped by ${signal}` : `exit status ${code}`}).`)),
    );
  });
}

export interface Running {
  sandbox: Sandbox;
  browser: BrowserSession;
}

/**
 * Starts the server, then the browser, registering each with `shutdown` BEFORE it is up: a
 * Ctrl-C during start-up then waits for it and closes it too (the profile folder included).
 */
export async function startRunning(
  shutdown: Shutdown,
  browser: Pick<ChromiumLaunchOptions, 'executablePath' | 'headless' | 'viewport' | 'onClose'>,
): Promise<Running> {
  const starting = startSandbox({ domains: [...DEMO_DOMAINS] });
  shutdown.add('the sandbox server', async () => (await starting.catch(() => undefined))?.close());
  const sandbox = await starting;
  if (shutdown.started) throw new Error('Stopped before the browser was started.');
  const launching = launchChromium({
    ...browser,
    extensionDir: DIST.chromium,
    httpsPort: sandbox.port,
    hosts: sandbox.hosts,
    // Our own handlers close the browser, remove its profile and close the server, in order.
    handleSignals: false,
  });
  shutdown.add('Chromium', async () => {
    const session = await launching.catch(() => undefined); // a failed launch has closed itself
    // Its helper processes exit just after the main one, which alone carries this sandbox's
    // port in its flags; all of them name its profile folder.
    const profile = chromiumProfileOf(`127.0.0.1:${sandbox.port},`);
    await session?.close();
    if (!profile) return;
    const killed = await waitGone(() => processesMatching(`--user-data-dir=${profile}`), (pid) => process.kill(pid, 'SIGKILL'));
    if (killed) console.error(`Chromium left ${killed} process(es) running: killed.`);
  });
  return { sandbox, browser: await launching };
}
