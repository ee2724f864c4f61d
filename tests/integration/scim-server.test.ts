// The Trelica-like SCIM server over real HTTP, part 1: authentication and the Users resource.
// Other tests trust it to behave like Trelica, so each Trelica behaviour it imitates is pinned here.
import { describe, expect, it } from 'vitest';
import { HEX32, LIST_URN, USER_URN, expectScimError, json, useTrelicaLikeServer } from '../helpers/scim/server-client';

const { server, scim, postUser, patch, listFilter } = useTrelicaLikeServer();

describe('bearer authentication', () => {
  it.each([
    { name: 'no Authorization header', headers: { authorization: '' }, challenge: /^Bearer realm="[^"]+"$/ },
    {
      name: 'a wrong token',
      headers: { authorization: 'Bearer not-the-token' },
      challenge: /^Bearer realm="[^"]+", error="invalid_token"$/,
    },
    { name: 'the token without "Bearer"', headers: { authorization: 'TOKEN' }, challenge: /^Bearer realm="[^"]+"/ },
    { name: 'the token as Basic', headers: { authorization: 'Basic TOKEN' }, challenge: /^Bearer realm="[^"]+"/ },
  ])('answers 401 with WWW-Authenticate to $name', async ({ headers }) => {
    const authorization = headers.authorization.replace('TOKEN', server().token);
    const response = await fetch(`${server().baseUrl}/Users`, authorization ? { headers: { authorization } } : {});
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm="[^"]+"/);
    await expectScimError(response, 401);
  });

  it('tells a missing token from a wrong one in the challenge', async () => {
    const missing = await fetch(`${server().baseUrl}/Users`);
    const wrong = await scim('/Users', { headers: { authorization: 'Bearer wrong' } });
    expect(missing.headers.get('www-authenticate')).not.toContain('invalid_token');
    expect(wrong.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it('accepts the token, with any case of "Bearer"', async () => {
    expect((await scim('/Users')).status).toBe(200);
    expect((await scim('/Users', { headers: { authorization: `bearer ${server().token}` } })).status).toBe(200);
  });

  it('refuses even the right token while SCIM is not enabled', async () => {
    server().setScimEnabled(false);
    const refused = await scim('/Users');
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer realm=/);
    await expectScimError(refused, 401);
    server().setScimEnabled(true);
    expect((await scim('/Users')).status).toBe(200);
  });

  it('defaults to a random 40-hex token', () => {
    expect(server().token).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe('listing and filtering users', () => {
  it('lists as a SCIM ListResponse, paged by startIndex and count', async () => {
    server().addUser({ userName: 'ann@example.com' });
    server().addUser({ userName: 'bob@example.com' });
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
    const id = server().addUser({ userName: 'Jo.Doe@Example.com' });
    await scim(`/Users/${id}`, {
      method: 'PUT',
      body: JSON.stringify({ userName: 'Jo.Doe@Example.com', emails: [{ value: 'jo.doe@example.com' }] }),
    });
    server().addUser({ userName: 'someone.else@example.com' });
    const body = await json(await listFilter(filter));
    expect(body.totalResults).toBe(1);
    expect((body.Resources as Array<{ id: string }>)[0]?.id).toBe(id);
  });

  it('answers 200 with no results for a user that does not exist', async () => {
    server().addUser({ userName: 'ann@example.com' });
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
    const response = await postUser({
      userName: 'new@example.com',
      name: { givenName: 'New', familyName: 'User' },
      active: true,
    });
    expect(response.status).toBe(201);
    const body = await json(response);
    expect(body.id).toMatch(HEX32);
    expect(body.userName).toBe('new@example.com');
    expect(response.headers.get('location')).toBe(`${server().baseUrl}/Users/${String(body.id)}`);
    expect(server().users()).toEqual([{ id: body.id, userName: 'new@example.com', active: true }]);
  });

  it.each([
    { user: { userName: 'jo@other.org' }, domain: 'other.org' },
    { user: { userName: 'jo@sub.example.com' }, domain: 'sub.example.com' },
    {
      user: { userName: 'jo@example.com', emails: [{ value: 'jo@elsewhere.net', type: 'work' }] },
      domain: 'elsewhere.net',
    },
  ])('refuses $user.userName with a domain that is not registered', async ({ user, domain }) => {
    const body = await expectScimError(await postUser(user), 400, 'invalidValue');
    expect(body.detail).toContain(domain);
    expect(server().users()).toEqual([]);
  });

  it('refuses a userName that is not an email', async () => {
    await expectScimError(await postUser({ userName: 'jo' }), 400, 'invalidValue');
  });

  it('compares domains without regard to case', async () => {
    expect((await postUser({ userName: 'Jo@EXAMPLE.COM', emails: [{ value: 'jo@Example.Com' }] })).status).toBe(201);
  });

  it('follows setDomains', async () => {
    server().setDomains(['Acme.test']);
    await expectScimError(await postUser({ userName: 'jo@example.com' }), 400, 'invalidValue');
    expect((await postUser({ userName: 'jo@acme.test' })).status).toBe(201);
  });

  it('answers 409 uniqueness to an existing userName in another case', async () => {
    server().addUser({ userName: 'taken@example.com' });
    await expectScimError(await postUser({ userName: 'TAKEN@example.com' }), 409, 'uniqueness');
    expect(server().users()).toHaveLength(1);
  });

  it('addUser returns a 32-hex id and refuses a duplicate', () => {
    expect(server().addUser({ userName: 'seed@example.com', givenName: 'Seed' })).toMatch(HEX32);
    expect(() => server().addUser({ userName: 'SEED@example.com' })).toThrow(/already exists/);
  });
});

describe('reading, updating and deleting a user', () => {
  it('reads a user by id, and answers 404 with the SCIM error schema for an unknown id', async () => {
    const id = server().addUser({ userName: 'ann@example.com', givenName: 'Ann' });
    const body = await json(await scim(`/Users/${id}`));
    expect(body).toMatchObject({ id, userName: 'ann@example.com', name: { givenName: 'Ann' }, schemas: [USER_URN] });
    await expectScimError(await scim(`/Users/${'0'.repeat(32)}`), 404);
  });

  it('applies PatchOp replace operations with a path', async () => {
    const id = server().addUser({ userName: 'ann@example.com', givenName: 'Ann', familyName: 'Lee' });
    const response = await patch(id, [
      { op: 'replace', path: 'name.givenName', value: 'Anna' },
      { op: 'replace', path: 'active', value: false },
    ]);
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ name: { givenName: 'Anna', familyName: 'Lee' }, active: false });
    expect(server().users()).toEqual([{ id, userName: 'ann@example.com', active: false }]);
    expect(await json(await scim(`/Users/${id}`))).toMatchObject({ name: { givenName: 'Anna' }, active: false });
  });

  it('refuses to change userName by PATCH or PUT (400 mutability)', async () => {
    const id = server().addUser({ userName: 'ann@example.com' });
    await expectScimError(
      await patch(id, [{ op: 'replace', path: 'userName', value: 'anna@example.com' }]),
      400,
      'mutability',
    );
    const put = await scim(`/Users/${id}`, {
      method: 'PUT',
      body: JSON.stringify({ schemas: [USER_URN], userName: 'anna@example.com' }),
    });
    await expectScimError(put, 400, 'mutability');
    expect(server().users()[0]?.userName).toBe('ann@example.com');
  });

  it('replaces a user by PUT when userName is unchanged', async () => {
    const id = server().addUser({ userName: 'ann@example.com' });
    const put = await scim(`/Users/${id}`, {
      method: 'PUT',
      body: JSON.stringify({ schemas: [USER_URN], userName: 'ANN@example.com', title: 'CTO' }),
    });
    expect(put.status).toBe(200);
    expect(await json(put)).toMatchObject({ id, userName: 'ann@example.com', title: 'CTO' });
  });

  it('deletes with 204, after which the user is gone', async () => {
    const id = server().addUser({ userName: 'ann@example.com' });
    const deleted = await scim(`/Users/${id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(server().users()).toEqual([]);
    await expectScimError(await scim(`/Users/${id}`), 404);
    await expectScimError(await scim(`/Users/${id}`, { method: 'DELETE' }), 404);
  });
});
