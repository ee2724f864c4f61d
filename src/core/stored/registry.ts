// Every key the extension stores, in storage.local or storage.session: its schema, its default,
// its migrations (read.ts). A new key is one entry here (the tests fuzz every entry) and one
// createStoredKey() in the background.
import { PROGRESS_KEY } from './progress-key';
import { RESET_NOTE_KEY } from './reset-note-key';
import { VAULT_KEY } from './vault-key';

export const STORED_KEYS = [PROGRESS_KEY, RESET_NOTE_KEY, VAULT_KEY] as const;

/** Every word a reader may reset under: the note shows only these (nothing else stored there). */
export const RESET_WORDS: ReadonlySet<string> = new Set(
  STORED_KEYS.flatMap((entry) => [entry.label, ...Object.values(entry.sections ?? {})]),
);
