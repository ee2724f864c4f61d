// The sandbox's Entra back end against a real Trelica-like SCIM server: "Test Connection" and
// "Provision on demand" send Entra's calls (entra.md "What Entra sends to Trelica") and read
// the answers as Entra would, so the shell's notification says what Entra would say.
import { describe, expect, it } from 'vitest';
import { DIRECTORY_USERS, type EntraTestValues } from '../../../fixtures/libraries/entra/state';
import { ENTRA_OWN_CREDENTIAL, provisionOnDemand, testConnection } from '../../../sandbox/server/entra-backend';
import type { HttpCall, HttpClient } from '../../../sandbox/server/jumpcloud-backend';
import type { RunningTrelicaLikeScim } from '../../../sandbox/scim-server';
import { useRecordedTrelica } from '../../../helpers/scim/recorded-trelica';

const TENANT = 'https://app.trelica.com/api/scim/v2';
const GUID_FILTER =
  /^\/Users\?filter=userName%20eq%20%22[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}%22$/;

let server: RunningTrelicaLikeScim;
let calls: HttpCall[];
let http: HttpClient;

useRecordedTrelica((trelica) => ({ server, calls, http } = trelica));

const values = (extra: Partial<EntraTestValues> = {}): EntraTestValues => ({
  tenantUrl: TENANT,
  secretToken: server.token,
  groupsEnabled: false,
  ...extra,
});
const seen = () => server.requests().map((r) => `${r.method} ${r.path} ${r.status}`);

describe('Test Connection', () => {
  it("filters for a random GUID with Entra's headers, and passes on 200 with an empty list", async () => {
    const result = await testConnection(values(), http);
    expect(result).toMatchObject({ ok: true });
    expect(result.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(calls).toHaveLength(1);
    expect(`${calls[0]!.url.pathname}${calls[0]!.url.search}`).toMatch(/^\/api\/scim\/v2\/Users\?filter=/);
    expect(server.requests()[0]!.path).toMatch(GUID_FILTER);
    expect(calls[0]!.headers).toEqual({
      authorization: `Bearer ${server.token}`,
      accept: 'application/scim+json',
      'content-type': 'application/scim+json',
    });
  });

  it('sends the groups probe while the groups mapping is enabled; its 404 does not decide', async () => {
    const result = await testConnection(values({ groupsEnabled: true }), http);
    expect(result.ok).toBe(true);
    const paths = server.requests().map((r) => r.path);
    expect(paths[1]).toMatch(
      /^\/Groups\?excludedAttributes=members&filter=displayName%20eq%20%22scim-check-[0-9a-f]{16}%22$/,
    );
    expect(result.message).toMatch(/groups probe: \d{3}/);
  });

  it("fails a wrong token with Entra's details, which carry the status and never the token", async () => {
    const wrong = 'not-the-token-0123456789';
    const result = await testConnection(values({ secretToken: wrong }), http);
    expect(result.ok).toBe(false);
    expect(result.details).toContain('We received this unexpected response from your application');
    expect(result.details).toContain('Response Status Code: Unauthorized (401)');
    expect(JSON.stringify(result)).not.toContain(wrong);
    expect(JSON.stringify(result)).not.toContain(server.token);
  });

  it("sends Entra's own credential when the secret token is empty, which Trelica refuses", async () => {
    const result = await testConnection(values({ secretToken: '  ' }), http);
    expect(result.ok).toBe(false);
    expect(calls[0]!.headers.authorization).toBe(`Bearer ${ENTRA_OWN_CREDENTIAL}`);
    expect(seen()[0]).toMatch(/ 401$/);
  });

  it('concatenates the tenant URL as typed: a trailing slash gives //Users, which fails', async () => {
    const result = await testConnection(values({ tenantUrl: `${TENANT}/` }), http);
    expect(result.ok).toBe(false);
    expect(calls[0]!.url.pathname).toBe('/api/scim/v2//Users');
  });

  it('keeps ?aadOptscim062020 out of the calls (Entra reads it as its own switch)', async () => {
    const result = await testConnection(values({ tenantUrl: `${TENANT}?aadOptscim062020` }), http);
    expect(result.ok).toBe(true);
    expect(calls[0]!.url.search).not.toContain('aadOptscim062020');
  });

  it('cannot reach a host that is not Trelica, nor a non-URL, and says so in Entra words', async () => {
    for (const tenantUrl of ['https://example.org/scim', 'not a url', 'http://app.trelica.com/api/scim/v2']) {
      const result = await testConnection(values({ tenantUrl }), http);
      expect(result).toMatchObject({ ok: false, details: expect.stringContaining('We are not able to connect') });
    }
    expect(calls).toHaveLength(0);
  });

  it('a user filter that finds someone is no empty list: the test fails', async () => {
    const answered: HttpClient = async () => ({
      status: 200,
      body: { schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 1, Resources: [{}] },
    });
    expect((await testConnection(values(), answered)).ok).toBe(false);
  });
});

describe('Provision on demand', () => {
  const adele = DIRECTORY_USERS[0]!;

  it("looks the user up, then creates it with Entra's body: four steps, all succeeded", async () => {
    const result = await provisionOnDemand({ tenantUrl: TENANT, secretToken: server.token, user: adele }, http);
    expect(result.steps.map((s) => [s.name, s.ok])).toEqual([
      ['Import user', true],
      ['Determine if user is in scope', true],
      ['Match user between source and target system', true],
      ['Perform action', true],
    ]);
    expect(seen()).toEqual([
      `GET /Users?filter=userName%20eq%20%22${encodeURIComponent(adele.userPrincipalName)}%22 200`,
      'POST /Users 201',
    ]);
    const body = JSON.parse(calls[1]!.body!) as Record<string, unknown>;
    expect(body).toMatchObject({
      schemas: [
        'urn:ietf:params:scim:schemas:core:2.0:User',
        'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
      ],
      externalId: 'adele.vance',
      userName: adele.userPrincipalName,
      active: true,
      emails: [{ primary: true, type: 'work', value: adele.userPrincipalName }],
      name: { givenName: 'Adele', familyName: 'Vance', formatted: 'Adele Vance' },
      roles: [],
    });
  });

  it('matches a user who exists already and makes no call to change it', async () => {
    await provisionOnDemand({ tenantUrl: TENANT, secretToken: server.token, user: adele }, http);
    const again = await provisionOnDemand({ tenantUrl: TENANT, secretToken: server.token, user: adele }, http);
    expect(again.steps.at(-1)).toMatchObject({ name: 'Perform action', ok: true });
    expect(seen().filter((s) => s.startsWith('POST'))).toHaveLength(1);
  });

  it("fails Perform action where Trelica refuses the user's domain, with the status in Entra words", async () => {
    const diego = DIRECTORY_USERS.find((u) => u.userPrincipalName.endsWith('contoso.test'))!;
    const result = await provisionOnDemand({ tenantUrl: TENANT, secretToken: server.token, user: diego }, http);
    const last = result.steps.at(-1)!;
    expect(last.name === 'Perform action' || last.name === 'Match user between source and target system').toBe(true);
    expect(last.ok).toBe(false);
    expect(last.detail).toContain('Response Status Code:');
  });

  it('fails the match with a wrong token, and never echoes it', async () => {
    const wrong = 'wrong-token-abcdef';
    const result = await provisionOnDemand({ tenantUrl: TENANT, secretToken: wrong, user: adele }, http);
    expect(result.steps.at(-1)).toMatchObject({ name: 'Match user between source and target system', ok: false });
    expect(JSON.stringify(result)).not.toContain(wrong);
  });

  it('refuses a user not in the directory at the first step, with no call', async () => {
    const stranger = { ...adele, userPrincipalName: 'mallory@example.com' };
    const result = await provisionOnDemand({ tenantUrl: TENANT, secretToken: server.token, user: stranger }, http);
    expect(result.steps).toEqual([{ name: 'Import user', ok: false, detail: expect.any(String) }]);
    expect(calls).toHaveLength(0);
  });
});
