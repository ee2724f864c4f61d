// The sandbox and the Firefox CONNECT proxy without a browser: Node clients that verify the
// certificate against each real host name, as the browsers are routed.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect as tlsConnect } from 'node:tls';
import type { Duplex } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConnectProxy, startSandbox, type ConnectProxy, type Sandbox } from '../sandbox';

interface Answer {
  status: number;
  type: string;
  body: string;
}

// Spelled out, not read from the code under test: these are the names the admin's browser uses.
const REAL_HOSTS = [
  'app.trelica.com',
  'eu.trelica.com',
  'console.jumpcloud.com',
  'console.eu.jumpcloud.com',
  'console.in.jumpcloud.com',
];

let sandbox: Sandbox;
let proxy: ConnectProxy;

beforeAll(async () => {
  sandbox = await startSandbox();
  proxy = await startConnectProxy(sandbox.hosts, sandbox.port);
});
afterAll(async () => {
  await proxy?.close();
  await sandbox?.close();
});

/** GET https://host/path, over `socket` when given, else straight to the sandbox's port. */
function get(host: string, path: string, options: { socket?: Duplex; token?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      {
        host: '127.0.0.1',
        port: sandbox.port,
        path,
        servername: host,
        headers: { host, ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
        ca: sandbox.certificate, // verified against `host`: the certificate must name it
        agent: false,
        ...(options.socket
          ? {
              createConnection: () => tlsConnect({ socket: options.socket, servername: host, ca: sandbox.certificate }),
            }
          : {}),
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (c: string) => (body += c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Asks the proxy for a tunnel: its status, and the socket when it said 200. */
function tunnel(target: string): Promise<{ status: number; socket: Duplex }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: proxy.port, method: 'CONNECT', path: target });
    req.on('connect', (res, socket) => resolve({ status: res.statusCode ?? 0, socket }));
    req.on('response', (res) => resolve({ status: res.statusCode ?? 0, socket: res.socket }));
    req.on('error', reject);
    req.end();
  });
}

describe('sandbox: one HTTPS server, dispatched by host name', () => {
  it.each(REAL_HOSTS)('presents a certificate valid for %s', async (host) => {
    // The client verifies the certificate against `host`, so a name missing from it fails here.
    const answer = await get(host, '/no-such-page');
    expect(answer.status).toBe(404);
    expect(sandbox.hosts).toContain(host);
  });

  it('serves the Trelica fixture with the Base URL shown on that host and the server token', async () => {
    for (const host of ['app.trelica.com', 'eu.trelica.com']) {
      const answer = await get(host, '/labelled.html');
      expect(answer.status).toBe(200);
      expect(answer.type).toMatch(/^text\/html/);
      expect(answer.body).toContain(`https://${host}/api/scim/v2/`);
      expect(answer.body).toContain(sandbox.scim.token);
    }
    expect(sandbox.shownBaseUrl('eu.trelica.com')).toBe('https://eu.trelica.com/api/scim/v2/');
  });

  it('serves the SCIM API on Trelica hosts only, behind its bearer auth', async () => {
    expect((await get('app.trelica.com', '/api/scim/v2/Users')).status).toBe(401);
    const ok = await get('eu.trelica.com', '/api/scim/v2/Users?startIndex=1&count=1', { token: sandbox.scim.token });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ totalResults: 0 });
    expect((await get('console.jumpcloud.com', '/api/scim/v2/Users', { token: sandbox.scim.token })).status).toBe(404);
  });

  it('keeps each site to its own pages', async () => {
    expect((await get('console.in.jumpcloud.com', '/labelled.html')).body).toContain('JumpCloud');
    expect((await get('console.jumpcloud.com', '/domains.html')).status).toBe(404); // a Trelica-only variant
    expect((await get('app.trelica.com', '/missing-token.html')).status).toBe(404); // a JumpCloud-only variant
    expect((await get('app.trelica.com', '/../package.json')).status).toBe(404);
  });

  it('answers 404 to a host it does not know', async () => {
    expect((await get('localhost', '/labelled.html')).status).toBe(404);
  });

  it('logs what it answered, per host', async () => {
    await get('console.eu.jumpcloud.com', '/radios.html');
    expect(sandbox.requests()).toContainEqual({
      host: 'console.eu.jumpcloud.com',
      method: 'GET',
      path: '/radios.html',
      status: 200,
      tokenSeen: false,
    });
  });

  it('builds fixture URLs on the real host names, JumpCloud ones with their route', () => {
    expect(sandbox.url('trelica', 'labelled')).toBe('https://app.trelica.com/labelled.html');
    expect(sandbox.url('jumpcloud', 'labelled', 'console.in.jumpcloud.com')).toMatch(
      /^https:\/\/console\.in\.jumpcloud\.com\/labelled\.html#\//,
    );
  });
});

describe('CONNECT proxy: the known hosts reach the sandbox, nothing else goes anywhere', () => {
  it('tunnels a known host on 443 to the sandbox', async () => {
    const { status, socket } = await tunnel('console.jumpcloud.com:443');
    expect(status).toBe(200);
    const answer = await get('console.jumpcloud.com', '/labelled.html', { socket });
    expect(answer.status).toBe(200);
  });

  // The look-alikes the sandbox serves (LOOKALIKE_HOSTS) are tunnelled; any other host is not.
  it.each([
    'example.com:443',
    'app.trelica.com:80',
    'app.trelica.com.other.test:443',
    '127.0.0.1:443',
    'localhost:443',
  ])('refuses a tunnel to %s', async (target) => {
    const { status, socket } = await tunnel(target);
    socket.destroy();
    expect(status).toBe(403);
    expect(proxy.refused()).toContain(target);
  });

  it('refuses plain HTTP proxying', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: proxy.port, path: 'http://app.trelica.com/', headers: { host: 'app.trelica.com' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });
});
