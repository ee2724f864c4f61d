import { describe, expect, it } from 'vitest';
import { createProgressStore } from '../../../src/background/progress-store';
import { EMPTY_PROGRESS, onTick } from '../../../src/core/progress';
import { fakeStorageArea } from '../../helpers/fake-storage';

describe('progress store', () => {
  it('starts empty and survives a corrupt entry', async () => {
    expect(await createProgressStore(fakeStorageArea()).read()).toEqual(EMPTY_PROGRESS);
    expect(await createProgressStore(fakeStorageArea({ progress: 'garbage' })).read()).toEqual(EMPTY_PROGRESS);
  });

  it('serializes concurrent updates so none is lost', async () => {
    const area = fakeStorageArea();
    const store = createProgressStore(area);
    await Promise.all([
      store.update((p) => onTick(p, 'save', true)),
      store.update((p) => onTick(p, 'activate', true)),
      store.update((p) => onTick(p, 'jumpcloud-app', true)),
    ]);
    expect((await store.read()).ticked.sort()).toEqual(['activate', 'jumpcloud-app', 'save']);
  });

  it('a failing update changes nothing and does not block the next', async () => {
    const store = createProgressStore(fakeStorageArea());
    await expect(
      store.update(() => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await store.update((p) => onTick(p, 'save', true));
    expect((await store.read()).ticked).toEqual(['save']);
  });
});
