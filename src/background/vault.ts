// The only home of the bearer token: storage.session (memory-backed, never written to disk,
// not readable by content scripts), forgotten after TOKEN_TTL_MS or on request.
//
// Expiry is enforced on every read, at every background start (index.ts reads it), and by a
// timer while the background is awake, so an expired token neither is handed out nor sits in
// memory; a background asleep at the deadline purges it when it wakes. No alarms permission.
import type { Storage } from 'webextension-polyfill';
import { tokenFingerprint } from '../core/tested';
import { VAULT_KEY, type VaultEntry } from '../core/stored/vault-key';
import { createStoredKey, type ResetNotes } from './stored-key';

export type { VaultEntry };

export const TOKEN_TTL_MS = 30 * 60 * 1000;

export interface Vault {
  put(token: string): Promise<VaultEntry>;
  /** The live entry, or null (an expired one is deleted on the way). */
  get(): Promise<VaultEntry | null>;
  forget(): Promise<void>;
}

/**
 * `ttlMs` is how long a token put now is kept: TOKEN_TTL_MS, or less when the organization's
 * policy says so (core/policy.ts); a shorter limit set later applies to tokens put after it.
 * A damaged entry reads as no token, and `notes` (the popup's) says it was reset.
 */
export function createVault(
  area: Storage.StorageArea,
  now: () => number = Date.now,
  ttlMs: () => Promise<number> = async () => TOKEN_TTL_MS,
  notes?: ResetNotes,
): Vault {
  const stored = createStoredKey(area, VAULT_KEY, notes);
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Forget the token when its time is up, should the background still be awake then. */
  const purgeAt = (expiresAt: number): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void vault.get(), Math.max(0, expiresAt - now()));
  };
  const vault: Vault = {
    async put(token) {
      const ttl = Math.min(TOKEN_TTL_MS, await ttlMs());
      const entry = { token, fingerprint: await tokenFingerprint(token), expiresAt: now() + ttl };
      await stored.update(() => entry);
      purgeAt(entry.expiresAt);
      return entry;
    },
    async get() {
      const entry = await stored.read();
      if (!entry) return null;
      // No limit is longer than TOKEN_TTL_MS: an entry that says otherwise is damaged.
      const damaged = entry.expiresAt > now() + TOKEN_TTL_MS;
      if (entry.expiresAt <= now() || damaged) {
        await vault.forget();
        if (damaged) await notes?.add([VAULT_KEY.label]);
        return null;
      }
      purgeAt(entry.expiresAt);
      // An entry from before fingerprints (v1) has none yet.
      return { ...entry, fingerprint: entry.fingerprint ?? (await tokenFingerprint(entry.token)) };
    },
    async forget() {
      clearTimeout(timer);
      await stored.remove();
    },
  };
  return vault;
}
