// The Trelica-like SCIM server over real HTTP, part 2: strict paths, faults, request log, reset.
import { describe, expect, it } from 'vitest';
import { startTrelicaLikeServer, type Fault } from '../sandbox/scim-server';
import { USER_URN, expectScimError, json, useTrelicaLikeServer } from '../helpers/scim/server-client';

const { server, scim, postUser } = useTrelicaLikeServer();

describe('strict paths', () => {
  it.each([
    '/users',
    '/USERS',
    '/Users/',
    '/Groups',
    '/Groups/abc',
    '/Bulk',
    '/Me',
    '/Users/.search',
    '',
    '/',
    '/Users/abc/def',
    '/serviceproviderconfig',
  ])('answers 404 to %s', async (path) => {
    await expectScimError(await scim(path), 404);
  });

  it('answers 404 when the mount path has the wrong case', async () => {
    const response = await fetch(`${server().origin}/API/SCIM/v2/Users`, {
      headers: { authorization: `Bearer ${server().token}` },
    });
    await expectScimError(response, 404);
  });

  it('answers 404 to a wrong path even without a token (routing comes before auth)', async () => {
    await expectScimError(await fetch(`${server().baseUrl}/users`), 404);
  });

  it.each(['/ServiceProviderConfig', '/Schemas', '/ResourceTypes'])('serves %s', async (path) => {
    expect((await scim(path)).status).toBe(200);
  });

  it('advertises PATCH and no bulk in ServiceProviderConfig', async () => {
    expect(await json(await scim('/ServiceProviderConfig'))).toMatchObject({
      patch: { supported: true },
      bulk: { supported: false },
    });
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
    server().setFault(fault);
    await check(await scim('/Users', { redirect: 'manual' }));
    // Faults sit in front of auth and routing: they apply to any request under the mount.
    await check(await fetch(`${server().baseUrl}/anything`, { redirect: 'manual' }));
    server().setFault(null);
    expect((await scim('/Users')).status).toBe(200);
  });

  it('redirect-to-login lands a following client on an HTML login page', async () => {
    server().setFault({ kind: 'redirect-to-login' });
    const response = await scim('/Users');
    expect(response.url).toBe(`${server().origin}/login`);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('slow answers normally after the delay', async () => {
    server().setFault({ kind: 'slow', ms: 200 });
    const started = performance.now();
    const response = await scim('/Users');
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(response.status).toBe(200);
  });

  it('slow survives a client that gives up: logged as 499, and the server keeps answering', async () => {
    server().setFault({ kind: 'slow', ms: 150 });
    const controller = new AbortController();
    const request = scim('/Users', { signal: controller.signal }).catch((error: unknown) => error);
    setTimeout(() => controller.abort(), 30);
    expect(await request).toBeInstanceOf(Error);
    await new Promise((resolve) => setTimeout(resolve, 200)); // past the delay the request would have waited
    server().setFault(null);
    expect((await scim('/Users')).status).toBe(200);
    expect(
      server()
        .requests()
        .map((r) => r.status),
    ).toEqual([499, 200]);
  });

  it('an aborted slow POST creates nothing', async () => {
    server().setFault({ kind: 'slow', ms: 150 });
    const controller = new AbortController();
    const request = scim('/Users', {
      method: 'POST',
      body: JSON.stringify({ schemas: [USER_URN], userName: 'ghost@example.com' }),
      signal: controller.signal,
    }).catch((error: unknown) => error);
    setTimeout(() => controller.abort(), 30);
    expect(await request).toBeInstanceOf(Error);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(server().users()).toEqual([]);
  });
});

describe('request log', () => {
  it('records method, relative path with query, status and whether Authorization was sent', async () => {
    await scim('/Users?startIndex=1&count=1');
    await fetch(`${server().baseUrl}/Users`);
    await postUser({ userName: 'jo@other.org' });
    await scim('/users');
    expect(server().requests()).toEqual([
      { method: 'GET', path: '/Users?startIndex=1&count=1', status: 200, authorized: true },
      { method: 'GET', path: '/Users', status: 401, authorized: false },
      { method: 'POST', path: '/Users', status: 400, authorized: true },
      { method: 'GET', path: '/users', status: 404, authorized: true },
    ]);
  });

  it('never contains the token', async () => {
    await scim(`/Users?filter=${encodeURIComponent('userName eq "a@example.com"')}`);
    await scim('/Users', { headers: { authorization: `Bearer ${server().token}x` } });
    expect(JSON.stringify(server().requests())).not.toContain(server().token);
  });

  it('returns copies that callers cannot alter', async () => {
    await scim('/Users');
    const [entry] = server().requests();
    if (entry) entry.status = 999;
    expect(server().requests()[0]?.status).toBe(200);
  });
});

describe('reset', () => {
  it('restores the initial options and forgets users, fault and log, keeping the token', async () => {
    const token = server().token;
    server().addUser({ userName: 'ann@example.com' });
    server().setDomains(['acme.test']);
    server().setScimEnabled(false);
    await scim('/Users');
    server().setFault({ kind: 'server-error' });

    server().reset();

    expect(server().token).toBe(token);
    expect(server().users()).toEqual([]);
    expect(server().requests()).toEqual([]);
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
      const list = (await (await fetch(`${other.baseUrl}/Users`, { headers: auth })).json()) as {
        totalResults: number;
      };
      expect(list.totalResults).toBe(1);
      expect((await json(await scim('/Users'))).totalResults).toBe(0);
      other.reset();
      expect((await fetch(`${other.baseUrl}/Users`, { headers: auth })).status).toBe(401);
    } finally {
      await other.close();
    }
  });
});
