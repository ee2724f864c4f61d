import { afterEach, describe, expect, it, vi } from 'vitest';
import { createVault, TOKEN_TTL_MS } from '../../../src/background/vault';
import { fakeStorageArea } from '../../helpers/fake-storage';

describe('vault', () => {
  it('keeps the token until its time limit, then forgets it and deletes it from storage', async () => {
    let now = 1_000;
    const area = fakeStorageArea();
    const vault = createVault(area, () => now);
    await vault.put('the-token-value-1234567890');
    now += TOKEN_TTL_MS - 1;
    expect((await vault.get())?.token).toBe('the-token-value-1234567890');
    now += 1;
    expect(await vault.get()).toBeNull();
    expect(area.dump()).toEqual({});
  });

  it('forgets on request', async () => {
    const area = fakeStorageArea();
    const vault = createVault(area);
    await vault.put('the-token-value-1234567890');
    await vault.forget();
    expect(await vault.get()).toBeNull();
    expect(area.dump()).toEqual({});
  });

  it('ignores a malformed entry', async () => {
    const vault = createVault(fakeStorageArea({ vault: { token: 5 } }));
    expect(await vault.get()).toBeNull();
  });

  it('a second put restarts the time limit', async () => {
    let now = 0;
    const vault = createVault(fakeStorageArea(), () => now);
    await vault.put('first-token-value-123456');
    now = TOKEN_TTL_MS - 10;
    await vault.put('second-token-value-123456');
    now = TOKEN_TTL_MS + 10;
    expect((await vault.get())?.token).toBe('second-token-value-123456');
  });

  it('keeps a token for the shorter limit it is given, and never longer than 30 minutes', async () => {
    let now = 0;
    let limit = 2 * 60_000;
    const vault = createVault(
      fakeStorageArea(),
      () => now,
      async () => limit,
    );
    await vault.put('the-token-value-1234567890');
    expect((await vault.get())?.expiresAt).toBe(2 * 60_000);
    // A longer limit (a policy read wrong, a caller's mistake) is cut to the 30 minutes.
    limit = 60 * 60_000;
    await vault.put('the-token-value-1234567890');
    expect((await vault.get())?.expiresAt).toBe(TOKEN_TTL_MS);
    now = TOKEN_TTL_MS;
    expect(await vault.get()).toBeNull();
  });

  describe('an expired token does not sit in memory while the background is awake', () => {
    afterEach(() => vi.useRealTimers());

    it('is purged from storage when its time is up, with no read', async () => {
      vi.useFakeTimers({ now: 0 });
      const area = fakeStorageArea();
      const vault = createVault(area, Date.now);
      await vault.put('the-token-value-1234567890');
      await vi.advanceTimersByTimeAsync(TOKEN_TTL_MS - 1);
      expect(area.dump()).not.toEqual({});
      await vi.advanceTimersByTimeAsync(2);
      expect(area.dump()).toEqual({});
    });

    it('a token found at wake (read at start) is purged at its own deadline', async () => {
      vi.useFakeTimers({ now: 0 });
      const area = fakeStorageArea({ vault: { token: 'the-token-value-1234567890', expiresAt: 5_000 } });
      const vault = createVault(area, Date.now);
      expect(await vault.get()).not.toBeNull();
      await vi.advanceTimersByTimeAsync(5_001);
      expect(area.dump()).toEqual({});
    });

    it('a token found expired at wake is purged at once', async () => {
      vi.useFakeTimers({ now: 10_000 });
      const area = fakeStorageArea({ vault: { token: 'the-token-value-1234567890', expiresAt: 5_000 } });
      await createVault(area, Date.now).get();
      expect(area.dump()).toEqual({});
    });
  });
});
