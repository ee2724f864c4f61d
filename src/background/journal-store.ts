// The journal (core/journal.ts) in storage.local: what the extension created in Trelica and the
// runs under way must outlive the background and the browser. Updates are serialized, as for
// progress, so a run's entries and a cleanup's cannot overwrite each other.
import type { Storage } from 'webextension-polyfill';
import { readJournal, type Journal } from '../core/journal';

const KEY = 'journal';

export interface JournalStore {
  read(): Promise<Journal>;
  update(change: (j: Journal) => Journal): Promise<Journal>;
}

export function createJournalStore(area: Storage.StorageArea): JournalStore {
  let queue: Promise<unknown> = Promise.resolve();
  const read = async () => readJournal((await area.get(KEY))[KEY]);
  return {
    read,
    update(change) {
      const next = queue.then(async () => {
        const updated = change(await read());
        await area.set({ [KEY]: updated });
        return updated;
      });
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
