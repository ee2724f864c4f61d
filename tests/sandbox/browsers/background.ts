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
      await cdp.send('ServiceWorker.enable'); // reports the current versions at once
      return cdp;
    })());
  const isRunning = () => [...status.values()].some((s) => s !== 'stopped');

  return {
    async running() {
      await open();
      return isRunning();
    },
    async stop() {
      const cdp = await open();
      await cdp.send('ServiceWorker.stopAllWorkers');
      await poll('the service worker to stop', STOP_TIMEOUT, async () => (isRunning() ? undefined : true));
    },
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

  return {
    running: async () => (await state()) !== 'stopped',
    async stop() {
      await privileged('await extension.terminateBackground();');
      await poll('the event page to unload', STOP_TIMEOUT, async () =>
        (await state()) === 'stopped' ? true : undefined,
      );
    },
  };
}
