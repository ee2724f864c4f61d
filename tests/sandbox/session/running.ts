// The sandbox `npm start` and `npm run docs:screenshots` run in: the HTTPS server (fixture pages
// of both consoles on their real host names, the Trelica-like SCIM server under
// https://app.trelica.com/api/scim/v2) and Chromium with the built extension, routed to it,
// each registered with the program's one shutdown; finding Chromium, building, and the
// headless walkthrough.
import { spawn } from 'node:child_process';
import type { IdpId } from '../../../src/core/idp/ids';
import { launchChromium, type ChromiumLaunchOptions } from '../browsers/chromium';
import { locateChromium, thisMachine } from '../browsers/find-browsers';
import { ensureBrowsers } from '../browsers/install-browsers';
import type { BrowserSession } from '../browsers/types';
import { rm } from 'node:fs/promises';
import { withOptionalHostsGranted } from '../browsers/manifest';
import { ENTRA_STEPS } from '../flows/entra-walkthrough';
import { OKTA_STEPS } from '../flows/okta-walkthrough';
import {
  DEMO_DOMAINS,
  PAGE_VIEWPORT,
  runWalkthrough,
  STEPS,
  WalkthroughFailure,
  type Shot,
  type Step,
} from '../flows/walkthrough';
import { BUILD_ARGS, DIST, ROOT } from '../paths';
import { startSandbox, type Sandbox } from '../server/sandbox';
import { chromiumProfileOf, groupAlive, processesMatching, waitGone } from './leftovers';
import { Stop, type Program } from './program';
import type { Shutdown } from './shutdown';

/**
 * Runs scripts/build.ts (dist/chrome and dist/firefox); rejects with its exit status. It runs
 * in its own process group so that a stop mid-build ends it AND its vite child, and waits for it.
 */
export function buildExtension(shutdown: Shutdown): Promise<void> {
  const child = spawn(process.execPath, BUILD_ARGS, { cwd: ROOT, stdio: 'inherit', detached: true });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  shutdown.add('the build', async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    const group = child.pid;
    process.kill(-group, 'SIGTERM');
    await exited;
    // vite, started by build.ts, may outlive it by a moment.
    await waitGone(
      () => (groupAlive(group) ? [group] : []),
      (g) => process.kill(-g, 'SIGKILL'),
    );
  });
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code, signal) =>
      code === 0
        ? done()
        : fail(new Error(`The build failed (${signal ? `stopped by ${signal}` : `exit status ${code}`}).`)),
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
  extensionDir: string = DIST.chromium,
): Promise<Running> {
  const starting = startSandbox({ domains: [...DEMO_DOMAINS] });
  shutdown.add('the sandbox server', async () => (await starting.catch(() => undefined))?.close());
  const sandbox = await starting;
  if (shutdown.started) throw new Error('Stopped before the browser was started.');
  const launching = launchChromium({
    ...browser,
    extensionDir,
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
    const killed = await waitGone(
      () => processesMatching(`--user-data-dir=${profile}`),
      (pid) => process.kill(pid, 'SIGKILL'),
    );
    if (killed) console.error(`Chromium left ${killed} process(es) running: killed.`);
  });
  return { sandbox, browser: await launching };
}

/** Finds (or installs) Chromium, then builds the extension; returns Chromium's path. */
export async function prepare({ shutdown, say }: Program): Promise<string> {
  const chromium = locateChromium(thisMachine(), () => ensureBrowsers(['chromium']));
  if (!chromium.ok) throw new Stop(chromium.message);
  say(`Chromium: ${chromium.path}. Building the extension...`);
  await buildExtension(shutdown);
  return chromium.path;
}

/** Each IdP's walk through the setup. */
const WALKS: Readonly<Record<IdpId, readonly Step[]>> = { jumpcloud: STEPS, okta: OKTA_STEPS, entra: ENTRA_STEPS };

/** Starts the sandbox and a headless Chromium, and walks through the setup into `outDir`. */
export async function walkHeadless(
  program: Program,
  chromiumPath: string,
  outDir: string,
  idp: IdpId = 'jumpcloud',
): Promise<Shot[]> {
  // Headless, nobody can answer Chromium's prompt for Okta's or Entra's hosts: a copy of the
  // build has them from the start (BrowserOptions.grantOptionalHosts says why).
  const extensionDir = idp === 'jumpcloud' ? DIST.chromium : withOptionalHostsGranted(DIST.chromium);
  if (extensionDir !== DIST.chromium)
    program.shutdown.add('the granted copy of the build', () => rm(extensionDir, { recursive: true, force: true }));
  const running = await startRunning(
    program.shutdown,
    { executablePath: chromiumPath, headless: true, viewport: PAGE_VIEWPORT },
    extensionDir,
  );
  program.say(`Sandbox and Chromium up at ${program.elapsed()}. Walking through the ${idp} setup:`);
  try {
    return await runWalkthrough(running, { outDir, log: program.say, steps: WALKS[idp] });
  } catch (error) {
    if (!(error instanceof WalkthroughFailure)) throw error;
    throw new Stop(`\n${error.message}${error.screenshot ? `\nThe page at that moment: ${error.screenshot}` : ''}`);
  }
}
