// Okta's and Entra ID's dialects over real HTTP against the Trelica-like SCIM server: the
// server's own request log must show each IdP's calls in order, with its methods, paths,
// headers and body shapes, and the rehearsal must leave no user behind.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runConnectionTest } from '../../src/core/scim/connection-test';
import { runRehearsal, type CreateJournal, type RehearsalOptions } from '../../src/core/scim/rehearsal';
import { ConnectionTestResultSchema, RehearsalResultSchema, type RehearsalResult } from '../../src/core/scim/results';
import { OKTA_PLACEHOLDER_PASSWORD } from '../../src/core/scim/dialects/okta';
import { SCIM_URN } from '../../src/core/scim/schemas';
import { startTrelicaLikeServer, type DetailedRequest, type RunningTrelicaLikeScim } from '../sandbox/scim-server';
import { TRELICA_BASE, routedFetch, type Hook } from '../helpers/scim/routed-fetch';

const EMAIL = 'scim-rehearsal@example.com';
const FLAGGED = `${TRELICA_BASE}?aadOptscim062020`;
const RANDOM = '0123456789abcdef0123456789abcdef';
const SCIM_JSON = 'application/scim+json';
let server: RunningTrelicaLikeScim;
let strict: RunningTrelicaLikeScim;

beforeAll(async () => {
  server = await startTrelicaLikeServer({ domains: ['example.com'] });
  strict = await startTrelicaLikeServer({ domains: ['example.com'], acceptEntraBooleanStrings: false });
});
afterAll(async () => {
  await Promise.all([server.close(), strict.close()]);
});
beforeEach(() => {
  server.reset();
  strict.reset();
});
afterEach(() => {
  // Every rehearsal here cleans up after itself.
  expect(server.users()).toEqual([]);
  expect(strict.users()).toEqual([]);
});

async function rehearse(
  extra: Partial<RehearsalOptions> & { hook?: Hook; on?: RunningTrelicaLikeScim } = {},
): Promise<RehearsalResult> {
  const { hook, on = server, ...rest } = extra;
  const result = await runRehearsal({
    baseUrl: TRELICA_BASE,
    token: on.token,
    testEmail: EMAIL,
    fetch: routedFetch(on.origin, hook),
    random: () => RANDOM,
    ...rest,
  });
  expect(RehearsalResultSchema.safeParse(result).success).toBe(true);
  expect(JSON.stringify(result)).not.toContain(on.token);
  expect(JSON.stringify(result)).not.toContain(OKTA_PLACEHOLDER_PASSWORD);
  return result;
}

const sent = (on = server) => on.detailedRequests({ headers: true });
const lines = (log: DetailedRequest[]) => log.map((r) => `${r.method} ${r.pathname} ${r.status}`);
const steps = (result: RehearsalResult) => result.steps.map((s) => `${s.id}:${s.outcome}`);

/** A journal that notes each call with how many requests the server had seen by then. */
function recordingJournal(on = server) {
  const calls: string[] = [];
  const journal: CreateJournal = {
    creating: async ({ userName }) => void calls.push(`creating ${userName} after ${on.requests().length}`),
    created: async (id) => void calls.push(`created ${id}`),
    gone: async () => void calls.push('gone'),
  };
  return { calls, journal };
}

describe("Okta's dialect", () => {
  it('rehearses lookup, create, read-back, GET+PUT update, GET+PUT deactivation, then our cleanup', async () => {
    const { calls, journal } = recordingJournal();
    const result = await rehearse({ dialect: 'okta', journal });
    expect(result.verdict).toBe('ok');
    expect(result.detail).toBe(
      `Created, read back, updated, deactivated and deleted the test user ${EMAIL}: Okta's provisioning should work with this test email.`,
    );
    expect(steps(result)).toEqual([
      'check-absent:passed',
      'create:passed',
      'read-back:passed',
      'update:passed',
      'deactivate:passed',
      'delete:passed',
      'confirm-gone:passed',
    ]);
    const log = sent();
    const id = result.userId ?? '';
    const user = `/Users/${id}`;
    expect(lines(log)).toEqual([
      'GET /Users 200',
      'POST /Users 201',
      `GET ${user} 200`,
      `GET ${user} 200`,
      `PUT ${user} 200`,
      `GET ${user} 200`,
      `PUT ${user} 200`,
      `DELETE ${user} 204`,
      `GET ${user} 404`,
    ]);
    expect(calls).toEqual([`creating ${EMAIL} after 1`, `created ${id}`, 'gone']);

    const [lookup, create, , , update, , deactivate] = log;
    expect(lookup?.path).toBe(`/Users?filter=${encodeURIComponent(`userName eq "${EMAIL}"`)}&startIndex=1&count=100`);
    expect(lookup?.query).toEqual({ filter: `userName eq "${EMAIL}"`, startIndex: '1', count: '100' });
    for (const request of log) expect(request.headers?.accept).toBe(SCIM_JSON);
    for (const request of [create, update, deactivate])
      expect(request?.headers?.contentType).toBe('application/scim+json; charset=utf-8');
    expect(create?.body).toEqual({
      schemas: [SCIM_URN.user],
      userName: EMAIL,
      name: { givenName: 'SCIM', familyName: 'Rehearsal' },
      emails: [{ primary: true, value: EMAIL, type: 'work' }],
      displayName: 'SCIM Rehearsal',
      locale: 'en-US',
      externalId: '00u0123456789abcdef0',
      groups: [],
      password: OKTA_PLACEHOLDER_PASSWORD,
      active: true,
    });
    // The whole user as read back, id and meta included, with the one change.
    expect(update?.body).toMatchObject({
      id,
      userName: EMAIL,
      meta: { resourceType: 'User' },
      externalId: '00u0123456789abcdef0',
      name: { givenName: 'SCIM', familyName: 'Rehearsal Updated' },
      displayName: 'SCIM Rehearsal Updated',
      active: true,
    });
    expect(deactivate?.body).toMatchObject({
      id,
      meta: { resourceType: 'User' },
      name: { familyName: 'Rehearsal Updated' },
      active: false,
    });
    // The password goes in the create and nowhere else.
    expect(log.filter((r) => JSON.stringify(r.body ?? '').includes(OKTA_PLACEHOLDER_PASSWORD))).toEqual([create]);
  });

  it('put-refused: a server that answers PUT with 405 fails the update, and the user is still deleted', async () => {
    const hook: Hook = (method) =>
      method === 'PUT'
        ? new Response(JSON.stringify({ schemas: [SCIM_URN.error], status: '405', detail: 'PUT is not supported' }), {
            status: 405,
            headers: { 'content-type': SCIM_JSON },
          })
        : undefined;
    const { calls, journal } = recordingJournal();
    const result = await rehearse({ dialect: 'okta', hook, journal });
    expect(result.verdict).toBe('put-refused');
    expect(result.detail).toMatch(/^PUT \/Users\/[0-9a-f]{32} answered 405: Okta's provisioning would fail here\./);
    expect(result.detail).toContain('PUT is not supported');
    expect(steps(result)).toEqual([
      'check-absent:passed',
      'create:passed',
      'read-back:passed',
      'update:failed',
      'deactivate:skipped',
      'delete:passed',
      'confirm-gone:passed',
    ]);
    expect(calls.at(-1)).toBe('gone');
  });

  it("connection test: Okta's list read and its assignment's filter", async () => {
    const result = await runConnectionTest({
      baseUrl: TRELICA_BASE,
      token: server.token,
      fetch: routedFetch(server.origin),
      dialect: 'okta',
      random: () => 'feedc0de',
    });
    expect(ConnectionTestResultSchema.safeParse(result).success).toBe(true);
    expect(result.verdict).toBe('ok');
    const log = sent();
    expect(log.map((r) => r.path).sort()).toEqual(
      [
        '/Users?startIndex=1&count=2',
        `/Users?filter=${encodeURIComponent('userName eq "scim-check-feedc0de@example.invalid"')}&startIndex=1&count=100`,
      ].sort(),
    );
    for (const request of log) {
      expect(request).toMatchObject({ method: 'GET', status: 200, headers: { accept: SCIM_JSON, contentType: null } });
    }
  });
});

describe("Entra ID's dialect", () => {
  it('rehearses lookup, create, PATCH with capitalised ops, disable with "False", then our cleanup', async () => {
    const { calls, journal } = recordingJournal();
    const result = await rehearse({ dialect: 'entra', journal });
    expect(result.verdict).toBe('ok');
    expect(steps(result)).toEqual([
      'check-absent:passed',
      'create:passed',
      'update:passed',
      'deactivate:passed',
      'delete:passed',
      'confirm-gone:passed',
    ]);
    const id = result.userId ?? '';
    const log = sent();
    expect(lines(log)).toEqual([
      'GET /Users 200',
      'POST /Users 201',
      `PATCH /Users/${id} 200`,
      `PATCH /Users/${id} 200`,
      `DELETE /Users/${id} 204`,
      `GET /Users/${id} 404`,
    ]);
    expect(calls).toEqual([`creating ${EMAIL} after 1`, `created ${id}`, 'gone']);
    const [lookup, create, update, disable] = log;
    expect(lookup?.path).toBe(`/Users?filter=${encodeURIComponent(`userName eq "${EMAIL}"`)}`);
    // Entra sets no Accept of its own; fetch sends its default.
    for (const request of log) expect(request.headers?.accept).toBe('*/*');
    for (const request of [create, update, disable]) expect(request?.headers?.contentType).toBe(SCIM_JSON);
    expect(create?.body).toEqual({
      schemas: [SCIM_URN.user, SCIM_URN.enterpriseUser],
      externalId: 'scim-rehearsal',
      userName: EMAIL,
      active: true,
      emails: [{ primary: true, type: 'work', value: EMAIL }],
      meta: { resourceType: 'User' },
      name: { formatted: 'SCIM Rehearsal', familyName: 'Rehearsal', givenName: 'SCIM' },
      roles: [],
    });
    expect(update?.body).toEqual({
      schemas: [SCIM_URN.patchOp],
      Operations: [
        { op: 'Replace', path: 'name.familyName', value: 'Rehearsal Updated' },
        { op: 'Replace', path: 'emails[type eq "work"].value', value: EMAIL },
        { op: 'Add', path: 'displayName', value: 'SCIM Rehearsal Updated' },
      ],
    });
    expect(disable?.body).toEqual({
      schemas: [SCIM_URN.patchOp],
      Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
    });
  });

  it('with ?aadOptscim062020: lower-case ops, one no-path replace, a boolean; the flag never sent', async () => {
    const result = await rehearse({ dialect: 'entra', baseUrl: FLAGGED });
    expect(result.verdict).toBe('ok');
    expect(result.detail).toContain('aadOptscim062020');
    const log = sent();
    expect(log.map((r) => r.method)).toEqual(['GET', 'POST', 'PATCH', 'PATCH', 'DELETE', 'GET']);
    for (const request of log) expect(request.path).not.toContain('aadOptscim062020');
    expect(log[0]?.path).toBe(`/Users?filter=${encodeURIComponent(`userName eq "${EMAIL}"`)}`);
    expect(log[2]?.body).toEqual({
      schemas: [SCIM_URN.patchOp],
      Operations: [
        { op: 'replace', value: { 'name.familyName': 'Rehearsal Updated', displayName: 'SCIM Rehearsal Updated' } },
      ],
    });
    expect(log[3]?.body).toEqual({
      schemas: [SCIM_URN.patchOp],
      Operations: [{ op: 'replace', path: 'active', value: false }],
    });
  });

  it('patch-refused: a server that refuses "False" for a boolean fails the disable; the flag fixes it', async () => {
    const result = await rehearse({ dialect: 'entra', on: strict });
    expect(result.verdict).toBe('patch-refused');
    expect(result.detail).toMatch(
      /^PATCH \/Users\/[0-9a-f]{32} answered 400: Entra ID's provisioning would fail here\./,
    );
    expect(result.detail).toContain("expected value type 'boolean'");
    expect(steps(result)).toEqual([
      'check-absent:passed',
      'create:passed',
      'update:passed',
      'deactivate:failed',
      'delete:passed',
      'confirm-gone:passed',
    ]);
    strict.reset();
    expect((await rehearse({ dialect: 'entra', on: strict, baseUrl: FLAGGED })).verdict).toBe('ok');
  });

  it('connection test: the GUID filter passes; the /Groups 404 is reported and does not fail it', async () => {
    const result = await runConnectionTest({
      baseUrl: TRELICA_BASE,
      token: server.token,
      fetch: routedFetch(server.origin),
      dialect: 'entra',
      random: () => RANDOM,
    });
    expect(ConnectionTestResultSchema.safeParse(result).success).toBe(true);
    expect(result.verdict).toBe('ok');
    expect(result.detail).toContain(
      "GET /Groups answered 404 (Trelica has no groups): that does not fail Entra ID's Test Connection, but group provisioning must stay off.",
    );
    const log = sent();
    const byPath = Object.fromEntries(log.map((r) => [r.pathname, r]));
    expect(byPath['/Users']?.query).toEqual({ filter: 'userName eq "01234567-89ab-cdef-0123-456789abcdef"' });
    expect(byPath['/Users']?.status).toBe(200);
    expect(byPath['/Groups']).toMatchObject({
      status: 404,
      query: { excludedAttributes: 'members', filter: 'displayName eq "scim-check-0123456789abcdef"' },
    });
    expect(result.evidence.map((e) => e.status)).toEqual([200, 404]);
  });

  it('connection test with the flag: the same requests, none carrying the flag', async () => {
    const result = await runConnectionTest({
      baseUrl: FLAGGED,
      token: server.token,
      fetch: routedFetch(server.origin),
      dialect: 'entra',
    });
    expect(result.verdict).toBe('ok');
    expect(result.tested?.baseUrl).toBe(FLAGGED);
    expect(
      sent()
        .map((r) => r.pathname)
        .sort(),
    ).toEqual(['/Groups', '/Users']);
    for (const request of sent()) expect(request.path).not.toContain('aadOptscim062020');
  });

  it('connection test: a 404 on the user filter fails it, as it fails Entra ID', async () => {
    const hook: Hook = (_method, path) =>
      path.startsWith('/Users?') ? new Response('{"detail":"nope"}', { status: 404 }) : undefined;
    const result = await runConnectionTest({
      baseUrl: TRELICA_BASE,
      token: server.token,
      fetch: routedFetch(server.origin, hook),
      dialect: 'entra',
    });
    expect(result.verdict).toBe('not-scim');
    expect(result.detail).toContain(
      "answered 404: a filter that matches nobody must answer 200 with zero results, not 404, or Entra ID's Test Connection fails.",
    );
  });
});
