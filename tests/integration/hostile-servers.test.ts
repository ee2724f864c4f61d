// SCIM servers that misbehave on purpose, over real HTTP: a huge body, a body that never ends,
// JSON nested past any parser's stack, the wrong types, invalid UTF-8, an HTML page with 200, a
// redirect to another host, a server echoing the token. Each ends in a diagnosis within the
// time limit, with bounded memory (the client's size cap), the token nowhere in the result,
// and nothing but text (an excerpt is never markup to render).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConnectionTest } from '../../src/core/scim/connection-test';
import { ConnectionTestResultSchema } from '../../src/core/scim/results';
import { routedFetch, TRELICA_BASE } from '../helpers/scim/routed-fetch';

const TOKEN = 'hostile-0123456789abcdef0123456789';
const LIST = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
let server: Server;
let origin: string;
let behaviour: (req: IncomingMessage, res: ServerResponse) => void = () => undefined;
const otherHostRequests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => behaviour(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The connection test against the hostile server, with a short time limit; never another host. */
async function test(timeoutMs = 2_000) {
  const fetchOnlyTrelica = routedFetch(origin);
  const started = Date.now();
  const result = await runConnectionTest({
    baseUrl: TRELICA_BASE,
    token: TOKEN,
    timeoutMs,
    fetch: (url, init) =>
      url.startsWith('https://app.trelica.com/')
        ? fetchOnlyTrelica(url, init)
        : (otherHostRequests.push(url), Promise.reject(new TypeError('blocked'))),
  });
  expect(Date.now() - started).toBeLessThan(timeoutMs + 2_000);
  expect(ConnectionTestResultSchema.safeParse(result).success).toBe(true);
  const text = JSON.stringify(result);
  expect(text).not.toContain(TOKEN);
  for (const e of result.evidence) expect(e.excerpt.length).toBeLessThanOrEqual(200);
  return result;
}

const json = (res: ServerResponse, status: number, body: string) => {
  res.writeHead(status, { 'content-type': 'application/scim+json' });
  res.end(body);
};

describe('a hostile SCIM server', () => {
  it("a 5 MB body is cut at the client's cap and judged, not read whole", async () => {
    behaviour = (_req, res) =>
      json(
        res,
        200,
        JSON.stringify({ schemas: [LIST], totalResults: 1, Resources: [{ id: 'x', userName: 'a'.repeat(5_000_000) }] }),
      );
    const result = await test();
    expect(result.verdict).toBe('not-scim');
    // Judged as cut short (the cap), not as a list whose user is odd (the whole body parsed).
    expect(JSON.stringify(result)).toContain('it was not read in full');
  });

  it('a body that never ends gives a timeout within the limit', async () => {
    behaviour = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/scim+json' });
      const tick = setInterval(() => res.write('['), 5);
      res.on('close', () => clearInterval(tick));
    };
    expect(['timeout', 'not-scim']).toContain((await test(1_000)).verdict);
  });

  it("JSON nested past any parser's stack is refused as not SCIM, without a crash", async () => {
    behaviour = (_req, res) => json(res, 200, '['.repeat(100_000) + ']'.repeat(100_000));
    expect((await test()).verdict).toBe('not-scim');
  });

  it('the right URN with the wrong types is not SCIM', async () => {
    behaviour = (_req, res) =>
      json(res, 200, JSON.stringify({ schemas: [LIST], totalResults: '3', Resources: 'nobody' }));
    expect((await test()).verdict).toBe('not-scim');
  });

  it('invalid UTF-8 is not SCIM, and no replacement garbage breaks the result', async () => {
    behaviour = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/scim+json' });
      res.end(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d]));
    };
    expect((await test()).verdict).toBe('not-scim');
  });

  it('an HTML page with 200 is a login page, and its markup stays text', async () => {
    behaviour = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        '<html><body><form action="/login"><img src=x onerror="alert(1)"><input name="password"></form></body></html>',
      );
    };
    const result = await test();
    expect(result.verdict).toBe('redirected-to-login');
    expect(typeof result.evidence[0]!.excerpt).toBe('string');
  });

  it('a redirect to another host is reported, and never followed', async () => {
    behaviour = (_req, res) => {
      res.writeHead(302, { location: 'https://evil.test/steal' });
      res.end();
    };
    const result = await test();
    expect(result.verdict).toBe('redirected-to-login');
    expect(otherHostRequests).toEqual([]);
  });

  it('a server echoing the token (header, body, URL-encoded) gets it redacted everywhere', async () => {
    behaviour = (req, res) =>
      json(
        res,
        401,
        JSON.stringify({
          detail: `Bad ${req.headers.authorization} (${encodeURIComponent(TOKEN)}) token=${TOKEN}`,
          status: '401',
          schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
        }),
      );
    const result = await test();
    expect(result.verdict).toBe('unauthorized');
    expect(JSON.stringify(result).toLowerCase()).not.toContain(TOKEN.toLowerCase());
    expect(result.evidence[0]!.excerpt).toContain('[redacted]');
  });
});
