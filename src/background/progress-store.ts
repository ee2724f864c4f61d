// Non-secret progress in storage.local (core/stored/progress-key.ts), beside the note that says
// what of it (or of any other stored key) was found damaged and reset.
import type { Storage } from 'webextension-polyfill';
import type { Progress } from '../core/progress';
import { PROGRESS_KEY } from '../core/stored/progress-key';
import { createResetNotes, createStoredKey, type ResetNotes } from './stored-key';

export interface ProgressStore {
  read(): Promise<Progress>;
  update(change: (p: Progress) => Progress): Promise<Progress>;
  /** What readers reset, for the popup; the other stored keys report here too. */
  notes: ResetNotes;
}

export function createProgressStore(area: Storage.StorageArea): ProgressStore {
  const notes = createResetNotes(area);
  const { read, update } = createStoredKey(area, PROGRESS_KEY, notes);
  return { read, update, notes };
}
