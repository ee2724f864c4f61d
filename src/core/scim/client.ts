// The one way the core talks to a SCIM server. Every request goes through the injected fetch
// (the background passes the browser's), never follows redirects (a redirect means a login page,
// which a SCIM client such as JumpCloud cannot use), stops after a time limit and after a size
// limit, and records redacted evidence. It never throws: a failure is an Outcome like any other.
import { withoutEntraFlag } from '../base-url';
import type { Evidence } from './results';
import { excerpt } from './redact';

export type Method = Evidence['method'];

/** The part of a fetch Response the client reads, so tests can hand in small fakes. */
export interface ResponseLike {
  status: number;
  type?: string;
  headers: { get(name: string): string | null };
  body?: ReadableStream<Uint8Array> | null;
  text(): Promise<string>;
}
export type FetchLike = (url: string, init: RequestInit) => Promise<ResponseLike>;

export interface HttpAnswer {
  kind: 'answer';
  /** 0 for a browser's opaque redirect. */
  status: number;
  /** An opaque redirect or any 3xx. */
  redirected: boolean;
  contentType: string;
  location: string | null;
  wwwAuthenticate: string | null;
  retryAfter: string | null;
  /** The body as read, up to the size cap. Raw: quote it only through redact/excerpt. */
  text: string;
  truncated: boolean;
  /** The parsed body, or undefined when it is not JSON (or was cut by the cap). */
  json: unknown;
}
export type Outcome = HttpAnswer | { kind: 'timeout'; ms: number } | { kind: 'network'; message: string };

export interface Exchange {
  method: Method;
  path: string;
  outcome: Outcome;
  evidence: Evidence;
}

/**
 * The content headers an IdP sends (its dialect, dialects/types.ts). Authorization is always
 * the client's own. User-Agent is not here on purpose: browsers do not let fetch set it, so
 * Okta's "Okta SCIM Client 1.0.0" cannot be replayed.
 */
export interface RequestHeaders {
  /** Absent: no Accept header of ours (the browser sends its default, as a client that sets none). */
  accept?: string;
  /** Sent with a body only. */
  contentType: string;
}

/** What the client sent before dialects existed: JumpCloud's headers. */
export const DEFAULT_HEADERS: RequestHeaders = {
  accept: 'application/scim+json',
  contentType: 'application/scim+json',
};

export interface ScimClientOptions {
  /**
   * Already normalized: absolute, no trailing slash; it may end in Entra ID's
   * "?aadOptscim062020", which is dropped here (see client.baseUrl).
   */
  baseUrl: string;
  /** Already normalized: no "Bearer " prefix, no whitespace. */
  token: string;
  fetch: FetchLike;
  now?: () => number;
  timeoutMs?: number;
  maxBytes?: number;
  headers?: RequestHeaders;
}

export interface ScimClient {
  /**
   * The normalized Base URL every path is appended to. Entra's "?aadOptscim062020" is not part
   * of it: the flag tells Entra which dialect to speak (dialects/entra.ts), it names nothing on
   * Trelica's side, and glued before a path ("/v2?aadOptscim062020/Users") it would turn every
   * path into a query. So a run with the flag and one without address the same server.
   */
  readonly baseUrl: string;
  request(method: Method, path: string, body?: unknown): Promise<Exchange>;
  /** What must never appear in anything handed back. */
  readonly secrets: readonly string[];
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 256 * 1024;

const TIMED_OUT = Symbol('timed out');

async function readCapped(response: ResponseLike, maxBytes: number): Promise<{ text: string; truncated: boolean }> {
  const body = response.body;
  if (!body) {
    const text = await response.text();
    return text.length > maxBytes ? { text: text.slice(0, maxBytes), truncated: true } : { text, truncated: false };
  }
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = maxBytes - size;
    size += value.byteLength;
    if (value.byteLength > room) {
      text += decoder.decode(value.subarray(0, room));
      // Stop reading: a huge or endless body must not fill the background's memory.
      reader.cancel().catch(() => undefined);
      return { text, truncated: true };
    }
    text += decoder.decode(value, { stream: true });
  }
  return { text: text + decoder.decode(), truncated: false };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function toAnswer(response: ResponseLike, maxBytes: number): Promise<HttpAnswer> {
  const status = response.status;
  const redirected = response.type === 'opaqueredirect' || (status >= 300 && status < 400);
  const header = (name: string) => response.headers.get(name);
  let read = { text: '', truncated: false };
  if (redirected) response.body?.cancel().catch(() => undefined);
  else read = await readCapped(response, maxBytes);
  return {
    kind: 'answer',
    status,
    redirected,
    contentType: (header('content-type') ?? '').toLowerCase(),
    location: header('location'),
    wwwAuthenticate: header('www-authenticate'),
    retryAfter: header('retry-after'),
    text: read.text,
    truncated: read.truncated,
    json: read.truncated ? undefined : parseJson(read.text),
  };
}

function errorOutcome(error: unknown, timeoutMs: number): Outcome {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (error === TIMED_OUT || name === 'AbortError' || name === 'TimeoutError')
    return { kind: 'timeout', ms: timeoutMs };
  const message = error instanceof Error ? error.message : String(error);
  // Node puts the useful part ("ECONNREFUSED") in the cause; browsers say only "Failed to fetch".
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined)?.code : undefined;
  return { kind: 'network', message: typeof cause === 'string' ? `${message} (${cause})` : message };
}

function describe(outcome: Outcome, secrets: readonly string[]): string {
  if (outcome.kind === 'timeout') return `no answer within ${outcome.ms} ms`;
  if (outcome.kind === 'network') return excerpt(`network error: ${outcome.message}`, secrets);
  if (outcome.redirected) {
    if (outcome.status === 0) return 'redirected (the browser hides where to)';
    return excerpt(`redirected to ${outcome.location ?? '(no Location header)'}`, secrets);
  }
  if (outcome.text.trim() === '') return '(empty body)';
  return excerpt(outcome.text, secrets);
}

export function createScimClient(options: ScimClientOptions): ScimClient {
  // Called unbound on purpose: a browser's fetch throws "Illegal invocation" when called as a
  // method of any object other than the global one.
  const doFetch = options.fetch;
  const now = options.now ?? (() => Date.now());
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const secrets = [options.token];
  const baseUrl = withoutEntraFlag(options.baseUrl);
  const wanted = options.headers ?? DEFAULT_HEADERS;

  async function request(method: Method, path: string, body?: unknown): Promise<Exchange> {
    const headers: Record<string, string> = {
      ...(wanted.accept === undefined ? {} : { Accept: wanted.accept }),
      Authorization: `Bearer ${options.token}`,
    };
    if (body !== undefined) headers['Content-Type'] = wanted.contentType;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Raced rather than trusted to the signal alone: the body read must stop too, and a fetch
    // that ignores its signal must not hang the test forever.
    const timeLimit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(TIMED_OUT);
      }, timeoutMs);
    });
    const started = now();
    let outcome: Outcome;
    try {
      const exchange = async () => {
        const response = await doFetch(`${baseUrl}${path}`, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          redirect: 'manual',
          // JumpCloud has no Trelica session: a cookie must not make a wrong URL look right.
          credentials: 'omit',
          // Every answer is read fresh, as an IdP's server reads it: a browser that revalidated a
          // cached user (Firefox does, on the server's ETag) would answer the read-before-PUT
          // with a 304 and the user as it was before the last change.
          cache: 'no-store',
          signal: controller.signal,
        });
        return toAnswer(response, maxBytes);
      };
      outcome = await Promise.race([exchange(), timeLimit]);
    } catch (error) {
      outcome = errorOutcome(error, timeoutMs);
    } finally {
      clearTimeout(timer);
    }
    const status = outcome.kind === 'answer' && outcome.status !== 0 ? outcome.status : null;
    const evidence: Evidence = {
      method,
      path,
      status,
      ms: Math.max(0, now() - started),
      excerpt: describe(outcome, secrets),
    };
    return { method, path, outcome, evidence };
  }

  return { baseUrl, request, secrets };
}
