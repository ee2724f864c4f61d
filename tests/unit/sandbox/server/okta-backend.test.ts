// The sandbox's Okta back end against a real Trelica-like SCIM server: "Test Connector
// Configuration" succeeds exactly where Okta's would (okta.md: GET /Users?startIndex=1&count=2
// with Okta's headers, 200 + ListResponse), so an admin's wrong token or URL reads as a failure.
import { describe, expect, it } from 'vitest';
import type { OktaBackendValues } from '../../../fixtures/libraries/odyssey/state';
import type { HttpCall, HttpClient } from '../../../sandbox/server/jumpcloud-backend';
import { testConnector } from '../../../sandbox/server/okta-backend';
import type { RunningTrelicaLikeScim } from '../../../sandbox/scim-server';
import { useRecordedTrelica } from '../../../helpers/scim/recorded-trelica';

const BASE = 'https://app.trelica.com/api/scim/v2';

let server: RunningTrelicaLikeScim;
let calls: HttpCall[];
let http: HttpClient;

useRecordedTrelica((trelica) => ({ server, calls, http } = trelica));

function values(extra: Partial<OktaBackendValues> = {}): OktaBackendValues {
  return {
    baseUrl: BASE,
    authMode: 'HTTP Header',
    token: server.token,
    username: '',
    password: '',
    importGroups: false,
    ...extra,
  };
}

const seen = () => server.requests().map((r) => `${r.method} ${r.path} ${r.status}`);

describe('Test Connector Configuration', () => {
  it("lists two users with Okta's headers and the bearer token", async () => {
    expect(await testConnector(values(), http)).toEqual({ ok: true, message: 'connected' });
    expect(seen()).toEqual(['GET /Users?startIndex=1&count=2 200']);
    expect(calls[0]!.headers).toEqual({
      authorization: `Bearer ${server.token}`,
      accept: 'application/scim+json',
      'content-type': 'application/scim+json; charset=utf-8',
      'user-agent': 'Okta SCIM Client 1.0.0',
    });
    expect(calls[0]!.url.host).toBe('app.trelica.com');
  });

  it('fails with a wrong token, and its reason carries no token', async () => {
    const wrong = 'not-the-token-0123456789';
    const outcome = await testConnector(values({ token: wrong }), http);
    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining('answered 401') });
    expect(outcome.message).not.toContain(wrong);
    expect(outcome.message).not.toContain(server.token);
  });

  it('fails on a token pasted with its "Bearer " (Okta adds its own)', async () => {
    expect(await testConnector(values({ token: `Bearer ${server.token}` }), http)).toMatchObject({ ok: false });
    expect(calls[0]!.headers.authorization).toBe(`Bearer Bearer ${server.token}`);
  });

  it('fails on a trailing slash: the URL is concatenated as typed', async () => {
    const outcome = await testConnector(values({ baseUrl: `${BASE}/` }), http);
    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining('answered 404') });
    expect(`${calls[0]!.url.pathname}${calls[0]!.url.search}`).toBe('/api/scim/v2//Users?startIndex=1&count=2');
  });

  it('sends Basic credentials in Basic Auth mode, which Trelica refuses', async () => {
    const outcome = await testConnector(values({ authMode: 'Basic Auth', username: 'u', password: 'p' }), http);
    expect(calls[0]!.headers.authorization).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`);
    expect(outcome.ok).toBe(false);
  });

  it('also lists groups when Import Groups is ticked, and fails where Trelica has none', async () => {
    const outcome = await testConnector(values({ importGroups: true }), http);
    expect(calls.map((c) => `${c.url.pathname}${c.url.search}`)).toEqual([
      '/api/scim/v2/Users?startIndex=1&count=2',
      '/api/scim/v2/Groups?startIndex=1&count=100',
    ]);
    expect(outcome.ok).toBe(false);
  });

  it('calls nothing for OAuth 2, a non-URL or a host outside the sandbox', async () => {
    for (const extra of [
      { authMode: 'OAuth 2' as const },
      { baseUrl: 'app.trelica.com' },
      { baseUrl: 'https://example.com/scim' },
    ])
      expect(await testConnector(values(extra), http)).toMatchObject({ ok: false });
    expect(calls).toEqual([]);
  });
});
