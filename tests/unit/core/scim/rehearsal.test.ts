import { describe, expect, it } from 'vitest';
import { REHEARSAL_NAME, runRehearsal, type RehearsalOptions } from '../../../../src/core/scim/rehearsal';
import { RehearsalResultSchema, type RehearsalResult } from '../../../../src/core/scim/results';
import { SCIM_URN } from '../../../../src/core/scim/schemas';
import {
  BASE,
  TOKEN,
  empty,
  forbiddenFetch,
  json,
  opaqueRedirect,
  scimError,
  steppingClock,
  text,
} from '../../../helpers/scim/fetch-fakes';
import { fakeScim } from '../../../helpers/scim/in-memory-scim';

const EMAIL = 'scim-test-1@example.com';

async function rehearse(
  server: ReturnType<typeof fakeScim>,
  extra: Partial<RehearsalOptions> = {},
): Promise<RehearsalResult> {
  const result = await runRehearsal({
    baseUrl: BASE,
    token: TOKEN,
    testEmail: EMAIL,
    fetch: server.fetch,
    now: steppingClock(),
    timeoutMs: 50,
    ...extra,
  });
  expect(RehearsalResultSchema.safeParse(result).success).toBe(true);
  expect(JSON.stringify(result)).not.toContain(TOKEN);
  expect(result.steps.map((s) => s.id)).toEqual(['check-absent', 'create', 'update', 'delete', 'confirm-gone']);
  return result;
}

const outcomes = (result: RehearsalResult) => result.steps.map((s) => s.outcome);

describe('runRehearsal: the happy path', () => {
  it("creates, updates, deletes and checks, as JumpCloud's Activate does, and leaves nothing behind", async () => {
    const server = fakeScim();
    const result = await rehearse(server);
    expect(result).toMatchObject({ kind: 'rehearsal', verdict: 'ok', testEmail: EMAIL });
    expect(result.userId).toMatch(/^[0-9a-f]{32}$/);
    expect(outcomes(result)).toEqual(['passed', 'passed', 'passed', 'passed', 'passed']);
    expect(server.ops()).toEqual(['lookup', 'create', 'update', 'delete', 'get']);
    expect(server.users()).toEqual([]);
    expect(result.steps.map((s) => s.evidence?.status)).toEqual([200, 201, 200, 204, 404]);
  });

  it('sends the attributes JumpCloud sends, and one PatchOp replace with a path', async () => {
    const server = fakeScim();
    await rehearse(server);
    const [lookup, create, update, del] = server.calls;
    expect(decodeURIComponent(lookup?.path ?? '')).toBe(`/Users?filter=userName eq "${EMAIL}"`);
    expect(create?.body).toEqual({
      schemas: [SCIM_URN.user],
      userName: EMAIL,
      name: { givenName: REHEARSAL_NAME.givenName, familyName: REHEARSAL_NAME.familyName },
      emails: [{ value: EMAIL, type: 'work', primary: true }],
      active: true,
    });
    expect(create?.headers['content-type']).toBe('application/scim+json');
    expect(update?.body).toEqual({
      schemas: [SCIM_URN.patchOp],
      Operations: [{ op: 'replace', path: 'name.familyName', value: REHEARSAL_NAME.updatedFamilyName }],
    });
    expect(update?.path).toMatch(/^\/Users\/[0-9a-f]{32}$/);
    expect(del?.path).toBe(update?.path);
  });

  it('accepts a PATCH answered 204 without a body', async () => {
    const server = fakeScim();
    server.fault('update', (_call, real) => (real(), empty(204)));
    expect((await rehearse(server)).verdict).toBe('ok');
  });
});

describe('runRehearsal: bad inputs send nothing', () => {
  it.each<[string, Partial<RehearsalOptions>, string]>([
    ['a web-app URL', { baseUrl: 'https://app.trelica.com/people' }, 'url-wrong-path'],
    ['no token', { token: '  ' }, 'token-missing'],
    ['a URL problem before an email problem', { baseUrl: 'nope', testEmail: 'x' }, 'url-invalid'],
    [
      'an unregistered domain',
      { testEmail: 'a@other.org', registeredDomains: ['example.com'] },
      'domain-not-registered',
    ],
    ['no registered domain at all', { registeredDomains: [] }, 'domain-not-registered'],
    ['an invalid email', { testEmail: 'not an email' }, 'email-invalid'],
    ['an empty email', { testEmail: '' }, 'email-invalid'],
  ])('%s -> %s', async (_name, extra, verdict) => {
    const result = await runRehearsal({
      baseUrl: BASE,
      token: TOKEN,
      testEmail: EMAIL,
      fetch: forbiddenFetch,
      ...extra,
    });
    expect(result.verdict).toBe(verdict);
    expect(outcomes(result)).toEqual(['skipped', 'skipped', 'skipped', 'skipped', 'skipped']);
    expect(result.userId).toBeUndefined();
    expect(result.detail.length).toBeGreaterThan(10);
  });

  it('names the registered domains when the test email is on another one', async () => {
    const result = await runRehearsal({
      baseUrl: BASE,
      token: TOKEN,
      testEmail: 'a@other.org',
      fetch: forbiddenFetch,
      registeredDomains: ['acme.com'],
    });
    expect(result.detail).toContain('acme.com');
  });

  it('sends requests when the domain is registered, or when the domains are unknown', async () => {
    expect((await rehearse(fakeScim(), { registeredDomains: ['EXAMPLE.com'] })).verdict).toBe('ok');
    expect((await rehearse(fakeScim(), { registeredDomains: null })).verdict).toBe('ok');
  });
});

describe('runRehearsal: what Trelica refuses', () => {
  it('stops at an existing user, without creating anything', async () => {
    const server = fakeScim();
    const id = server.add(EMAIL);
    const result = await rehearse(server);
    expect(result.verdict).toBe('user-exists');
    expect(result.detail).toContain(id);
    expect(result.userId).toBeUndefined();
    expect(outcomes(result)).toEqual(['failed', 'skipped', 'skipped', 'skipped', 'skipped']);
    expect(server.ops()).toEqual(['lookup']);
    expect(server.users().map((u) => u.id)).toEqual([id]);
  });

  it('reads a 409 on create as an existing user', async () => {
    const server = fakeScim();
    server.fault('create', () => json(409, scimError(409, 'User already exists', 'uniqueness')));
    const result = await rehearse(server);
    expect(result.verdict).toBe('user-exists');
    expect(outcomes(result)).toEqual(['passed', 'failed', 'skipped', 'skipped', 'skipped']);
  });

  it.each<[string, () => Response, string]>([
    [
      '400 invalidValue',
      () => json(400, scimError(400, 'userName is invalid', 'invalidValue')),
      'domain-not-registered',
    ],
    [
      '400 naming the domain',
      () => json(400, scimError(400, 'Domain not verified', 'invalidSyntax')),
      'domain-not-registered',
    ],
    ['400 without scimType', () => json(400, { schemas: [SCIM_URN.error], status: 400 }), 'domain-not-registered'],
    ['400 uniqueness', () => json(400, scimError(400, 'taken', 'uniqueness')), 'user-exists'],
    [
      '400 invalidSyntax about something else',
      () => json(400, scimError(400, 'bad body', 'invalidSyntax')),
      'not-scim',
    ],
    ['401', () => json(401, scimError(401, 'no')), 'unauthorized'],
    ['403', () => json(403, scimError(403, 'no')), 'forbidden'],
    ['429', () => empty(429, { 'retry-after': '9' }), 'rate-limited'],
    ['a redirect', () => empty(302, { location: '/login' }), 'redirected-to-login'],
  ])('create answered %s -> %s, and nothing is left to delete', async (_name, answer, verdict) => {
    const server = fakeScim();
    server.fault('create', answer);
    const result = await rehearse(server);
    expect(result.verdict).toBe(verdict);
    expect(outcomes(result)).toEqual(['passed', 'failed', 'skipped', 'skipped', 'skipped']);
    expect(server.ops()).toEqual(['lookup', 'create']);
    if (verdict === 'rate-limited') expect(result.retryAfterSeconds).toBe(9);
  });

  it("reports the real server's domain refusal", async () => {
    const result = await rehearse(fakeScim(['acme.com']));
    expect(result.verdict).toBe('domain-not-registered');
    expect(result.detail).toContain('not registered for user requests');
  });
});

describe('runRehearsal: the test user is always deleted', () => {
  it.each<[string, () => Response | Promise<Response>, string]>([
    ['500', () => json(500, scimError(500, 'boom')), 'server-error'],
    ['403 (protected user)', () => json(403, scimError(403, 'protected')), 'forbidden'],
    ['400 (no PATCH support)', () => json(400, scimError(400, 'path required', 'noTarget')), 'not-scim'],
    ['a network failure', () => Promise.reject(new TypeError('Failed to fetch')), 'network'],
    ['a timeout', () => new Promise<Response>(() => undefined), 'timeout'],
  ])('after a failed PATCH (%s)', async (_name, answer, verdict) => {
    const server = fakeScim();
    server.fault('update', answer);
    const result = await rehearse(server);
    expect(result.verdict).toBe(verdict);
    expect(outcomes(result)).toEqual(['passed', 'passed', 'failed', 'passed', 'passed']);
    expect(server.ops()).toEqual(['lookup', 'create', 'update', 'delete', 'get']);
    expect(server.users()).toEqual([]);
    expect(result.userId).toMatch(/^[0-9a-f]{32}$/);
  });

  it.each<[string, (call: unknown, real: () => Response) => Response | Promise<Response>]>([
    ['timed out', (_c, real) => (real(), new Promise<Response>(() => undefined))],
    ['answered 500', (_c, real) => (real(), json(500, scimError(500, 'boom')))],
    ['answered 201 with a body that is not a user', (_c, real) => (real(), json(201, { ok: true }))],
  ])('after a create that %s but created the user anyway', async (_name, fault) => {
    const server = fakeScim();
    server.fault('create', fault as never);
    const result = await rehearse(server);
    expect(result.verdict).not.toBe('ok');
    expect(result.verdict).not.toBe('cleanup-failed');
    expect(server.ops()).toEqual(['lookup', 'create', 'lookup', 'delete', 'get']);
    expect(server.users()).toEqual([]);
    expect(result.steps.find((s) => s.id === 'create')?.detail).toMatch(/lookup found the user anyway/);
    expect(outcomes(result)).toEqual(['passed', 'failed', 'skipped', 'passed', 'passed']);
  });

  it('says so when a failed create may have left a user it cannot find', async () => {
    const server = fakeScim();
    server.fault('create', () => json(500, scimError(500, 'boom')));
    server.fault('lookup', (call, real) => (server.calls.length > 2 ? empty(503) : real()));
    const result = await rehearse(server);
    expect(result.verdict).toBe('server-error');
    expect(result.detail).toMatch(/delete it by hand/);
  });
});

describe('runRehearsal: cleanup-failed', () => {
  it.each<[string, () => Response | Promise<Response>]>([
    ['DELETE answered 500', () => json(500, scimError(500, 'boom'))],
    ['DELETE answered 400 (protected user)', () => json(400, scimError(400, 'cannot delete'))],
    ['DELETE was redirected', () => opaqueRedirect() as Response],
    ['DELETE timed out', () => new Promise<Response>(() => undefined)],
  ])('%s', async (_name, answer) => {
    const server = fakeScim();
    server.fault('delete', answer);
    const result = await rehearse(server);
    expect(result.verdict).toBe('cleanup-failed');
    const [leftover] = server.users();
    expect(leftover).toBeDefined();
    expect(result.userId).toBe(leftover?.id);
    expect(result.detail).toContain(leftover?.id ?? '?');
    expect(result.detail).toContain(EMAIL);
    expect(outcomes(result)).toEqual(['passed', 'passed', 'passed', 'failed', 'skipped']);
  });

  it('wins over an earlier failure, and tells both', async () => {
    const server = fakeScim();
    server.fault('update', () => json(500, scimError(500, 'patch broke')));
    server.fault('delete', () => json(500, scimError(500, 'delete broke')));
    const result = await rehearse(server);
    expect(result.verdict).toBe('cleanup-failed');
    expect(result.detail).toMatch(/patch broke.*delete broke/);
    expect(result.userId).toBe(server.users()[0]?.id);
  });

  it('when DELETE says 204 but the user is still there (deactivated instead)', async () => {
    const server = fakeScim();
    server.fault('delete', (call) => {
      const user = server.users().find((u) => call.path.endsWith(u.id));
      if (user) user.active = false;
      return empty(204);
    });
    const result = await rehearse(server);
    expect(result.verdict).toBe('cleanup-failed');
    expect(result.detail).toMatch(/only deactivated/);
    expect(outcomes(result)).toEqual(['passed', 'passed', 'passed', 'passed', 'failed']);
  });

  it('a failed check after a clean delete is reported, but is not a leftover', async () => {
    const server = fakeScim();
    server.fault('get', () => text(503, 'unavailable', 'text/plain'));
    const result = await rehearse(server);
    expect(result.verdict).toBe('server-error');
    expect(server.users()).toEqual([]);
    expect(outcomes(result)).toEqual(['passed', 'passed', 'passed', 'passed', 'failed']);
  });
});

describe('runRehearsal: the token stays secret', () => {
  it('even when every answer echoes it', async () => {
    const server = fakeScim();
    server.fault('update', () => json(500, scimError(500, `Authorization: Bearer ${TOKEN}`)));
    server.fault('delete', () => text(500, `token=${TOKEN}`, 'text/plain'));
    const result = await rehearse(server);
    expect(result.verdict).toBe('cleanup-failed');
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });
});

describe('runRehearsal: the recovery lookup never deletes someone else', () => {
  it('ignores users with another userName when a failed create is looked up', async () => {
    const server = fakeScim();
    const otherId = server.add('colleague@example.com');
    server.fault('create', () => json(500, scimError(500, 'boom')));
    // After the create, this server ignores the filter and lists everyone.
    server.fault('lookup', (call, real) =>
      server.calls.length > 2
        ? json(200, {
            schemas: [SCIM_URN.listResponse],
            totalResults: 1,
            Resources: [{ id: otherId, userName: 'colleague@example.com' }],
          })
        : real(),
    );
    const result = await rehearse(server);
    expect(result.verdict).toBe('server-error');
    expect(server.ops()).toEqual(['lookup', 'create', 'lookup']);
    expect(server.users().map((u) => u.id)).toEqual([otherId]);
  });
});

describe('runRehearsal: a server that ignores the filter', () => {
  it('is not SCIM enough, rather than reporting the test email as taken', async () => {
    const server = fakeScim();
    server.add('colleague@example.com');
    server.fault('lookup', () =>
      json(200, {
        schemas: [SCIM_URN.listResponse],
        totalResults: 1,
        Resources: [{ id: 'x', userName: 'colleague@example.com' }],
      }),
    );
    const result = await rehearse(server);
    expect(result.verdict).toBe('not-scim');
    expect(result.detail).toMatch(/ignores the userName filter/);
    expect(server.ops()).toEqual(['lookup']);
  });
});

describe('the journal of the test user', () => {
  /** Records each journal call among the requests, in the order they happen. */
  function journalled(server: ReturnType<typeof fakeScim>) {
    const events: string[] = [];
    const requests = () => server.calls.length;
    const journal = {
      creating: async (e: { userName: string; baseUrl: string }) => {
        events.push(`creating ${e.userName} under ${e.baseUrl} after ${requests()} requests`);
      },
      created: async (id: string) => void events.push(`created ${id}`),
      gone: async () => void events.push(`gone after ${requests()} requests`),
    };
    return { events, journal };
  }

  it('is written before the create is sent and closed only once the user is seen gone', async () => {
    const server = fakeScim();
    const { events, journal } = journalled(server);
    const result = await rehearse(server, { journal });
    expect(result.verdict).toBe('ok');
    expect(events).toEqual([
      `creating ${EMAIL} under ${BASE} after 1 requests`,
      `created ${result.userId}`,
      'gone after 5 requests',
    ]);
  });

  it('is not written when the address is taken: that user existed before and is never touched', async () => {
    const server = fakeScim();
    server.add(EMAIL);
    const { events, journal } = journalled(server);
    expect((await rehearse(server, { journal })).verdict).toBe('user-exists');
    expect(events).toEqual([]);
  });

  it('is closed when the create surely made no one (a refused domain)', async () => {
    const server = fakeScim(['other.com']);
    const { events, journal } = journalled(server);
    expect((await rehearse(server, { journal })).verdict).toBe('domain-not-registered');
    expect(events).toEqual([`creating ${EMAIL} under ${BASE} after 1 requests`, 'gone after 2 requests']);
  });

  it('stays open when the create may have happened unseen and the lookup after it failed', async () => {
    const server = fakeScim();
    let lookups = 0;
    server.fault('create', () => json(500, scimError(500, 'oops')));
    server.fault('lookup', (_call, real) => (++lookups === 1 ? real() : json(503, scimError(503, 'down'))));
    const { events, journal } = journalled(server);
    await rehearse(server, { journal });
    expect(events).toEqual([`creating ${EMAIL} under ${BASE} after 1 requests`]);
  });

  it('stays open when the delete fails: the popup names the user', async () => {
    const server = fakeScim();
    server.fault('delete', () => json(500, scimError(500, 'oops')));
    const { events, journal } = journalled(server);
    const result = await rehearse(server, { journal });
    expect(result.verdict).toBe('cleanup-failed');
    expect(events).toEqual([`creating ${EMAIL} under ${BASE} after 1 requests`, `created ${result.userId}`]);
  });

  it('sends no create when the journal cannot be written', async () => {
    const server = fakeScim();
    const journal = {
      creating: () => Promise.reject(new Error('storage full')),
      created: async () => undefined,
      gone: async () => undefined,
    };
    await expect(
      runRehearsal({ baseUrl: BASE, token: TOKEN, testEmail: EMAIL, fetch: server.fetch, journal }),
    ).rejects.toThrow('storage full');
    expect(server.ops()).toEqual(['lookup']);
  });
});
