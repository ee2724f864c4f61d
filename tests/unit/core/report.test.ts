import { describe, expect, it } from 'vitest';
import { buildReport, redact, REDACTED } from '../../../src/core/report';
import { diagnose } from '../../../src/core/diagnosis';
import { connectionTest, rehearsal, SECRET_TOKEN } from '../../helpers/states';

const OTHER_TOKEN = 'Zx81-secret-token-from-trelica-0042';

describe('buildReport: connection test', () => {
  const result = connectionTest('unauthorized', {
    evidence: [
      {
        method: 'GET',
        path: '/Users?startIndex=1&count=1',
        status: 401,
        ms: 87.4,
        excerpt: '{"status":"401","detail":"Invalid token"}',
      },
      { method: 'GET', path: '/ServiceProviderConfig', status: null, ms: 10000, excerpt: 'timed out after 10 s' },
    ],
    tested: {
      baseUrl: 'https://eu.trelica.com/api/scim/v2',
      tokenFingerprint: '0123456789abcdef',
      tokenMasked: 'tk_l…b1a0',
    },
  });
  const report = buildReport({ result, version: '1.2.3', secrets: [SECRET_TOKEN] });

  it('names the verdict, its title, the detail, the fix and the step', () => {
    const d = diagnose('unauthorized');
    expect(report).toContain('Verdict: unauthorized');
    expect(report).toContain(`Title: ${d.title}`);
    expect(report).toContain(`Detail: ${result.detail}`);
    expect(report).toContain(`Fix: ${d.fix}`);
    expect(report).toContain('Step to revisit: trelica-enable-scim');
    expect(report).toContain('Extension version: 1.2.3');
    expect(report).toContain('Base URL: https://eu.trelica.com/api/scim/v2');
    expect(report).toContain('Token (masked): tk_l…b1a0');
  });

  it('lists each request with method, path, status, time and excerpt', () => {
    expect(report).toContain('GET /Users?startIndex=1&count=1 -> 401 in 87 ms');
    expect(report).toContain('excerpt: {"status":"401","detail":"Invalid token"}');
    expect(report).toContain('GET /ServiceProviderConfig -> no response in 10000 ms');
    expect(report).toContain('timed out after 10 s');
  });

  it('never contains the token', () => {
    expect(report).not.toContain(SECRET_TOKEN);
    expect(report).not.toContain(OTHER_TOKEN);
  });
});

describe('buildReport: rehearsal', () => {
  it('lists each step with its outcome and evidence, the test email and the leftover user id', () => {
    const report = buildReport({ result: rehearsal('cleanup-failed'), version: '0.1.0' });
    expect(report).toContain('Verdict: cleanup-failed');
    expect(report).toContain('Test email: scim-test@example.com');
    expect(report).toContain('Temporary user id: 0123456789abcdef0123456789abcdef');
    expect(report).toMatch(/- create: passed \(create detail\)\n\s+GET \/Users\/create -> 200 in 11 ms/);
    expect(report).toContain('- delete: failed (delete detail)');
    expect(report).toContain('- confirm-gone: skipped');
  });
});

describe('redaction: defence in depth, should a secret slip into a result', () => {
  it.each([
    ['a known secret in the detail', { detail: `sent ${SECRET_TOKEN}` }],
    [
      'a known secret in an excerpt',
      { evidence: [{ method: 'GET' as const, path: '/Users', status: 401, ms: 1, excerpt: `echo: ${SECRET_TOKEN}` }] },
    ],
    ['a known secret in upper case', { detail: SECRET_TOKEN.toUpperCase() }],
  ])('%s', (_, extra) => {
    const report = buildReport({
      result: connectionTest('unauthorized', extra),
      version: '0.1.0',
      secrets: [SECRET_TOKEN],
    });
    expect(report.toLowerCase()).not.toContain(SECRET_TOKEN.toLowerCase());
    expect(report).toContain(REDACTED);
  });

  it.each([
    ['Authorization: Bearer ' + OTHER_TOKEN, 'Authorization: Bearer [redacted]'],
    ['{"authorization":"' + OTHER_TOKEN + '"}', '{"authorization":"[redacted]"}'],
    ['bearer ' + OTHER_TOKEN + ' rejected', 'bearer [redacted] rejected'],
    ['{"token": "' + OTHER_TOKEN + '"}', '{"token": "[redacted]"}'],
    ['access_token=' + OTHER_TOKEN, 'access_token=[redacted]'],
  ])('unknown credential shapes: %s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it('hides the bare token when the known secret was typed with its "Bearer " prefix', () => {
    expect(redact(`echo ${OTHER_TOKEN}`, [`  Bearer ${OTHER_TOKEN}\n`])).toBe(`echo ${REDACTED}`);
  });

  it('leaves ordinary text alone, and ignores secrets too short to be tokens', () => {
    expect(redact('GET /Users answered 401: the token was refused', ['abc'])).toBe(
      'GET /Users answered 401: the token was refused',
    );
  });
});
