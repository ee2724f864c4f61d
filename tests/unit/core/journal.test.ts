import { describe, expect, it } from 'vitest';
import * as J from '../../../src/core/journal';

const BASE = 'https://app.trelica.com/api/scim/v2';
const entry = (runId: string, extra: Partial<J.TestUserEntry> = {}): J.TestUserEntry => ({
  runId,
  userName: `${runId}@example.com`,
  baseUrl: BASE,
  at: 1000,
  absentBefore: true,
  tokenFingerprint: 'fp1',
  ...extra,
});
const marker = (runId: string, instance: string, startedAt: number): J.RunMarker => ({
  runId,
  kind: 'rehearsal',
  baseUrl: BASE,
  startedAt,
  instance,
  testEmail: `${runId}@example.com`,
});

describe('the journal of test users', () => {
  it('opens an entry before the create, adds the id after it, and closes it when gone', () => {
    let j = J.onCreating(J.EMPTY_JOURNAL, entry('r1'));
    expect(j.testUsers).toEqual([entry('r1')]);
    j = J.onCreated(j, 'r1', 'u-1');
    expect(j.testUsers[0]?.userId).toBe('u-1');
    j = J.onAttempt(j, 'r1', { at: 5, code: 'cleanup-failed', detail: 'DELETE answered 500' });
    expect(j.testUsers[0]?.lastAttempt?.code).toBe('cleanup-failed');
    expect(J.onGone(j, 'r1').testUsers).toEqual([]);
    expect(J.onGone(j, 'other').testUsers).toHaveLength(1);
  });

  it('replaces the entry of the same run, and keeps only the newest entries', () => {
    let j = J.onCreating(J.EMPTY_JOURNAL, entry('r1'));
    j = J.onCreating(j, entry('r1', { userName: 'again@example.com' }));
    expect(j.testUsers.map((e) => e.userName)).toEqual(['again@example.com']);
    for (let i = 0; i < J.MAX_TEST_USERS + 3; i++) j = J.onCreating(j, entry(`n${i}`));
    expect(j.testUsers).toHaveLength(J.MAX_TEST_USERS);
    expect(j.testUsers.at(-1)?.runId).toBe(`n${J.MAX_TEST_USERS + 2}`);
  });

  it('a run another background marked was cut short; this background’s own runs were not', () => {
    let j = J.onRunStart(J.EMPTY_JOURNAL, marker('old1', 'before', 10));
    j = J.onRunStart(j, marker('old2', 'before', 20));
    j = J.onRunStart(j, marker('mine', 'now', 30));
    const swept = J.sweepInterrupted(j, 'now', 99);
    expect(swept.running.map((m) => m.runId)).toEqual(['mine']);
    expect(swept.interrupted).toEqual({
      kind: 'rehearsal',
      baseUrl: BASE,
      startedAt: 20,
      testEmail: 'old2@example.com',
      foundAt: 99,
    });
    // Nothing stale: nothing changes, an earlier note stays until dismissed.
    expect(J.sweepInterrupted(swept, 'now', 100)).toBe(swept);
    expect(J.dismissNotes(swept).interrupted).toBeNull();
    expect(J.onRunEnd(swept, 'mine').running).toEqual([]);
  });

  it('dismissing the notes never drops an open entry', () => {
    const j = { ...J.onCreating(J.EMPTY_JOURNAL, entry('r1')), cleaned: [] };
    expect(J.dismissNotes(j).testUsers).toHaveLength(1);
  });

  it('shows the popup no entry of a run still under way', () => {
    const j = J.onCreating(J.onCreating(J.EMPTY_JOURNAL, entry('busy')), entry('left'));
    expect(J.journalView(j, new Set(['busy'])).testUsers.map((e) => e.runId)).toEqual(['left']);
  });
});

describe('readJournal', () => {
  it('reads what it wrote', () => {
    const j = J.onRunStart(J.onCreating(J.EMPTY_JOURNAL, entry('r1')), marker('m', 'i', 1));
    expect(J.readJournal(JSON.parse(JSON.stringify(j)))).toEqual(j);
  });

  it.each([undefined, null, 42, 'text', [], { testUsers: 'no' }])('reads %j as an empty journal', (raw) => {
    expect(J.readJournal(raw)).toEqual(J.EMPTY_JOURNAL);
  });

  it('keeps every readable entry when one is damaged: the others name real users', () => {
    const raw = {
      testUsers: [entry('good1'), { runId: 'bad', userName: 42 }, null, entry('good2')],
      running: [marker('m', 'i', 1), { runId: 'x' }],
      interrupted: { kind: 'nonsense' },
      cleaned: 'no',
    };
    const j = J.readJournal(raw);
    expect(j.testUsers.map((e) => e.runId)).toEqual(['good1', 'good2']);
    expect(j.running.map((m) => m.runId)).toEqual(['m']);
    expect(j.interrupted).toBeNull();
    expect(j.cleaned).toEqual([]);
  });

  it('never takes an entry without the proof that the address was free before the create', () => {
    const { absentBefore: _, ...unproven } = entry('r1');
    expect(J.readJournal({ testUsers: [unproven] }).testUsers).toEqual([]);
  });
});
