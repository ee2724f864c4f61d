// One BrowserSession over successive runs of a browser on one profile: crash() kills the
// current run's processes, restart() starts the next run, and the session object a test holds
// keeps working across both (its pages from before the crash are dead).
import type { BackgroundControl } from './background';
import { killBrowserProcesses } from './processes';
import type { BrowserName, BrowserSession, ExtensionHandle } from './types';

/** What a driver makes of one launch of its browser on the shared profile. */
export interface BrowserRun {
  /** The per-run surface: every BrowserSession member but the lifecycle ones. */
  session: Omit<BrowserSession, 'name' | 'crash' | 'restart' | 'close'>;
  /** The browser's main process, leader of its process group. */
  pid: number;
  /** Called just before the kill: resolves once the driver has noticed its browser is gone. */
  expectDisconnect(): Promise<void>;
  /** A clean close of this run (the profile stays). */
  close(): Promise<void>;
}

export interface Runs {
  name: BrowserName;
  /** Launches the browser on the profile (first launch and every restart). */
  start(): Promise<BrowserRun>;
  /** After the last run is closed: removes the profile and anything shared by the runs. */
  dispose(): Promise<void>;
}

export async function restartableSession(runs: Runs): Promise<BrowserSession> {
  let run: BrowserRun | undefined;
  let disposed = false;
  const runNow = (): BrowserRun => {
    if (run) return run;
    throw new Error(
      `The ${runs.name} browser is not running: ${disposed ? 'it was closed' : 'restart() it after crash()'}`,
    );
  };

  /** Async, so that a dead browser's error is a rejection like any other failure. */
  const current = async (): Promise<BrowserRun> => runNow();

  const startRun = async (origin?: string) => {
    const next = await runs.start();
    if (origin !== undefined && next.session.extension.origin !== origin) {
      await next.close();
      throw new Error(`The extension came back at ${next.session.extension.origin}, not ${origin}`);
    }
    run = next;
  };
  const close = async () => {
    const last = run;
    run = undefined;
    try {
      await last?.close();
    } finally {
      if (!disposed) {
        disposed = true;
        await runs.dispose();
      }
    }
  };

  try {
    await startRun();
  } catch (error) {
    await close();
    throw error;
  }
  const first = (await current()).session.extension;
  const extension: ExtensionHandle = {
    origin: first.origin,
    popupUrl: first.popupUrl,
    evaluate: async (fn, arg) => (await current()).session.extension.evaluate(fn, arg),
    getStorage: async (area) => (await current()).session.extension.getStorage(area),
    setStorage: async (area, items) => (await current()).session.extension.setStorage(area, items),
    clearStorage: async (area) => (await current()).session.extension.clearStorage(area),
    send: async (message) => (await current()).session.extension.send(message),
  };
  const background: BackgroundControl = {
    stop: async () => (await current()).session.background.stop(),
    kill: async () => (await current()).session.background.kill(),
    running: async () => (await current()).session.background.running(),
  };

  return {
    name: runs.name,
    extension,
    background,
    newPage: async () => (await current()).session.newPage(),
    openPage: async (url) => (await current()).session.openPage(url),
    openPopup: async (viewport) => (await current()).session.openPopup(viewport),
    backgroundConsole: () => runNow().session.backgroundConsole(),
    async crash() {
      const victim = await current();
      run = undefined;
      const gone = victim.expectDisconnect();
      const killed = await killBrowserProcesses(victim.pid);
      await gone;
      return killed;
    },
    async restart() {
      if (disposed) throw new Error(`The ${runs.name} browser was closed: launch a new one`);
      if (run) throw new Error(`The ${runs.name} browser is running: crash() it first`);
      await startRun(extension.origin);
    },
    close,
  };
}
