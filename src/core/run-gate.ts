// One SCIM run per Base URL at a time. A double click, a second popup, or the popup and a
// console page at once must never make a second create in the customer's Trelica: a second
// trigger of the same run (same kind, same inputs) waits for and shares the running one's
// result; any other run on that Base URL is told one is under way. In memory on purpose: a
// run's life is the background's, and a run cut short by the background's end is the
// journal's business (core/journal.ts), not a lock left behind.
import type { RunKind } from './journal';

export type GateAnswer<T> = { ok: true; value: T; shared: boolean } | { ok: false; running: RunKind };

export interface RunGate {
  /** `key`: the Base URL; `inputs`: what makes two triggers the same run. */
  run<T>(key: string, kind: RunKind, inputs: string, task: () => Promise<T>): Promise<GateAnswer<T>>;
  /** Resolves once no run holds `key` (at once when none does); never rejects. */
  settled(key: string): Promise<void>;
}

export function createRunGate(): RunGate {
  const active = new Map<string, { kind: RunKind; inputs: string; done: Promise<unknown> }>();
  return {
    async run(key, kind, inputs, task) {
      const current = active.get(key);
      if (current) {
        if (current.kind !== kind || current.inputs !== inputs) return { ok: false, running: current.kind };
        return { ok: true, value: (await current.done) as Awaited<ReturnType<typeof task>>, shared: true };
      }
      const done = task();
      active.set(key, { kind, inputs, done });
      try {
        return { ok: true, value: await done, shared: false };
      } finally {
        active.delete(key);
      }
    },
    async settled(key) {
      await active.get(key)?.done.catch(() => undefined);
    },
  };
}

const RUN_WORDS: Readonly<Record<RunKind, string>> = {
  'connection-test': 'A connection test',
  rehearsal: 'An activation rehearsal',
  'provisioning-check': 'A provisioning check',
  cleanup: 'The removal of a leftover test user',
};

/** The answer to a trigger that found another run under way on its Base URL. */
export function alreadyRunning(kind: RunKind): string {
  return `${RUN_WORDS[kind]} is already running for this Base URL. Nothing new was sent: wait for it to finish, then try again.`;
}
