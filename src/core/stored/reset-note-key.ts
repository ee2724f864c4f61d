// storage.local "resetNote": what the reader reset (read.ts), in words, until the admin dismisses
// the popup's note. Kept in storage, not memory, so the note outlives the background that found
// the damage. Written since this key was added (v1).
import { z } from '../zod';
import type { StoredKey } from './read';

export const ResetNoteSchema = z.object({
  reset: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50)),
});
export type ResetNote = z.infer<typeof ResetNoteSchema>;

export const RESET_NOTE_KEY: StoredKey<ResetNote> = {
  key: 'resetNote',
  area: 'local',
  schema: ResetNoteSchema,
  fallback: { reset: [] },
  migrations: [],
  label: 'an earlier note about what was reset',
};
