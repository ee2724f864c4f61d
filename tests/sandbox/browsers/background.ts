// The extension's background as the browser manages it: Chromium stops an idle service worker,
// Firefox unloads an idle event page. Scenarios stop it on purpose (no waiting out the browser's
// idle timer) and check what survives: what the next message finds is what a real admin gets.
import type { BrowserContext, CDPSession } from 'playwright-core';
import type { Browser } from 'puppeteer-core';
import { poll } from './poll';

export interface BackgroundControl {
  /**
   * Stops the background now, the way the browser stops it when idle; resolves once it is stopped.
   * Chromium: Playwright may keep listing the stopped worker, and an evaluate in it waits for
   * ever; let a message wake the background (extension.send, a page action) before
   * extension.evaluate / getStorage.
   */
  stop(): Promise<void>;
  /**
   * Stops the background now, whatever it is doing (a request in flight, a message listener
   * still running): what a browser does at its hard limits, or an admin's "Terminate" button.
   * Resolves once it is stopped; the same caveat as stop() in Chromium.
   */
  kill(): Promise<void>;
  /** Whether the background is loaded now. Asking never wakes it. */
  running(): Promise<boolean>;
}

const STOP_TIMEOUT = 10_000;

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';
interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: RunningStatus;
}

/**
 * Chromium: the DevTools ServiceWorker domain, which reports every version's running status
 * and stops workers as chrome://serviceworker-internals does. Stopping is what Chromium does
 * to an idle extension service worker (after 30 s without events).
 */
export function chromiumBackground(ctx: BrowserContext, origin: string): BackgroundControl {
  const status = new Map<string, RunningStatus>();
  let session: Promise<CDPSession> | undefined;

  const open = () =>
    (session ??= (async () => {
      // The domain needs a page target to live on; a blank tab of its own keeps tests' tabs clean.
      const cdp = await ctx.newCDPSession(await ctx.newPage());
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: WorkerVersion[] }) => {
        for (const v of versions) if (v.scriptURL.startsWith(`${origin}/`)) status.set(v.versionId, v.runningStatus);
      });
      await cdp.send('ServiceWorker.enable');
      // The current versions are reported as events, which may come after enable's answer: a
      // running() asked at once would say "stopped" of a running worker. The extension always
      // has one registered version, so wait for its report (bounded: never fail here).
      await poll('the service worker versions', 2000, async () => (status.size > 0 ? true : undefined)).catch(
        () => undefined,
      );
      return cdp;
    })());
  const isRunning = () => [...status.values()].some((s) => s !== 'stopped');

  // Chromium's stop is already unconditional: the worker's thread is terminated even with a
  // fetch in flight (the e2e crash-harness test proves it), so stop and kill are one.
  const stop = async () => {
    const cdp = await open();
    await cdp.send('ServiceWorker.stopAllWorkers');
    await poll('the service worker to stop', STOP_TIMEOUT, async () => (isRunning() ? undefined : true));
  };
  return {
    async running() {
      await open();
      return isRunning();
    },
    stop,
    kill: stop,
  };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result?: unknown }>;
}
interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text?: string };
}

/**
 * Firefox: privileged script in the browser window over WebDriver BiDi (allowed by
 * --remote-allow-system-access), calling the same `terminateBackground()` that Firefox's idle
 * timer calls, and that about:debugging's "Terminate background script" button calls.
 */
export function firefoxBackground(browser: Browser, geckoId: string): BackgroundControl {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  let chromeContext: Promise<string> | undefined;

  const context = () =>
    (chromeContext ??= connection
      .send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })
      .then(({ result }) => {
        const id = (result as { contexts: { context: string }[] }).contexts[0]?.context;
        if (!id) throw new Error('Firefox reported no browser window to run privileged script in');
        return id;
      }));

  /** Runs `body` (an async function body with `extension` in scope) in the parent process. */
  const privileged = async (body: string): Promise<unknown> => {
    const expression = `(async () => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(geckoId)});
      if (!extension) throw new Error('extension not installed');
      ${body}
    })()`;
    const { result } = await connection.send('script.evaluate', {
      expression,
      target: { context: await context() },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    const r = result as EvaluateResult;
    if (r.type !== 'success')
      throw new Error(`Privileged script failed: ${r.exceptionDetails?.text ?? 'unknown error'}`);
    return r.result?.value;
  };

  // backgroundState: 'stopped' | 'starting' | 'running' | 'suspending' (Firefox's ExtensionParent).
  const state = async () => String(await privileged('return extension.backgroundState;'));

  const stopped = async () => ((await state()) === 'stopped' ? true : undefined);

  return {
    running: async () => (await state()) !== 'stopped',
    /**
     * One idle timeout after another. terminateBackground() declines once while a listener of
     * an event the parent process dispatches (alarms, tabs, webRequest...) has not settled, then
     * forgets those listeners (Firefox's ext-backgroundPage.js), so the idle timer stops the page
     * at its next timeout: called until the page is gone, as ~30 s idle periods would. A fetch
     * in flight, or a runtime.onMessage reply still pending, does not hold it (tested).
     */
    async stop() {
      await poll('the event page to unload', STOP_TIMEOUT, async () => {
        if ((await stopped()) === true) return true;
        await privileged('await extension.terminateBackground();');
        return stopped();
      });
    },
    /** Firefox's own test switches: no idle reset for pending listeners, DevTools or not. */
    async kill() {
      await privileged(
        'if (extension.backgroundState !== "stopped") await extension.terminateBackground({ disableResetIdleForTest: true, ignoreDevToolsAttached: true });',
      );
      await poll('the event page to unload', STOP_TIMEOUT, stopped);
    },
  };
}
