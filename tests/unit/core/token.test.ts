import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MASKED_SHORT_TOKEN,
  MIN_TOKEN_LENGTH,
  describeTokenFix,
  describeTokenProblem,
  maskToken,
  normalizeToken,
  tokenDiagnosis,
  type TokenFix,
  type TokenProblem,
} from '../../../src/core/token';

const TOKEN = 'tr3l1caT0kenABCDEFGHijklmnop0123456789';

describe('normalizeToken: usable tokens and the fixes applied', () => {
  it.each<[string, TokenFix[]]>([
    [TOKEN, []],
    [`  ${TOKEN}  `, ['trimmed-whitespace']],
    [`\n${TOKEN}\r\n`, ['trimmed-whitespace']],
    [`\u200B${TOKEN}\uFEFF`, ['trimmed-whitespace']],
    [`Bearer ${TOKEN}`, ['removed-bearer-prefix']],
    [`bearer ${TOKEN}`, ['removed-bearer-prefix']],
    [`BEARER ${TOKEN}`, ['removed-bearer-prefix']],
    [`BeArEr ${TOKEN}`, ['removed-bearer-prefix']],
    [`Bearer    ${TOKEN}`, ['removed-bearer-prefix']],
    [`Bearer\t${TOKEN}`, ['removed-bearer-prefix']],
    [`Bearer\n${TOKEN}`, ['removed-bearer-prefix']],
    [`Bearer:${TOKEN}`, ['removed-bearer-prefix']],
    [`Bearer: ${TOKEN}`, ['removed-bearer-prefix']],
    [`Bearer : ${TOKEN}`, ['removed-bearer-prefix']],
    [`Bearer Bearer ${TOKEN}`, ['removed-bearer-prefix']],
    [`Authorization: Bearer ${TOKEN}`, ['removed-bearer-prefix']],
    [`  Bearer ${TOKEN}\n`, ['trimmed-whitespace', 'removed-bearer-prefix']],
    // Glued to the word, "Bearer" is part of the token, not a prefix.
    ['BearerABCDEFGHIJKLMNOP', []],
    ['x'.repeat(MIN_TOKEN_LENGTH), []],
  ])('%j', (input, fixes) => {
    const result = normalizeToken(input);
    expect(result.problems).toEqual([]);
    expect(result.fixes).toEqual(fixes);
    expect(tokenDiagnosis(result)).toBeNull();
    expect(result.token).toBe(input.includes(TOKEN) ? TOKEN : input);
  });
});

describe('normalizeToken: unusable tokens', () => {
  it.each<[string, TokenProblem[], 'token-missing' | 'token-malformed']>([
    ['', ['empty'], 'token-missing'],
    ['   \n\t', ['empty'], 'token-missing'],
    ['\u200B\u00A0', ['empty'], 'token-missing'],
    ['Bearer', ['empty'], 'token-missing'],
    ['Bearer ', ['empty'], 'token-missing'],
    ['bearer:', ['empty'], 'token-missing'],
    ['Authorization: Bearer', ['empty'], 'token-missing'],
    [`${TOKEN.slice(0, 10)} ${TOKEN.slice(10)}`, ['inner-whitespace'], 'token-malformed'],
    [`${TOKEN.slice(0, 10)}\n${TOKEN.slice(10)}`, ['inner-whitespace'], 'token-malformed'],
    [`${TOKEN.slice(0, 10)}\r\n${TOKEN.slice(10)}`, ['inner-whitespace'], 'token-malformed'],
    [`${TOKEN.slice(0, 10)}\t${TOKEN.slice(10)}`, ['inner-whitespace'], 'token-malformed'],
    [`${TOKEN.slice(0, 10)}\u200B${TOKEN.slice(10)}`, ['inner-whitespace'], 'token-malformed'],
    [`${TOKEN.slice(0, 10)}\u00A0${TOKEN.slice(10)}`, ['inner-whitespace'], 'token-malformed'],
    [`Bearer Bearer x ${TOKEN}`, ['inner-whitespace'], 'token-malformed'],
    [`“${TOKEN}”`, ['invalid-characters'], 'token-malformed'],
    [`${TOKEN}…`, ['invalid-characters'], 'token-malformed'],
    [`${TOKEN.slice(0, 10)}é${TOKEN.slice(10)}`, ['invalid-characters'], 'token-malformed'],
    [`${TOKEN.slice(0, 10)}\u00ff${TOKEN.slice(10)}`, ['invalid-characters'], 'token-malformed'],
    ['abc', ['too-short'], 'token-malformed'],
    ['x'.repeat(MIN_TOKEN_LENGTH - 1), ['too-short'], 'token-malformed'],
    // The masked display pasted back in.
    ['tr3l…6789', ['invalid-characters', 'too-short'], 'token-malformed'],
    ['ab cd', ['inner-whitespace', 'too-short'], 'token-malformed'],
  ])('%j -> %j', (input, problems, diagnosis) => {
    const result = normalizeToken(input);
    expect(result.token).toBeNull();
    expect(result.problems).toEqual(problems);
    expect(tokenDiagnosis(result)).toBe(diagnosis);
  });
});

describe('descriptions', () => {
  it('give every fix and problem distinct words that never quote a token', () => {
    const words = [
      ...(['trimmed-whitespace', 'removed-bearer-prefix'] as const).map(describeTokenFix),
      ...(['empty', 'inner-whitespace', 'too-short'] as const).map(describeTokenProblem),
    ];
    expect(new Set(words).size).toBe(5);
    for (const w of words) expect(w.length).toBeGreaterThan(10);
    expect(describeTokenProblem('too-short')).toContain(String(MIN_TOKEN_LENGTH));
  });
});

describe('maskToken', () => {
  it.each([
    ['', MASKED_SHORT_TOKEN],
    ['a', MASKED_SHORT_TOKEN],
    ['abcdefghijk', MASKED_SHORT_TOKEN],
    ['abcdefghijkl', 'ab…kl'],
    ['abcdefghijklmnop', 'ab…op'],
    ['abcdefghijklmnopqr', 'abc…pqr'],
    ['abcdefghijklmnopqrstuvwx', 'abcd…uvwx'],
    [TOKEN, 'tr3l…6789'],
  ])('%j -> %s', (token, masked) => {
    expect(maskToken(token)).toBe(masked);
  });

  it('never splits a character made of two UTF-16 units', () => {
    expect(maskToken('😀'.repeat(24))).toBe('😀😀😀😀…😀😀😀😀');
  });
});

// Token-like strings: the characters bearer tokens are made of (RFC 6750 b64token).
const tokenChars = /^[A-Za-z0-9._~+/=-]+$/;
const validToken = fc.stringMatching(/^[A-Za-z0-9._~+/=-]{16,80}$/);
const separator = fc.constantFrom(' ', '  ', '\t', ':', ': ', ' : ', ':   ', '\n');
const bearer = fc.mixedCase(fc.constant('bearer'));
const padding = fc.constantFrom('', ' ', '\n', '\t ', '\u200B');
const pasted = fc
  .record({
    before: padding,
    prefix: fc.option(fc.tuple(bearer, separator), { nil: undefined }),
    token: validToken,
    after: padding,
  })
  .map(({ before, prefix, token, after }) => `${before}${prefix ? prefix.join('') : ''}${token}${after}`);
const anyInput = fc.oneof(pasted, fc.string(), fc.string({ unit: 'grapheme' }));

describe('token properties', () => {
  it('removes a "Bearer" prefix in any case, with any separator', () => {
    fc.assert(
      fc.property(padding, bearer, separator, validToken, padding, (before, word, sep, token, after) => {
        const result = normalizeToken(`${before}${word}${sep}${token}${after}`);
        expect(result.token).toBe(token);
        expect(result.fixes).toContain('removed-bearer-prefix');
        expect(result.fixes.includes('trimmed-whitespace')).toBe(before !== '' || after !== '');
      }),
    );
  });

  it('is idempotent: a normalized token normalizes to itself with no fixes', () => {
    let usable = 0;
    fc.assert(
      fc.property(anyInput, (input) => {
        const first = normalizeToken(input);
        if (first.token === null) return;
        usable += 1;
        expect(normalizeToken(first.token)).toEqual({ token: first.token, fixes: [], problems: [] });
      }),
      { numRuns: 1000 },
    );
    expect(usable).toBeGreaterThan(100);
  });

  it('returns a token exactly when there is no problem, and never one with whitespace', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const { token, problems } = normalizeToken(input);
        expect(token === null).toBe(problems.length > 0);
        if (token !== null) {
          expect(token).not.toMatch(/\s/);
          expect([...token].length).toBeGreaterThanOrEqual(MIN_TOKEN_LENGTH);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('masking shows at most 4 characters at each end, at most a third of the token, never a short one', () => {
    fc.assert(
      fc.property(
        fc.oneof(validToken, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 })),
        (token) => {
          const masked = maskToken(token);
          const chars = [...token];
          if (masked === MASKED_SHORT_TOKEN) return;
          expect(chars.length).toBeGreaterThanOrEqual(12);
          const ellipsisAt = [...masked].indexOf('…');
          const head = [...masked].slice(0, ellipsisAt);
          const tail = [...masked].slice(ellipsisAt + 1);
          expect(head.length).toBeLessThanOrEqual(4);
          expect(tail.length).toBe(head.length);
          expect(head.join('')).toBe(chars.slice(0, head.length).join(''));
          expect(tail.join('')).toBe(chars.slice(-tail.length).join(''));
          expect((head.length + tail.length) * 3).toBeLessThanOrEqual(chars.length);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a short token is never revealed, whatever it is made of', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(tokenChars).filter((t) => t.length < 12),
        (token) => {
          expect(maskToken(token)).toBe(MASKED_SHORT_TOKEN);
        },
      ),
    );
  });

  it('never shows a usable token in full', () => {
    fc.assert(
      fc.property(validToken, (token) => {
        expect(maskToken(token)).not.toContain(token);
        expect(maskToken(token).length).toBeLessThan(token.length);
      }),
    );
  });
});
