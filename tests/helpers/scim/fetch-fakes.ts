// Small fakes for the SCIM core's unit tests: a recording fetch, SCIM bodies, odd responses,
// a stepping clock.
import type { FetchLike, ResponseLike } from '../../../src/core/scim/client';
import { SCIM_URN } from '../../../src/core/scim/schemas';

export const BASE = 'https://app.trelica.com/api/scim/v2';
export const TOKEN = 'Tk9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0';

export interface Call {
  method: string;
  url: string;
  /** Path and query relative to BASE. */
  path: string;
  headers: Record<string, string>;
  body: unknown;
  init: RequestInit;
}

export type Handler = (call: Call) => ResponseLike | Promise<ResponseLike>;

export function recordingFetch(handler: Handler): { fetch: FetchLike; calls: Call[] } {
  const calls: Call[] = [];
  const fetch: FetchLike = async (url, init) => {
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const call: Call = {
      method: init.method ?? 'GET',
      url,
      path: url.startsWith(BASE) ? url.slice(BASE.length) : url,
      headers,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      init,
    };
    calls.push(call);
    return handler(call);
  };
  return { fetch, calls };
}

/** A fetch that fails the test if anything is sent. */
export const forbiddenFetch: FetchLike = () => {
  throw new Error('no request may be sent');
};

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/scim+json', ...headers },
  });
}

export function text(
  status: number,
  body: string,
  contentType: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(body, { status, headers: { 'content-type': contentType, ...headers } });
}

export function empty(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers });
}

/** What a browser's fetch gives for `redirect: 'manual'`: no status, no headers, no body. */
export function opaqueRedirect(): ResponseLike {
  return { status: 0, type: 'opaqueredirect', headers: new Headers(), body: null, text: async () => '' };
}

export function scimUser(id: string, userName: string, extra: Record<string, unknown> = {}) {
  return { schemas: [SCIM_URN.user], id, userName, active: true, ...extra };
}

export function list(resources: unknown[], totalResults = resources.length) {
  return {
    schemas: [SCIM_URN.listResponse],
    totalResults,
    startIndex: 1,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}

export function scimError(status: number, detail: string, scimType?: string) {
  return { schemas: [SCIM_URN.error], status: String(status), detail, ...(scimType ? { scimType } : {}) };
}

/** A clock that advances by `step` ms at every reading. */
export function steppingClock(start = 1_700_000_000_000, step = 5): () => number {
  let t = start - step;
  return () => (t += step);
}

/** Never answers, and ignores its abort signal. */
export const silentFetch: FetchLike = () => new Promise(() => undefined);
