// Random JSON and near misses in every stored key (storage.local and storage.session), then
// every message the background takes: each is answered with a reply its schema accepts, never
// the internal-error refusal; and what the popup gets is a whole State whose note names only
// what was reset.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPLY_OF, REQUEST_TYPES, SENDER_OF, StateSchema } from '../../src/core/messages';
import { readStored, type StoredKey } from '../../src/core/stored/read';
import { STORED_KEYS } from '../../src/core/stored/registry';
import { backgroundOver, SENDER_FOR, storedAreas, VALID_REQUESTS } from '../helpers/stored';

const WORDS = new Set(
  (STORED_KEYS as readonly StoredKey<unknown>[]).flatMap((e) => [e.label, ...Object.values(e.sections ?? {})]),
);

describe('the background over damaged storage', () => {
  it('answers every message type with a reply its schema accepts', async () => {
    await fc.assert(
      fc.asyncProperty(storedAreas, fc.constantFrom(...REQUEST_TYPES), async (areas, type) => {
        const { route } = await backgroundOver(areas);
        const reply = await route(VALID_REQUESTS[type], SENDER_FOR[SENDER_OF[type]]);
        const parsed = REPLY_OF[type].safeParse(reply);
        expect(parsed.success, JSON.stringify(reply)).toBe(true);
        expect(JSON.stringify(reply)).not.toMatch(/internal error/);
      }),
      { numRuns: 400 },
    );
  });

  it('opens the popup with a whole State and repaired storage, then answers every message in turn', async () => {
    await fc.assert(
      fc.asyncProperty(storedAreas, async (areas) => {
        const { route, local, session } = await backgroundOver(areas);
        const opened = (await route({ type: 'popup/get-state' }, SENDER_FOR.extension)) as { state: unknown };
        const state = StateSchema.parse(opened.state);
        for (const w of state.resetNote) expect(WORDS.has(w)).toBe(true);
        // Storage is repaired: read again, nothing is left to reset.
        const dumps = { local: local.dump(), session: session.dump() };
        for (const entry of STORED_KEYS as readonly StoredKey<unknown>[]) {
          expect(readStored(entry, dumps[entry.area][entry.key]).reset, entry.key).toEqual([]);
        }
        for (const type of REQUEST_TYPES) {
          const reply = await route(VALID_REQUESTS[type], SENDER_FOR[SENDER_OF[type]]);
          expect(REPLY_OF[type].safeParse(reply).success, `${type}: ${JSON.stringify(reply)}`).toBe(true);
          expect(JSON.stringify(reply)).not.toMatch(/internal error/);
        }
        // The token never reaches storage.local, damaged or not.
        expect(JSON.stringify(local.dump())).not.toContain(VALID_REQUESTS['trelica/capture'].token);
      }),
      { numRuns: 60 },
    );
  });

  it('names what it reset when the popup opens, and forgets the note once dismissed', async () => {
    const { route } = await backgroundOver({ local: { progress: { baseUrl: 42 } }, session: { vault: 'junk' } });
    const opened = (await route({ type: 'popup/get-state' }, SENDER_FOR.extension)) as {
      state: { resetNote: string[] };
    };
    expect(opened.state.resetNote).toEqual(expect.arrayContaining(['the Base URL', 'the captured token']));
    const dismissed = (await route({ type: 'popup/dismiss-reset-note' }, SENDER_FOR.extension)) as {
      state: { resetNote: string[] };
    };
    expect(dismissed.state.resetNote).toEqual([]);
    const again = (await route({ type: 'popup/get-state' }, SENDER_FOR.extension)) as {
      state: { resetNote: string[] };
    };
    expect(again.state.resetNote).toEqual([]);
  });
});
