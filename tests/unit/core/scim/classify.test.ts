import { describe, expect, it } from 'vitest';
import { classify, parseRetryAfter, type Expectation } from '../../../../src/core/scim/classify';
import { createScimClient, type FetchLike, type ResponseLike } from '../../../../src/core/scim/client';
import { SCIM_URN, ScimErrorSchema } from '../../../../src/core/scim/schemas';
import {
  BASE,
  TOKEN,
  empty,
  json,
  list,
  opaqueRedirect,
  scimError,
  scimUser,
  text,
} from '../../../helpers/scim/fetch-fakes';

const NOW = Date.UTC(2025, 0, 1, 12, 0, 0);

async function classifyAnswer(
  response: ResponseLike | Error,
  expect: Expectation = 'list',
  method: 'GET' | 'DELETE' | 'PATCH' = 'GET',
) {
  const fetch: FetchLike = () => (response instanceof Error ? Promise.reject(response) : Promise.resolve(response));
  const client = createScimClient({ baseUrl: BASE, token: TOKEN, fetch });
  return classify(await client.request(method, '/Users?count=1'), expect, NOW, client.secrets);
}

const html = '<!doctype html><html><body><form action="/login">Sign in</form></body></html>';

describe('classify: one code per kind of answer', () => {
  it.each<[string, string, () => ResponseLike | Error]>([
    ['200 with a SCIM list', 'ok', () => json(200, list([scimUser('1', 'a@example.com')]))],
    [
      '200 with an empty list without Resources (RFC 7644 3.4.2)',
      'ok',
      () => json(200, { schemas: [SCIM_URN.listResponse], totalResults: 0 }),
    ],
    ['an opaque redirect', 'redirected-to-login', () => opaqueRedirect()],
    ['302 to a login page', 'redirected-to-login', () => empty(302, { location: 'https://app.trelica.com/login' })],
    ['307', 'redirected-to-login', () => empty(307)],
    ['200 text/html', 'redirected-to-login', () => text(200, html, 'text/html; charset=utf-8')],
    ['200 HTML sent as JSON', 'redirected-to-login', () => text(200, `  ${html}`, 'application/json')],
    ['401', 'unauthorized', () => json(401, scimError(401, 'Unauthorized'))],
    ['403', 'forbidden', () => json(403, scimError(403, 'Forbidden'))],
    ['404', 'not-found', () => json(404, scimError(404, 'Not found'))],
    ['404 HTML page', 'not-found', () => text(404, html, 'text/html')],
    ['429', 'rate-limited', () => json(429, scimError(429, 'Slow down'), { 'retry-after': '5' })],
    ['500', 'server-error', () => json(500, scimError(500, 'Oops'))],
    ['502 HTML from a proxy', 'server-error', () => text(502, html, 'text/html')],
    ['503', 'server-error', () => empty(503)],
    ['400 on a list read', 'not-scim', () => json(400, scimError(400, 'bad filter', 'invalidFilter'))],
    ['405', 'not-scim', () => empty(405)],
    [
      '200 JSON without the ListResponse URN',
      'not-scim',
      () => json(200, { schemas: ['urn:other'], totalResults: 0, Resources: [] }),
    ],
    ['200 JSON without schemas', 'not-scim', () => json(200, { totalResults: 0, Resources: [] })],
    ['200 with a string totalResults', 'not-scim', () => json(200, { ...list([]), totalResults: '0' })],
    [
      '200 without Resources while totalResults > 0',
      'not-scim',
      () => json(200, { schemas: [SCIM_URN.listResponse], totalResults: 2 }),
    ],
    ['200 with Resources not an array', 'not-scim', () => json(200, { ...list([]), Resources: {} })],
    ['200 with other JSON', 'not-scim', () => json(200, { hello: 'world' })],
    ['200 with plain text', 'not-scim', () => text(200, 'OK', 'text/plain')],
    ['200 with an empty body', 'not-scim', () => empty(200)],
    ['a timeout', 'timeout', () => new DOMException('aborted', 'AbortError')],
    ['a TypeError', 'network', () => new TypeError('Failed to fetch')],
  ])('%s -> %s', async (_name, code, make) => {
    const result = await classifyAnswer(make());
    expect(result.ok ? 'ok' : result.code).toBe(code);
    if (!result.ok) expect(result.detail).toMatch(/^GET \/Users\?count=1 /);
  });
});

describe('classify: what a success must be', () => {
  it.each<[Expectation, string, () => ResponseLike]>([
    ['user', 'ok', () => json(201, scimUser('abc', 'a@example.com'))],
    ['user', 'not-scim', () => json(201, { id: 'abc', userName: 'a@example.com' })],
    ['user', 'not-scim', () => json(201, { schemas: [SCIM_URN.user], userName: 'a@example.com' })],
    ['user', 'not-scim', () => empty(201)],
    ['user-or-empty', 'ok', () => empty(204)],
    ['user-or-empty', 'ok', () => json(200, scimUser('abc', 'a@example.com'))],
    ['user-or-empty', 'not-scim', () => json(200, { ok: true })],
    ['empty', 'ok', () => empty(204)],
    ['empty', 'ok', () => json(200, { anything: 1 })],
    ['empty', 'not-found', () => json(404, scimError(404, 'gone'))],
  ])('%s: answer %# -> %s', async (expect_, code, make) => {
    const result = await classifyAnswer(make(), expect_);
    expect(result.ok ? 'ok' : result.code).toBe(code);
  });

  it('hands back the parsed list and user', async () => {
    const listed = await classifyAnswer(json(200, list([scimUser('u1', 'a@example.com')])));
    expect(listed.ok && listed.list?.Resources?.[0]?.id).toBe('u1');
    const user = await classifyAnswer(json(201, scimUser('u2', 'b@example.com')), 'user');
    expect(user.ok && user.user?.id).toBe('u2');
  });
});

describe('classify: details', () => {
  it('names WWW-Authenticate on a 401', async () => {
    const result = await classifyAnswer(
      json(401, scimError(401, 'bad token'), { 'www-authenticate': 'Bearer realm="scim"' }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.detail).toContain('WWW-Authenticate: Bearer realm="scim"');
      expect(result.detail).toContain('The server said: "bad token"');
    }
  });

  it('says a 401 without the header plainly', async () => {
    const result = await classifyAnswer(empty(401));
    expect(!result.ok && result.detail).toBe('GET /Users?count=1 answered 401: the token was refused.');
  });

  it('keeps the SCIM error for the caller', async () => {
    const result = await classifyAnswer(json(403, scimError(403, 'protected user', 'mutability')));
    expect(!result.ok && result.scimError?.scimType).toBe('mutability');
  });

  it('reads Retry-After in seconds and as a date', async () => {
    const seconds = await classifyAnswer(empty(429, { 'retry-after': '120' }));
    expect(!seconds.ok && seconds.retryAfterSeconds).toBe(120);
    const date = await classifyAnswer(empty(429, { 'retry-after': new Date(NOW + 90_500).toUTCString() }));
    expect(!date.ok && date.retryAfterSeconds).toBe(90);
    const unavailable = await classifyAnswer(empty(503, { 'retry-after': '60' }));
    expect(!unavailable.ok && [unavailable.code, unavailable.retryAfterSeconds]).toEqual(['server-error', 60]);
    const none = await classifyAnswer(empty(429));
    expect(!none.ok && 'retryAfterSeconds' in none).toBe(false);
  });

  it('calls a body cut by the size cap not SCIM on a 200, and a server error on a 500', async () => {
    const big = () => ({
      status: 0,
      headers: new Headers({ 'content-type': 'application/json' }),
      body: null,
      text: async () => `{"a":"${'x'.repeat(300 * 1024)}"}`,
    });
    const ok = await classifyAnswer({ ...big(), status: 200 });
    expect(!ok.ok && ok.code).toBe('not-scim');
    expect(!ok.ok && ok.detail).toMatch(/not read in full/);
    const failed = await classifyAnswer({ ...big(), status: 500 });
    expect(!failed.ok && failed.code).toBe('server-error');
  });

  it('never quotes the token the server echoes', async () => {
    const echoes = [
      json(401, scimError(401, `token ${TOKEN} is revoked`), { 'www-authenticate': `Bearer ${TOKEN}` }),
      json(500, scimError(500, `Authorization: Bearer ${TOKEN}`)),
      empty(302, { location: `/login?token=${TOKEN}` }),
      text(404, `not found for ${TOKEN}`, 'application/json'),
    ];
    for (const response of echoes) {
      const result = await classifyAnswer(response);
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).not.toContain(TOKEN);
    }
  });
});

describe('parseRetryAfter', () => {
  it.each<[string | null, number | undefined]>([
    ['0', 0],
    ['42', 42],
    [' 7 ', 7],
    [new Date(NOW + 60_000).toUTCString(), 60],
    [new Date(NOW - 60_000).toUTCString(), 0],
    ['soon', undefined],
    ['-5', undefined],
    ['1.5', undefined],
    [null, undefined],
  ])('%s -> %s', (value, seconds) => {
    expect(parseRetryAfter(value, NOW)).toBe(seconds);
  });
});

describe('ScimErrorSchema', () => {
  it('takes a status as a string or a finite number (RFC 7644 says a string; several servers send a number)', () => {
    const takes = (status: unknown) => ScimErrorSchema.safeParse({ schemas: [SCIM_URN.error], status }).success;
    expect(['400', 400, undefined].map(takes)).toEqual([true, true, true]);
    expect([true, null, {}, [], Number.NaN, Infinity].map(takes)).toEqual([false, false, false, false, false, false]);
  });
});
