// Entra ID's "?aadOptscim062020" is the one query a Base URL may keep: it is Entra's switch to
// standard SCIM, typed into the Tenant URL on purpose. Anything else after "?" stays a problem.
import { describe, expect, it } from 'vitest';
import { checkBaseUrl } from '../../../src/core/checks';
import { ENTRA_COMPAT_FLAG, hasEntraFlag, normalizeBaseUrl, withoutEntraFlag } from '../../../src/core/base-url';

const US = 'https://app.trelica.com/api/scim/v2';

describe("normalizeBaseUrl keeps Entra's flag", () => {
  it.each([
    [`${US}?aadOptscim062020`, []],
    [`${US}/?aadOptscim062020`, ['removed-trailing-slash']],
    [`${US}/Users?aadOptscim062020`, ['removed-users-suffix']],
    [` https://APP.trelica.com/api/scim/v2?aadOptscim062020\n`, ['trimmed-whitespace', 'lowercased-host']],
  ])('%j keeps it, after the usual fixes', (input, fixes) => {
    const result = normalizeBaseUrl(input);
    expect(result.problems).toEqual([]);
    expect(result.url).toBe(`${US}?${ENTRA_COMPAT_FLAG}`);
    expect([...result.fixes].sort()).toEqual([...fixes].sort());
    expect(checkBaseUrl(input)).toMatchObject({ ok: true, value: `${US}?aadOptscim062020` });
  });

  it('is idempotent with the flag', () => {
    const once = normalizeBaseUrl(`${US}/?aadOptscim062020`).url ?? '';
    expect(normalizeBaseUrl(once)).toEqual({ url: once, fixes: [], problems: [] });
  });

  it.each([
    `${US}?aadOptscim062020=1`,
    `${US}?AADOPTSCIM062020`,
    `${US}?aadOptscim062020&x=1`,
    `${US}?x=1&aadOptscim062020`,
    `${US}?aadOptscim06202`,
    `${US}??aadOptscim062020`,
  ])('refuses anything else after "?": %s', (input) => {
    expect(normalizeBaseUrl(input)).toMatchObject({ url: null, problems: ['has-query'] });
  });

  it('still refuses a fragment after the flag, and a flag on the web app path', () => {
    expect(normalizeBaseUrl(`${US}?aadOptscim062020#x`).problems).toEqual(['has-fragment']);
    expect(normalizeBaseUrl('https://app.trelica.com/people?aadOptscim062020').problems).toEqual(['web-app-path']);
  });

  it('names the flag where it refuses other queries', () => {
    expect(checkBaseUrl(`${US}?a=1`)).toMatchObject({ ok: false, code: 'url-invalid' });
    const refused = checkBaseUrl(`${US}?a=1`);
    expect(refused.ok ? '' : refused.detail).toContain('?aadOptscim062020');
  });
});

describe('hasEntraFlag and withoutEntraFlag', () => {
  it('tell a flagged Base URL and give the address SCIM paths are appended to', () => {
    expect(hasEntraFlag(`${US}?aadOptscim062020`)).toBe(true);
    expect(hasEntraFlag(US)).toBe(false);
    expect(withoutEntraFlag(`${US}?aadOptscim062020`)).toBe(US);
    expect(withoutEntraFlag(US)).toBe(US);
  });
});
