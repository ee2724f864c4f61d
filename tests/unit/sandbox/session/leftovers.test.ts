import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromiumProfileOf, groupAlive, processesMatching, waitGone } from '../../../sandbox/session/leftovers';

describe('waitGone', () => {
  it('returns 0 and kills nothing once the processes go away by themselves', async () => {
    let polls = 0;
    const killed: number[] = [];
    const left = await waitGone(
      () => (++polls < 3 ? [41, 42] : []),
      (pid) => killed.push(pid),
      2_000,
    );
    expect(left).toBe(0);
    expect(killed).toEqual([]);
    expect(polls).toBe(3);
  });

  it('kills what is still there after the time limit and says how many', async () => {
    const killed: number[] = [];
    const started = Date.now();
    const left = await waitGone(
      () => [7, 8],
      (pid) => killed.push(pid),
      120,
    );
    expect(left).toBe(2);
    expect(killed).toEqual([7, 8]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
  });
});

describe.runIf(existsSync('/proc/self/cmdline'))('processes, read from /proc', () => {
  it('finds a process by its command line and its group, and not after it ended', async () => {
    const marker = `--user-data-dir=/tmp/leftovers-${randomUUID()}`;
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)', `127.0.0.1:1234,${marker}`], {
      detached: true,
      stdio: 'ignore',
    });
    const pid = child.pid!;
    const exited = new Promise((r) => child.once('exit', r));
    try {
      await waitGone(
        () => (processesMatching(marker).includes(pid) ? [] : [pid]),
        () => undefined,
        5_000,
      );
      expect(processesMatching(marker)).toEqual([pid]);
      expect(chromiumProfileOf('127.0.0.1:1234,')).toBe(marker.split('=')[1]);
      expect(groupAlive(pid)).toBe(true);
    } finally {
      process.kill(-pid, 'SIGKILL');
    }
    await exited;
    expect(processesMatching(marker)).toEqual([]);
    expect(groupAlive(pid)).toBe(false);
  });
});
