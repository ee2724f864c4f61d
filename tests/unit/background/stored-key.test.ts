import { describe, expect, it } from 'vitest';
import { createProgressStore } from '../../../src/background/progress-store';
import { createResetNotes } from '../../../src/background/stored-key';
import { createVault, TOKEN_TTL_MS } from '../../../src/background/vault';
import { EMPTY_PROGRESS, onTick } from '../../../src/core/progress';
import { fakeStorageArea } from '../../helpers/fake-storage';
import { storedFixture } from '../../helpers/stored';

const v1 = storedFixture('progress-v1');

describe('a stored key in the background', () => {
  it('an old shape is read as it is, and written with its version on the next write', async () => {
    const area = fakeStorageArea({ progress: v1 });
    const store = createProgressStore(area);
    expect((await store.read()).baseUrl).toBe(v1.baseUrl);
    expect(area.dump().progress).toEqual(v1);
    await store.update((p) => onTick(p, 'activate', true));
    expect(area.dump().progress).toMatchObject({ baseUrl: v1.baseUrl, schemaVersion: 6 });
    expect(await store.notes.read()).toEqual([]);
  });

  it('damage is repaired in storage at once, and noted until dismissed', async () => {
    const area = fakeStorageArea({ progress: { ...v1, lastRehearsal: { verdict: 'nope' }, ticked: 'all' } });
    const store = createProgressStore(area);
    const read = await store.read();
    expect(read.lastRehearsal).toBeNull();
    expect(read.baseUrl).toBe(v1.baseUrl);
    expect(area.dump().progress).toMatchObject({ lastRehearsal: null, ticked: [], schemaVersion: 6 });
    expect(await store.notes.read()).toEqual(['the last rehearsal', 'the steps you ticked']);
    await store.read();
    expect(await store.notes.read()).toEqual(['the last rehearsal', 'the steps you ticked']);
    await store.notes.dismiss();
    expect(await store.notes.read()).toEqual([]);
    expect(area.dump()).not.toHaveProperty('resetNote');
  });

  it('damage met first by an update is noted too', async () => {
    const store = createProgressStore(fakeStorageArea({ progress: 'garbage' }));
    expect((await store.update((p) => onTick(p, 'save', true))).ticked).toEqual(['save']);
    expect(await store.notes.read()).toEqual(['all saved progress']);
  });

  it('a damaged note is itself reset, and says so', async () => {
    const notes = createResetNotes(fakeStorageArea({ resetNote: { reset: 'nope' } }));
    expect(await notes.read()).toEqual(['an earlier note about what was reset']);
  });

  it('a note shows only words a reader resets under, never other text stored there', async () => {
    const notes = createResetNotes(fakeStorageArea({ resetNote: { reset: ['<b>hi</b>', 'the last rehearsal'] } }));
    expect(await notes.read()).toEqual(['the last rehearsal']);
  });

  it('repairs and updates arriving together lose nothing', async () => {
    const area = fakeStorageArea({ progress: 42 });
    const store = createProgressStore(area);
    await Promise.all([store.read(), store.update((p) => onTick(p, 'save', true)), store.read()]);
    expect((await store.read()).ticked).toEqual(['save']);
    expect(await store.notes.read()).toEqual(['all saved progress']);
  });

  it('the vault reports a damaged entry, and one claiming a limit longer than any allowed', async () => {
    for (const vault of [{ token: 7 }, { token: 'tk_live_value_1234567890', fingerprint: null, expiresAt: 10 ** 15 }]) {
      const local = fakeStorageArea();
      const session = fakeStorageArea({ vault });
      const notes = createResetNotes(local);
      expect(await createVault(session, () => 0, undefined, notes).get()).toBeNull();
      expect(session.dump()).not.toHaveProperty('vault.token', 'tk_live_value_1234567890');
      expect(await notes.read()).toEqual(['the captured token']);
      expect(JSON.stringify(local.dump())).not.toContain('tk_live');
    }
  });

  it('a token within its limit is kept', async () => {
    const session = fakeStorageArea({ vault: { token: 'tk_live_value_1234567890', expiresAt: TOKEN_TTL_MS } });
    expect((await createVault(session, () => 0).get())?.token).toBe('tk_live_value_1234567890');
  });

  it('nothing stored reads as empty progress with no note', async () => {
    const store = createProgressStore(fakeStorageArea());
    expect(await store.read()).toEqual(EMPTY_PROGRESS);
    expect(await store.notes.read()).toEqual([]);
  });
});
