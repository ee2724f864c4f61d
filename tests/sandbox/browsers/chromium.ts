// Chromium driver: Debian's /usr/bin/chromium (or the one find-browsers.ts finds) through
// playwright-core, the built extension loaded unpacked, the real host names mapped to the
// local HTTPS server by host-resolver-rules.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page, type Worker } from 'playwright-core';
import { chromiumBackground } from './background';
import { playwrightFrame } from './chromium-frame';
import { sender, storageHelpers } from './extension-api';
import { childWithArgument } from './processes';
import { restartableSession, type BrowserRun } from './restartable';
import { chromiumPath } from './find-browsers';
import { popupPath } from './manifest';
import { DEFAULT_TIMEOUT, waitUntilTruthy } from './poll';
import type { BrowserSession, E2EPage, LaunchOptions, Role } from './types';

/** A quiet, headless-friendly Chromium: no sandbox (containers), no GPU, nothing phoning home.
 *  The flags verified on this machine; no own --enable/--disable-features. */
export const QUIET_CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The extension loaded, the real host names mapped to the sandbox. `MAP * ~NOTFOUND` after the known hosts keeps every other name unresolvable, so a test
 * can never reach the internet even where the machine could.
 */
export function chromiumArgs(options: LaunchOptions): string[] {
  const rules = options.hosts.map((h) => `MAP ${h} 127.0.0.1:${options.httpsPort}`);
  return [
    `--disable-extensions-except=${options.extensionDir}`,
    `--load-extension=${options.extensionDir}`,
    `--host-resolver-rules=${[...rules, 'MAP * ~NOTFOUND', 'EXCLUDE localhost'].join(',')}`,
    '--ignore-certificate-errors',
    ...QUIET_CHROMIUM_FLAGS,
  ];
}

class PlaywrightPage implements E2EPage {
  private readonly console: string[] = [];
  constructor(readonly page: Page) {
    page.setDefaultTimeout(DEFAULT_TIMEOUT);
    page.on('console', (message) => this.console.push(message.text()));
  }

  private byRole(role: Role, name?: string): Locator {
    return name === undefined ? this.page.getByRole(role) : this.page.getByRole(role, { name, exact: true });
  }

  async url() {
    return this.page.url();
  }
  async goto(url: string) {
    await this.page.goto(url, { waitUntil: 'load' });
  }
  /**
   * A user looks at the tab they act in. Another tab opened meanwhile (extension.send opens
   * one) hides this one, and a hidden tab gets no animation frames: Playwright's "stable"
   * check, which waits for two, then takes seconds.
   */
  private async toFront() {
    await this.page.bringToFront();
  }
  async click(role: Role, name: string) {
    await this.toFront();
    await this.byRole(role, name).click();
  }
  async clickAt(x: number, y: number) {
    await this.toFront();
    await this.page.mouse.click(x, y);
  }
  async press(key: string) {
    await this.toFront();
    await this.page.keyboard.press(key);
  }
  async addInitScript(source: string) {
    await this.page.addInitScript(source);
  }
  consoleMessages() {
    return [...this.console];
  }
  async fill(label: string, value: string) {
    await this.toFront();
    await this.byRole('textbox', label).fill(value);
  }
  async select(label: string, option: string) {
    await this.toFront();
    await this.byRole('combobox', label).selectOption({ label: option });
  }
  async waitFor(role: Role, name?: string, timeoutMs = DEFAULT_TIMEOUT) {
    await this.byRole(role, name).first().waitFor({ state: 'visible', timeout: timeoutMs });
  }
  async count(role: Role, name?: string) {
    return this.byRole(role, name).count();
  }
  async textOf(role: Role, name?: string) {
    return (await this.byRole(role, name).first().innerText()).trim();
  }
  async evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return (await this.page.evaluate(fn as (arg: unknown) => R, arg as unknown)) as R;
  }
  async evaluateSource(source: string) {
    return this.page.evaluate(source);
  }
  async emulateColorScheme(scheme: 'light' | 'dark') {
    await this.page.emulateMedia({ colorScheme: scheme });
  }
  async waitUntil<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs = DEFAULT_TIMEOUT) {
    return waitUntilTruthy((f, a) => this.evaluate(f, a), fn, arg, timeoutMs);
  }
  async screenshot(path: string, options: { fullPage?: boolean } = {}) {
    await this.page.screenshot({ path, fullPage: options.fullPage ?? false });
  }
  frame(host: string, timeoutMs?: number) {
    return playwrightFrame(this.page, host, timeoutMs);
  }
  async close() {
    if (!this.page.isClosed()) await this.page.close();
  }
}

/** What `npm start` (scripts/start.ts) needs beyond the tests' defaults; every field is optional. */
export interface ChromiumLaunchOptions extends LaunchOptions {
  /** Default chromiumPath(). */
  executablePath?: string;
  /** Default true; false opens a window (the first tab opened then reuses its blank tab). */
  headless?: boolean;
  /** Page size; null lets a visible window size its pages. Default Playwright's 1280x720. */
  viewport?: { width: number; height: number } | null;
  /**
   * Default true: Playwright's own SIGINT/SIGTERM/SIGHUP handlers close the browser and exit.
   * False leaves the signals to the caller, which must then call close() (it also removes the
   * profile, which Playwright's handlers would leave behind).
   */
  handleSignals?: boolean;
  /** Called when the browser goes away, whoever closed it (close(), the user, a crash). */
  onClose?: () => void;
}

/** A Chromium on a fresh temporary profile; close() closes it and removes the profile, also when the launch fails. */
export async function launchInTempProfile(
  prefix: string,
  options: Parameters<typeof chromium.launchPersistentContext>[1],
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), prefix));
  let context: BrowserContext | undefined;
  const close = async () => {
    try {
      await context?.close();
    } finally {
      context = undefined;
      // Chromium may still be flushing the profile as it exits: retry instead of leaving it behind.
      await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    }
  };
  try {
    context = await chromium.launchPersistentContext(profile, options);
    return { context, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Chromium on a fresh temporary profile, which crash() and restart() keep and close() removes. */
export async function launchChromium(options: ChromiumLaunchOptions): Promise<BrowserSession> {
  const profile = await mkdtemp(join(tmpdir(), 'e2e-chromium-'));
  return restartableSession({
    name: 'chromium',
    start: () => startChromiumRun(profile, options),
    // Chromium may still be flushing the profile as it exits: retry instead of leaving it behind.
    dispose: () => rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }),
  });
}

async function startChromiumRun(profile: string, options: ChromiumLaunchOptions): Promise<BrowserRun> {
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: options.executablePath ?? chromiumPath(),
    headless: options.headless ?? true,
    ...(options.viewport !== undefined ? { viewport: options.viewport } : {}),
    ...(options.handleSignals === false ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {}),
    args: chromiumArgs(options),
  });
  const closed = new Promise<void>((resolve) => ctx.once('close', () => resolve()));
  let crashed = false;
  try {
    // Playwright names the profile with this argument; the browser leads its own process group.
    const pid = childWithArgument(`--user-data-dir=${profile}`);
    if (options.onClose) ctx.once('close', () => crashed || options.onClose?.());
    // A visible window starts with one blank tab: the first page opened takes it over.
    let spareTab = options.headless === false ? ctx.pages()[0] : undefined;
    const firstWorker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
    const backgroundConsole: string[] = [];
    const listen = (w: Worker) => w.on('console', (message) => backgroundConsole.push(message.text()));
    ctx.serviceWorkers().forEach(listen);
    ctx.on('serviceworker', listen);
    // Node gives non-special schemes an opaque origin ("null"): build it from the host.
    const origin = `chrome-extension://${new URL(firstWorker.url()).host}`;
    const popupUrl = `${origin}/${popupPath(options.extensionDir)}`;

    // A service worker cannot runtime.sendMessage to its own listeners: send from a page.
    let extensionPage: Page | undefined;
    const pageForMessages = async (): Promise<Page> => {
      if (!extensionPage || extensionPage.isClosed()) {
        extensionPage = await ctx.newPage();
        await extensionPage.goto(popupUrl);
      }
      return extensionPage;
    };

    // Chromium does not stop an idle extension service worker while Playwright is attached
    // (verified: alive after 45 s idle), but background.stop() does: talk to the newest worker,
    // which is the one a message woke since.
    const worker = async (): Promise<Worker> =>
      ctx
        .serviceWorkers()
        .filter((w) => w.url().startsWith(origin))
        .at(-1) ?? ctx.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(origin), timeout: 10_000 });
    const evaluate = async <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
      (await (await worker()).evaluate(fn as (arg: unknown) => R, arg as unknown)) as R;

    const openPage = async (url?: string) => {
      const tab = spareTab && !spareTab.isClosed() ? spareTab : await ctx.newPage();
      spareTab = undefined;
      const page = new PlaywrightPage(tab);
      if (url) await page.goto(url);
      return page;
    };

    const evaluateInPage = async <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
      (await (await pageForMessages()).evaluate(fn as (arg: unknown) => R, arg as unknown)) as R;

    const session: BrowserRun['session'] = {
      extension: { origin, popupUrl, evaluate, ...storageHelpers(evaluate), send: sender(evaluateInPage) },
      backgroundConsole: () => [...backgroundConsole],
      newPage: () => openPage(),
      openPage: (url) => openPage(url),
      openPopup: async (viewport) => {
        const page = await openPage();
        if (viewport) await page.page.setViewportSize(viewport);
        await page.goto(popupUrl);
        return page;
      },
      background: chromiumBackground(ctx, origin),
    };
    return {
      session,
      pid,
      expectDisconnect: () => {
        crashed = true;
        return closed;
      },
      close: () => ctx.close(),
    };
  } catch (error) {
    await ctx.close();
    throw error;
  }
}
