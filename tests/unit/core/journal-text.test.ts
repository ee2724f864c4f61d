import { describe, expect, it } from 'vitest';
import { cleanedNote, interruptedNote, leftoverAlert, leftoverHelp } from '../../../src/core/journal-text';
import type { CleanupResult } from '../../../src/core/scim/results';

const result = (outcome: CleanupResult['outcome'], detail = 'the detail'): CleanupResult => ({
  runId: 'r',
  userName: 'scim-rehearsal-1@example.com',
  outcome,
  code: outcome === 'failed' ? 'unauthorized' : 'ok',
  detail,
  at: 1,
});

describe('the journal in words', () => {
  it('names the leftover user, when and where it was created', () => {
    const entry = {
      runId: 'r',
      userName: 'scim-rehearsal-1@example.com',
      baseUrl: 'https://eu.trelica.com/api/scim/v2',
      at: 1,
      absentBefore: true as const,
      tokenFingerprint: null,
    };
    expect(leftoverAlert(entry, '14:05')).toBe(
      'A test user the extension created is still in Trelica: scim-rehearsal-1@example.com (created at 14:05 under https://eu.trelica.com/api/scim/v2). Its rehearsal did not get to delete it.',
    );
  });

  it('asks for a token only when none is at hand', () => {
    expect(leftoverHelp(false)).toMatch(/Capture the token/);
    expect(leftoverHelp(true)).toMatch(/^Click "Remove test user"/);
  });

  it('says which run stopped, and with which address', () => {
    const run = { kind: 'rehearsal' as const, baseUrl: 'b', startedAt: 1, foundAt: 2 };
    expect(interruptedNote({ ...run, testEmail: 'a@example.com' }, '9:00')).toMatch(
      /^The activation rehearsal with a@example.com started at 9:00 did not finish/,
    );
    expect(interruptedNote({ ...run, kind: 'connection-test' }, '9:00')).toMatch(
      /^The connection test started at 9:00/,
    );
  });

  it.each([
    ['removed', /^Removed the test user scim-rehearsal-1@example.com/],
    ['already-gone', /is no longer in Trelica/],
    ['not-ours', /^the detail Check it in Trelica/],
    ['failed', /^Could not remove the test user scim-rehearsal-1@example.com: the detail$/],
  ] as const)('reports a removal that ended %s', (outcome, words) => {
    expect(cleanedNote(result(outcome))).toMatch(words);
  });
});
