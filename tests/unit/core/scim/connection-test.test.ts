import { describe, expect, it } from 'vitest';
import { LIST_PATH, absentUserName, filterPath, runConnectionTest } from '../../../../src/core/scim/connection-test';
import type { ResponseLike } from '../../../../src/core/scim/client';
import { ConnectionTestResultSchema } from '../../../../src/core/scim/results';
import {
  BASE,
  TOKEN,
  empty,
  forbiddenFetch,
  json,
  list,
  opaqueRedirect,
  recordingFetch,
  scimError,
  scimUser,
  silentFetch,
  steppingClock,
  text,
  type Call,
} from '../../../helpers/scim/fetch-fakes';

const PROBE = filterPath(absentUserName('0123abcd'));

/** Runs the test against a fake that answers the list read and the filter probe separately. */
async function run(
  answers: { list: () => ResponseLike | Promise<ResponseLike>; probe?: () => ResponseLike | Promise<ResponseLike> },
  timeoutMs?: number,
) {
  const { fetch, calls } = recordingFetch((call: Call) => {
    if (call.path === LIST_PATH) return answers.list();
    if (call.path === PROBE) return (answers.probe ?? (() => json(200, list([]))))();
    throw new Error(`unexpected request ${call.path}`);
  });
  const result = await runConnectionTest({
    baseUrl: BASE,
    token: TOKEN,
    fetch,
    now: steppingClock(),
    random: () => '0123abcd',
    timeoutMs,
  });
  expect(ConnectionTestResultSchema.safeParse(result).success).toBe(true);
  expect(JSON.stringify(result)).not.toContain(TOKEN);
  return { result, calls };
}

describe('runConnectionTest: inputs are checked before anything is sent', () => {
  it.each([
    ['', TOKEN, 'url-invalid'],
    ['app.trelica.com/api/scim/v2', TOKEN, 'url-invalid'],
    ['http://app.trelica.com/api/scim/v2', TOKEN, 'url-invalid'],
    ['https://example.com/api/scim/v2', TOKEN, 'url-invalid'],
    ['https://app.trelica.com/Admin/Settings/Users', TOKEN, 'url-wrong-path'],
    [BASE, '', 'token-missing'],
    [BASE, 'Bearer ', 'token-missing'],
    [BASE, 'abc def ghi jkl mno pqr', 'token-malformed'],
    [BASE, 'short', 'token-malformed'],
  ])('%j with token %j -> %s', async (baseUrl, token, verdict) => {
    const result = await runConnectionTest({ baseUrl, token, fetch: forbiddenFetch, now: () => 42 });
    expect(result).toMatchObject({ kind: 'connection-test', verdict, evidence: [], at: 42 });
    expect(result.detail.length).toBeGreaterThan(10);
  });

  it('normalizes what it is given: a trailing slash and a "Bearer " prefix', async () => {
    const { fetch, calls } = recordingFetch(() => json(200, list([])));
    const result = await runConnectionTest({
      baseUrl: ` ${BASE}/ `,
      token: `Bearer ${TOKEN}`,
      fetch,
      random: () => '0123abcd',
    });
    expect(result.verdict).toBe('ok');
    expect(calls.map((c) => c.url).sort()).toEqual([`${BASE}${LIST_PATH}`, `${BASE}${PROBE}`].sort());
    expect(calls.every((c) => c.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });
});

describe('runConnectionTest: what is sent', () => {
  it("reads one user, as JumpCloud's Test Connection does, and filters for a user that cannot exist", async () => {
    const { result, calls } = await run({ list: () => json(200, list([scimUser('1', 'a@example.com')], 12)) });
    expect(result.verdict).toBe('ok');
    expect(result.detail).toMatch(/12 users in total/);
    expect(calls).toHaveLength(2);
    expect(decodeURIComponent(PROBE)).toBe('/Users?filter=userName eq "scim-check-0123abcd@example.invalid"');
    expect(result.evidence.map((e) => [e.method, e.path, e.status])).toEqual([
      ['GET', LIST_PATH, 200],
      ['GET', PROBE, 200],
    ]);
    // Both requests run together on one stepping clock: each took some readings of it.
    expect(result.evidence.every((e) => e.ms > 0 && e.ms % 5 === 0)).toBe(true);
    expect(result.at).toBeGreaterThan(1_700_000_000_000);
  });

  it('uses a fresh random user each time by default', async () => {
    const { fetch, calls } = recordingFetch(() => json(200, list([])));
    await runConnectionTest({ baseUrl: BASE, token: TOKEN, fetch });
    await runConnectionTest({ baseUrl: BASE, token: TOKEN, fetch });
    const probes = calls.filter((c) => c.path.includes('filter=')).map((c) => c.path);
    expect(new Set(probes).size).toBe(2);
  });
});

describe('runConnectionTest: one verdict per kind of failure', () => {
  const html = '<html><body>Log in to Trelica</body></html>';
  it.each<[string, string, () => ResponseLike | Promise<ResponseLike>]>([
    ['opaque redirect', 'redirected-to-login', () => opaqueRedirect()],
    ['302', 'redirected-to-login', () => empty(302, { location: '/login' })],
    ['HTML login page', 'redirected-to-login', () => text(200, html, 'text/html')],
    ['401', 'unauthorized', () => json(401, scimError(401, 'nope'), { 'www-authenticate': 'Bearer' })],
    ['403', 'forbidden', () => json(403, scimError(403, 'nope'))],
    ['404', 'not-found', () => json(404, scimError(404, 'nope'))],
    ['429', 'rate-limited', () => empty(429, { 'retry-after': '17' })],
    ['500', 'server-error', () => json(500, scimError(500, 'boom'))],
    ['not SCIM', 'not-scim', () => json(200, { hello: 'world' })],
    ['network', 'network', () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('%s on both requests -> %s', async (_name, verdict, answer) => {
    const { result } = await run({ list: answer, probe: answer });
    expect(result.verdict).toBe(verdict);
    expect(result.detail).toContain(`GET ${LIST_PATH}`);
    if (verdict === 'rate-limited') expect(result.retryAfterSeconds).toBe(17);
    else expect(result.retryAfterSeconds).toBeUndefined();
  });

  it('times out on a server that never answers', async () => {
    const { fetch } = { fetch: silentFetch };
    const result = await runConnectionTest({ baseUrl: BASE, token: TOKEN, fetch, timeoutMs: 25 });
    expect(result.verdict).toBe('timeout');
    expect(result.evidence.map((e) => e.status)).toEqual([null, null]);
  });

  it('calls a 404 on the filter a server bug: a filter must answer 200 with zero results', async () => {
    const { result } = await run({
      list: () => json(200, list([])),
      probe: () => json(404, scimError(404, 'User not found')),
    });
    expect(result.verdict).toBe('not-scim');
    expect(result.detail).toMatch(/must answer 200 with zero results, not 404/);
    expect(result.detail).toContain(PROBE);
  });

  it('notices a server that ignores the filter', async () => {
    const everyone = () => json(200, list([scimUser('1', 'a@example.com'), scimUser('2', 'b@example.com')]));
    const { result } = await run({ list: everyone, probe: everyone });
    expect(result.verdict).toBe('not-scim');
    expect(result.detail).toMatch(/ignores the userName filter/);
  });
});

describe('runConnectionTest: when the two requests disagree', () => {
  const ok = () => json(200, list([]));
  it.each<[string, () => ResponseLike | Promise<ResponseLike>, () => ResponseLike | Promise<ResponseLike>, string]>([
    ['list fine, filter 500', ok, () => empty(500), 'server-error'],
    ['list 500, filter fine', () => empty(500), ok, 'server-error'],
    ['list 401, filter 429', () => empty(401), () => empty(429), 'unauthorized'],
    ['list 429, filter 401', () => empty(429), () => empty(401), 'unauthorized'],
    ['both 404 (wrong path): not-found wins over the filter rule', () => empty(404), () => empty(404), 'not-found'],
    [
      'list 500, filter times out',
      () => empty(500),
      () => Promise.reject(new DOMException('x', 'AbortError')),
      'server-error',
    ],
    ['list redirected, filter 401', () => opaqueRedirect(), () => empty(401), 'redirected-to-login'],
    ['list not SCIM, filter 403', () => json(200, { a: 1 }), () => empty(403), 'forbidden'],
  ])('%s', async (_name, listAnswer, probeAnswer, verdict) => {
    const { result } = await run({ list: listAnswer, probe: probeAnswer });
    expect(result.verdict).toBe(verdict);
    expect(result.evidence).toHaveLength(2);
  });
});

describe('runConnectionTest: the token stays secret', () => {
  it('even when the server echoes it everywhere', async () => {
    const echo = (call: Call) =>
      json(
        401,
        { echoed: call.headers, detail: `bad ${TOKEN}`, schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'] },
        { 'www-authenticate': `Bearer ${TOKEN}` },
      );
    const { fetch } = recordingFetch(echo);
    const result = await runConnectionTest({ baseUrl: BASE, token: TOKEN, fetch });
    expect(result.verdict).toBe('unauthorized');
    expect(JSON.stringify(result)).not.toContain(TOKEN);
    expect(JSON.stringify(result)).not.toContain(TOKEN.slice(0, 12));
  });
});
