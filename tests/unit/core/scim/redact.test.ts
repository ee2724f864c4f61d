import { describe, expect, it } from 'vitest';
import { EXCERPT_MAX, REDACTED, excerpt, redact, scrub } from '../../../../src/core/scim/redact';
import { TOKEN } from '../../../helpers/scim/fetch-fakes';

describe('redact', () => {
  it.each([
    ['the token as sent', `token=${TOKEN}!`, `token=${REDACTED}!`],
    ['the token in upper case', `echo ${TOKEN.toUpperCase()}`, `echo ${REDACTED}`],
    ['the token twice', `${TOKEN}/${TOKEN}`, `${REDACTED}/${REDACTED}`],
    [
      'an Authorization header echoed',
      '{"authorization":"Bearer someOtherToken123"}',
      `{"authorization":"Bearer ${REDACTED}"}`,
    ],
    ['a URL-encoded Bearer', 'auth=Bearer%20abc.def-ghi~', `auth=Bearer%20${REDACTED}`],
    ['base64 padding of a token68', 'BEARER dG9rZW4=== end', `BEARER ${REDACTED} end`],
    [
      'a WWW-Authenticate challenge, kept',
      'Bearer realm="scim", error="invalid_token"',
      'Bearer realm="scim", error="invalid_token"',
    ],
    ['text without secrets, kept', 'Nothing to see', 'Nothing to see'],
  ])('%s', (_name, input, expected) => {
    expect(redact(input, [TOKEN])).toBe(expected);
  });

  it('redacts the URL-encoded spelling of a token with reserved characters', () => {
    const token = 'abc/def+ghi=jkl:mnopq';
    expect(redact(`?t=${encodeURIComponent(token)}`, [token])).toBe(`?t=${REDACTED}`);
  });

  it('ignores empty secrets instead of redacting everything', () => {
    expect(redact('plain', [''])).toBe('plain');
  });
});

describe('excerpt', () => {
  it('flattens whitespace and stays within the limit', () => {
    const out = excerpt(`a\n\n  b\t${'x'.repeat(500)}`, []);
    expect(out.startsWith('a b x')).toBe(true);
    expect(out.length).toBeLessThanOrEqual(EXCERPT_MAX);
    expect(out.endsWith('…')).toBe(true);
  });

  it('redacts before cutting, so a token across the limit leaks no part of itself', () => {
    const body = `${'y'.repeat(EXCERPT_MAX - 10)}${TOKEN}`;
    const out = excerpt(body, [TOKEN]);
    expect(out).not.toContain(TOKEN.slice(0, 8));
    expect(out).toContain('[redac');
  });

  it('keeps short text whole', () => {
    expect(excerpt('  {"a":1}  ', [])).toBe('{"a":1}');
  });
});

describe('scrub', () => {
  it('redacts every string inside nested data and keeps the rest', () => {
    const value = { a: TOKEN, b: [1, `x ${TOKEN}`, { c: null, d: true }], e: 2 };
    const out = scrub(value, [TOKEN]);
    expect(out).toEqual({ a: REDACTED, b: [1, `x ${REDACTED}`, { c: null, d: true }], e: 2 });
    expect(JSON.stringify(out)).not.toContain(TOKEN);
  });
});
