// The crash's kill: a browser's family as /proc shows it, and a real process tree killed whole.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  familyOf,
  killBrowserProcesses,
  parseStat,
  processTable,
  stillRunning,
  type ProcessInfo,
} from '../../../sandbox/browsers/processes';
import { poll } from '../../../sandbox/browsers/poll';

const p = (pid: number, ppid: number, pgid: number, state = 'S'): ProcessInfo => ({ pid, ppid, pgid, state });

describe('parseStat', () => {
  it('reads pid, state, ppid and pgid past a command with spaces and parentheses', () => {
    expect(parseStat('4242 (Web Content (x)) S 4200 4100 4100 0 -1 4194560 1 0 0')).toEqual(p(4242, 4200, 4100));
  });

  it('gives up on a line that is not a stat line', () => {
    expect(parseStat('')).toBeUndefined();
    expect(parseStat('12 (cut')).toBeUndefined();
  });
});

describe('familyOf', () => {
  const table = [
    p(100, 1, 100), // the browser, leader of its group
    p(101, 100, 100), // zygote
    p(102, 101, 100), // renderer
    p(103, 100, 103), // a child that started its own group
    p(104, 103, 103), // ... and its child
    p(200, 1, 200), // another browser
    p(201, 200, 200),
    p(300, 1, 100, 'S'), // a group member whose parent died: still the browser's
  ];

  it('takes the process group and every descendant, and nothing else', () => {
    expect(familyOf(table, 100)).toEqual([100, 101, 102, 103, 104, 300]);
  });

  it('still finds the group once its leader is gone', () => {
    expect(
      familyOf(
        table.filter((x) => x.pid !== 100),
        100,
      ),
    ).toEqual([101, 102, 300]);
  });
});

describe('stillRunning', () => {
  it('counts a zombie as dead and a missing process as gone', () => {
    expect(stillRunning([1, 2, 3], [p(1, 0, 1), p(2, 1, 2, 'Z')])).toEqual([1]);
  });
});

describe('killBrowserProcesses', () => {
  it('kills a whole tree at once: the leader, its group, and a child in a session of its own', async () => {
    const leader = spawn('sh', ['-c', 'sleep 60 & sleep 60 & setsid sleep 60 & wait'], {
      detached: true,
      stdio: 'ignore',
    });
    const root = leader.pid!;
    const family = await poll('the tree to start', 5000, async () => {
      const found = familyOf(processTable(), root);
      return found.length === 4 ? found : undefined;
    });
    // The setsid child left the group: only the family's descent still names it.
    expect(processTable().filter((x) => family.includes(x.pid) && x.pgid !== root)).toHaveLength(1);

    const killed = await killBrowserProcesses(root);
    expect(killed).toEqual(family);
    expect(stillRunning(family)).toEqual([]);
  });

  it('refuses a pid that is not running', async () => {
    const gone = spawn('true');
    await new Promise((resolve) => gone.once('exit', resolve));
    await expect(killBrowserProcesses(gone.pid!)).rejects.toThrow(/No browser process/);
  });
});
