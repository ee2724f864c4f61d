// The activation rehearsal over real HTTP against the Trelica-like SCIM server. After every
// rehearsal the server must hold no user the rehearsal made (except, by design, on cleanup-failed).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runRehearsal, type RehearsalOptions } from '../../src/core/scim/rehearsal';
import { RehearsalResultSchema, type RehearsalResult } from '../../src/core/scim/results';
import { startTrelicaLikeServer, type RunningTrelicaLikeScim } from '../sandbox/scim-server';
import { TRELICA_BASE, closedPort, routedFetch, type Hook } from '../helpers/scim/routed-fetch';

const EMAIL = 'scim-rehearsal@example.com';
let server: RunningTrelicaLikeScim;
/** Users present before the rehearsal: they, and only they, must be there after it. */
let before: string[];

beforeAll(async () => {
  server = await startTrelicaLikeServer({ domains: ['example.com'] });
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  before = [];
});

async function rehearse(extra: Partial<RehearsalOptions> & { hook?: Hook } = {}): Promise<RehearsalResult> {
  const { hook, ...rest } = extra;
  before = server.users().map((u) => u.id);
  const result = await runRehearsal({
    baseUrl: TRELICA_BASE,
    token: server.token,
    testEmail: EMAIL,
    fetch: routedFetch(server.origin, hook),
    ...rest,
  });
  expect(RehearsalResultSchema.safeParse(result).success).toBe(true);
  expect(JSON.stringify(result)).not.toContain(server.token);
  return result;
}

const outcomes = (result: RehearsalResult) => result.steps.map((s) => s.outcome);
const methods = () => server.requests().map((r) => `${r.method} ${r.status}`);

describe('runRehearsal over HTTP', () => {
  afterEach((context) => {
    if (context.task.name.startsWith('cleanup-failed')) return;
    expect(
      server
        .users()
        .map((u) => u.id)
        .sort(),
    ).toEqual([...before].sort());
  });

  it('ok: lookup, create, update, delete, confirm', async () => {
    const result = await rehearse();
    expect(result.verdict).toBe('ok');
    expect(outcomes(result)).toEqual(['passed', 'passed', 'passed', 'passed', 'passed']);
    expect(result.userId).toMatch(/^[0-9a-f]{32}$/);
    expect(methods()).toEqual(['GET 200', 'POST 201', 'PATCH 200', 'DELETE 204', 'GET 404']);
  });

  it('ok with the domains known and the email in another case', async () => {
    const result = await rehearse({ testEmail: ' SCIM-Rehearsal@EXAMPLE.com ', registeredDomains: ['example.com'] });
    expect(result.verdict).toBe('ok');
    expect(result.testEmail).toBe('SCIM-Rehearsal@example.com');
  });

  it('domain-not-registered: Trelica refuses the domain (domains unknown to the extension)', async () => {
    const result = await rehearse({ testEmail: 'someone@unregistered.org' });
    expect(result.verdict).toBe('domain-not-registered');
    expect(result.steps[1]).toMatchObject({ id: 'create', outcome: 'failed', evidence: { status: 400 } });
    expect(outcomes(result)).toEqual(['passed', 'failed', 'skipped', 'skipped', 'skipped']);
  });

  it('domain-not-registered: known beforehand, so nothing is sent', async () => {
    const result = await rehearse({ testEmail: 'someone@unregistered.org', registeredDomains: ['example.com'] });
    expect(result.verdict).toBe('domain-not-registered');
    expect(server.requests()).toEqual([]);
  });

  it('user-exists: the test email belongs to a user, whom the rehearsal leaves alone', async () => {
    const id = server.addUser({ userName: EMAIL });
    const result = await rehearse();
    expect(result.verdict).toBe('user-exists');
    expect(result.detail).toContain(id);
    expect(methods()).toEqual(['GET 200']);
  });

  it('user-exists: found even when the email differs in case', async () => {
    server.addUser({ userName: EMAIL });
    expect((await rehearse({ testEmail: EMAIL.toUpperCase() })).verdict).toBe('user-exists');
  });

  it('unauthorized before "Enable SCIM": nothing is created', async () => {
    server.setScimEnabled(false);
    const result = await rehearse();
    expect(result.verdict).toBe('unauthorized');
    expect(methods()).toEqual(['GET 401']);
  });

  it('a PATCH that fails (500) is reported, and the user is still deleted', async () => {
    const hook: Hook = (method) => server.setFault(method === 'PATCH' ? { kind: 'server-error' } : null);
    const result = await rehearse({ hook });
    expect(result.verdict).toBe('server-error');
    expect(outcomes(result)).toEqual(['passed', 'passed', 'failed', 'passed', 'passed']);
    expect(methods()).toEqual(['GET 200', 'POST 201', 'PATCH 500', 'DELETE 204', 'GET 404']);
  });

  it('a PATCH that times out is reported, and the user is still deleted', async () => {
    const hook: Hook = (method) => server.setFault(method === 'PATCH' ? { kind: 'slow', ms: 3000 } : null);
    const result = await rehearse({ hook, timeoutMs: 300 });
    expect(result.verdict).toBe('timeout');
    expect(outcomes(result)).toEqual(['passed', 'passed', 'failed', 'passed', 'passed']);
  });

  it('rate-limited on create, with Retry-After', async () => {
    const hook: Hook = (method) => server.setFault(method === 'POST' ? { kind: 'rate-limit', retryAfter: 7 } : null);
    const result = await rehearse({ hook });
    expect(result).toMatchObject({ verdict: 'rate-limited', retryAfterSeconds: 7 });
  });

  it('network: nothing listens, nothing is created', async () => {
    const port = await closedPort();
    const result = await rehearse({ fetch: routedFetch(`http://127.0.0.1:${port}`) });
    expect(result.verdict).toBe('network');
    expect(outcomes(result)).toEqual(['failed', 'skipped', 'skipped', 'skipped', 'skipped']);
  });

  it('cleanup-failed: DELETE fails, and the result names the user left behind', async () => {
    const hook: Hook = (method) => (method === 'DELETE' ? new Response(null, { status: 503 }) : undefined);
    const result = await rehearse({ hook });
    expect(result.verdict).toBe('cleanup-failed');
    const left = server.users().filter((u) => !before.includes(u.id));
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ userName: EMAIL });
    expect(result.userId).toBe(left[0]?.id);
    expect(result.detail).toContain(result.userId);
    expect(outcomes(result)).toEqual(['passed', 'passed', 'passed', 'failed', 'skipped']);
  });

  it('cleanup-failed: the server breaks after the create (PATCH and DELETE both 500)', async () => {
    const hook: Hook = (method) =>
      server.setFault(method === 'PATCH' || method === 'DELETE' ? { kind: 'server-error' } : null);
    const result = await rehearse({ hook });
    expect(result.verdict).toBe('cleanup-failed');
    expect(result.userId).toBe(server.users()[0]?.id);
    expect(methods()).toEqual(['GET 200', 'POST 201', 'PATCH 500', 'DELETE 500']);
  });
});
