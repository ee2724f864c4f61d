// The SCIM server's holds, over real HTTP: a request held after the server acted (the user
// exists, the client does not know), or before it acted; the log shows each as it stands.
import { describe, expect, it } from 'vitest';
import { CLIENT_GONE_STATUS, PENDING_STATUS } from '../../../sandbox/scim-server';
import { USER_URN, useTrelicaLikeServer } from '../../../helpers/scim/server-client';

const { server, scim, postUser } = useTrelicaLikeServer();

const JO = 'jo@example.com';

/** A request whose outcome is awaited later; its abort stands for a killed client. */
function pending(start: (signal: AbortSignal) => Promise<Response>) {
  const controller = new AbortController();
  const answer = start(controller.signal).then(
    (response) => response,
    (error: unknown) => error as Error,
  );
  return { answer, abort: () => controller.abort() };
}

const postJo = (signal?: AbortSignal) =>
  scim('/Users', { method: 'POST', body: JSON.stringify({ schemas: [USER_URN], userName: JO }), signal });

/** Whether `promise` is still pending after the server had time to answer. */
async function stillPending(promise: Promise<unknown>): Promise<boolean> {
  const marker = Symbol('pending');
  return (await Promise.race([promise, new Promise((r) => setTimeout(() => r(marker), 150))])) === marker;
}

describe('a hold after acting', () => {
  it('creates the user, holds the 201 until released, and logs the request as pending then answered', async () => {
    const hold = server().hold({ method: 'POST', path: '/Users' });
    const call = pending(postJo);

    expect(await hold.arrived).toMatchObject({ method: 'POST', pathname: '/Users', status: PENDING_STATUS });
    const { status, body } = await hold.acted;
    expect(status).toBe(201);
    expect(body).toMatchObject({ userName: JO });
    expect(
      server()
        .users()
        .map((u) => u.userName),
    ).toEqual([JO]);
    expect(await stillPending(call.answer)).toBe(true);
    expect(server().requests()).toEqual([{ method: 'POST', path: '/Users', status: PENDING_STATUS, authorized: true }]);

    hold.release();
    const response = (await call.answer) as Response;
    expect(response.status).toBe(201);
    expect(response.headers.get('location')).toMatch(/\/Users\/[0-9a-f]{32}$/);
    expect(((await response.json()) as { userName: string }).userName).toBe(JO);
    expect(await hold.ended).toBe('answered');
    expect(server().requests()[0]?.status).toBe(201);
  });

  it('reports a client that went away while its answer was held; the user stays', async () => {
    const hold = server().hold({ method: 'POST', path: '/Users' });
    const call = pending(postJo);
    await hold.acted;
    call.abort();

    expect(await hold.ended).toBe('client-gone');
    expect(await call.answer).toBeInstanceOf(Error);
    expect(server().requests()[0]?.status).toBe(CLIENT_GONE_STATUS);
    expect(
      server()
        .users()
        .map((u) => u.userName),
    ).toEqual([JO]);
    hold.release(); // too late: changes nothing
    expect(await hold.ended).toBe('client-gone');
  });

  it('catches only the next matching request; other methods and paths pass', async () => {
    const hold = server().hold({ method: 'post', path: '/Users' });
    expect((await scim('/Users')).status).toBe(200);
    const first = pending(postJo);
    await hold.acted;
    const second = await postUser({ userName: 'al@example.com' });
    expect(second.status).toBe(201);
    hold.release();
    expect(((await first.answer) as Response).status).toBe(201);
    expect(
      server()
        .requests()
        .map((r) => `${r.method} ${r.path} ${r.status}`),
    ).toEqual(['GET /Users 200', 'POST /Users 201', 'POST /Users 201']);
  });

  it('holds an answer released before the server acted as soon as it is ready, not later', async () => {
    const hold = server().hold({ method: 'POST', path: '/Users' });
    const call = pending(postJo);
    await hold.arrived;
    hold.release();
    expect(((await call.answer) as Response).status).toBe(201);
    expect(await hold.ended).toBe('answered');
  });
});

describe('a hold before acting', () => {
  it('holds a POST before the user is created; a client gone meanwhile leaves nothing created', async () => {
    const hold = server().hold({ method: 'POST', path: '/Users', when: 'before-acting' });
    const call = pending(postJo);
    await hold.arrived;
    expect(await stillPending(hold.acted)).toBe(true);
    expect(server().users()).toEqual([]);

    call.abort();
    expect(await hold.ended).toBe('client-gone');
    hold.release();
    await new Promise((r) => setTimeout(r, 100));
    expect(server().users()).toEqual([]);
    expect(server().requests()[0]?.status).toBe(CLIENT_GONE_STATUS);
  });

  it('lets the request through on release and reports the answer', async () => {
    const hold = server().hold({ method: 'GET', path: /^\/Users\?filter=/, when: 'before-acting' });
    const call = pending((signal) => scim(`/Users?filter=${encodeURIComponent(`userName eq "${JO}"`)}`, { signal }));
    const arrived = await hold.arrived;
    expect(arrived.query).toEqual({ filter: `userName eq "${JO}"` });
    hold.release();
    expect((await hold.acted).status).toBe(200);
    expect(((await call.answer) as Response).status).toBe(200);
    expect(await hold.ended).toBe('answered');
  });
});

describe('holds and reset', () => {
  it('withdraws a hold that caught nothing and cuts a held exchange', async () => {
    const idle = server().hold({ method: 'DELETE', path: /^\/Users\// });
    const held = server().hold({ method: 'POST', path: '/Users' });
    const call = pending(postJo);
    await held.acted;

    server().reset();
    await expect(idle.arrived).rejects.toThrow(/withdrawn by reset/);
    expect(await idle.ended).toBe('dropped');
    expect(await held.ended).toBe('dropped');
    expect(await call.answer).toBeInstanceOf(Error);
    // The withdrawn hold catches nothing any more.
    expect((await postUser({ userName: JO })).status).toBe(201);
  });

  it('release() before any request withdraws the hold', async () => {
    const hold = server().hold({ method: 'POST', path: '/Users' });
    hold.release();
    await expect(hold.arrived).rejects.toThrow(/released before a request came/);
    expect((await postUser({ userName: JO })).status).toBe(201);
  });
});

describe('the detailed log', () => {
  it('gives each request its pathname, query and JSON body, in order, and the summary keeps its four fields', async () => {
    await scim('/Users?startIndex=1&count=1');
    await postUser({ userName: JO });
    await fetch(`${server().baseUrl}/Users`, { method: 'POST', body: '{}' });
    expect(server().detailedRequests()).toEqual([
      {
        method: 'GET',
        path: '/Users?startIndex=1&count=1',
        pathname: '/Users',
        query: { startIndex: '1', count: '1' },
        status: 200,
        authorized: true,
      },
      {
        method: 'POST',
        path: '/Users',
        pathname: '/Users',
        query: {},
        body: { schemas: [USER_URN], userName: JO },
        status: 201,
        authorized: true,
      },
      // Refused before the body was read: no body.
      { method: 'POST', path: '/Users', pathname: '/Users', query: {}, status: 401, authorized: false },
    ]);
    expect(Object.keys(server().requests()[0] ?? {}).sort()).toEqual(['authorized', 'method', 'path', 'status']);
  });
});
