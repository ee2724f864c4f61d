// One stored key (core/stored/registry.ts), read through its migrations and schema, written with
// its version, whole (each is a few KB at most). Writes are serialized, so two messages arriving
// together cannot lose each other's change. A value found damaged is repaired in storage at
// once, and what was reset goes to the reset note the popup shows.
import type { Storage } from 'webextension-polyfill';
import { readStored, toStored, type StoredKey } from '../core/stored/read';
import { RESET_NOTE_KEY } from '../core/stored/reset-note-key';
import { RESET_WORDS } from '../core/stored/registry';

export interface StoredValue<T> {
  read(): Promise<T>;
  update(change: (value: T) => T): Promise<T>;
  remove(): Promise<void>;
}

/** Where readers say what they reset (the popup's note). */
export interface ResetNotes {
  add(reset: string[]): Promise<void>;
  read(): Promise<string[]>;
  dismiss(): Promise<void>;
}

export function createStoredKey<T>(area: Storage.StorageArea, entry: StoredKey<T>, notes?: ResetNotes): StoredValue<T> {
  let queue: Promise<unknown> = Promise.resolve();
  const serialized = <R>(task: () => Promise<R>): Promise<R> => {
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  };
  const load = async () => readStored(entry, (await area.get(entry.key))[entry.key]);
  // A null (the vault's "no token") is stored as no value at all.
  const write = (value: T) =>
    value === null ? area.remove(entry.key) : area.set({ [entry.key]: toStored(entry, value) });

  return {
    async read() {
      const found = await load();
      if (found.reset.length === 0) return found.value;
      // Read again in turn: an update queued meanwhile is not overwritten with the repair.
      const repaired = await serialized(async () => {
        const again = await load();
        if (again.reset.length > 0) await write(again.value);
        return again;
      });
      // Outside the queue: the note may be this very key.
      await notes?.add(repaired.reset);
      return repaired.value;
    },
    async update(change) {
      const { updated, reset } = await serialized(async () => {
        const found = await load();
        const updated = change(found.value);
        await write(updated);
        return { updated, reset: found.reset };
      });
      if (reset.length > 0) await notes?.add(reset);
      return updated;
    },
    remove: () => serialized(() => area.remove(entry.key)),
  };
}

/** The reset note, in the same area as the keys it speaks for. */
export function createResetNotes(area: Storage.StorageArea): ResetNotes {
  const notes: ResetNotes = {
    async add(reset) {
      if (reset.length === 0) return;
      await stored.update(({ reset: before }) => ({ reset: [...new Set([...before, ...reset])].slice(0, 50) }));
    },
    async read() {
      // Twice: when the note itself was damaged, the first read repairs it and notes that.
      await stored.read();
      return (await stored.read()).reset.filter((words) => RESET_WORDS.has(words));
    },
    dismiss: () => stored.remove(),
  };
  const stored = createStoredKey(area, RESET_NOTE_KEY, notes);
  return notes;
}
