// Random JSON, and valid samples with one part mangled, in every registered key: the reader
// always returns a value its schema accepts, names only what it reset, and what it returns,
// once written back, reads the same with nothing more to say.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStored, toStored, type StoredKey } from '../../../../src/core/stored/read';
import { STORED_KEYS } from '../../../../src/core/stored/registry';
import { nearMiss, storedValue } from '../../../helpers/stored';

const entries = STORED_KEYS as readonly StoredKey<unknown>[];

describe.each(entries.map((entry) => [entry.key, entry] as const))('the stored key %s', (_key, entry) => {
  const words = new Set([entry.label, ...Object.values(entry.sections ?? {})]);

  it('reads anything as a valid value, and says only what it reset', () => {
    fc.assert(
      fc.property(fc.oneof(storedValue(entry), nearMiss(entry)), (raw) => {
        const { value, reset } = readStored(entry, raw);
        expect(entry.schema.safeParse(value).success).toBe(true);
        for (const w of reset) expect(words.has(w)).toBe(true);
        if (raw === undefined) expect(reset).toEqual([]);
        // What the background writes back reads the same, with no note (a null is never written).
        if (value === null) return;
        // (Through JSON, as Chrome stores it: a -0 comes back 0.)
        const written = JSON.parse(JSON.stringify(toStored(entry, value)));
        expect(readStored(entry, written)).toEqual({ value: JSON.parse(JSON.stringify(value)), reset: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('keys are unique per area', () => {
    expect(entries.filter((e) => e.area === entry.area && e.key === entry.key)).toHaveLength(1);
  });
});

it('the near misses do damage, and the reader keeps what they left alone', () => {
  const progress = entries.find((e) => e.key === 'progress')!;
  const reads = fc.sample(nearMiss(progress), { numRuns: 300, seed: 16 }).map((raw) => readStored(progress, raw));
  const partial = reads.filter((r) => r.reset.length > 0 && !r.reset.includes(progress.label));
  // Most mangle one part: that part is named, and the Base URL beside it survives.
  expect(partial.length).toBeGreaterThan(50);
  expect(partial.filter((r) => (r.value as { baseUrl: unknown }).baseUrl !== null).length).toBeGreaterThan(25);
});
