// The JumpCloud back end mounted in the sandbox: a page's POST to a JumpCloud host makes the
// sandbox call its own Trelica hosts over HTTPS (certificate checked against the host name),
// and the SCIM server's log shows JumpCloud's calls.
import { request } from 'node:https';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../sandbox/server/sandbox';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ domains: ['example.com'] });
});
afterAll(() => sandbox?.close());
beforeEach(() => sandbox.scim.reset());

/** POSTs JSON to https://host/path on the sandbox, as a fixture page's fetch does. */
function post(host: string, path: string, body: unknown): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: sandbox.port,
        path,
        method: 'POST',
        servername: host,
        ca: sandbox.certificate,
        agent: false,
        headers: { host, 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (c: string) => (text += c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, json: text.startsWith('{') ? (JSON.parse(text) as unknown) : text }),
        );
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

const values = (extra: object = {}) => ({
  baseUrl: 'https://eu.trelica.com/api/scim/v2',
  token: sandbox.scim.token,
  testEmail: 'jc-sandbox@example.com',
  groupManagement: false,
  ...extra,
});

it('answers Test Connection on every JumpCloud host by calling the Trelica host over HTTPS', async () => {
  for (const host of ['console.jumpcloud.com', 'console.eu.jumpcloud.com', 'console.in.jumpcloud.com']) {
    expect(await post(host, '/__jumpcloud/test-connection', values())).toEqual({
      status: 200,
      json: { ok: true, message: 'connected' },
    });
  }
  expect(sandbox.scim.requests().map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(
    Array(3).fill('GET /Users?startIndex=1&count=1 200'),
  );
  expect(sandbox.requests().filter((r) => r.host === 'eu.trelica.com')).toHaveLength(3);
});

it('answers Activate, leaving no user, and a failure without the token', async () => {
  expect((await post('console.jumpcloud.com', '/__jumpcloud/activate', values())).json).toEqual({
    ok: true,
    message: 'activated',
  });
  expect(sandbox.scim.users()).toEqual([]);
  const failed = await post('console.jumpcloud.com', '/__jumpcloud/activate', values({ groupManagement: true }));
  expect(failed.json).toMatchObject({ ok: false });
  expect(JSON.stringify(failed.json)).not.toContain(sandbox.scim.token);
});

it('is served on JumpCloud hosts only', async () => {
  expect((await post('app.trelica.com', '/__jumpcloud/test-connection', values())).status).toBe(404);
});
