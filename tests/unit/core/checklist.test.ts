import { describe, expect, it } from 'vitest';
import { buildChecklist, STEP_TITLES, type ChecklistItem, type StepState } from '../../../src/core/checklist';
import type { StepId } from '../../../src/core/steps';
import type { DiagnosisCode } from '../../../src/core/diagnosis';
import { CAPTURED, connectionTest, makeState, rehearsal, TESTED, type StateOverrides } from '../../helpers/states';

type Facts = StateOverrides & { typedTokenInvalid?: boolean };

function item({ typedTokenInvalid = false, ...overrides }: Facts, id: StepId, hostAccess = true): ChecklistItem {
  const found = buildChecklist({ ...makeState(overrides), hostAccess, typedTokenInvalid }).find((i) => i.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

const REGISTERED = { registeredDomains: ['example.com'] };

interface Case {
  name: string;
  step: StepId;
  facts: Facts;
  hostAccess?: boolean;
  state: StepState;
  canTick?: boolean;
  diagnosis?: DiagnosisCode;
  note?: RegExp;
}

const CASES: Case[] = [
  { name: 'access withheld', step: 'grant-access', facts: {}, hostAccess: false, state: 'todo', canTick: false },

  {
    name: 'page says enabled',
    step: 'trelica-enable-scim',
    facts: { trelica: { scimState: 'enabled' } },
    state: 'done',
  },
  {
    name: 'test passed proves it',
    step: 'trelica-enable-scim',
    facts: { ...CAPTURED, trelica: { scimState: null }, lastConnectionTest: connectionTest('ok') },
    state: 'done',
    note: /test passed/,
  },
  {
    name: 'page says not enabled',
    step: 'trelica-enable-scim',
    facts: { trelica: { scimState: 'not-enabled' } },
    state: 'warning',
    note: /Enable SCIM/,
  },
  {
    name: 'no token generated',
    step: 'trelica-enable-scim',
    facts: { trelica: { scimState: 'no-token' } },
    state: 'todo',
    note: /Generate Token/,
  },
  {
    name: 'page unreadable',
    step: 'trelica-enable-scim',
    facts: { trelica: { scimState: 'unknown' } },
    state: 'todo',
    canTick: true,
    note: /could not tell/,
  },
  {
    name: 'page unreadable, ticked',
    step: 'trelica-enable-scim',
    facts: { trelica: { scimState: 'unknown' }, ticked: ['trelica-enable-scim'] },
    state: 'done',
    canTick: true,
  },
  { name: 'never seen', step: 'trelica-enable-scim', facts: {}, state: 'todo', canTick: false },
  {
    name: 'tick ignored while the page is readable',
    step: 'trelica-enable-scim',
    facts: { trelica: { scimState: 'not-enabled' }, ticked: ['trelica-enable-scim'] },
    state: 'warning',
  },

  { name: 'captured', step: 'copy-credentials', facts: CAPTURED, state: 'done' },
  {
    name: 'nothing yet',
    step: 'copy-credentials',
    facts: {},
    state: 'todo',
    note: /Missing: the Base URL and the token/,
  },
  {
    name: 'a Base URL typed that cannot be used',
    step: 'copy-credentials',
    facts: { ...CAPTURED, baseUrl: null, drafts: { baseUrl: 'http://app.trelica.com/api/scim/v2', testEmail: null } },
    state: 'warning',
    note: /Fix the Base URL under Credentials/,
  },
  {
    name: 'a token typed that cannot be used',
    step: 'copy-credentials',
    facts: { ...CAPTURED, typedTokenInvalid: true },
    state: 'warning',
    note: /Fix the token under Credentials/,
  },
  {
    name: 'token forgotten',
    step: 'copy-credentials',
    facts: { ...CAPTURED, token: { present: false, masked: null } },
    state: 'todo',
    note: /forgotten/,
  },
  {
    name: 'both typed and unusable',
    step: 'copy-credentials',
    facts: { ...CAPTURED, baseUrl: null, drafts: { baseUrl: 'nope', testEmail: null }, typedTokenInvalid: true },
    state: 'warning',
    note: /Fix the Base URL and the token under Credentials/,
  },

  { name: 'not seen', step: 'jumpcloud-app', facts: {}, state: 'todo', canTick: true },
  { name: 'ticked', step: 'jumpcloud-app', facts: { ticked: ['jumpcloud-app'] }, state: 'done', canTick: true },
  {
    name: 'fields reported',
    step: 'jumpcloud-app',
    facts: { jumpcloud: { fields: { 'base-url': 'filled' } } },
    state: 'done',
    note: /Identity Management/,
  },

  {
    name: 'both set',
    step: 'scim-api',
    facts: { jumpcloud: { fields: { 'api-type': 'filled', 'scim-version': 'already-set' } } },
    state: 'done',
  },
  {
    name: 'only one reported',
    step: 'scim-api',
    facts: { jumpcloud: { fields: { 'api-type': 'filled' } } },
    state: 'todo',
  },
  {
    name: 'different value kept',
    step: 'scim-api',
    facts: { jumpcloud: { fields: { 'api-type': 'kept', 'scim-version': 'filled' } } },
    state: 'warning',
    note: /different value/,
  },
  {
    name: 'field not found',
    step: 'scim-api',
    facts: { jumpcloud: { fields: { 'api-type': 'not-found', 'scim-version': 'filled' } } },
    state: 'todo',
    canTick: true,
    note: /by hand/,
  },
  {
    name: 'field not found, ticked',
    step: 'scim-api',
    facts: { jumpcloud: { fields: { 'api-type': 'not-found' } }, ticked: ['scim-api'] },
    state: 'done',
    canTick: true,
  },
  { name: 'nothing reported', step: 'scim-api', facts: {}, state: 'todo', canTick: false },

  { name: 'no Base URL yet', step: 'base-url', facts: {}, state: 'blocked', note: /Base URL from Trelica/ },
  { name: 'Base URL known', step: 'base-url', facts: CAPTURED, state: 'todo' },
  {
    name: 'filled',
    step: 'base-url',
    facts: { ...CAPTURED, jumpcloud: { fields: { 'base-url': 'filled' } } },
    state: 'done',
  },
  {
    name: 'kept',
    step: 'base-url',
    facts: { ...CAPTURED, jumpcloud: { fields: { 'base-url': 'kept' } } },
    state: 'warning',
  },
  {
    name: 'unavailable',
    step: 'base-url',
    facts: { ...CAPTURED, jumpcloud: { fields: { 'base-url': 'unavailable' } } },
    state: 'todo',
    canTick: true,
  },

  { name: 'no token yet', step: 'token', facts: {}, state: 'blocked', note: /token from Trelica/ },
  { name: 'token known', step: 'token', facts: CAPTURED, state: 'todo' },
  { name: 'filled', step: 'token', facts: { ...CAPTURED, jumpcloud: { fields: { token: 'filled' } } }, state: 'done' },
  { name: 'kept', step: 'token', facts: { ...CAPTURED, jumpcloud: { fields: { token: 'kept' } } }, state: 'warning' },

  { name: 'none entered', step: 'test-email', facts: {}, state: 'todo', note: /Test user email/ },
  {
    name: 'none entered, JumpCloud has one',
    step: 'test-email',
    facts: { jumpcloud: { fields: { 'test-email': 'already-set' } } },
    state: 'done',
    note: /cannot check/,
  },
  {
    name: 'none entered, JumpCloud kept another',
    step: 'test-email',
    facts: { jumpcloud: { fields: { 'test-email': 'kept' } } },
    state: 'done',
    note: /cannot check/,
  },
  {
    name: 'none entered, field not found',
    step: 'test-email',
    facts: { jumpcloud: { fields: { 'test-email': 'not-found' } } },
    state: 'todo',
    canTick: true,
    note: /by hand/,
  },
  {
    name: 'invalid',
    step: 'test-email',
    facts: { testEmail: 'not-an-email', ...REGISTERED },
    state: 'warning',
    note: /not a valid address/,
  },
  {
    name: 'domain not registered',
    step: 'test-email',
    facts: { testEmail: 'a@other.org', ...REGISTERED },
    state: 'warning',
    diagnosis: 'domain-not-registered',
    note: /example\.com/,
  },
  {
    name: 'an address typed that cannot be used',
    step: 'test-email',
    facts: { drafts: { baseUrl: null, testEmail: 'not an email' }, ...REGISTERED },
    state: 'warning',
    diagnosis: 'email-invalid',
    note: /not a valid address/,
  },
  {
    name: 'rehearsal: email invalid',
    step: 'test-email',
    facts: {
      ...CAPTURED,
      drafts: { baseUrl: null, testEmail: '' },
      lastRehearsal: rehearsal('email-invalid', { tested: { ...TESTED, testEmail: '' } }),
    },
    state: 'warning',
    diagnosis: 'email-invalid',
  },
  {
    name: 'rehearsal for another address counts for nothing',
    step: 'test-email',
    facts: { ...CAPTURED, testEmail: 'new@example.com', ...REGISTERED, lastRehearsal: rehearsal('user-exists') },
    state: 'todo',
  },
  {
    name: 'domains unknown',
    step: 'test-email',
    facts: { testEmail: 'a@other.org' },
    state: 'todo',
    note: /domains are unknown/,
  },
  {
    name: 'registered, not filled yet',
    step: 'test-email',
    facts: { testEmail: 'a@example.com', ...REGISTERED },
    state: 'todo',
  },
  {
    name: 'registered and filled',
    step: 'test-email',
    facts: { testEmail: 'a@example.com', ...REGISTERED, jumpcloud: { fields: { 'test-email': 'filled' } } },
    state: 'done',
  },
  {
    name: 'rehearsal: user exists',
    step: 'test-email',
    facts: { ...CAPTURED, testEmail: 'scim-test@example.com', ...REGISTERED, lastRehearsal: rehearsal('user-exists') },
    state: 'warning',
    diagnosis: 'user-exists',
  },
  {
    name: 'rehearsal: domain refused',
    step: 'test-email',
    facts: { ...CAPTURED, testEmail: 'scim-test@example.com', lastRehearsal: rehearsal('domain-not-registered') },
    state: 'warning',
    diagnosis: 'domain-not-registered',
  },

  {
    name: 'no credentials',
    step: 'test-connection',
    facts: {},
    state: 'blocked',
    note: /Needs the Base URL and the token first/,
  },
  {
    name: 'no host access',
    step: 'test-connection',
    facts: CAPTURED,
    hostAccess: false,
    state: 'blocked',
    note: /access to the Trelica site/,
  },
  { name: 'ready', step: 'test-connection', facts: CAPTURED, state: 'todo' },
  {
    name: 'passed',
    step: 'test-connection',
    facts: { ...CAPTURED, lastConnectionTest: connectionTest('ok') },
    state: 'done',
    diagnosis: 'ok',
  },
  {
    name: 'refused',
    step: 'test-connection',
    facts: { ...CAPTURED, lastConnectionTest: connectionTest('unauthorized') },
    state: 'warning',
    diagnosis: 'unauthorized',
    note: /401.*revisit "Enable SCIM in Trelica"/,
  },
  {
    name: 'passed, for another Base URL',
    step: 'test-connection',
    facts: { ...CAPTURED, baseUrl: 'https://eu.trelica.com/api/scim/v2', lastConnectionTest: connectionTest('ok') },
    state: 'todo',
    note: /another value of the Base URL: run it again/,
  },
  {
    name: 'passed, for another token',
    step: 'test-connection',
    facts: {
      ...CAPTURED,
      token: { ...CAPTURED.token, fingerprint: 'ffffffffffffffff' },
      lastConnectionTest: connectionTest('ok'),
    },
    state: 'todo',
    note: /another value of the token/,
  },
  {
    name: 'passed, the token since forgotten',
    step: 'test-connection',
    facts: {
      ...CAPTURED,
      token: { ...CAPTURED.token, present: false, masked: null, fingerprint: null },
      lastConnectionTest: connectionTest('ok'),
    },
    state: 'blocked',
  },
  {
    name: 'refused, for another Base URL: no warning',
    step: 'test-connection',
    facts: {
      ...CAPTURED,
      baseUrl: 'https://eu.trelica.com/api/scim/v2',
      lastConnectionTest: connectionTest('unauthorized'),
    },
    state: 'todo',
  },
  {
    name: "JumpCloud's own test succeeded",
    step: 'test-connection',
    facts: {
      jumpcloud: { outcomes: { 'test-connection': { result: 'success', text: 'Connection successful', at: 1 } } },
    },
    state: 'done',
    note: /“Connection successful”/,
  },
  {
    name: "JumpCloud's own test failed",
    step: 'test-connection',
    facts: {
      ...CAPTURED,
      jumpcloud: { outcomes: { 'test-connection': { result: 'failure', text: 'Connection failed', at: 1 } } },
    },
    state: 'warning',
    note: /JumpCloud said: “Connection failed”/,
  },
  {
    name: "JumpCloud's Activate succeeded, with no test of its own seen: the Activate proves it",
    step: 'test-connection',
    facts: {
      jumpcloud: { outcomes: { activate: { result: 'success', text: 'Provisioning is now active', at: 1 } } },
    },
    state: 'done',
    canTick: false,
    note: /Activate succeeded, which it does only over a working connection/,
  },
  {
    name: "JumpCloud's Activate succeeded after its test had failed",
    step: 'test-connection',
    facts: {
      ...CAPTURED,
      jumpcloud: {
        outcomes: {
          'test-connection': { result: 'failure', text: 'Connection failed', at: 1 },
          activate: { result: 'success', text: 'Active', at: 2 },
        },
      },
    },
    state: 'done',
    note: /Activate succeeded/,
  },
  {
    name: "JumpCloud's test failed after an Activate had succeeded: the newer failure counts",
    step: 'test-connection',
    facts: {
      ...CAPTURED,
      jumpcloud: {
        outcomes: {
          activate: { result: 'success', text: 'Active', at: 1 },
          'test-connection': { result: 'failure', text: 'Connection failed', at: 2 },
        },
      },
    },
    state: 'warning',
    note: /JumpCloud said: “Connection failed”/,
  },
  {
    name: "JumpCloud's test and Activate both succeeded: the test's own words",
    step: 'test-connection',
    facts: {
      jumpcloud: {
        outcomes: {
          'test-connection': { result: 'success', text: 'Connection successful', at: 1 },
          activate: { result: 'success', text: 'Active', at: 2 },
        },
      },
    },
    state: 'done',
    note: /“Connection successful”/,
  },
  {
    name: "JumpCloud's Activate failed: it proves nothing about the test",
    step: 'test-connection',
    facts: {
      ...CAPTURED,
      jumpcloud: { outcomes: { activate: { result: 'failure', text: 'Activation failed', at: 1 } } },
    },
    state: 'todo',
  },
  {
    name: "JumpCloud's Activate showed nothing clear: it proves nothing either",
    step: 'test-connection',
    facts: { ...CAPTURED, jumpcloud: { outcomes: { activate: { result: 'unknown', text: '', at: 1 } } } },
    state: 'todo',
  },
  {
    name: 'timed out',
    step: 'test-connection',
    facts: { ...CAPTURED, lastConnectionTest: connectionTest('timeout') },
    state: 'warning',
    diagnosis: 'timeout',
  },

  { name: 'off', step: 'group-management-off', facts: { jumpcloud: { groupManagement: 'off' } }, state: 'done' },
  {
    name: 'on',
    step: 'group-management-off',
    facts: { jumpcloud: { groupManagement: 'on' } },
    state: 'warning',
    note: /untick/,
  },
  {
    name: 'on beats a tick',
    step: 'group-management-off',
    facts: { jumpcloud: { groupManagement: 'on' }, ticked: ['group-management-off'] },
    state: 'warning',
  },
  { name: 'before a passed test', step: 'group-management-off', facts: {}, state: 'blocked' },
  {
    name: 'after a passed test, unseen',
    step: 'group-management-off',
    facts: { ...CAPTURED, lastConnectionTest: connectionTest('ok'), jumpcloud: { groupManagement: 'absent' } },
    state: 'todo',
    canTick: true,
  },
  {
    name: 'after a passed test, ticked',
    step: 'group-management-off',
    facts: { ...CAPTURED, lastConnectionTest: connectionTest('ok'), ticked: ['group-management-off'] },
    state: 'done',
    canTick: true,
  },

  { name: 'before a passed test', step: 'activate', facts: {}, state: 'blocked', canTick: true },
  {
    name: 'test passed, not rehearsed',
    step: 'activate',
    facts: { ...CAPTURED, lastConnectionTest: connectionTest('ok') },
    state: 'todo',
    canTick: true,
    note: /Rehearse activation/,
  },
  {
    name: 'rehearsal passed',
    step: 'activate',
    facts: {
      ...CAPTURED,
      testEmail: 'scim-test@example.com',
      lastConnectionTest: connectionTest('ok'),
      lastRehearsal: rehearsal('ok'),
    },
    state: 'todo',
    canTick: true,
    diagnosis: 'ok',
    note: /rehearsal passed/,
  },
  {
    name: 'rehearsal failed to clean up',
    step: 'activate',
    facts: { ...CAPTURED, testEmail: 'scim-test@example.com', lastRehearsal: rehearsal('cleanup-failed') },
    state: 'warning',
    canTick: true,
    diagnosis: 'cleanup-failed',
    note: /0123456789abcdef0123456789abcdef/,
  },
  {
    name: 'group management on',
    step: 'activate',
    facts: { ...CAPTURED, lastConnectionTest: connectionTest('ok'), jumpcloud: { groupManagement: 'on' } },
    state: 'warning',
    canTick: true,
  },
  { name: 'ticked', step: 'activate', facts: { ticked: ['activate'] }, state: 'done', canTick: true },
  {
    name: 'ticked after a passed rehearsal',
    step: 'activate',
    facts: { ...CAPTURED, testEmail: 'scim-test@example.com', lastRehearsal: rehearsal('ok'), ticked: ['activate'] },
    state: 'done',
    canTick: true,
    diagnosis: 'ok',
  },
  {
    name: 'rehearsal passed for another address',
    step: 'activate',
    facts: {
      ...CAPTURED,
      testEmail: 'new@example.com',
      lastConnectionTest: connectionTest('ok'),
      lastRehearsal: rehearsal('ok'),
    },
    state: 'todo',
    canTick: true,
    note: /another value of the test email/,
  },

  {
    name: 'JumpCloud said it worked',
    step: 'activate',
    facts: {
      jumpcloud: { outcomes: { activate: { result: 'success', text: 'Identity management activated', at: 1 } } },
    },
    state: 'done',
    canTick: false,
    note: /“Identity management activated”/,
  },
  {
    name: 'JumpCloud said it failed',
    step: 'activate',
    facts: {
      jumpcloud: {
        outcomes: {
          activate: { result: 'failure', text: 'There was a problem activating identity management', at: 1 },
        },
      },
    },
    state: 'warning',
    canTick: false,
    note: /failed\. JumpCloud said: “There was a problem activating identity management”\. Click "Find out why"/,
  },
  {
    name: 'JumpCloud failed, the rehearsal says why',
    step: 'activate',
    facts: {
      ...CAPTURED,
      testEmail: 'scim-test@example.com',
      lastRehearsal: rehearsal('user-exists'),
      jumpcloud: { outcomes: { activate: { result: 'failure', text: 'Activation failed', at: 1 } } },
    },
    state: 'warning',
    diagnosis: 'user-exists',
    note: /The extension found: The test email already belongs/,
  },
  {
    name: 'JumpCloud showed nothing clear',
    step: 'activate',
    facts: { jumpcloud: { outcomes: { activate: { result: 'unknown', text: '', at: 1 } } } },
    state: 'todo',
    canTick: true,
    note: /no clear result/,
  },

  { name: 'not ticked', step: 'save', facts: {}, state: 'todo', canTick: true },
  { name: 'ticked', step: 'save', facts: { ticked: ['save'] }, state: 'done', canTick: true },

  { name: 'not seen', step: 'bind-groups', facts: {}, state: 'todo', canTick: true, note: /User Groups tab/ },
  {
    name: 'none bound',
    step: 'bind-groups',
    facts: { jumpcloud: { boundGroups: 0 } },
    state: 'warning',
    note: /provision nobody/,
  },
  {
    name: 'two bound',
    step: 'bind-groups',
    facts: { jumpcloud: { boundGroups: 2 } },
    state: 'done',
    note: /2 user groups are bound/,
  },
  {
    name: 'one bound',
    step: 'bind-groups',
    facts: { jumpcloud: { boundGroups: 1 } },
    state: 'done',
    note: /1 user group is bound/,
  },
  { name: 'not seen, ticked', step: 'bind-groups', facts: { ticked: ['bind-groups'] }, state: 'done', canTick: true },

  {
    name: 'role seen',
    step: 'default-role',
    facts: { trelica: { defaultRole: 'Employee' } },
    state: 'done',
    note: /default role, currently "Employee".*Settings > Users \(or Accounts\), "Default role"/,
  },
  {
    name: 'role unknown',
    step: 'default-role',
    facts: {},
    state: 'todo',
    canTick: true,
    note: /not seen yet.*Settings > Users \(or Accounts\), "Default role"/,
  },
  {
    name: 'role unknown, ticked',
    step: 'default-role',
    facts: { ticked: ['default-role'] },
    state: 'done',
    canTick: true,
  },
];

/** JumpCloud's checklist, as the admin has always met it (Okta's: idp/okta-checklist.test.ts). */
const JUMPCLOUD_CHECKLIST: readonly StepId[] = [
  'grant-access',
  'trelica-enable-scim',
  'copy-credentials',
  'jumpcloud-app',
  'scim-api',
  'base-url',
  'token',
  'test-email',
  'test-connection',
  'group-management-off',
  'activate',
  'save',
  'bind-groups',
  'default-role',
];

describe('buildChecklist: each state of each step', () => {
  it.each(CASES.map((c) => [`${c.step}: ${c.name} -> ${c.state}`, c] as const))('%s', (_, c) => {
    const got = item(c.facts, c.step, c.hostAccess ?? true);
    expect(got.state).toBe(c.state);
    if (c.canTick !== undefined) expect(got.canTick).toBe(c.canTick);
    expect(got.diagnosis).toBe(c.diagnosis);
    if (c.note) expect(got.note).toMatch(c.note);
  });

  it('covers every step in at least two states (grant-access: one)', () => {
    for (const id of JUMPCLOUD_CHECKLIST) {
      const states = new Set(CASES.filter((c) => c.step === id).map((c) => c.state));
      expect(states.size, id).toBeGreaterThanOrEqual(id === 'grant-access' ? 1 : 2);
    }
  });
});

describe('buildChecklist: order and shape', () => {
  it('lists the setup-flow steps in order, grant-access first only when access is withheld', () => {
    const withAccess = buildChecklist({ ...makeState(), hostAccess: true }).map((i) => i.id);
    expect(withAccess).toEqual(JUMPCLOUD_CHECKLIST.filter((id) => id !== 'grant-access'));
    const without = buildChecklist({ ...makeState(), hostAccess: false }).map((i) => i.id);
    expect(without).toEqual([...JUMPCLOUD_CHECKLIST]);
  });

  it('gives every step a title, an instruction and a reason', () => {
    for (const i of buildChecklist({ ...makeState(), hostAccess: false })) {
      expect(i.title, i.id).toBe(STEP_TITLES[i.id]);
      expect(i.instruction.length, i.id).toBeGreaterThan(10);
      expect(i.why.length, i.id).toBeGreaterThan(10);
    }
  });

  it('points the step a failing connection test names back to it', () => {
    const facts = { ...CAPTURED, lastConnectionTest: connectionTest('not-found') };
    expect(item(facts, 'base-url').note).toMatch(/last connection test points here/);
    expect(item(facts, 'token').note ?? '').not.toMatch(/points here/);
  });

  it('adds no such note to the test itself, nor to a step that is not listed', () => {
    const retry = { ...CAPTURED, lastConnectionTest: connectionTest('timeout') };
    expect(item(retry, 'test-connection').note ?? '').not.toMatch(/points here/);
    const access = { ...CAPTURED, lastConnectionTest: connectionTest('host-permission-missing') };
    const items = buildChecklist({ ...makeState(access), hostAccess: true });
    expect(items.map((i) => i.id)).not.toContain('grant-access');
    expect(items.filter((i) => /points here/.test(i.note ?? ''))).toEqual([]);
  });
});

describe('buildChecklist: links per region', () => {
  it.each([
    [null, null, 'https://app.trelica.com/', 'https://console.jumpcloud.com/'],
    ['eu', 'eu', 'https://eu.trelica.com/', 'https://console.eu.jumpcloud.com/'],
    ['us', 'in', 'https://app.trelica.com/', 'https://console.in.jumpcloud.com/'],
  ] as const)('trelica %s, jumpcloud %s', (trelica, jumpcloud, trelicaPrefix, jumpcloudPrefix) => {
    const items = buildChecklist({
      ...makeState({ trelica: { region: trelica }, jumpcloud: { region: jumpcloud } }),
      hostAccess: false,
    });
    const link = (id: StepId) => items.find((i) => i.id === id)?.link ?? '';
    expect(link('grant-access')).toBe('');
    expect(link('copy-credentials').startsWith(trelicaPrefix)).toBe(true);
    expect(link('default-role').startsWith(trelicaPrefix)).toBe(true);
    expect(link('save').startsWith(jumpcloudPrefix)).toBe(true);
    expect(link('save')).toContain('#/sso');
  });

  it('sends an unregistered test email to the Domains page', () => {
    const warning = item({ testEmail: 'a@other.org', ...REGISTERED, trelica: { region: 'eu' } }, 'test-email');
    expect(warning.link).toMatch(/^https:\/\/eu\.trelica\.com\/.*Domains/);
    expect(warning.linkLabel).toMatch(/Domains/);
    const fine = item({ testEmail: 'a@example.com', ...REGISTERED }, 'test-email');
    expect(fine.link).toMatch(/^https:\/\/console\.jumpcloud\.com\//);
  });
});
