// Damaged stored values: what can be read is kept, part by part; what cannot is reset to its
// default and named for the popup's note. Nothing throws.
import { describe, expect, it } from 'vitest';
import { JOURNAL_KEY } from '../../../../src/core/journal';
import { EMPTY_PROGRESS } from '../../../../src/core/progress';
import { PROGRESS_KEY } from '../../../../src/core/stored/progress-key';
import { readStored, type StoredKey } from '../../../../src/core/stored/read';
import { VAULT_KEY } from '../../../../src/core/stored/vault-key';
import { z } from '../../../../src/core/zod';
import { storedFixture } from '../../../helpers/stored';

const v4 = storedFixture('progress-v6') as Record<string, unknown> & { jumpcloud: Record<string, unknown> };
const read = (raw: unknown) => readStored(PROGRESS_KEY, raw);

describe('reading damaged progress', () => {
  it('nothing stored: empty progress, nothing to say', () => {
    expect(read(undefined)).toEqual({ value: EMPTY_PROGRESS, reset: [] });
  });

  it.each([null, 42, 'x', true, [], [v4]])('%j in place of progress: all of it reset, and said', (raw) => {
    expect(read(raw)).toEqual({ value: EMPTY_PROGRESS, reset: ['all saved progress'] });
  });

  it('an empty object lost nothing: empty progress without a note', () => {
    expect(read({})).toEqual({ value: EMPTY_PROGRESS, reset: [] });
  });

  it('one mangled verdict resets the last rehearsal only', () => {
    const { value, reset } = read({ ...v4, lastRehearsal: { ...(v4.lastRehearsal as object), verdict: 'nope' } });
    expect(reset).toEqual(['the last rehearsal']);
    expect(value.lastRehearsal).toBeNull();
    expect(value).toEqual({ ...v4, lastRehearsal: null });
  });

  it('a mangled part of what JumpCloud showed resets that part, not its neighbours', () => {
    const { value, reset } = read({ ...v4, jumpcloud: { ...v4.jumpcloud, fields: { 'api-type': 'maybe' } } });
    expect(reset).toEqual(['what the JumpCloud page showed']);
    expect(value.jumpcloud).toEqual({ ...v4.jumpcloud, fields: null });
  });

  it('one bad outcome is dropped, the other kept', () => {
    const outcomes = {
      activate: { result: 'perhaps', text: '', at: 1 },
      'test-connection': { result: 'success', text: 'ok', at: 2 },
    };
    const { value, reset } = read({ ...v4, jumpcloud: { ...v4.jumpcloud, outcomes } });
    expect(reset).toEqual(['what the JumpCloud page showed']);
    expect(value.jumpcloud.outcomes).toEqual({ 'test-connection': outcomes['test-connection'] });
  });

  it('an unknown step among the ticks is dropped, the others kept', () => {
    const { value, reset } = read({ ...v4, ticked: ['save', 'no-such-step', 42, 'activate'] });
    expect(reset).toEqual(['the steps you ticked']);
    expect(value.ticked).toEqual(['save', 'activate']);
  });

  it('a console whose remembered fields are mangled is forgotten, the others kept', () => {
    const good = { token: { label: 'Token Key' } };
    const remembered = { 'https://console.jumpcloud.com': good, 'https://console.eu.jumpcloud.com': { token: 'x' } };
    const { value, reset } = read({ ...v4, remembered });
    expect(reset).toEqual(['the fields you picked by hand']);
    expect(value.remembered).toEqual({ 'https://console.jumpcloud.com': good });
  });

  it('a list of records over its limit keeps the newest, and says so', () => {
    const journal = storedFixture('journal-v1') as { testUsers: { runId: string }[] };
    const many = Array.from({ length: 25 }, (_, i) => ({ ...journal.testUsers[0]!, runId: `r${i}` }));
    const { value, reset } = readStored(JOURNAL_KEY, { ...journal, testUsers: many });
    expect(value.testUsers.map((e) => e.runId)).toEqual(many.slice(-20).map((e) => e.runId));
    expect(reset).toEqual(['the record of test users the extension created']);
  });

  it('a nullable list over its limit is reset whole', () => {
    const { value, reset } = read({ ...v4, registeredDomains: Array.from({ length: 501 }, (_, i) => `d${i}.example`) });
    expect(reset).toEqual(["Trelica's registered domains"]);
    expect(value.registeredDomains).toBeNull();
  });

  it('several damaged parts are each named once', () => {
    const { reset } = read({ ...v4, baseUrl: 7, testEmail: {}, ticked: ['x', 'y'] });
    expect(reset).toEqual(['the Base URL', 'the test user email', 'the steps you ticked']);
  });

  it('a "__proto__" key stored in a record stays a plain key', () => {
    const remembered = JSON.parse('{"__proto__": {"token": {"label": "x"}}, "https://a.example": {}}');
    const { value } = read({ ...v4, remembered });
    expect(Object.getPrototypeOf(value.remembered)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).token).toBeUndefined();
  });

  it('a version that is not a whole number is read as unversioned', () => {
    expect(read({ ...v4, schemaVersion: 'two' })).toEqual({ value: v4, reset: [] });
  });
});

describe('reading any registered key', () => {
  it('a migration that throws resets the value whole, and says so', () => {
    const entry: StoredKey<{ n: number }> = {
      key: 'k',
      area: 'local',
      schema: z.object({ n: z.number() }),
      fallback: { n: 0 },
      migrations: [
        () => {
          throw new Error('boom');
        },
      ],
      label: 'the thing',
    };
    expect(readStored(entry, { n: 1 })).toEqual({ value: { n: 0 }, reset: ['the thing'] });
    expect(readStored(entry, { n: 1, schemaVersion: 2 })).toEqual({ value: { n: 1 }, reset: [] });
  });

  it('a damaged token entry is forgotten whole, and the note never quotes it', () => {
    const { value, reset } = readStored(VAULT_KEY, { token: 'tk_secret_value_123456', expiresAt: 'soon' });
    expect(value).toBeNull();
    expect(reset).toEqual(['the captured token']);
    expect(JSON.stringify(reset)).not.toContain('tk_secret');
  });

  it('the fallback handed out is a copy: changing one read does not change the next', () => {
    const first = read(undefined).value as unknown as { ticked: string[] };
    first.ticked.push('save');
    expect(read(undefined).value.ticked).toEqual([]);
  });
});
