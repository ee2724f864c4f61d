// Every key the extension stores, in storage.local or storage.session: its schema, its default,
// its migrations (read.ts). The tests fuzz every entry here, in the area it names.
//
// A new key: a StoredKey beside these (its value a JSON object, which carries the version: a
// list goes in a field, `{ entries: [] }`), one entry in STORED_KEYS, and in the background
// `createStoredKey(area, THE_KEY, progress.notes)`. A sample of it in tests/fixtures/stored/
// (named in tests/helpers/stored.ts) makes the fuzz start from real values. A later change to
// its shape appends a migration, a fixture of the new shape, and a test of that step.
import { JOURNAL_KEY } from '../journal';
import { PROGRESS_KEY } from './progress-key';
import { RESET_NOTE_KEY } from './reset-note-key';
import { VAULT_KEY } from './vault-key';

export const STORED_KEYS = [PROGRESS_KEY, RESET_NOTE_KEY, VAULT_KEY, JOURNAL_KEY] as const;

/** Every word a reader may reset under: the note shows only these (nothing else stored there). */
export const RESET_WORDS: ReadonlySet<string> = new Set(
  STORED_KEYS.flatMap((entry) => [entry.label, ...Object.values(entry.sections ?? {})]),
);
