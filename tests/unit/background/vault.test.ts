import { describe, expect, it } from 'vitest';
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
});
