// Each IdP's dialect as data (bodies, paths, headers, steps), and how the connection test and the
// rehearsal judge what only a dialect sends. Over HTTP: tests/integration/dialects.test.ts.
import { describe, expect, it } from 'vitest';
import { DIAGNOSIS_CODES, diagnose } from '../../../../src/core/diagnosis';
import { runConnectionTest } from '../../../../src/core/scim/connection-test';
import { dialectFor, stepsOf, type Change, type NewUser } from '../../../../src/core/scim/dialects';
import {
  ENTRA,
  ENTRA_COMPAT,
  entraCreateBody,
  groupsProbePath,
  guidOf,
} from '../../../../src/core/scim/dialects/entra';
import { JUMPCLOUD } from '../../../../src/core/scim/dialects/jumpcloud';
import {
  OKTA,
  OKTA_LIST_PATH,
  OKTA_PLACEHOLDER_PASSWORD,
  oktaCreateBody,
  oktaLookupPath,
} from '../../../../src/core/scim/dialects/okta';
import { REHEARSAL_NAME, runRehearsal } from '../../../../src/core/scim/rehearsal';
import { RehearsalResultSchema } from '../../../../src/core/scim/results';
import { SCIM_URN, newUserBody, replaceOpBody } from '../../../../src/core/scim/schemas';
import {
  BASE,
  TOKEN,
  empty,
  json,
  list,
  recordingFetch,
  scimError,
  steppingClock,
} from '../../../helpers/scim/fetch-fakes';
import { fakeScim } from '../../../helpers/scim/in-memory-scim';

const EMAIL = 'scim-test-1@example.com';
const USER: NewUser = { email: EMAIL, names: REHEARSAL_NAME, random: 'abcdef0123456789abcdef' };
const decoded = (path: string) => decodeURIComponent(path);

describe('dialectFor', () => {
  it('picks JumpCloud by default, and Entra by the flag on the Base URL as given', () => {
    expect(dialectFor(undefined, BASE)).toBe(JUMPCLOUD);
    expect(dialectFor('jumpcloud', `${BASE}?aadOptscim062020`)).toBe(JUMPCLOUD);
    expect(dialectFor('okta', BASE)).toBe(OKTA);
    expect(dialectFor('entra', BASE)).toBe(ENTRA);
    expect(dialectFor('entra', `${BASE}/?aadOptscim062020 `)).toBe(ENTRA_COMPAT);
    expect(dialectFor('entra', `${BASE}?aadoptscim062020`)).toBe(ENTRA);
  });

  it('gives each dialect its steps; JumpCloud keeps the five it always had', () => {
    expect(stepsOf(JUMPCLOUD)).toEqual(['check-absent', 'create', 'update', 'delete', 'confirm-gone']);
    expect(stepsOf(OKTA)).toEqual([
      'check-absent',
      'create',
      'read-back',
      'update',
      'deactivate',
      'delete',
      'confirm-gone',
    ]);
    expect(stepsOf(ENTRA)).toEqual(['check-absent', 'create', 'update', 'deactivate', 'delete', 'confirm-gone']);
    expect(stepsOf(ENTRA_COMPAT)).toEqual(stepsOf(ENTRA));
  });
});

describe('JumpCloud: exactly what the rehearsal sent before dialects', () => {
  it('has the same test, lookup, body, update and headers', () => {
    expect(JUMPCLOUD.connectionTest('0123abcd').map((p) => decoded(p.path))).toEqual([
      '/Users?startIndex=1&count=1',
      '/Users?filter=userName eq "scim-check-0123abcd@example.invalid"',
    ]);
    expect(JUMPCLOUD.createBody(USER)).toEqual(newUserBody(EMAIL, 'SCIM', 'Rehearsal'));
    expect(JUMPCLOUD.update(USER)).toMatchObject({
      kind: 'patch',
      body: replaceOpBody('name.familyName', 'Rehearsal Updated'),
    });
    expect(JUMPCLOUD.headers).toEqual({ accept: 'application/scim+json', contentType: 'application/scim+json' });
    expect(JUMPCLOUD.refusedCode).toBeUndefined();
  });
});

describe("Okta's dialect", () => {
  it("tests with its list read plus its assignment's filter, with its paging", () => {
    expect(OKTA.connectionTest('0123abcd').map((p) => [p.role, decoded(p.path)])).toEqual([
      ['list', OKTA_LIST_PATH],
      ['absent-user', '/Users?filter=userName eq "scim-check-0123abcd@example.invalid"&startIndex=1&count=100'],
    ]);
    expect(oktaLookupPath('a"b@example.com')).toBe(
      `/Users?filter=${encodeURIComponent('userName eq "a\\"b@example.com"')}&startIndex=1&count=100`,
    );
  });

  it("creates with Okta's body: an 00u externalId, locale, groups, a placeholder password", () => {
    const body = oktaCreateBody(USER);
    expect(body).toEqual({
      schemas: [SCIM_URN.user],
      userName: EMAIL,
      name: { givenName: 'SCIM', familyName: 'Rehearsal' },
      emails: [{ primary: true, value: EMAIL, type: 'work' }],
      displayName: 'SCIM Rehearsal',
      locale: 'en-US',
      externalId: '00uabcdef0123456789a',
      groups: [],
      password: OKTA_PLACEHOLDER_PASSWORD,
      active: true,
    });
    expect(body.externalId).toMatch(/^00u[0-9a-f]{17}$/);
    expect(OKTA.secrets).toEqual([OKTA_PLACEHOLDER_PASSWORD]);
  });

  it('updates and deactivates by PUT of the whole user as read', () => {
    const current = {
      id: '7',
      meta: { version: 'W/"1"' },
      userName: EMAIL,
      name: { givenName: 'SCIM', familyName: 'Rehearsal' },
      active: true,
      extra: 1,
    };
    const update = OKTA.update(USER) as Extract<Change, { kind: 'put' }>;
    expect(update.kind).toBe('put');
    expect(update.change(current)).toEqual({
      ...current,
      name: { givenName: 'SCIM', familyName: 'Rehearsal Updated' },
      displayName: 'SCIM Rehearsal Updated',
    });
    const deactivate = OKTA.deactivate as Extract<Change, { kind: 'put' }>;
    expect(deactivate.change(current)).toEqual({ ...current, active: false });
    expect(OKTA.headers).toEqual({
      accept: 'application/scim+json',
      contentType: 'application/scim+json; charset=utf-8',
    });
    expect(OKTA.refusedCode).toBe('put-refused');
  });
});

describe("Entra ID's dialect", () => {
  it('tests with a GUID userName filter and a group lookup', () => {
    expect(guidOf('0123456789abcdef0123456789abcdef')).toBe('01234567-89ab-cdef-0123-456789abcdef');
    expect(ENTRA.connectionTest('0123456789abcdef0123456789abcdef').map((p) => [p.role, decoded(p.path)])).toEqual([
      ['absent-user', '/Users?filter=userName eq "01234567-89ab-cdef-0123-456789abcdef"'],
      ['groups', '/Groups?excludedAttributes=members&filter=displayName eq "scim-check-0123456789abcdef"'],
    ]);
    expect(decoded(groupsProbePath('x'))).toBe('/Groups?excludedAttributes=members&filter=displayName eq "x"');
    expect(ENTRA.testRandomBytes).toBe(16);
  });

  it('creates with the enterprise extension, externalId from the local part, roles []', () => {
    expect(entraCreateBody(USER)).toEqual({
      schemas: [SCIM_URN.user, SCIM_URN.enterpriseUser],
      externalId: 'scim-test-1',
      userName: EMAIL,
      active: true,
      emails: [{ primary: true, type: 'work', value: EMAIL }],
      meta: { resourceType: 'User' },
      name: { formatted: 'SCIM Rehearsal', familyName: 'Rehearsal', givenName: 'SCIM' },
      roles: [],
    });
    expect(ENTRA.headers).toEqual({ contentType: 'application/scim+json' });
  });

  it('by default: capitalised ops with paths, and "False" as a string', () => {
    const ops = (change: Change | undefined) =>
      change?.kind === 'patch' ? (change.body as { Operations: Array<Record<string, unknown>> }).Operations : [];
    expect(ops(ENTRA.update(USER)).map((o) => o['op'])).toEqual(['Replace', 'Replace', 'Add']);
    expect(ops(ENTRA.update(USER)).every((o) => typeof o['path'] === 'string')).toBe(true);
    expect(ops(ENTRA.deactivate)).toEqual([{ op: 'Replace', path: 'active', value: 'False' }]);
  });

  it('with the flag: one lower-case no-path replace with dotted keys, and a boolean', () => {
    const update = ENTRA_COMPAT.update(USER);
    expect(update.kind === 'patch' && update.body).toEqual({
      schemas: [SCIM_URN.patchOp],
      Operations: [
        { op: 'replace', value: { 'name.familyName': 'Rehearsal Updated', displayName: 'SCIM Rehearsal Updated' } },
      ],
    });
    expect(ENTRA_COMPAT.deactivate?.kind === 'patch' && ENTRA_COMPAT.deactivate.body).toEqual({
      schemas: [SCIM_URN.patchOp],
      Operations: [{ op: 'replace', path: 'active', value: false }],
    });
    expect(ENTRA_COMPAT.refusedCode).toBe('patch-refused');
  });
});

describe('the new diagnosis codes', () => {
  it.each(['put-refused', 'patch-refused'] as const)('%s has words and a step', (code) => {
    expect(DIAGNOSIS_CODES).toContain(code);
    const d = diagnose(code);
    expect(d.title && d.cause && d.fix).toBeTruthy();
    expect(d.step).toBe('activate');
  });
});

describe("the connection test's Entra verdict", () => {
  const entraTest = (groups: () => Response, users = () => json(200, list([]))) =>
    runConnectionTest({
      baseUrl: BASE,
      token: TOKEN,
      dialect: 'entra',
      now: steppingClock(),
      random: () => '0123456789abcdef0123456789abcdef',
      fetch: recordingFetch((call) => (call.path.startsWith('/Groups') ? groups() : users())).fetch,
    });

  it('passes when /Groups fails in any way: only the user filter decides', async () => {
    for (const groups of [() => json(404, scimError(404, 'no')), () => json(500, scimError(500, 'boom'))]) {
      const result = await entraTest(groups);
      expect(result.verdict).toBe('ok');
      expect(result.evidence).toHaveLength(2);
    }
    expect((await entraTest(() => json(200, list([])))).detail).toContain('GET /Groups answered 200 too.');
    expect((await entraTest(() => json(500, scimError(500, 'boom')))).detail).toContain(
      'GET /Groups failed: that does not fail',
    );
  });

  it('fails when the user filter finds someone, or answers 401', async () => {
    const someone = () => json(200, list([{ id: '1', userName: 'x' }]));
    expect((await entraTest(() => empty(404), someone)).verdict).toBe('not-scim');
    expect(
      (
        await entraTest(
          () => empty(404),
          () => json(401, scimError(401, 'no')),
        )
      ).verdict,
    ).toBe('unauthorized');
  });
});

describe('the rehearsal in a dialect, without HTTP', () => {
  const rehearse = (server: ReturnType<typeof fakeScim>, dialect: 'okta' | 'entra') =>
    runRehearsal({
      baseUrl: BASE,
      token: TOKEN,
      testEmail: EMAIL,
      fetch: server.fetch,
      now: steppingClock(),
      timeoutMs: 50,
      dialect,
      random: () => 'abcdef0123456789abcdef',
    });

  it('patch-refused on a 501 PATCH, and the user is still deleted', async () => {
    const server = fakeScim();
    server.fault('update', () => json(501, scimError(501, 'PATCH is not implemented')));
    const result = await rehearse(server, 'entra');
    expect(result.verdict).toBe('patch-refused');
    expect(result.detail).toContain(
      'answered 501: Entra ID\'s provisioning would fail here. The server said: "PATCH is not implemented".',
    );
    expect(result.steps.map((s) => s.outcome)).toEqual(['passed', 'passed', 'failed', 'skipped', 'passed', 'passed']);
    expect(server.users()).toEqual([]);
  });

  it('a read-back that fails stops the changes; the user is still deleted', async () => {
    const server = fakeScim();
    let gets = 0;
    server.fault('get', (call, real) =>
      call.method === 'GET' && ++gets === 1 ? json(500, scimError(500, 'x')) : real(),
    );
    const result = await rehearse(server, 'okta');
    expect(result.verdict).toBe('server-error');
    expect(result.steps.map((s) => `${s.id}:${s.outcome}`)).toEqual([
      'check-absent:passed',
      'create:passed',
      'read-back:failed',
      'update:skipped',
      'deactivate:skipped',
      'delete:passed',
      'confirm-gone:passed',
    ]);
    expect(server.users()).toEqual([]);
  });

  it("never quotes Okta's placeholder password, even when a server echoes it", async () => {
    const server = fakeScim();
    server.fault('create', (call) => {
      const { password } = call.body as { password: string };
      return json(400, scimError(400, `password ${password} is weak`, 'invalidSyntax'));
    });
    const result = await rehearse(server, 'okta');
    expect(RehearsalResultSchema.safeParse(result).success).toBe(true);
    expect(server.calls[1]?.body).toMatchObject({ password: OKTA_PLACEHOLDER_PASSWORD });
    expect(JSON.stringify(result)).not.toContain(OKTA_PLACEHOLDER_PASSWORD);
  });
});

describe('stored rehearsal results', () => {
  const stored = (ids: string[]) => ({
    kind: 'rehearsal',
    verdict: 'ok',
    detail: 'd',
    testEmail: EMAIL,
    steps: ids.map((id) => ({ id, outcome: 'passed', detail: id })),
    at: 1,
  });

  it('still parse when an older version wrote them (five steps), and with the new steps', () => {
    expect(RehearsalResultSchema.safeParse(stored(stepsOf(JUMPCLOUD))).success).toBe(true);
    expect(RehearsalResultSchema.safeParse(stored(stepsOf(OKTA))).success).toBe(true);
    expect(RehearsalResultSchema.safeParse(stored(['check-absent', 'made-up'])).success).toBe(false);
  });
});
