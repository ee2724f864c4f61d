// An in-memory storage area with the webextension-polyfill surface the background uses.
import type { Storage } from 'webextension-polyfill';

export interface FakeStorageArea extends Storage.StorageArea {
  /** Everything stored, for assertions about what was (not) written. */
  dump(): Record<string, unknown>;
}

export function fakeStorageArea(initial: Record<string, unknown> = {}): FakeStorageArea {
  const data = new Map(Object.entries(structuredClone(initial)));
  const pick = (keys: string[]) =>
    Object.fromEntries(keys.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
  const area = {
    async get(keys?: null | string | string[] | Record<string, unknown>) {
      if (keys == null) return pick([...data.keys()]);
      if (typeof keys === 'string') return pick([keys]);
      if (Array.isArray(keys)) return pick(keys);
      return { ...keys, ...pick(Object.keys(keys)) };
    },
    async set(items: Record<string, unknown>) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys: string | string[]) {
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
    },
    async clear() {
      data.clear();
    },
    dump: () => Object.fromEntries(data),
  };
  return area as unknown as FakeStorageArea;
}
