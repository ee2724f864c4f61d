// The sandbox's JumpCloud back end against a real Trelica-like SCIM server: JumpCloud's
// "Test Connection" and "Activate" succeed exactly where JumpCloud's would, and leave no user.
import { afterEach, describe, expect, it } from 'vitest';
import type { JumpCloudBackendValues } from '../../../fixtures';
import {
  activate,
  localTrelicaClient,
  testConnection,
  type HttpCall,
  type HttpClient,
  type Outcome,
} from '../../../sandbox/server/jumpcloud-backend';
import type { RunningTrelicaLikeScim } from '../../../sandbox/scim-server';
import { useRecordedTrelica } from '../../../helpers/scim/recorded-trelica';

const BASE = 'https://app.trelica.com/api/scim/v2';
const EMAIL = 'jumpcloud-test@example.com';

let server: RunningTrelicaLikeScim;
let calls: HttpCall[];
let http: HttpClient;

useRecordedTrelica((trelica) => ({ server, calls, http } = trelica));

function values(extra: Partial<JumpCloudBackendValues> = {}): JumpCloudBackendValues {
  return { baseUrl: BASE, token: server.token, testEmail: EMAIL, groupManagement: false, ...extra };
}

const seen = () => server.requests().map((r) => `${r.method} ${r.path} ${r.status}`);

/** Every outcome must keep the token out of its message. */
function checked(outcome: Outcome, token = server.token): Outcome {
  expect(outcome.message).not.toContain(token);
  return outcome;
}

describe('Test Connection', () => {
  it('reads one user with the bearer token and SCIM accept header', async () => {
    expect(checked(await testConnection(values(), http))).toEqual({ ok: true, message: 'connected' });
    expect(seen()).toEqual(['GET /Users?startIndex=1&count=1 200']);
    expect(calls[0]!.headers).toMatchObject({
      authorization: `Bearer ${server.token}`,
      accept: 'application/scim+json',
    });
    expect(calls[0]!.url.host).toBe('app.trelica.com');
  });

  it('concatenates the Base URL literally: a trailing slash asks for ".../v2//Users"', async () => {
    await testConnection(values({ baseUrl: `${BASE}/` }), http);
    expect(`${calls[0]!.url.pathname}${calls[0]!.url.search}`).toBe('/api/scim/v2//Users?startIndex=1&count=1');
  });

  it('fails on a trailing slash, as the SCIM server answers "//Users" 404', async () => {
    const outcome = checked(await testConnection(values({ baseUrl: `${BASE}/` }), http));
    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining('answered 404') });
  });

  it('fails with a wrong token, naming neither token', async () => {
    const wrong = 'not-the-token-0123456789';
    const outcome = checked(checked(await testConnection(values({ token: wrong }), http), wrong));
    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining('answered 401') });
  });

  it('fails while SCIM is not enabled in Trelica', async () => {
    server.setScimEnabled(false);
    expect(checked(await testConnection(values(), http))).toMatchObject({
      ok: false,
      message: expect.stringContaining('401'),
    });
  });

  it('fails on a 200 that is not a SCIM ListResponse', async () => {
    server.setFault({ kind: 'not-scim' });
    expect(checked(await testConnection(values(), http))).toMatchObject({
      ok: false,
      message: expect.stringContaining('ListResponse'),
    });
  });

  it.each([
    ['another host', 'https://evil.example.com/api/scim/v2'],
    ['plain http', 'http://app.trelica.com/api/scim/v2'],
    ['another port', 'https://app.trelica.com:8443/api/scim/v2'],
  ])('reaches no host but Trelica over https (%s)', async (_, baseUrl) => {
    expect(await testConnection(values({ baseUrl }), http)).toEqual({ ok: false, message: 'host not reachable' });
    expect(calls).toEqual([]);
  });

  it('gives up after its time limit', async () => {
    const client = localTrelicaClient({
      protocol: 'http',
      port: () => Number(new URL(server.origin).port),
      timeoutMs: 100,
    });
    server.setFault({ kind: 'slow', ms: 2_000 });
    expect(await testConnection(values(), client)).toMatchObject({
      ok: false,
      message: expect.stringContaining('no answer within 100 ms'),
    });
  });
});

describe('Activate', () => {
  /** Users a test made on purpose: the only ones allowed to stay. */
  const seeded = new Set<string>();
  afterEach(() => {
    // JumpCloud's test user never stays behind, whatever happened.
    expect(server.users().filter((u) => !seeded.has(u.id))).toEqual([]);
  });

  it('creates, updates (one path-ed replace per attribute) and deletes the test user', async () => {
    expect(checked(await activate(values(), http))).toEqual({ ok: true, message: 'activated' });
    expect(seen().map((s) => s.replace(/[0-9a-f]{32}/, 'ID'))).toEqual([
      'POST /Users 201',
      'PATCH /Users/ID 200',
      'DELETE /Users/ID 204',
    ]);
    const patch = JSON.parse(calls[1]!.body!) as { Operations: { op: string; path?: string }[] };
    expect(patch.Operations.length).toBeGreaterThan(1);
    for (const op of patch.Operations) expect(op).toMatchObject({ op: 'replace', path: expect.any(String) });
    expect(patch.Operations).toContainEqual({ op: 'replace', path: 'active', value: false });
    expect(server.users()).toEqual([]);
  });

  it('fails with Group Management on (Trelica has no /Groups) and creates no user', async () => {
    const outcome = checked(await activate(values({ groupManagement: true }), http));
    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining('POST /Groups answered 404') });
    expect(seen()).toEqual(['POST /Groups 404']);
    expect(server.users()).toEqual([]);
  });

  it('fails when the test user already exists, and leaves that user alone', async () => {
    const id = server.addUser({ userName: EMAIL });
    seeded.add(id);
    const outcome = checked(await activate(values(), http));
    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining('POST /Users answered 409') });
    expect(server.users().map((u) => u.id)).toEqual([id]);
  });

  it('fails on a domain Trelica has not registered', async () => {
    const outcome = checked(await activate(values({ testEmail: 'someone@unregistered.example' }), http));
    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining('POST /Users answered 400') });
    expect(server.users()).toEqual([]);
  });

  it('fails without a test email, before any request', async () => {
    expect(await activate(values({ testEmail: '  ' }), http)).toEqual({
      ok: false,
      message: 'a test user email is required',
    });
    expect(calls).toEqual([]);
  });

  it('fails with a wrong token', async () => {
    const outcome = checked(await activate(values({ token: 'wrong-token' }), http), 'wrong-token');
    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining('POST /Users answered 401') });
  });

  it('fails on a trailing slash', async () => {
    expect(checked(await activate(values({ baseUrl: `${BASE}/` }), http))).toMatchObject({ ok: false });
  });

  it('still deletes the user when the update fails', async () => {
    const failingPatch: HttpClient = (call) =>
      call.method === 'PATCH' ? Promise.resolve({ status: 500, body: { detail: 'boom' } }) : http(call);
    const outcome = checked(await activate(values(), failingPatch));
    expect(outcome).toEqual({
      ok: false,
      message: expect.stringMatching(/^PATCH \/Users\/[0-9a-f]{32} answered 500: boom$/),
    });
    expect(seen().map((s) => s.split(' ')[0])).toEqual(['POST', 'DELETE']);
    expect(server.users()).toEqual([]);
  });
});
