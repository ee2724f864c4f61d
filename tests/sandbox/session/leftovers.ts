// Waiting for processes to be really gone. Closing Chromium returns once its main process has
// exited; its zygote and utility processes follow a moment later. `npm start` waits for them,
// so that when it exits nothing of it is left (Linux: read from /proc; elsewhere, not checked).
import { readdirSync, readFileSync } from 'node:fs';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function commandLine(pid: string | number): string {
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
}

/** PIDs whose command line contains `needle` (never this process). */
export function processesMatching(needle: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const found: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (commandLine(entry).includes(needle)) found.push(Number(entry));
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

/**
 * The Chromium profile folder of the browser whose command line contains `needle`: every one
 * of its helper processes names it (--user-data-dir), unlike the flags we passed.
 */
export function chromiumProfileOf(needle: string): string | null {
  for (const pid of processesMatching(needle)) {
    try {
      const dir = /--user-data-dir=(\S+)/.exec(commandLine(pid))?.[1];
      if (dir) return dir;
    } catch {
      // gone meanwhile
    }
  }
  return null;
}

/** True while any process of the group `pgid` exists. */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Polls `alive` until it reports nothing or `timeoutMs` passes; then SIGKILLs what is left
 * (`kill`) and returns how many were left, so the caller can say so.
 */
export async function waitGone(alive: () => number[], kill: (pid: number) => void, timeoutMs = 5_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let left = alive();
  while (left.length && Date.now() < deadline) {
    await sleep(50);
    left = alive();
  }
  for (const pid of left) {
    try {
      kill(pid);
    } catch {
      // already gone
    }
  }
  return left.length;
}
