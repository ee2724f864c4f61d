import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  baseUrlDiagnosis,
  describeBaseUrlFix,
  describeBaseUrlProblem,
  normalizeBaseUrl,
  type BaseUrlFix,
  type BaseUrlProblem,
} from '../../../src/core/base-url';
import { TRELICA_HOSTS } from '../../../src/core/hosts';

const US = 'https://app.trelica.com/api/scim/v2';
const EU = 'https://eu.trelica.com/api/scim/v2';

describe('normalizeBaseUrl: usable URLs and the fixes applied', () => {
  it.each<[string, string, BaseUrlFix[]]>([
    [US, US, []],
    [EU, EU, []],
    [`${US}/`, US, ['removed-trailing-slash']],
    [`${US}////`, US, ['removed-trailing-slash']],
    [`  ${US}  `, US, ['trimmed-whitespace']],
    [`\n\t${US}/\r\n`, US, ['trimmed-whitespace', 'removed-trailing-slash']],
    [`\u200B${US}\uFEFF`, US, ['trimmed-whitespace']],
    [`\u00A0${US}`, US, ['trimmed-whitespace']],
    [`${US}/Users`, US, ['removed-users-suffix']],
    [`${US}/users/`, US, ['removed-trailing-slash', 'removed-users-suffix']],
    [`${US}/USERS//`, US, ['removed-trailing-slash', 'removed-users-suffix']],
    [`${US}//Users`, US, ['removed-users-suffix', 'removed-trailing-slash']],
    [`${US}/Users/Users/`, US, ['removed-trailing-slash', 'removed-users-suffix']],
    ['https://APP.Trelica.COM/api/scim/v2', US, ['lowercased-host']],
    [
      ' https://EU.TRELICA.com/api/scim/v2/Users/ ',
      EU,
      ['trimmed-whitespace', 'lowercased-host', 'removed-trailing-slash', 'removed-users-suffix'],
    ],
    ['HTTPS://app.trelica.com/api/scim/v2', US, []],
    // The default port is the same address: no port in the result, nothing to report.
    ['https://app.trelica.com:443/api/scim/v2', US, []],
    // Not hard-coded to /api/scim/v2: deeper paths and other API paths are kept as given.
    ['https://app.trelica.com/api/scim/v2/tenant/ABC', 'https://app.trelica.com/api/scim/v2/tenant/ABC', []],
    ['https://app.trelica.com/api/scim/v2.0/', 'https://app.trelica.com/api/scim/v2.0', ['removed-trailing-slash']],
    ['https://app.trelica.com/API/SCIM/V2', 'https://app.trelica.com/API/SCIM/V2', []],
    // A path segment that merely ends in "users" is not the /Users endpoint.
    ['https://app.trelica.com/api/scim/v2/superusers', 'https://app.trelica.com/api/scim/v2/superusers', []],
  ])('%j -> %s', (input, url, fixes) => {
    const result = normalizeBaseUrl(input);
    expect(result.problems).toEqual([]);
    expect(result.url).toBe(url);
    expect([...result.fixes].sort()).toEqual([...fixes].sort());
    expect(baseUrlDiagnosis(result)).toBeNull();
  });
});

describe('normalizeBaseUrl: unusable URLs', () => {
  it.each<[string, BaseUrlProblem[], 'url-invalid' | 'url-wrong-path']>([
    ['', ['empty'], 'url-invalid'],
    ['   \n\t ', ['empty'], 'url-invalid'],
    ['\u200B', ['empty'], 'url-invalid'],
    ['not a url', ['unparseable'], 'url-invalid'],
    ['app.trelica.com/api/scim/v2', ['unparseable'], 'url-invalid'],
    ['app.trelica.com:443/api/scim/v2', ['unparseable'], 'url-invalid'],
    ['//app.trelica.com/api/scim/v2', ['unparseable'], 'url-invalid'],
    ['https://', ['unparseable'], 'url-invalid'],
    ['https://app.trelica.com/api/scim /v2', ['unparseable'], 'url-invalid'],
    ['https://app.trelica.com/api/scim\n/v2', ['unparseable'], 'url-invalid'],
    // The URL parser would silently drop the zero-width space from the host.
    ['https://app.tre\u200Blica.com/api/scim/v2', ['unparseable'], 'url-invalid'],
    ['https://app.trelica.com:99999/api/scim/v2', ['unparseable'], 'url-invalid'],
    ['http://app.trelica.com/api/scim/v2', ['not-https'], 'url-invalid'],
    ['ftp://app.trelica.com/api/scim/v2', ['not-https'], 'url-invalid'],
    ['https://admin:secret@app.trelica.com/api/scim/v2', ['has-credentials'], 'url-invalid'],
    ['https://token@app.trelica.com/api/scim/v2', ['has-credentials'], 'url-invalid'],
    ['https://@app.trelica.com/api/scim/v2', ['has-credentials'], 'url-invalid'],
    [`${US}?startIndex=1`, ['has-query'], 'url-invalid'],
    [`${US}?`, ['has-query'], 'url-invalid'],
    [`${US}#section`, ['has-fragment'], 'url-invalid'],
    [`${US}#`, ['has-fragment'], 'url-invalid'],
    [`${US}/?a=1#b`, ['has-query', 'has-fragment'], 'url-invalid'],
    [
      'http://user@example.com/?q',
      ['not-https', 'has-credentials', 'has-query', 'not-trelica-host', 'web-app-path'],
      'url-invalid',
    ],
    ['https://example.com/api/scim/v2', ['not-trelica-host'], 'url-invalid'],
    ['https://app.trelica.com.evil.example/api/scim/v2', ['not-trelica-host'], 'url-invalid'],
    ['https://us.trelica.com/api/scim/v2', ['not-trelica-host'], 'url-invalid'],
    ['https://trelica.com/api/scim/v2', ['not-trelica-host'], 'url-invalid'],
    ['https://app.trelica.com:8443/api/scim/v2', ['not-trelica-host'], 'url-invalid'],
    ['https://app.trelica.com./api/scim/v2', ['not-trelica-host'], 'url-invalid'],
    ['https://app.trelica.com', ['web-app-path'], 'url-wrong-path'],
    ['https://app.trelica.com/', ['web-app-path'], 'url-wrong-path'],
    ['https://app.trelica.com/Admin/Settings/Users', ['web-app-path'], 'url-wrong-path'],
    ['https://eu.trelica.com/scim/v2', ['web-app-path'], 'url-wrong-path'],
    ['https://app.trelica.com/api', ['web-app-path'], 'url-wrong-path'],
    ['https://app.trelica.com/api/', ['web-app-path'], 'url-wrong-path'],
    ['https://app.trelica.com/apiary/scim', ['web-app-path'], 'url-wrong-path'],
    ['https://app.trelica.com/Users', ['web-app-path'], 'url-wrong-path'],
  ])('%j -> %j', (input, problems, diagnosis) => {
    const result = normalizeBaseUrl(input);
    expect(result.url).toBeNull();
    expect(result.problems).toEqual(problems);
    expect(baseUrlDiagnosis(result)).toBe(diagnosis);
  });

  it('still reports the harmless fixes it would have made', () => {
    const result = normalizeBaseUrl(' http://APP.trelica.com/api/scim/v2/ ');
    expect(result.problems).toEqual(['not-https']);
    expect(result.fixes).toEqual(['trimmed-whitespace', 'lowercased-host', 'removed-trailing-slash']);
  });

  it('does not invent a slash fix for a URL typed without any path', () => {
    expect(normalizeBaseUrl('https://app.trelica.com').fixes).toEqual([]);
  });
});

describe('descriptions', () => {
  const fixes: BaseUrlFix[] = [
    'trimmed-whitespace',
    'removed-trailing-slash',
    'removed-users-suffix',
    'lowercased-host',
  ];
  const problems: BaseUrlProblem[] = [
    'empty',
    'unparseable',
    'not-https',
    'has-credentials',
    'has-query',
    'has-fragment',
    'not-trelica-host',
    'web-app-path',
  ];

  it('gives every fix and problem its own words', () => {
    const fixWords = fixes.map(describeBaseUrlFix);
    const problemWords = problems.map(describeBaseUrlProblem);
    expect(new Set(fixWords).size).toBe(fixes.length);
    expect(new Set(problemWords).size).toBe(problems.length);
    for (const words of [...fixWords, ...problemWords]) expect(words.length).toBeGreaterThan(10);
    expect(describeBaseUrlFix('removed-trailing-slash')).toBe('trailing slash removed');
  });

  it('names every accepted Trelica host when the host is wrong', () => {
    const sentence = describeBaseUrlProblem('not-trelica-host');
    expect(TRELICA_HOSTS.length).toBeGreaterThan(1);
    for (const host of TRELICA_HOSTS) expect(sentence).toContain(host);
  });

  it('tells the admin where the API path starts', () => {
    expect(describeBaseUrlProblem('web-app-path')).toContain('/api/');
    expect(describeBaseUrlProblem('not-https')).toContain('https://');
  });
});

// Generators for URLs an admin might paste: mostly Trelica-like, with the usual damage.
const whitespace = fc.constantFrom('', ' ', '  ', '\t', '\n', '\r\n', '\u00A0', '\u200B', '\uFEFF');
const slashes = fc.constantFrom('', '/', '//', '///');
const segment = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_~-]{1,10}$/),
  fc.constantFrom(
    'api',
    'API',
    'scim',
    'v2',
    'Users',
    'users',
    'USERS',
    '.',
    '..',
    '%2e',
    '',
    'Admin',
    'a b',
    'x?y',
    'x#y',
    '@',
  ),
);
const messyUrl = fc
  .record({
    scheme: fc.constantFrom('https', 'HTTPS', 'http', 'ftp', ''),
    host: fc.oneof(
      fc.mixedCase(fc.constantFrom(...TRELICA_HOSTS)),
      fc.constantFrom('example.com', 'app.trelica.com.evil.example'),
    ),
    port: fc.constantFrom('', ':443', ':8443'),
    segments: fc.array(segment, { maxLength: 6 }),
    tail: slashes,
    before: whitespace,
    after: whitespace,
  })
  .map(
    ({ scheme, host, port, segments, tail, before, after }) =>
      `${before}${scheme === '' ? '' : `${scheme}://`}${host}${port}${segments.map((s) => `/${s}`).join('')}${tail}${after}`,
  );

// A valid Base URL, already normalized, for the "variants" property.
const validBaseUrl = fc
  .record({
    host: fc.constantFrom(...TRELICA_HOSTS),
    rest: fc.array(
      fc.stringMatching(/^[A-Za-z0-9_~-]{1,10}$/).filter((s) => s.toLowerCase() !== 'users'),
      { maxLength: 4 },
    ),
  })
  .map(({ host, rest }) => `https://${host}/api${rest.map((s) => `/${s}`).join('')}/scim/v2`);

// A valid URL with paste damage and odd extra segments: often still usable, sometimes not.
const damagedValidUrl = fc
  .record({
    url: validBaseUrl,
    extra: fc.array(segment, { maxLength: 3 }),
    tail: slashes,
    before: whitespace,
    after: whitespace,
    upper: fc.boolean(),
  })
  .map(
    ({ url, extra, tail, before, after, upper }) =>
      `${before}${upper ? url.replace('https://', 'HTTPS://').replace('trelica', 'TreLica') : url}${extra.map((s) => `/${s}`).join('')}${tail}${after}`,
  );
const anyInput = fc.oneof(
  damagedValidUrl,
  messyUrl,
  fc.string(),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
);

describe('normalizeBaseUrl properties', () => {
  it('is idempotent: a normalized URL normalizes to itself with no fixes and no problems', () => {
    let usable = 0;
    fc.assert(
      fc.property(anyInput, (input) => {
        const first = normalizeBaseUrl(input);
        if (first.url === null) return;
        usable += 1;
        expect(normalizeBaseUrl(first.url)).toEqual({ url: first.url, fixes: [], problems: [] });
      }),
      { numRuns: 2000 },
    );
    // Guard against a generator that never reaches the interesting case.
    expect(usable).toBeGreaterThan(200);
  });

  it('never returns a URL ending in "/", and only https Trelica API URLs', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const { url, problems } = normalizeBaseUrl(input);
        expect(url === null).toBe(problems.length > 0);
        if (url === null) return;
        expect(url.endsWith('/')).toBe(false);
        expect(url).toMatch(/^https:\/\/(app|eu)\.trelica\.com\/api\//i);
        expect(url).not.toMatch(/\/users$/i);
        expect(url).not.toMatch(/[\s?#]/);
        expect(url.slice(0, url.indexOf('/', 'https://'.length))).not.toContain('@');
      }),
      { numRuns: 2000 },
    );
  });

  it('maps whitespace, case, trailing-slash and /Users variants of a valid URL to the same URL', () => {
    fc.assert(
      fc.property(
        validBaseUrl,
        whitespace,
        whitespace,
        slashes,
        fc.constantFrom('', '/Users', '/users', '/USERS/'),
        fc.boolean(),
        (url, before, after, tail, users, upperHost) => {
          const host = new URL(url).host;
          const variant = `${before}${upperHost ? url.replace(host, host.toUpperCase()) : url}${users}${tail}${after}`;
          const result = normalizeBaseUrl(variant);
          expect(result.problems).toEqual([]);
          expect(result.url).toBe(url);
          expect(result.fixes.includes('trimmed-whitespace')).toBe(before !== '' || after !== '');
          expect(result.fixes.includes('removed-users-suffix')).toBe(users !== '');
          expect(result.fixes.includes('lowercased-host')).toBe(upperHost);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never throws, and every problem or fix has words', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = normalizeBaseUrl(input);
        for (const p of result.problems) expect(describeBaseUrlProblem(p)).toBeTruthy();
        for (const f of result.fixes) expect(describeBaseUrlFix(f)).toBeTruthy();
        expect(new Set(result.problems).size).toBe(result.problems.length);
        expect(new Set(result.fixes).size).toBe(result.fixes.length);
      }),
      { numRuns: 1000 },
    );
  });
});
