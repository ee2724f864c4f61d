import { describe, expect, it } from 'vitest';
import { diagnose, diagnosisWords } from '../../../src/core/diagnosis';
import { explainFailure } from '../../../src/core/find-out-why';

const TRAIL = /^JumpCloud's own record: Directory Insights, events user_create_provision/;

describe('explainFailure', () => {
  it("says a failure's title, the run's detail, its cause and fix, and where the IdP keeps its record", () => {
    const said = explainFailure('test-connection', { verdict: 'unauthorized', detail: 'GET /Users answered 401.' });
    expect(said).toEqual({
      code: 'unauthorized',
      title: 'Trelica refused the token (401)',
      lines: [
        'GET /Users answered 401.',
        `Cause: ${diagnose('unauthorized').cause}`,
        `Fix: ${diagnose('unauthorized').fix}`,
        expect.stringMatching(TRAIL),
      ],
    });
    expect(explainFailure('test-connection', { verdict: 'network', detail: 'x' }, 'entra').lines.at(-1)).toBe(
      "Entra ID's own record: the app's Provisioning logs.",
    );
  });

  it("says what passed on JumpCloud, after its test or its Activate, in the extension's words", () => {
    expect(explainFailure('test-connection', { verdict: 'ok', detail: 'x' })).toEqual({
      code: 'ok',
      title: "The extension's connection test passed",
      lines: [
        'So the Base URL and token work: check for a typo JumpCloud kept, then try Test Connection again.',
        expect.stringMatching(TRAIL),
      ],
    });
    expect(explainFailure('activate', { verdict: 'ok', detail: 'x' })).toMatchObject({
      code: 'ok',
      title: "The extension's rehearsal of Activate (create, update, delete a test user) passed",
      lines: [
        expect.stringMatching(/^So the failure is not the Base URL, the token or the test email/),
        expect.anything(),
      ],
    });
  });

  it("says what to check in Okta's or Entra ID's form when the extension's test passed", () => {
    expect(explainFailure('test-connection', { verdict: 'ok', detail: 'x' }, 'okta')).toEqual({
      code: 'ok',
      title: "The extension's connection test passed",
      lines: [
        expect.stringMatching(/"Authorization" holds the token without "Bearer"/),
        expect.stringMatching(/^Okta's own record/),
      ],
    });
    expect(explainFailure('test-connection', { verdict: 'ok', detail: 'x' }, 'entra').lines[0]).toMatch(
      /"Secret Token" holds the token without "Bearer"/,
    );
  });
});

describe('diagnosisWords', () => {
  it('words a pass and a failure alike: code, title, cause and fix', () => {
    expect(diagnosisWords('ok')).toEqual({
      code: 'ok',
      title: 'Trelica answered like a working SCIM server',
      cause: 'The Base URL and token are right and Trelica accepts them.',
      fix: 'Go on to the next step in JumpCloud.',
    });
    expect(Object.keys(diagnosisWords('timeout'))).toEqual(['code', 'title', 'cause', 'fix']);
    expect(diagnose('ok').step).toBe('test-connection');
  });
});
