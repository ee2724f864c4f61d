// The journal (core/journal.ts) in storage.local: what the extension created in Trelica and the
// runs under way must outlive the background and the browser. A registered stored key
// (background/stored-key.ts): updates are serialized, as for progress, so a run's entries and a
// cleanup's cannot overwrite each other; a damaged journal is said in the popup's reset note.
import type { Storage } from 'webextension-polyfill';
import { JOURNAL_KEY, type Journal } from '../core/journal';
import { createStoredKey, type ResetNotes } from './stored-key';

export interface JournalStore {
  read(): Promise<Journal>;
  update(change: (j: Journal) => Journal): Promise<Journal>;
}

export function createJournalStore(area: Storage.StorageArea, notes?: ResetNotes): JournalStore {
  const { read, update } = createStoredKey(area, JOURNAL_KEY, notes);
  return { read, update };
}
