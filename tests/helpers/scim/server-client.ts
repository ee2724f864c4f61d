// Shared by the Trelica-like SCIM server's integration tests: one server per test file,
// reset before each test, and small fetch helpers that send the right token unless told not to.
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { SCIM_ERROR_URN, startTrelicaLikeServer, type RunningTrelicaLikeScim } from '../../sandbox/scim-server';

export const USER_URN = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const LIST_URN = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const PATCH_URN = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const HEX32 = /^[0-9a-f]{32}$/;

export interface ScimTestClient {
  server(): RunningTrelicaLikeScim;
  scim(path: string, init?: RequestInit & { body?: string }): Promise<Response>;
  postUser(user: Record<string, unknown>): Promise<Response>;
  patch(id: string, operations: unknown[]): Promise<Response>;
  listFilter(filter: string): Promise<Response>;
}

/** Starts a server for the calling test file (domains: example.com) and resets it before each test. */
export function useTrelicaLikeServer(): ScimTestClient {
  let server: RunningTrelicaLikeScim | undefined;
  beforeAll(async () => {
    server = await startTrelicaLikeServer({ domains: ['example.com'] });
  });
  afterAll(async () => {
    await server?.close();
  });
  beforeEach(() => {
    server?.reset();
  });

  const current = (): RunningTrelicaLikeScim => {
    if (!server) throw new Error('The server is not started yet');
    return server;
  };
  const scim = (path: string, init: RequestInit & { body?: string } = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    if (!headers.has('authorization')) headers.set('authorization', `Bearer ${current().token}`);
    if (init.body !== undefined) headers.set('content-type', 'application/scim+json');
    return fetch(`${current().baseUrl}${path}`, { ...init, headers });
  };
  return {
    server: current,
    scim,
    postUser: (user) => scim('/Users', { method: 'POST', body: JSON.stringify({ schemas: [USER_URN], ...user }) }),
    patch: (id, operations) =>
      scim(`/Users/${id}`, { method: 'PATCH', body: JSON.stringify({ schemas: [PATCH_URN], Operations: operations }) }),
    listFilter: (filter) => scim(`/Users?filter=${encodeURIComponent(filter)}`),
  };
}

export async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

/** Asserts a SCIM error answer (status, Error schema, scimType when given) and returns its body. */
export async function expectScimError(
  response: Response,
  status: number,
  scimType?: string,
): Promise<Record<string, unknown>> {
  expect(response.status).toBe(status);
  const body = await json(response);
  expect(body.schemas).toEqual([SCIM_ERROR_URN]);
  expect(body.status).toBe(String(status));
  if (scimType !== undefined) expect(body.scimType).toBe(scimType);
  return body;
}
