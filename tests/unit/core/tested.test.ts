import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeStale, describeTested, staleFields, tokenFingerprint } from '../../../src/core/tested';

const TOKEN = 'tk_live_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const BASE = 'https://app.trelica.com/api/scim/v2';

describe('tokenFingerprint', () => {
  it('is 16 hex characters, the same for the same token however it was pasted', async () => {
    const fp = await tokenFingerprint(TOKEN);
    expect(fp).toMatch(/^[0-9a-f]{16}$/);
    expect(await tokenFingerprint(`  Bearer ${TOKEN}\n`)).toBe(fp);
  });

  it('is null for no token, and never contains the token or a piece of it', async () => {
    expect(await tokenFingerprint('   ')).toBeNull();
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[A-Za-z0-9_-]{16,64}$/), async (token) => {
        const fp = (await tokenFingerprint(token))!;
        expect(token.includes(fp)).toBe(false);
        for (let i = 0; i + 6 <= token.length; i++) expect(fp.includes(token.slice(i, i + 6))).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  it('tells two tokens apart', async () => {
    expect(await tokenFingerprint(TOKEN)).not.toBe(await tokenFingerprint(`${TOKEN}x`));
  });
});

describe('describeTested', () => {
  it('normalizes what can be, keeps what cannot as typed (trimmed), masks the token', async () => {
    const t = await describeTested({ baseUrl: ` ${BASE}/ `, token: `Bearer ${TOKEN}`, testEmail: ' A@Example.COM ' });
    expect(t).toEqual({
      baseUrl: BASE,
      tokenFingerprint: await tokenFingerprint(TOKEN),
      tokenMasked: 'tk_l…b1a0',
      testEmail: 'A@example.com',
    });
    const bad = await describeTested({ baseUrl: ' http://evil.test/ ', token: '' });
    expect(bad).toEqual({ baseUrl: 'http://evil.test/', tokenFingerprint: null, tokenMasked: null });
  });
});

describe('staleFields', () => {
  const now = { baseUrl: BASE, tokenFingerprint: 'aaaa', testEmail: 'a@example.com' };
  it('is empty for the same inputs, names each that changed', () => {
    expect(staleFields({ ...now, tokenMasked: 'x' }, now)).toEqual([]);
    expect(staleFields({ ...now, tokenMasked: 'x', baseUrl: 'https://eu.trelica.com/api/scim/v2' }, now)).toEqual([
      'base-url',
    ]);
    expect(
      staleFields({ ...now, tokenMasked: 'x', tokenFingerprint: 'bbbb', testEmail: 'b@example.com' }, now),
    ).toEqual(['token', 'test-email']);
  });
  it('ignores the test email for a connection test, and a result without a record is stale on every count', () => {
    const { testEmail: _, ...noEmail } = now;
    expect(staleFields({ ...now, tokenMasked: 'x', testEmail: 'other@example.com' }, noEmail)).toEqual([]);
    expect(staleFields(undefined, now)).toEqual(['base-url', 'token', 'test-email']);
    expect(staleFields(undefined, noEmail)).toEqual(['base-url', 'token']);
  });
  it('describes them in words', () => {
    expect(describeStale(['base-url'])).toBe('the Base URL');
    expect(describeStale(['base-url', 'token', 'test-email'])).toBe('the Base URL, the token and the test email');
  });
});
