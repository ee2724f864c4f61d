// The one redactor, rule by rule, and the properties it must hold for any token: gone from the
// text in every spelling the extension could meet, idempotent, and ordinary words untouched.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact, REDACTED, RULES } from '../../../src/core/redaction';

const token = fc.stringMatching(/^[A-Za-z0-9_\-.~]{16,64}$/);
const prose = fc.stringMatching(/^[a-z ,.]{0,40}$/);

/** How a token may appear in a server's echo, a header dump, a log line or a paste. */
const SHAPES: readonly ((t: string) => string)[] = [
  (t) => `Authorization: Bearer ${t}`,
  (t) => `authorization=Bearer%20${t}`,
  (t) => `Bearer ${t}`,
  (t) => `bearer+${t}`,
  (t) => `"Authorization":"Token ${t}"`,
  (t) => `{"access_token":"${t}"}`,
  (t) => `token=${t}&next=1`,
  (t) => `api-token: ${t}`,
  (t) => `the bearer token ${t} was refused`,
  (t) => `SCIM token: ${t}`,
];

describe('redact: properties', () => {
  it('removes a token in every shape, without being told the token', () => {
    fc.assert(
      fc.property(token, prose, prose, fc.nat(SHAPES.length - 1), (t, before, after, shape) => {
        const out = redact(`${before} ${SHAPES[shape]!(t)} ${after}`);
        expect(out).not.toContain(t);
        expect(out).toContain(REDACTED);
      }),
    );
  });

  it('removes a known token anywhere, in any case, URL-encoded, or pasted with "Bearer "', () => {
    fc.assert(
      fc.property(token, prose, prose, (t, before, after) => {
        for (const shown of [t, t.toUpperCase(), encodeURIComponent(t)]) {
          expect(redact(`${before}${shown}${after}`, [`Bearer ${t}`]).toLowerCase()).not.toContain(t.toLowerCase());
        }
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(token, fc.nat(SHAPES.length - 1), prose, (t, shape, words) => {
        const once = redact(`${words} ${SHAPES[shape]!(t)}`, [t]);
        expect(redact(once, [t])).toBe(once);
      }),
    );
  });

  it('leaves ordinary text alone', () => {
    fc.assert(
      fc.property(prose, (text) => {
        expect(redact(text)).toBe(text);
      }),
    );
    for (const text of [
      'The token is missing.',
      'Trelica refused the token (401).',
      'WWW-Authenticate: Bearer realm="Trelica", error="invalid_token"',
      'Copy the token again from Trelica, in one piece, without the word "Bearer".',
      'GET /Users?startIndex=1&count=1 -> 401 in 87 ms',
    ]) {
      expect(redact(text)).toBe(text);
    }
  });

  it('never leaves half a token when one secret holds another (URL-encoded and plain)', () => {
    const t = 'a+b/c=d_0123456789abcdef';
    expect(redact(`x ${encodeURIComponent(t)} y ${t} z`, [t])).toBe(`x ${REDACTED} y ${REDACTED} z`);
  });
});

describe('redact: each named rule', () => {
  it.each<[keyof typeof RULES, string, string]>([
    ['known-secret', 'echo sEcReT-value-123 back', `echo ${REDACTED} back`],
    ['bearer-credential', 'sent Bearer abc.def-123 then', `sent Bearer ${REDACTED} then`],
    ['bearer-token-phrase', 'your bearer token 0123456789abcdef is wrong', `your bearer token ${REDACTED} is wrong`],
    ['authorization-value', 'Authorization: Basic dXNlcjpwYXNz', `Authorization: ${REDACTED}`],
    ['token-assignment', '{"refresh_token":"r-123"}', `{"refresh_token":"${REDACTED}"}`],
  ])('%s', (rule, text, expected) => {
    expect(RULES[rule](text, ['secret-value-123'])).toBe(expected);
  });
});
