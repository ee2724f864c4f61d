// One session over successive runs: crash() kills the run's processes (a real process stands
// for the browser), restart() starts the next run, and the session a test holds follows.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackgroundControl } from '../../../sandbox/browsers/background';
import { stillRunning } from '../../../sandbox/browsers/processes';
import { restartableSession, type BrowserRun, type Runs } from '../../../sandbox/browsers/restartable';
import type { E2EPage } from '../../../sandbox/browsers/types';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

interface FakeRun extends BrowserRun {
  closed: boolean;
}

/** A "browser": a detached sleep (leader of its group) and a session that names its run. */
function fakeRuns(origins: string[] = []) {
  const log: string[] = [];
  const runs: FakeRun[] = [];
  const spec: Runs = {
    name: 'chromium',
    start: async () => {
      const n = runs.length + 1;
      const child = spawn('sleep', ['60'], { detached: true, stdio: 'ignore' });
      children.push(child);
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      const origin = origins[runs.length] ?? 'chrome-extension://abc';
      const background: BackgroundControl = {
        stop: async () => void log.push(`stop ${n}`),
        kill: async () => void log.push(`kill ${n}`),
        running: async () => true,
      };
      const run: FakeRun = {
        closed: false,
        pid: child.pid!,
        session: {
          extension: {
            origin,
            popupUrl: `${origin}/popup.html`,
            evaluate: async () => n as never,
            getStorage: async () => ({ run: n }),
            setStorage: async () => undefined,
            clearStorage: async () => undefined,
            send: async () => ({ run: n }),
          },
          newPage: async () => ({ run: n }) as unknown as E2EPage,
          openPage: async () => ({ run: n }) as unknown as E2EPage,
          openPopup: async () => ({ run: n }) as unknown as E2EPage,
          backgroundConsole: () => [`run ${n}`],
          background,
        },
        expectDisconnect: () => exited,
        close: async () => {
          run.closed = true;
          child.kill('SIGKILL');
        },
      };
      runs.push(run);
      log.push(`start ${n}`);
      return run;
    },
    dispose: async () => void log.push('dispose'),
  };
  return { spec, runs, log };
}

describe('restartableSession', () => {
  it('follows the current run across crash() and restart()', async () => {
    const { spec, runs, log } = fakeRuns();
    const session = await restartableSession(spec);
    expect(await session.extension.send('hi')).toEqual({ run: 1 });

    const killed = await session.crash();
    expect(killed).toEqual([runs[0]!.pid]);
    expect(stillRunning(killed)).toEqual([]);
    await expect(session.extension.getStorage('local')).rejects.toThrow(/restart\(\) it after crash\(\)/);
    await expect(session.background.stop()).rejects.toThrow(/not running/);
    expect(() => session.backgroundConsole()).toThrow(/not running/);

    await session.restart();
    expect(await session.extension.getStorage('local')).toEqual({ run: 2 });
    expect(session.backgroundConsole()).toEqual(['run 2']);
    await session.background.kill();
    expect(log).toEqual(['start 1', 'start 2', 'kill 2']);
  });

  it('restarts only a crashed browser, and never a closed one', async () => {
    const { spec } = fakeRuns();
    const session = await restartableSession(spec);
    await expect(session.restart()).rejects.toThrow(/is running: crash\(\) it first/);
    await session.close();
    await expect(session.restart()).rejects.toThrow(/was closed/);
  });

  it('close() closes the running browser, then removes the profile, once', async () => {
    const { spec, runs, log } = fakeRuns();
    const session = await restartableSession(spec);
    await session.close();
    await session.close();
    expect(runs[0]!.closed).toBe(true);
    expect(log).toEqual(['start 1', 'dispose']);
  });

  it('close() after a crash only removes the profile', async () => {
    const { spec, runs, log } = fakeRuns();
    const session = await restartableSession(spec);
    await session.crash();
    await session.close();
    expect(runs[0]!.closed).toBe(false);
    expect(log).toEqual(['start 1', 'dispose']);
  });

  it('refuses an extension that comes back at another origin, and closes that run', async () => {
    const { spec, runs } = fakeRuns(['chrome-extension://abc', 'chrome-extension://other']);
    const session = await restartableSession(spec);
    await session.crash();
    await expect(session.restart()).rejects.toThrow(
      'came back at chrome-extension://other, not chrome-extension://abc',
    );
    expect(runs[1]!.closed).toBe(true);
    await session.close();
  });
});
