// The Trelica-like SCIM test server, over real HTTP: other tests trust it to behave like
// Trelica, so each Trelica behaviour it imitates is pinned here.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SCIM_ERROR_URN, startTrelicaLikeServer, type Fault, type RunningTrelicaLikeScim } from '../scim-server';

const USER_URN = 'urn:ietf:params:scim:schemas:core:2.0:User';
const LIST_URN = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const PATCH_URN = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const HEX32 = /^[0-9a-f]{32}$/;

let server: RunningTrelicaLikeScim;

beforeAll(async () => {
  server = await startTrelicaLikeServer({ domains: ['example.com'] });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.reset();
});

/** A request to the SCIM API with the right token unless headers say otherwise. */
function scim(path: string, init: RequestInit & { body?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('authorization')) headers.set('authorization', `Bearer ${server.token}`);
  if (init.body !== undefined) headers.set('content-type', 'application/scim+json');
  return fetch(`${server.baseUrl}${path}`, { ...init, headers });
}

function postUser(user: Record<string, unknown>): Promise<Response> {
  return scim('/Users', { method: 'POST', body: JSON.stringify({ schemas: [USER_URN], ...user }) });
}

function patch(id: string, operations: unknown[]): Promise<Response> {
  return scim(`/Users/${id}`, { method: 'PATCH', body: JSON.stringify({ schemas: [PATCH_URN], Operations: operations }) });
}

async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

async function expectScimError(response: Response, status: number, scimType?: string): Promise<Record<string, unknown>> {
  expect(response.status).toBe(status);
  const body = await json(response);
  expect(body.schemas).toEqual([SCIM_ERROR_URN]);
  expect(body.status).toBe(String(status));
  if (scimType !== undefined) expect(body.scimType).toBe(scimType);
  return body;
}

const listFilter = (filter: string): Promise<Response> => scim(`/Users?filter=${encodeURIComponent(filter)}`);

describe('bearer authentication', () => {
  it.each([
    { name: 'no Authorization header', headers: { authorization: '' }, challenge: /^Bearer realm="[^"]+"$/ },
    { name: 'a wrong token', headers: { authorization: 'Bearer not-the-token' }, challenge: /^Bearer realm="[^"]+", error="invalid_token"$/ },
    { name: 'the token without "Bearer"', headers: { authorization: 'TOKEN' }, challenge: /^Bearer realm="[^"]+"/ },
    { name: 'the token as Basic', headers: { authorization: 'Basic TOKEN' }, challenge: /^Bearer realm="[^"]+"/ },
  ])('answers 401 with WWW-Authenticate to $name', async ({ headers }) => {
    const authorization = headers.authorization.replace('TOKEN', server.token);
    const response = await fetch(`${server.baseUrl}/Users`, authorization ? { headers: { authorization } } : {});
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm="[^"]+"/);
    await expectScimError(response, 401);
  });

  it('tells a missing token from a wrong one in the challenge', async () => {
    const missing = await fetch(`${server.baseUrl}/Users`);
    const wrong = await scim('/Users', { headers: { authorization: 'Bearer wrong' } });
    expect(missing.headers.get('www-authenticate')).not.toContain('invalid_token');
    expect(wrong.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it('accepts the token, with any case of "Bearer"', async () => {
    expect((await scim('/Users')).status).toBe(200);
    expect((await scim('/Users', { headers: { authorization: `bearer ${server.token}` } })).status).toBe(200);
  });

  it('refuses even the right token while SCIM is not enabled', async () => {
    server.setScimEnabled(false);
    const refused = await scim('/Users');
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer realm=/);
    await expectScimError(refused, 401);
    server.setScimEnabled(true);
    expect((await scim('/Users')).status).toBe(200);
  });

  it('defaults to a random 40-hex token', () => {
    expect(server.token).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe('listing and filtering users', () => {
  it('lists as a SCIM ListResponse, paged by startIndex and count', async () => {
    server.addUser({ userName: 'ann@example.com' });
    server.addUser({ userName: 'bob@example.com' });
    const body = await json(await scim('/Users?startIndex=1&count=1'));
    expect(body.schemas).toEqual([LIST_URN]);
    expect(body.totalResults).toBe(2);
    expect(body.Resources).toHaveLength(1);
  });

  it.each([
    'userName eq "jo.doe@example.com"',
    'userName eq "JO.DOE@EXAMPLE.COM"',
    'USERNAME EQ "Jo.Doe@Example.Com"',
    'emails.value eq "JO.DOE@example.com"',
  ])('finds the user with %s regardless of case', async (filter) => {
    const id = server.addUser({ userName: 'Jo.Doe@Example.com' });
    await scim(`/Users/${id}`, { method: 'PUT', body: JSON.stringify({ userName: 'Jo.Doe@Example.com', emails: [{ value: 'jo.doe@example.com' }] }) });
    server.addUser({ userName: 'someone.else@example.com' });
    const body = await json(await listFilter(filter));
    expect(body.totalResults).toBe(1);
    expect((body.Resources as Array<{ id: string }>)[0]?.id).toBe(id);
  });

  it('answers 200 with no results for a user that does not exist', async () => {
    server.addUser({ userName: 'ann@example.com' });
    const response = await listFilter('userName eq "nobody@example.com"');
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body.schemas).toEqual([LIST_URN]);
    expect(body.totalResults).toBe(0);
    expect(body.Resources).toEqual([]);
  });
});

describe('creating users', () => {
  it('answers 201 with a 32-hex id and a Location header', async () => {
    const response = await postUser({ userName: 'new@example.com', name: { givenName: 'New', familyName: 'User' }, active: true });
    expect(response.status).toBe(201);
    const body = await json(response);
    expect(body.id).toMatch(HEX32);
    expect(body.userName).toBe('new@example.com');
    expect(response.headers.get('location')).toBe(`${server.baseUrl}/Users/${String(body.id)}`);
    expect(server.users()).toEqual([{ id: body.id, userName: 'new@example.com', active: true }]);
  });

  it.each([
    { user: { userName: 'jo@other.org' }, domain: 'other.org' },
    { user: { userName: 'jo@sub.example.com' }, domain: 'sub.example.com' },
    { user: { userName: 'jo@example.com', emails: [{ value: 'jo@elsewhere.net', type: 'work' }] }, domain: 'elsewhere.net' },
  ])('refuses $user.userName with a domain that is not registered', async ({ user, domain }) => {
    const body = await expectScimError(await postUser(user), 400, 'invalidValue');
    expect(body.detail).toContain(domain);
    expect(server.users()).toEqual([]);
  });

  it('refuses a userName that is not an email', async () => {
    await expectScimError(await postUser({ userName: 'jo' }), 400, 'invalidValue');
  });

  it('compares domains without regard to case', async () => {
    expect((await postUser({ userName: 'Jo@EXAMPLE.COM', emails: [{ value: 'jo@Example.Com' }] })).status).toBe(201);
  });

  it('follows setDomains', async () => {
    server.setDomains(['Acme.test']);
    await expectScimError(await postUser({ userName: 'jo@example.com' }), 400, 'invalidValue');
    expect((await postUser({ userName: 'jo@acme.test' })).status).toBe(201);
  });

  it('answers 409 uniqueness to an existing userName in another case', async () => {
    server.addUser({ userName: 'taken@example.com' });
    await expectScimError(await postUser({ userName: 'TAKEN@example.com' }), 409, 'uniqueness');
    expect(server.users()).toHaveLength(1);
  });

  it('addUser returns a 32-hex id and refuses a duplicate', () => {
    expect(server.addUser({ userName: 'seed@example.com', givenName: 'Seed' })).toMatch(HEX32);
    expect(() => server.addUser({ userName: 'SEED@example.com' })).toThrow(/already exists/);
  });
});

describe('reading, updating and deleting a user', () => {
  it('reads a user by id, and answers 404 with the SCIM error schema for an unknown id', async () => {
    const id = server.addUser({ userName: 'ann@example.com', givenName: 'Ann' });
    const body = await json(await scim(`/Users/${id}`));
    expect(body).toMatchObject({ id, userName: 'ann@example.com', name: { givenName: 'Ann' }, schemas: [USER_URN] });
    await expectScimError(await scim(`/Users/${'0'.repeat(32)}`), 404);
  });

  it('applies PatchOp replace operations with a path', async () => {
    const id = server.addUser({ userName: 'ann@example.com', givenName: 'Ann', familyName: 'Lee' });
    const response = await patch(id, [
      { op: 'replace', path: 'name.givenName', value: 'Anna' },
      { op: 'replace', path: 'active', value: false },
    ]);
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ name: { givenName: 'Anna', familyName: 'Lee' }, active: false });
    expect(server.users()).toEqual([{ id, userName: 'ann@example.com', active: false }]);
    expect(await json(await scim(`/Users/${id}`))).toMatchObject({ name: { givenName: 'Anna' }, active: false });
  });

  it('refuses to change userName by PATCH or PUT (400 mutability)', async () => {
    const id = server.addUser({ userName: 'ann@example.com' });
    await expectScimError(await patch(id, [{ op: 'replace', path: 'userName', value: 'anna@example.com' }]), 400, 'mutability');
    const put = await scim(`/Users/${id}`, { method: 'PUT', body: JSON.stringify({ schemas: [USER_URN], userName: 'anna@example.com' }) });
    await expectScimError(put, 400, 'mutability');
    expect(server.users()[0]?.userName).toBe('ann@example.com');
  });

  it('replaces a user by PUT when userName is unchanged', async () => {
    const id = server.addUser({ userName: 'ann@example.com' });
    const put = await scim(`/Users/${id}`, { method: 'PUT', body: JSON.stringify({ schemas: [USER_URN], userName: 'ANN@example.com', title: 'CTO' }) });
    expect(put.status).toBe(200);
    expect(await json(put)).toMatchObject({ id, userName: 'ann@example.com', title: 'CTO' });
  });

  it('deletes with 204, after which the user is gone', async () => {
    const id = server.addUser({ userName: 'ann@example.com' });
    const deleted = await scim(`/Users/${id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(server.users()).toEqual([]);
    await expectScimError(await scim(`/Users/${id}`), 404);
    await expectScimError(await scim(`/Users/${id}`, { method: 'DELETE' }), 404);
  });
});

describe('strict paths', () => {
  it.each(['/users', '/USERS', '/Users/', '/Groups', '/Groups/abc', '/Bulk', '/Me', '/Users/.search', '', '/', '/Users/abc/def', '/serviceproviderconfig'])(
    'answers 404 to %s',
    async (path) => {
      await expectScimError(await scim(path), 404);
    },
  );

  it('answers 404 when the mount path has the wrong case', async () => {
    const response = await fetch(`${server.origin}/API/SCIM/v2/Users`, { headers: { authorization: `Bearer ${server.token}` } });
    await expectScimError(response, 404);
  });

  it('answers 404 to a wrong path even without a token (routing comes before auth)', async () => {
    await expectScimError(await fetch(`${server.baseUrl}/users`), 404);
  });

  it.each(['/ServiceProviderConfig', '/Schemas', '/ResourceTypes'])('serves %s', async (path) => {
    expect((await scim(path)).status).toBe(200);
  });

  it('advertises PATCH and no bulk in ServiceProviderConfig', async () => {
    expect(await json(await scim('/ServiceProviderConfig'))).toMatchObject({ patch: { supported: true }, bulk: { supported: false } });
  });

  it('answers 405 with Allow to a known path with the wrong method', async () => {
    const response = await scim('/Users', { method: 'DELETE' });
    expect(response.headers.get('allow')).toContain('POST');
    await expectScimError(response, 405);
  });
});

describe('faults', () => {
  const cases: Array<{ fault: Fault; check: (response: Response) => Promise<void> }> = [
    {
      fault: { kind: 'redirect-to-login' },
      check: async (response) => {
        expect(response.status).toBe(302);
        expect(response.headers.get('location')).toBe('/login');
      },
    },
    {
      fault: { kind: 'html-login-page' },
      check: async (response) => {
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^text\/html/);
        expect(await response.text()).toContain('<form');
      },
    },
    {
      fault: { kind: 'rate-limit', retryAfter: 7 },
      check: async (response) => {
        expect(response.headers.get('retry-after')).toBe('7');
        await expectScimError(response, 429);
      },
    },
    { fault: { kind: 'server-error' }, check: async (response) => void (await expectScimError(response, 500)) },
    { fault: { kind: 'forbidden' }, check: async (response) => void (await expectScimError(response, 403)) },
    {
      fault: { kind: 'not-scim' },
      check: async (response) => {
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
        expect(await response.json()).toEqual({ hello: 'world' });
      },
    },
  ];

  it.each(cases)('$fault.kind answers as described, until cleared', async ({ fault, check }) => {
    server.setFault(fault);
    await check(await scim('/Users', { redirect: 'manual' }));
    // Faults sit in front of auth and routing: they apply to any request under the mount.
    await check(await fetch(`${server.baseUrl}/anything`, { redirect: 'manual' }));
    server.setFault(null);
    expect((await scim('/Users')).status).toBe(200);
  });

  it('redirect-to-login lands a following client on an HTML login page', async () => {
    server.setFault({ kind: 'redirect-to-login' });
    const response = await scim('/Users');
    expect(response.url).toBe(`${server.origin}/login`);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('slow answers normally after the delay', async () => {
    server.setFault({ kind: 'slow', ms: 200 });
    const started = performance.now();
    const response = await scim('/Users');
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(response.status).toBe(200);
  });

  it('slow survives a client that gives up: logged as 499, and the server keeps answering', async () => {
    server.setFault({ kind: 'slow', ms: 150 });
    const controller = new AbortController();
    const request = scim('/Users', { signal: controller.signal }).catch((error: unknown) => error);
    setTimeout(() => controller.abort(), 30);
    expect(await request).toBeInstanceOf(Error);
    await new Promise((resolve) => setTimeout(resolve, 200)); // past the delay the request would have waited
    server.setFault(null);
    expect((await scim('/Users')).status).toBe(200);
    expect(server.requests().map((r) => r.status)).toEqual([499, 200]);
  });

  it('an aborted slow POST creates nothing', async () => {
    server.setFault({ kind: 'slow', ms: 150 });
    const controller = new AbortController();
    const request = scim('/Users', {
      method: 'POST',
      body: JSON.stringify({ schemas: [USER_URN], userName: 'ghost@example.com' }),
      signal: controller.signal,
    }).catch((error: unknown) => error);
    setTimeout(() => controller.abort(), 30);
    expect(await request).toBeInstanceOf(Error);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(server.users()).toEqual([]);
  });
});

describe('request log', () => {
  it('records method, relative path with query, status and whether Authorization was sent', async () => {
    await scim('/Users?startIndex=1&count=1');
    await fetch(`${server.baseUrl}/Users`);
    await postUser({ userName: 'jo@other.org' });
    await scim('/users');
    expect(server.requests()).toEqual([
      { method: 'GET', path: '/Users?startIndex=1&count=1', status: 200, authorized: true },
      { method: 'GET', path: '/Users', status: 401, authorized: false },
      { method: 'POST', path: '/Users', status: 400, authorized: true },
      { method: 'GET', path: '/users', status: 404, authorized: true },
    ]);
  });

  it('never contains the token', async () => {
    await scim(`/Users?filter=${encodeURIComponent('userName eq "a@example.com"')}`);
    await scim('/Users', { headers: { authorization: `Bearer ${server.token}x` } });
    expect(JSON.stringify(server.requests())).not.toContain(server.token);
  });

  it('returns copies that callers cannot alter', async () => {
    await scim('/Users');
    const [entry] = server.requests();
    if (entry) entry.status = 999;
    expect(server.requests()[0]?.status).toBe(200);
  });
});

describe('reset', () => {
  it('restores the initial options and forgets users, fault and log, keeping the token', async () => {
    const token = server.token;
    server.addUser({ userName: 'ann@example.com' });
    server.setDomains(['acme.test']);
    server.setScimEnabled(false);
    await scim('/Users');
    server.setFault({ kind: 'server-error' });

    server.reset();

    expect(server.token).toBe(token);
    expect(server.users()).toEqual([]);
    expect(server.requests()).toEqual([]);
    expect((await scim('/Users')).status).toBe(200); // enabled again, no fault
    expect((await postUser({ userName: 'jo@example.com' })).status).toBe(201); // example.com again
  });

  it('brings back scimEnabled: false when the server was created so; servers keep separate users', async () => {
    const other = await startTrelicaLikeServer({ scimEnabled: false, token: 'second-token', domains: ['acme.test'] });
    try {
      const auth = { authorization: 'Bearer second-token' };
      expect((await fetch(`${other.baseUrl}/Users`, { headers: auth })).status).toBe(401);
      other.setScimEnabled(true);
      other.addUser({ userName: 'only-here@acme.test' });
      const list = (await (await fetch(`${other.baseUrl}/Users`, { headers: auth })).json()) as { totalResults: number };
      expect(list.totalResults).toBe(1);
      expect(((await json(await scim('/Users'))).totalResults)).toBe(0);
      other.reset();
      expect((await fetch(`${other.baseUrl}/Users`, { headers: auth })).status).toBe(401);
    } finally {
      await other.close();
    }
  });
});
