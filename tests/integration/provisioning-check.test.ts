// "Check provisioning" over real HTTP against the Trelica-like SCIM server: read-only, the users
// it holds and the newest first, or the verdict of a server that refuses.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runProvisioningCheck, RECENT_PATH } from '../../src/core/scim/provisioning-check';
import { startTrelicaLikeServer, type RunningTrelicaLikeScim } from '../sandbox/scim-server';
import { TRELICA_BASE, routedFetch } from '../helpers/scim/routed-fetch';

let server: RunningTrelicaLikeScim;

beforeAll(async () => {
  server = await startTrelicaLikeServer({ domains: ['example.com'] });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const check = (token = server.token) =>
  runProvisioningCheck({ baseUrl: TRELICA_BASE, token, fetch: routedFetch(server.origin) });

describe('runProvisioningCheck over HTTP', () => {
  it('lists how many users Trelica holds and up to five of them, changing nothing', async () => {
    for (const name of ['ann', 'bob', 'cid', 'dee', 'eve', 'fay']) server.addUser({ userName: `${name}@example.com` });
    const result = await check();
    expect(result).toMatchObject({
      kind: 'provisioning-check',
      verdict: 'ok',
      total: 6,
      detail: 'Trelica holds 6 users over SCIM.',
    });
    expect(result.users).toHaveLength(5);
    expect(result.users.every((u) => /@example\.com$/.test(u.userName))).toBe(true);
    expect(server.requests().every((r) => r.method === 'GET')).toBe(true);
    expect(server.requests()[0]!.path).toBe(RECENT_PATH);
    expect(server.users()).toHaveLength(6);
    expect(JSON.stringify(result)).not.toContain(server.token);
  });

  it('says none when Trelica holds none', async () => {
    expect(await check()).toMatchObject({
      verdict: 'ok',
      total: 0,
      users: [],
      detail: 'Trelica holds 0 users over SCIM.',
    });
  });

  it('a wrong token is unauthorized, with no list', async () => {
    expect(await check('f'.repeat(40))).toMatchObject({ verdict: 'unauthorized', total: null, users: [] });
  });
});
