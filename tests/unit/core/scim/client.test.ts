import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, createScimClient, type FetchLike } from '../../../../src/core/scim/client';
import {
  BASE,
  TOKEN,
  empty,
  json,
  list,
  opaqueRedirect,
  recordingFetch,
  silentFetch,
  steppingClock,
  text,
} from '../../../helpers/scim/fetch-fakes';

function client(fetch: FetchLike, extra: { timeoutMs?: number; maxBytes?: number } = {}) {
  return createScimClient({ baseUrl: BASE, token: TOKEN, fetch, now: steppingClock(1000, 7), ...extra });
}

/** A body stream of `chunks` chunks of `size` bytes each ('a'), or endless when chunks is Infinity. */
function streamOf(chunks: number, size: number): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(size).fill(97));
    },
  });
  return { stream, pulled: () => pulled };
}

describe('createScimClient: the request', () => {
  it('sends SCIM headers, the bearer token, no cookies, and never follows redirects', async () => {
    const { fetch, calls } = recordingFetch(() => json(200, list([])));
    await client(fetch).request('GET', '/Users?startIndex=1&count=1');
    const [call] = calls;
    expect(call?.url).toBe(`${BASE}/Users?startIndex=1&count=1`);
    expect(call?.method).toBe('GET');
    expect(call?.headers).toEqual({ accept: 'application/scim+json', authorization: `Bearer ${TOKEN}` });
    expect(call?.init.redirect).toBe('manual');
    expect(call?.init.credentials).toBe('omit');
    expect(call?.init.cache).toBe('no-store'); // never a cached user (Firefox revalidates on ETag)
    expect(call?.init.signal).toBeInstanceOf(AbortSignal);
  });

  it('sends a body as application/scim+json', async () => {
    const { fetch, calls } = recordingFetch(() => json(201, {}));
    await client(fetch).request('POST', '/Users', { userName: 'a@example.com' });
    expect(calls[0]?.headers['content-type']).toBe('application/scim+json');
    expect(calls[0]?.body).toEqual({ userName: 'a@example.com' });
  });

  it('calls fetch unbound, as a browser requires ("Illegal invocation" otherwise)', async () => {
    const strict = function (this: unknown) {
      if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation');
      return Promise.resolve(json(200, list([])));
    } as unknown as FetchLike;
    const exchange = await client(strict).request('GET', '/Users');
    expect(exchange.outcome.kind).toBe('answer');
  });
});

describe('createScimClient: outcomes and evidence', () => {
  it('records method, relative path, status, time from the injected clock, and an excerpt', async () => {
    const { fetch } = recordingFetch(() => json(200, list([])));
    const { evidence, outcome } = await client(fetch).request('GET', '/Users?count=1');
    expect(evidence).toEqual({
      method: 'GET',
      path: '/Users?count=1',
      status: 200,
      ms: 7,
      excerpt: expect.stringContaining('"totalResults":0'),
    });
    expect(outcome).toMatchObject({ kind: 'answer', status: 200, redirected: false, truncated: false, json: list([]) });
  });

  it('reports a browser opaque redirect as a redirect with no status', async () => {
    const { evidence, outcome } = await client(async () => opaqueRedirect()).request('GET', '/Users');
    expect(outcome).toMatchObject({ kind: 'answer', redirected: true, status: 0 });
    expect(evidence.status).toBeNull();
    expect(evidence.excerpt).toMatch(/redirected/);
  });

  it('reports a 302 with its Location, without reading the body', async () => {
    const { fetch } = recordingFetch(() => empty(302, { location: '/login?next=%2Fapi' }));
    const { evidence, outcome } = await client(fetch).request('GET', '/Users');
    expect(outcome).toMatchObject({ redirected: true, status: 302, location: '/login?next=%2Fapi' });
    expect(evidence.excerpt).toBe('redirected to /login?next=%2Fapi');
  });

  it('keeps the headers the diagnosis needs', async () => {
    const { fetch } = recordingFetch(() =>
      text(429, '', 'text/plain', { 'retry-after': '30', 'www-authenticate': 'Bearer' }),
    );
    const { outcome } = await client(fetch).request('GET', '/Users');
    expect(outcome).toMatchObject({
      retryAfter: '30',
      wwwAuthenticate: 'Bearer',
      contentType: 'text/plain',
      json: undefined,
    });
  });

  it('marks an empty body', async () => {
    const { evidence } = await client(recordingFetch(() => empty(204)).fetch).request('DELETE', '/Users/1');
    expect(evidence).toMatchObject({ status: 204, excerpt: '(empty body)' });
  });

  it.each([
    ['a TypeError', new TypeError('Failed to fetch'), 'network'],
    [
      'a TypeError with a Node cause',
      Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }),
      'network',
    ],
    ['an AbortError', new DOMException('aborted', 'AbortError'), 'timeout'],
    ['a TimeoutError', new DOMException('timed out', 'TimeoutError'), 'timeout'],
    ['anything else', 'a string', 'network'],
  ])('turns %s thrown by fetch into a %s outcome', async (_name, error, kind) => {
    const { outcome, evidence } = await client(() => Promise.reject(error)).request('GET', '/Users');
    expect(outcome.kind).toBe(kind);
    expect(evidence.status).toBeNull();
  });

  it('names the Node cause of a network error', async () => {
    const error = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    const { evidence } = await client(() => Promise.reject(error)).request('GET', '/Users');
    expect(evidence.excerpt).toBe('network error: fetch failed (ECONNREFUSED)');
  });

  it('never puts the token in an error excerpt', async () => {
    const error = new TypeError(`could not send Authorization: Bearer ${TOKEN} to host`);
    const exchange = await client(() => Promise.reject(error)).request('GET', '/Users');
    expect(JSON.stringify(exchange.evidence)).not.toContain(TOKEN);
  });
});

describe('createScimClient: time limit', () => {
  it('gives up on a fetch that never answers (and ignores its signal)', async () => {
    const started = Date.now();
    const { outcome, evidence } = await client(silentFetch, { timeoutMs: 30 }).request('GET', '/Users');
    expect(outcome).toEqual({ kind: 'timeout', ms: 30 });
    expect(evidence).toMatchObject({ status: null, excerpt: 'no answer within 30 ms' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('aborts the fetch through its signal', async () => {
    let signal: AbortSignal | undefined;
    const fetch: FetchLike = (_url, init) => {
      signal = init.signal ?? undefined;
      return new Promise(() => undefined);
    };
    await client(fetch, { timeoutMs: 20 }).request('GET', '/Users');
    expect(signal?.aborted).toBe(true);
  });

  it('also limits a body that never ends', async () => {
    const endless = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new Uint8Array([123]));
      },
    });
    const fetch: FetchLike = async () => new Response(endless, { status: 200 });
    const { outcome } = await client(fetch, { timeoutMs: 30 }).request('GET', '/Users');
    expect(outcome.kind).toBe('timeout');
  });

  it('uses 10 seconds by default', async () => {
    const { outcome } = await createScimClient({
      baseUrl: BASE,
      token: TOKEN,
      fetch: () => Promise.reject(new DOMException('x', 'AbortError')),
    }).request('GET', '/');
    expect(outcome).toEqual({ kind: 'timeout', ms: 10_000 });
  });
});

describe('createScimClient: size cap', () => {
  it('stops reading past the cap and marks the body truncated', async () => {
    const { stream, pulled } = streamOf(Infinity, 64 * 1024);
    const fetch: FetchLike = async () =>
      new Response(stream, { status: 200, headers: { 'content-type': 'application/json' } });
    const { outcome } = await client(fetch).request('GET', '/Users');
    expect(outcome).toMatchObject({ kind: 'answer', truncated: true, json: undefined });
    if (outcome.kind !== 'answer') throw new Error('unreachable');
    expect(outcome.text.length).toBe(DEFAULT_MAX_BYTES);
    expect(pulled()).toBeLessThanOrEqual(DEFAULT_MAX_BYTES / (64 * 1024) + 2);
  });

  it('reads a body just under the cap in full', async () => {
    const { stream } = streamOf(4, 1000);
    const fetch: FetchLike = async () => new Response(stream, { status: 200 });
    const { outcome } = await client(fetch, { maxBytes: 4000 }).request('GET', '/Users');
    expect(outcome).toMatchObject({ truncated: false });
    if (outcome.kind === 'answer') expect(outcome.text.length).toBe(4000);
  });

  it('caps a response without a stream too', async () => {
    const fetch: FetchLike = async () => ({
      status: 200,
      headers: new Headers(),
      body: null,
      text: async () => 'z'.repeat(50),
    });
    const { outcome } = await client(fetch, { maxBytes: 10 }).request('GET', '/Users');
    expect(outcome).toMatchObject({ truncated: true, text: 'z'.repeat(10) });
  });

  it('decodes multi-byte characters split across chunks', async () => {
    const bytes = new TextEncoder().encode('"héllo ✓"');
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (const b of bytes) c.enqueue(new Uint8Array([b]));
        c.close();
      },
    });
    const { outcome } = await client(async () => new Response(stream, { status: 200 })).request('GET', '/Users');
    expect(outcome).toMatchObject({ json: 'héllo ✓' });
  });
});
