// storage.session "vault": the bearer token (background/vault.ts), and each shape written there.
// Session storage lasts one browser session, but an update that reloads the extension keeps it.
//
//   v1  a395406 .. 8360b69 (Nov 28)  { token, expiresAt }
//   v2  59051b5 .. (Dec 1)           + fingerprint (core/tested.ts tokenFingerprint of the token)
//                                     The first shape written with its version.
//
// A damaged entry is forgotten whole: a token is never used with a time limit it cannot show.
import { z } from '../zod';
import type { StoredKey } from './read';

export const VaultEntrySchema = z.object({
  token: z.string().check(z.refine((s) => s !== '')),
  /** null: not known yet; the vault works it out from the token when it reads the entry. */
  fingerprint: z.nullable(z.string()),
  expiresAt: z.number(),
});
export type VaultEntry = z.infer<typeof VaultEntrySchema>;

export const VAULT_KEY: StoredKey<VaultEntry | null> = {
  key: 'vault',
  area: 'session',
  schema: z.nullable(VaultEntrySchema),
  fallback: null,
  // v1 -> v2: the fingerprint is worked out when the vault reads the entry.
  migrations: [(v) => ({ fingerprint: null, ...v })],
  label: 'the captured token',
};
