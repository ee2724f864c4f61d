// The status message after a fill: every field named, never the token.
import { describe, expect, it } from 'vitest';
import { describeFill, describePicked, fieldReport, testEmailNote } from '../../../src/core/fill-report';
import type { FieldResult } from '../../../src/core/messages';

const ctx = { shown: { 'base-url': 'https://app.trelica.com/api/scim/v2', token: 'abcd…wxyz' }, testEmailNote: null };

describe('describeFill', () => {
  it('groups fields by outcome and ends with the next step', () => {
    const results: FieldResult[] = [
      { field: 'api-type', outcome: 'filled' },
      { field: 'scim-version', outcome: 'already-set' },
      { field: 'base-url', outcome: 'filled' },
      { field: 'token', outcome: 'filled' },
      { field: 'test-email', outcome: 'filled' },
    ];
    expect(describeFill(results, ctx)).toEqual([
      'Filled: API Type, Base URL (https://app.trelica.com/api/scim/v2), Token Key (abcd…wxyz), Test User Email.',
      'Already set: SCIM Version.',
      'Next: click "Test Connection".',
    ]);
  });

  it('says why a field was left, never echoing the token field', () => {
    const lines = describeFill(
      [
        { field: 'token', outcome: 'kept', reason: 'other-value', current: 'secret-old-token' },
        { field: 'base-url', outcome: 'kept', reason: 'other-value', current: 'https://old.example' },
        { field: 'scim-version', outcome: 'kept', reason: 'other-value', current: 'SCIM 1.1' },
        { field: 'test-email', outcome: 'unavailable', reason: 'readonly' },
        { field: 'api-type', outcome: 'not-found' },
      ],
      ctx,
    ).join('\n');
    expect(lines).not.toContain('secret-old-token');
    expect(lines).toContain('Token Key holds another value');
    expect(lines).toContain('Base URL holds "https://old.example"; clear it and click again');
    expect(lines).toContain('SCIM Version is set to "SCIM 1.1"; Trelica needs "SCIM 2.0"');
    expect(lines).toContain('Not filled: Test User Email is read-only.');
    expect(lines).toContain('Not found on this page: API Type. Fill it by hand.');
    expect(lines).toContain('Fix the fields above');
  });

  it('tells "not found", "no such option", "list did not open" and "did not take" apart', () => {
    const lines = describeFill(
      [
        { field: 'api-type', outcome: 'unavailable', reason: 'no-listbox' },
        { field: 'scim-version', outcome: 'unavailable', reason: 'no-option' },
        { field: 'base-url', outcome: 'not-found' },
        { field: 'token', outcome: 'unavailable', reason: 'rejected' },
      ],
      ctx,
    ).join('\n');
    expect(lines).toContain('API Type: its list did not open; choose "SCIM API" by hand');
    expect(lines).toContain('SCIM Version offers no "SCIM 2.0" option');
    expect(lines).toContain('Token Key: the page did not accept the value');
    expect(lines).toContain('Not found on this page: Base URL.');
    expect(
      describeFill([{ field: 'scim-version', outcome: 'unavailable', reason: 'rejected' }], ctx).join(' '),
    ).toContain('SCIM Version: choosing "SCIM 2.0" did not take; choose it by hand');
  });

  it('maps results to the observation report', () => {
    expect(
      fieldReport([
        { field: 'token', outcome: 'not-found' },
        { field: 'base-url', outcome: 'filled' },
      ]),
    ).toEqual({ token: 'not-found', 'base-url': 'filled' });
  });
});

describe('testEmailNote', () => {
  it.each([
    [
      { suggested: 'scim-test-1a2b@example.com', filled: true, testEmail: null, domains: ['example.com'] },
      /new address on example\.com/,
    ],
    [{ suggested: null, filled: false, testEmail: 'a@example.com', domains: ['example.com'] }, null],
    [
      { suggested: null, filled: false, testEmail: null, domains: null },
      /open Trelica's Settings > Organization > Domains page/,
    ],
    [
      { suggested: null, filled: false, testEmail: null, domains: [] },
      /no Trelica domain has "User requests" \(or "Account requests"\) ticked/,
    ],
  ])('%j', (facts, expected) => {
    const note = testEmailNote(facts);
    if (expected === null) expect(note).toBeNull();
    else expect(note).toMatch(expected);
  });
});

describe('describePicked', () => {
  it('says what happened to the picked field, and that it is remembered once it is set', () => {
    expect(describePicked({ field: 'token', outcome: 'filled' })).toEqual([
      'Filled: Token Key.',
      'Token Key will be looked for there first the next time you fill on this console.',
    ]);
    expect(describePicked({ field: 'token', outcome: 'unavailable', reason: 'readonly' })).toEqual([
      'Not filled: Token Key is read-only.',
    ]);
  });
});
