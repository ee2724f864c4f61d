// The status message after a fill: every field named, never the token.
import { describe, expect, it } from 'vitest';
import { describeFill, fieldReport } from '../../../../src/content/jumpcloud/report';
import type { FieldResult } from '../../../../src/content/jumpcloud/form';

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
    expect(describeFill([{ field: 'scim-version', outcome: 'unavailable', reason: 'rejected' }], ctx).join(' ')).toContain(
      'SCIM Version: choosing "SCIM 2.0" did not take; choose it by hand',
    );
  });

  it('maps results to the observation report', () => {
    expect(fieldReport([{ field: 'token', outcome: 'not-found' }, { field: 'base-url', outcome: 'filled' }])).toEqual({ token: 'not-found', 'base-url': 'filled' });
  });
});
