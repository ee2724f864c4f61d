// The connection test over real HTTP against the Trelica-like SCIM server: one test per
// verdict a server can cause, each checked against what the server saw.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LIST_PATH, runConnectionTest, type ConnectionTestOptions } from '../../src/core/scim/connection-test';
import { ConnectionTestResultSchema, type ConnectionTestResult } from '../../src/core/scim/results';
import { AUTH_REALM, startTrelicaLikeServer, type RunningTrelicaLikeScim } from '../sandbox/scim-server';
import { TRELICA_BASE, closedPort, routedFetch } from '../helpers/scim/routed-fetch';

let server: RunningTrelicaLikeScim;

beforeAll(async () => {
  server = await startTrelicaLikeServer({ domains: ['example.com'] });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

async function test(extra: Partial<ConnectionTestOptions> = {}): Promise<ConnectionTestResult> {
  const result = await runConnectionTest({
    baseUrl: TRELICA_BASE,
    token: server.token,
    fetch: routedFetch(server.origin),
    ...extra,
  });
  expect(ConnectionTestResultSchema.safeParse(result).success).toBe(true);
  expect(JSON.stringify(result)).not.toContain(server.token);
  return result;
}

describe('runConnectionTest over HTTP', () => {
  it('ok: both requests answer 200 with SCIM lists, and nothing is created', async () => {
    server.addUser({ userName: 'someone@example.com' });
    const result = await test();
    expect(result.verdict).toBe('ok');
    expect(result.detail).toMatch(/1 user in total/);
    expect(result.evidence.map((e) => e.status)).toEqual([200, 200]);
    const seen = server.requests();
    expect(seen.map((r) => [r.method, r.status, r.authorized])).toEqual([
      ['GET', 200, true],
      ['GET', 200, true],
    ]);
    expect(seen.map((r) => r.path)).toContain(LIST_PATH);
    expect(server.users()).toHaveLength(1);
  });

  it('ok with a Base URL pasted with a trailing slash and a token pasted with "Bearer "', async () => {
    const result = await test({ baseUrl: `${TRELICA_BASE}/`, token: `Bearer ${server.token}` });
    expect(result.verdict).toBe('ok');
  });

  it('unauthorized: a wrong token, with the WWW-Authenticate challenge in the detail', async () => {
    const result = await test({ token: 'f'.repeat(40) });
    expect(result.verdict).toBe('unauthorized');
    expect(result.detail).toContain(`WWW-Authenticate: Bearer realm="${AUTH_REALM}"`);
    expect(result.evidence.map((e) => e.status)).toEqual([401, 401]);
  });

  it('unauthorized: the right token before "Enable SCIM", then ok after it', async () => {
    server.setScimEnabled(false);
    expect((await test()).verdict).toBe('unauthorized');
    server.setScimEnabled(true);
    expect((await test()).verdict).toBe('ok');
  });

  it('forbidden', async () => {
    server.setFault({ kind: 'forbidden' });
    const result = await test();
    expect(result.verdict).toBe('forbidden');
    expect(result.detail).toMatch(/answered 403/);
  });

  it.each([
    'https://app.trelica.com/api/scim/v1',
    'https://app.trelica.com/api/scim',
    'https://app.trelica.com/api/SCIM/v2',
  ])('not-found: a Base URL on the API but on the wrong path (%s)', async (baseUrl) => {
    const result = await test({ baseUrl });
    expect(result.verdict).toBe('not-found');
    expect(result.evidence.map((e) => e.status)).toEqual([404, 404]);
  });

  it('redirected-to-login: a 302 to the login page', async () => {
    server.setFault({ kind: 'redirect-to-login' });
    const result = await test();
    expect(result.verdict).toBe('redirected-to-login');
    expect(result.evidence[0]).toMatchObject({
      status: 302,
      excerpt: expect.stringMatching(/^redirected to \S*login/),
    });
    // Not followed: the server saw only the two SCIM requests, not a visit to the login page.
    expect(server.requests()).toHaveLength(2);
  });

  it('redirected-to-login: an HTML login page where JSON was expected', async () => {
    server.setFault({ kind: 'html-login-page' });
    const result = await test();
    expect(result.verdict).toBe('redirected-to-login');
    expect(result.detail).toMatch(/web page \(text\/html\)/);
  });

  it('not-scim: JSON that is not SCIM', async () => {
    server.setFault({ kind: 'not-scim' });
    const result = await test();
    expect(result.verdict).toBe('not-scim');
    expect(result.evidence[0]?.excerpt).toBe('{"hello":"world"}');
  });

  it('rate-limited, with the seconds Retry-After asks for', async () => {
    server.setFault({ kind: 'rate-limit', retryAfter: 42 });
    const result = await test();
    expect(result).toMatchObject({ verdict: 'rate-limited', retryAfterSeconds: 42 });
  });

  it('server-error', async () => {
    server.setFault({ kind: 'server-error' });
    const result = await test();
    expect(result.verdict).toBe('server-error');
    expect(result.detail).toMatch(/answered 500/);
  });

  it('timeout: a slow server and a short time limit', async () => {
    server.setFault({ kind: 'slow', ms: 3000 });
    const started = Date.now();
    const result = await test({ timeoutMs: 200 });
    expect(result.verdict).toBe('timeout');
    expect(result.evidence.map((e) => e.status)).toEqual([null, null]);
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('network: nothing listens on the port', async () => {
    const port = await closedPort();
    const result = await test({ fetch: routedFetch(`http://127.0.0.1:${port}`) });
    expect(result.verdict).toBe('network');
    expect(result.detail).toMatch(/ECONNREFUSED/);
    expect(result.evidence.map((e) => e.status)).toEqual([null, null]);
  });
});
