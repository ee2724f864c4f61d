// Non-secret progress in storage.local, read and written whole (it is a few KB at most).
// Updates are serialized so two messages arriving together cannot lose each other's change.
import type { Storage } from 'webextension-polyfill';
import { readProgress, type Progress } from '../core/progress';

const KEY = 'progress';

export interface ProgressStore {
  read(): Promise<Progress>;
  update(change: (p: Progress) => Progress): Promise<Progress>;
}

export function createProgressStore(area: Storage.StorageArea): ProgressStore {
  let queue: Promise<unknown> = Promise.resolve();
  const read = async () => readProgress((await area.get(KEY))[KEY]);
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
