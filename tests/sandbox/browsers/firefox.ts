// Firefox driver: Debian's firefox-esr through puppeteer-core over WebDriver BiDi, the built
// extension installed as a temporary add-on, the real host names reached through a local
// CONNECT proxy (Firefox has no host-resolver-rules).
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Page, type Viewport } from 'puppeteer-core';
import { firefoxBackground } from './background';
import { sender, storageHelpers } from './extension-api';
import { firefoxPath } from './find-browsers';
import { PuppeteerPage } from './firefox-page';
import { popupPath, readBuiltManifest } from './manifest';
import { DEFAULT_TIMEOUT, poll } from './poll';
import { restartableSession, type BrowserRun } from './restartable';
import { startConnectProxy, type ConnectProxy } from '../server/proxy';
import type { BrowserSession, LaunchOptions } from './types';

/**
 * Firefox on a fresh temporary profile, which crash() and restart() keep and close() removes.
 * The extension is a temporary add-on, which Firefox uninstalls (and whose storage it clears)
 * at a clean shutdown; a crash skips that shutdown, so the next start has no add-on, nothing
 * cleared, and restart() installs it again at the same UUID, where storage.local still is
 * (verified in Firefox ESR 153 over two crashes, with and without the prefs
 * extensions.webextensions.keepStorageOnUninstall / keepUuidOnUninstall: not needed).
 */
export async function launchFirefox(options: LaunchOptions): Promise<BrowserSession> {
  // vite.config.ts's GECKO_ID, read from the build rather than imported: importing the vite
  // config loads vite and its plugins (~3 s per test file), and the build is what Firefox installs.
  const geckoId = readBuiltManifest(options.extensionDir).browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${options.extensionDir}/manifest.json has no gecko id: is it the Firefox build?`);
  // Pinned by a pref at every start: the same origin in every run.
  const uuid = randomUUID();
  const profile = await mkdtemp(join(tmpdir(), 'e2e-firefox-'));
  let proxy: ConnectProxy | undefined;
  return restartableSession({
    name: 'firefox',
    start: async () => {
      proxy ??= await startConnectProxy(options.hosts, options.httpsPort);
      return startFirefoxRun({ options, geckoId, uuid, profile, proxyPort: proxy.port });
    },
    dispose: async () => {
      try {
        await proxy?.close();
      } finally {
        proxy = undefined;
        await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
      }
    },
  });
}

interface FirefoxRunSetup {
  options: LaunchOptions;
  geckoId: string;
  uuid: string;
  profile: string;
  proxyPort: number;
}

async function startFirefoxRun({ options, geckoId, uuid, profile, proxyPort }: FirefoxRunSetup): Promise<BrowserRun> {
  const origin = `moz-extension://${uuid}`;
  const popupUrl = `${origin}/${popupPath(options.extensionDir)}`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      // permissions.request() then grants without a doorhanger nobody can click headless.
      // It still refuses outside a user gesture, so a popup that awaits first still fails.
      'extensions.webextOptionalPermissionPrompts': false,
      ...options.firefoxPrefs,
    },
  });
  const disconnected = new Promise<void>((resolve) => browser.once('disconnected', () => resolve()));
  try {
    const child = browser.process();
    const pid = child?.pid;
    if (!child || pid === undefined) throw new Error('Puppeteer reported no Firefox process');
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    // After a kill, puppeteer puts the profile's own prefs back (user.js.puppeteer and
    // prefs.js.puppeteer renamed over what it wrote) in its exit handler, without awaiting: a
    // restart must wait for that, or its launch copies user.js while it is being replaced.
    const gone = async () => {
      await disconnected;
      await exited;
      await poll('puppeteer to restore the Firefox profile', DEFAULT_TIMEOUT, async () =>
        ['user.js', 'prefs.js'].some((f) => existsSync(join(profile, `${f}.puppeteer`))) ? undefined : true,
      );
    };
    const b = browser;
    const installedId = await b.installExtension(options.extensionDir);
    if (installedId !== geckoId) throw new Error(`Firefox installed ${installedId}, expected ${geckoId}`);

    const openPage = async (url?: string) => {
      const page = new PuppeteerPage(await b.newPage());
      if (url) await page.goto(url);
      return page;
    };

    // Firefox's background is an event page that cannot be evaluated in: an extension page
    // has the same APIs (chrome.* and browser.*), so evaluate there.
    let extensionPage: PuppeteerPage | undefined;
    const inExtension = async () => {
      if (!extensionPage || extensionPage.page.isClosed()) extensionPage = await openPage(popupUrl);
      return extensionPage;
    };

    const evaluate = async <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) => (await inExtension()).evaluate(fn, arg);

    const session: BrowserRun['session'] = {
      extension: { origin, popupUrl, evaluate, ...storageHelpers(evaluate), send: sender(evaluate) },
      backgroundConsole: () => null,
      newPage: () => openPage(),
      openPage: (url) => openPage(url),
      openPopup: async (viewport) => {
        const page = await openPage();
        if (viewport) await setViewport(page.page, viewport);
        await page.goto(popupUrl);
        return page;
      },
      background: firefoxBackground(b, geckoId),
    };
    return { session, pid, expectDisconnect: gone, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Puppeteer sends a screen orientation with every viewport, a WebDriver BiDi command Firefox ESR
 * 140 does not know ("unknown command emulation.setScreenOrientationOverride"). The viewport
 * itself, sent beside it, still applies: only that refusal is let through.
 */
async function setViewport(page: Page, viewport: Viewport): Promise<void> {
  try {
    await page.setViewport(viewport);
  } catch (error) {
    if (!/unknown command emulation\.setScreenOrientationOverride/.test(String(error))) throw error;
  }
}
