// How the client joins a Base URL that carries Entra's flag to a path, and sends a dialect's headers.
import { describe, expect, it } from 'vitest';
import { createScimClient, type RequestHeaders } from '../../../../src/core/scim/client';
import { BASE, TOKEN, json, list, recordingFetch } from '../../../helpers/scim/fetch-fakes';

function client(baseUrl: string, headers?: RequestHeaders) {
  const recorded = recordingFetch(() => json(200, list([])));
  return { ...recorded, client: createScimClient({ baseUrl, token: TOKEN, fetch: recorded.fetch, headers }) };
}

describe('a Base URL with ?aadOptscim062020', () => {
  it('sends paths to the Base URL without the flag: the flag is for Entra, not Trelica', async () => {
    const { client: scim, calls } = client(`${BASE}?aadOptscim062020`);
    expect(scim.baseUrl).toBe(BASE);
    await scim.request('GET', '/Users?filter=userName%20eq%20%22a%40example.com%22');
    await scim.request('DELETE', '/Users/abc');
    expect(calls.map((c) => c.url)).toEqual([
      `${BASE}/Users?filter=userName%20eq%20%22a%40example.com%22`,
      `${BASE}/Users/abc`,
    ]);
  });
});

describe("a dialect's headers", () => {
  it("sends Okta's Accept and its charset on a body only", async () => {
    const okta = { accept: 'application/scim+json', contentType: 'application/scim+json; charset=utf-8' };
    const { client: scim, calls } = client(BASE, okta);
    await scim.request('GET', '/Users');
    await scim.request('PUT', '/Users/1', { id: '1' });
    expect(calls[0]?.headers).toEqual({ accept: 'application/scim+json', authorization: `Bearer ${TOKEN}` });
    expect(calls[1]?.headers).toEqual({
      accept: 'application/scim+json',
      authorization: `Bearer ${TOKEN}`,
      'content-type': 'application/scim+json; charset=utf-8',
    });
  });

  it('sends no Accept of its own when the dialect has none (Entra)', async () => {
    const { client: scim, calls } = client(BASE, { contentType: 'application/scim+json' });
    await scim.request('PATCH', '/Users/1', {});
    expect(calls[0]?.headers).toEqual({
      authorization: `Bearer ${TOKEN}`,
      'content-type': 'application/scim+json',
    });
  });
});
