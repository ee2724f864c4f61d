// A browser's processes as Linux sees them (/proc), and the kill that stands for a crash: every
// process of the browser at once (the browser, its zygotes, renderers, the extension's worker
// or content process), with no chance to save anything or say goodbye.
import { readdirSync, readFileSync } from 'node:fs';
import { poll } from './poll';

export interface ProcessInfo {
  pid: number;
  ppid: number;
  /** Process group: both drivers start the browser as the leader of its own group. */
  pgid: number;
  /** 'Z' for a zombie: dead, waiting for its parent to collect it. */
  state: string;
}

/** Parses one /proc/PID/stat line (the command may contain spaces and parentheses). */
export function parseStat(line: string): ProcessInfo | undefined {
  const pid = Number.parseInt(line, 10);
  const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
  const [state, ppid, pgid] = [fields[0], Number(fields[1]), Number(fields[2])];
  if (!Number.isInteger(pid) || !state || !Number.isInteger(ppid) || !Number.isInteger(pgid)) return undefined;
  return { pid, ppid, pgid, state };
}

/** Every process now (those that end while being read are left out). */
export function processTable(): ProcessInfo[] {
  const table: ProcessInfo[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const info = parseStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (info) table.push(info);
    } catch {
      // Gone meanwhile.
    }
  }
  return table;
}

/** The browser's processes: its process group, and every descendant (should one leave the group). */
export function familyOf(table: readonly ProcessInfo[], root: number): number[] {
  const family = new Set(table.filter((p) => p.pid === root || p.pgid === root).map((p) => p.pid));
  for (let grew = true; grew;) {
    grew = false;
    for (const p of table)
      if (!family.has(p.pid) && family.has(p.ppid)) {
        family.add(p.pid);
        grew = true;
      }
  }
  return [...family].sort((a, b) => a - b);
}

/** Of `pids`, those still running (a zombie has already died). */
export function stillRunning(pids: readonly number[], table: readonly ProcessInfo[] = processTable()): number[] {
  const wanted = new Set(pids);
  return table.filter((p) => wanted.has(p.pid) && p.state !== 'Z').map((p) => p.pid);
}

function sigkill(target: number): void {
  try {
    process.kill(target, 'SIGKILL');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/**
 * SIGKILLs the browser whose main process is `root` and every process of its family, then
 * waits until none runs; returns the pids it killed. The group first (one signal reaches every
 * member at the same instant), then each of the family by pid.
 */
export async function killBrowserProcesses(root: number, timeoutMs = 10_000): Promise<number[]> {
  const family = familyOf(processTable(), root);
  if (!family.includes(root)) throw new Error(`No browser process ${root} to kill`);
  sigkill(-root);
  for (const pid of family) sigkill(pid);
  await poll(`the browser's processes (${family.join(', ')}) to end`, timeoutMs, async () => {
    // A process forked during the kill joins the group: kill it too.
    const late = familyOf(processTable(), root).filter((pid) => !family.includes(pid));
    for (const pid of late) sigkill(pid);
    family.push(...late);
    return stillRunning(family).length === 0 ? true : undefined;
  });
  return family;
}

/** The pid of this Node process's child whose command line has `argument` (a browser Playwright started). */
export function childWithArgument(argument: string): number {
  const children = processTable().filter((p) => p.ppid === process.pid && p.state !== 'Z');
  const found = children.filter((p) => {
    try {
      return readFileSync(`/proc/${p.pid}/cmdline`, 'utf8').split('\0').includes(argument);
    } catch {
      return false;
    }
  });
  if (found.length !== 1) throw new Error(`Expected one child process started with ${argument}, found ${found.length}`);
  return found[0]!.pid;
}
