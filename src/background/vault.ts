// The only home of the bearer token: storage.session (memory-backed, never written to disk,
// not readable by content scripts), forgotten after TOKEN_TTL_MS or on request.
//
// Expiry is enforced on every read, at every background start (index.ts reads it), and by a
// timer while the background is awake, so an expired token neither is handed out nor sits in
// memory; a background asleep at the deadline purges it when it wakes. No alarms permission.
import type { Storage } from 'webextension-polyfill';
import { tokenFingerprint } from '../core/tested';

export const TOKEN_TTL_MS = 30 * 60 * 1000;
const KEY = 'vault';

export interface VaultEntry {
  token: string;
  /** core/tested.ts tokenFingerprint(token): which token a verdict tested. */
  fingerprint: string | null;
  expiresAt: number;
}

function isEntry(value: unknown): value is Omit<VaultEntry, 'fingerprint'> & { fingerprint?: unknown } {
  const v = value as VaultEntry | undefined;
  return typeof v?.token === 'string' && typeof v.expiresAt === 'number';
}

export interface Vault {
  put(token: string): Promise<VaultEntry>;
  /** The live entry, or null (an expired one is deleted on the way). */
  get(): Promise<VaultEntry | null>;
  forget(): Promise<void>;
}

/**
 * `ttlMs` is how long a token put now is kept: TOKEN_TTL_MS, or less when the organization's
 * policy says so (core/policy.ts); a shorter limit set later applies to tokens put after it.
 */
export function createVault(
  area: Storage.StorageArea,
  now: () => number = Date.now,
  ttlMs: () => Promise<number> = async () => TOKEN_TTL_MS,
): Vault {
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
      await area.set({ [KEY]: entry });
      purgeAt(entry.expiresAt);
      return entry;
    },
    async get() {
      const entry = (await area.get(KEY))[KEY];
      if (!isEntry(entry)) return null;
      if (entry.expiresAt <= now()) {
        await vault.forget();
        return null;
      }
      purgeAt(entry.expiresAt);
      const fingerprint =
        typeof entry.fingerprint === 'string' ? entry.fingerprint : await tokenFingerprint(entry.token);
      return { token: entry.token, fingerprint, expiresAt: entry.expiresAt };
    },
    async forget() {
      clearTimeout(timer);
      await area.remove(KEY);
    },
  };
  return vault;
}
