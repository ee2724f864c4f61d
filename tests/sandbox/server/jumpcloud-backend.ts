// JumpCloud's servers, as the sandbox plays them. In the real console, "Test Connection" and
// "Activate" are answered by JumpCloud's back end, which calls the SCIM API itself and tells
// the page only whether it worked. The fixture pages post here (tests/fixtures/jumpcloud/
// _backend.js), so what they show is what JumpCloud would show against the Trelica-like server.
// The calls follow JumpCloud's documented behaviour: the Base URL is concatenated literally
// (a trailing "/" gives ".../v2//Users", which Trelica answers 404), Activate creates, updates
// and deletes the test user, and Group Management first needs /Groups, which Trelica lacks.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import express, { type Router } from 'express';
import { TRELICA_HOSTS } from '../../../src/core/hosts';
import type { JumpCloudBackendValues } from '../../fixtures';

export const BACKEND_TIMEOUT_MS = 10_000;
const USER_URN = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP_URN = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH_URN = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const LIST_URN = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

export interface Outcome {
  ok: boolean;
  /** A short reason for tests; never the token. Pages do not show it (JumpCloud gives none). */
  message: string;
}

export interface HttpCall {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: string;
}

/** status, and the body parsed as JSON (null when it is not JSON). Rejects on network errors. */
export type HttpClient = (call: HttpCall) => Promise<{ status: number; body: unknown }>;

/** A failed step; its message becomes the Outcome's. */
class StepFailed extends Error {}

type Send = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: unknown }>;

function detailOf(body: unknown): string {
  const detail = body !== null && typeof body === 'object' ? (body as { detail?: unknown }).detail : undefined;
  return typeof detail === 'string' ? `: ${detail}` : '';
}

/** Runs `steps` against the SCIM API at values.baseUrl, if JumpCloud could reach it at all. */
async function run(
  values: JumpCloudBackendValues,
  http: HttpClient,
  steps: (send: Send) => Promise<string>,
): Promise<Outcome> {
  let base: URL;
  try {
    base = new URL(values.baseUrl);
  } catch {
    return { ok: false, message: 'Base URL is not a URL' };
  }
  // Only the Trelica hosts exist in the sandbox; anything else would mean the internet.
  if (base.protocol !== 'https:' || !TRELICA_HOSTS.includes(base.host))
    return { ok: false, message: 'host not reachable' };

  const send: Send = async (method, path, body) => {
    const headers: Record<string, string> = {
      authorization: `Bearer ${values.token}`,
      accept: 'application/scim+json',
    };
    if (body !== undefined) headers['content-type'] = 'application/scim+json';
    const call: HttpCall = { method, url: new URL(`${values.baseUrl}${path}`), headers };
    if (body !== undefined) call.body = JSON.stringify(body);
    try {
      return await http(call);
    } catch (error) {
      throw new StepFailed(`${method} ${path} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  try {
    return { ok: true, message: await steps(send) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The token is never echoed by the server, but a reason must not carry it whatever happens.
    return { ok: false, message: values.token ? message.split(values.token).join('[token]') : message };
  }
}

function answered(method: string, path: string, answer: { status: number; body: unknown }): StepFailed {
  return new StepFailed(`${method} ${path} answered ${answer.status}${detailOf(answer.body)}`);
}

/** Sends and fails the step on a non-2xx answer; returns the body. */
async function must(send: Send, method: string, path: string, body?: unknown): Promise<unknown> {
  const answer = await send(method, path, body);
  if (answer.status < 200 || answer.status > 299) throw answered(method, path, answer);
  return answer.body;
}

function idOf(body: unknown, what: string): string {
  const id = body !== null && typeof body === 'object' ? (body as { id?: unknown }).id : undefined;
  if (typeof id !== 'string' || id === '') throw new StepFailed(`${what} answered no id`);
  return encodeURIComponent(id);
}

/** JumpCloud's "Test Connection": one page of one user; ok iff 200 with a SCIM ListResponse. */
export function testConnection(values: JumpCloudBackendValues, http: HttpClient): Promise<Outcome> {
  return run(values, http, async (send) => {
    const path = '/Users?startIndex=1&count=1';
    const answer = await send('GET', path);
    if (answer.status !== 200) throw answered('GET', path, answer);
    const schemas = (answer.body as { schemas?: unknown } | null)?.schemas;
    if (!Array.isArray(schemas) || !schemas.includes(LIST_URN))
      throw new StepFailed(`GET ${path} answered 200 without a SCIM ListResponse`);
    return 'connected';
  });
}

/**
 * JumpCloud's "Activate": with Group Management on, a group first; then the test user created,
 * updated with one path-ed "replace" per attribute, and deleted. The user is deleted even when
 * the update failed; any failed call fails the whole.
 */
export function activate(values: JumpCloudBackendValues, http: HttpClient): Promise<Outcome> {
  const email = values.testEmail.trim();
  if (email === '') return Promise.resolve({ ok: false, message: 'a test user email is required' });
  return run(values, http, async (send) => {
    const cleanups: string[] = [];
    let failure: unknown = null;
    try {
      if (values.groupManagement === true) {
        const group = await must(send, 'POST', '/Groups', {
          schemas: [GROUP_URN],
          displayName: 'JumpCloud Test Group',
        });
        cleanups.unshift(`/Groups/${idOf(group, 'POST /Groups')}`);
      }
      const user = await must(send, 'POST', '/Users', {
        schemas: [USER_URN],
        userName: email,
        name: { givenName: 'JumpCloud', familyName: 'Test' },
        emails: [{ value: email, type: 'work', primary: true }],
        active: true,
      });
      const userPath = `/Users/${idOf(user, 'POST /Users')}`;
      cleanups.unshift(userPath);
      await must(send, 'PATCH', userPath, {
        schemas: [PATCH_URN],
        Operations: [
          { op: 'replace', path: 'name.givenName', value: 'JumpCloud' },
          { op: 'replace', path: 'name.familyName', value: 'Test Updated' },
          { op: 'replace', path: 'active', value: false },
        ],
      });
    } catch (error) {
      failure = error;
    }
    // Newest first: the user, then the group. The first failure is the one reported.
    for (const path of cleanups) {
      try {
        await must(send, 'DELETE', path);
      } catch (error) {
        failure ??= error;
      }
    }
    if (failure !== null) throw failure;
    return 'activated';
  });
}

export interface LocalClientOptions {
  /** The sandbox's port on 127.0.0.1 (a function: it is known only once the server listens). */
  port: () => number;
  /** "https" (default, the sandbox) or "http" (a bare Trelica-like server, for unit tests). */
  protocol?: 'https' | 'http';
  /** CA for https: the sandbox's own certificate, checked against the Trelica host name. */
  ca?: string;
  timeoutMs?: number;
}

function readAnswer(res: IncomingMessage): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => (text += chunk));
    res.on('error', reject);
    res.on('end', () => {
      let body: unknown = null;
      try {
        body = JSON.parse(text);
      } catch {
        // Not JSON: the status alone decides.
      }
      resolve({ status: res.statusCode ?? 0, body });
    });
  });
}

/**
 * Sends every call to 127.0.0.1:port with the URL's host as Host header and TLS server name:
 * what JumpCloud's servers would send to Trelica, served by the sandbox, never the internet.
 */
export function localTrelicaClient(options: LocalClientOptions): HttpClient {
  const timeoutMs = options.timeoutMs ?? BACKEND_TIMEOUT_MS;
  return (call) =>
    new Promise((resolve, reject) => {
      const common = {
        host: '127.0.0.1',
        port: options.port(),
        method: call.method,
        path: `${call.url.pathname}${call.url.search}`,
        headers: { ...call.headers, host: call.url.host },
        agent: false as const,
      };
      const req =
        options.protocol === 'http'
          ? httpRequest(common)
          : httpsRequest({ ...common, servername: call.url.hostname, ...(options.ca ? { ca: options.ca } : {}) });
      // One limit for the whole exchange, as JumpCloud's, not an idle timer.
      const timer = setTimeout(() => req.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      req.on(
        'response',
        (res) =>
          void readAnswer(res)
            .then(resolve, reject)
            .finally(() => clearTimeout(timer)),
      );
      req.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      req.end(call.body);
    });
}

function valuesOf(body: unknown): JumpCloudBackendValues {
  const b = (body !== null && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    baseUrl: text(b.baseUrl),
    token: text(b.token),
    testEmail: text(b.testEmail),
    groupManagement: typeof b.groupManagement === 'boolean' ? b.groupManagement : null,
  };
}

/** POST /__jumpcloud/test-connection and /__jumpcloud/activate, for every JumpCloud host. */
export function jumpCloudBackendRouter(http: HttpClient): Router {
  const router = express.Router();
  const json = express.json({ limit: '16kb' });
  const route = (path: string, act: typeof testConnection) =>
    router.post(path, json, (req, res, next) => {
      act(valuesOf(req.body), http)
        .then((outcome) => res.set('cache-control', 'no-store').json(outcome))
        .catch(next);
    });
  route('/__jumpcloud/test-connection', testConnection);
  route('/__jumpcloud/activate', activate);
  return router;
}
