// Entra ID's checklist: its steps in the order Trelica's article walks them, each derived from
// what the Entra script reported (State.entra), Entra's own notification, and the rehearsal.
import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../../../src/core/checklist';
import { EMPTY_ENTRA_FACTS, type EntraFacts } from '../../../../src/core/idp/entra/facts';
import { onEntraObservation, onEntraOutcome } from '../../../../src/core/idp/entra/progress';
import { ENTRA_PROFILE } from '../../../../src/core/idp/entra/profile';
import { EMPTY_PROGRESS } from '../../../../src/core/progress';
import {
  CAPTURED,
  connectionTest,
  idpChecklist,
  rehearsal,
  type StateOverrides,
  stepOf,
  TEST_EMAIL,
  testedOn,
} from '../../../helpers/states';

const PORTAL = 'https://portal.azure.com';
const ON_ENTRA = testedOn('entra');
const REHEARSED_ON_ENTRA = testedOn('entra', true);
const AT = Date.UTC(2030, 0, 1);
const PASSED_TEXT = 'Testing connection to Trelica The supplied credentials are authorized to enable provisioning';
const FAILED_TEXT =
  'You appear to have entered invalid credentials. Please confirm you are using the correct information for an administrative account. Error code: SystemForCrossDomainIdentityManagementCredentialValidationUnavailable';

const entra = (o: StateOverrides = {}, seen: Partial<EntraFacts> = {}, idpAccess = true): ChecklistItem[] =>
  idpChecklist('entra', { ...EMPTY_ENTRA_FACTS, ...seen }, o, idpAccess);
const step = stepOf;

describe("Entra ID's checklist", () => {
  it("walks Trelica's steps, then Entra's in the article's order, then the default role", () => {
    expect(entra().map((i) => i.id)).toEqual([
      'trelica-enable-scim',
      'copy-credentials',
      'entra-app',
      'base-url',
      'token',
      'test-connection',
      'group-management-off',
      'entra-provisioning-on',
      'entra-on-demand',
      'default-role',
    ]);
  });

  it('asks for access to Entra ID first while its hosts are not granted', () => {
    expect(entra({}, {}, false)[0]).toMatchObject({
      id: 'grant-idp-access',
      state: 'todo',
      title: 'Allow access to Microsoft Entra ID',
    });
  });

  it("speaks Entra's words, never JumpCloud's or Okta's", () => {
    for (const i of entra()) expect(`${i.title} ${i.instruction} ${i.why}`, i.id).not.toMatch(/JumpCloud|Okta/);
    expect(step(entra(), 'entra-app').instruction).toMatch(/Integrate any other application .*\(Non-gallery\)/);
    expect(step(entra(), 'base-url').instruction).toMatch(/"Tenant URL"/);
    expect(step(entra(), 'token').instruction).toMatch(/"Secret Token", without the word "Bearer"/);
    expect(step(entra(), 'test-connection').instruction).toMatch(/"Test Connection"/);
    expect(step(entra(), 'group-management-off').instruction).toMatch(/"Provision Microsoft Entra ID Groups".*"No"/);
    expect(step(entra(), 'entra-on-demand').instruction).toMatch(/"Rehearse provisioning".*"Provision on demand"/);
  });

  it("has Entra's words for the popup: Test Connection, Rehearse provisioning, its dialect", () => {
    expect(ENTRA_PROFILE).toMatchObject({
      name: 'Microsoft Entra ID',
      access: 'runtime',
      dialect: 'entra',
      testButton: 'Test Connection',
      words: { rehearse: 'Rehearse provisioning' },
    });
  });

  it("links its steps to Enterprise applications on the shell last seen, else on Entra's admin center", () => {
    const route = '/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview';
    expect(step(entra(), 'entra-app')).toMatchObject({
      link: `https://entra.microsoft.com${route}`,
      linkLabel: 'Entra ID: Enterprise applications',
    });
    expect(step(entra({}, { origin: PORTAL }), 'token').link).toBe(`${PORTAL}${route}`);
    expect(step(entra({}, { origin: PORTAL }), 'trelica-enable-scim').link).toMatch(/^https:\/\/app\.trelica\.com\//);
  });

  it('warns on the gallery app, even ticked, and is done once the provisioning form was seen', () => {
    const gallery = step(entra({ ticked: ['entra-app'] }, { app: 'gallery' }), 'entra-app');
    expect(gallery).toMatchObject({ state: 'warning', canTick: true });
    expect(gallery.note).toMatch(/gallery "Trelica" app.*Create your own application/);
    expect(step(entra(), 'entra-app')).toMatchObject({ state: 'todo', canTick: true });
    expect(step(entra({}, { app: 'non-gallery' }), 'entra-app').state).toBe('done');
    expect(step(entra({}, { fields: { 'base-url': 'filled' } }), 'entra-app').state).toBe('done');
  });

  it('ticks the Tenant URL and Secret token from a fill in either UI', () => {
    const classic = entra(CAPTURED, {
      ui: 'classic',
      fields: { mode: 'filled', 'base-url': 'filled', token: 'filled' },
    });
    const newer = entra(CAPTURED, {
      ui: 'new',
      fields: { 'auth-method': 'already-set', 'base-url': 'filled', token: 'filled' },
    });
    for (const items of [classic, newer])
      for (const id of ['base-url', 'token'] as const) expect(step(items, id).state, id).toBe('done');
  });

  it('warns when Provisioning Mode held another value, and lets a field it could not find be ticked', () => {
    const kept = entra(CAPTURED, { fields: { mode: 'kept', 'base-url': 'filled' } });
    expect(step(kept, 'base-url').state).toBe('warning');
    expect(step(kept, 'base-url').note).toMatch(/Entra ID already showed a different value/);
    const unseen = entra(CAPTURED, { fields: { token: 'not-found' } });
    expect(step(unseen, 'token')).toMatchObject({ state: 'todo', canTick: true });
    expect(step(entra(), 'base-url').state).toBe('blocked');
    expect(step(entra(CAPTURED), 'token').state).toBe('todo');
  });

  it("takes Entra's notification over our test, and quotes Entra when it failed", () => {
    const passed = entra(CAPTURED, {
      outcomes: { 'test-connection': { result: 'success', text: PASSED_TEXT, at: AT } },
    });
    expect(step(passed, 'test-connection').state).toBe('done');
    expect(step(passed, 'test-connection').note).toMatch(/Entra ID said: “Testing connection to Trelica The supplied/);
    const failed = entra(
      { ...CAPTURED, lastConnectionTest: connectionTest('unauthorized', ON_ENTRA) },
      { outcomes: { 'test-connection': { result: 'failure', text: FAILED_TEXT.slice(0, 200), at: AT } } },
    );
    expect(step(failed, 'test-connection')).toMatchObject({ state: 'warning', diagnosis: 'unauthorized' });
    expect(step(failed, 'test-connection').note).toMatch(
      /^Entra's Test Connection failed\. Entra ID said: “You appear/,
    );
    const asked = entra(CAPTURED, { outcomes: { 'test-connection': { result: 'failure', text: 'x', at: AT } } });
    expect(step(asked, 'test-connection').note).toMatch(/Click "Find out why" in Entra ID/);
    const unclear = entra(CAPTURED, { outcomes: { 'test-connection': { result: 'unknown', text: '', at: AT } } });
    expect(step(unclear, 'test-connection')).toMatchObject({ state: 'todo', canTick: true });
  });

  it("without Entra's notification, follows our test of Entra's calls, never JumpCloud's", () => {
    expect(step(entra(), 'test-connection').state).toBe('blocked');
    const ours = step(entra({ ...CAPTURED, lastConnectionTest: connectionTest('ok', ON_ENTRA) }), 'test-connection');
    expect(ours).toMatchObject({ state: 'done', diagnosis: 'ok' });
    expect(ours.note).toMatch(/Entra's Test Connection will pass too/);
    const jumpcloud = step(entra({ ...CAPTURED, lastConnectionTest: connectionTest('ok') }), 'test-connection');
    expect(jumpcloud.state).toBe('todo');
    expect(jumpcloud.note).toMatch(/run it again/);
  });

  it('warns while group provisioning is enabled, and is done once it is off', () => {
    expect(step(entra({}, { groups: 'on' }), 'group-management-off').state).toBe('warning');
    expect(step(entra({}, { groups: 'on' }), 'group-management-off').note).toMatch(/Enabled to "No" and Save/);
    expect(step(entra({}, { groups: 'off' }), 'group-management-off').state).toBe('done');
    expect(step(entra({}, { groups: 'absent' }), 'group-management-off')).toMatchObject({
      state: 'todo',
      canTick: true,
    });
    expect(step(entra({ ticked: ['group-management-off'] }), 'group-management-off').state).toBe('done');
  });

  it('is done once provisioning is on, says so while it is off, and can be ticked unseen', () => {
    expect(step(entra({}, { status: 'on' }), 'entra-provisioning-on').state).toBe('done');
    const off = step(entra({}, { status: 'off' }), 'entra-provisioning-on');
    expect(off).toMatchObject({ state: 'todo', canTick: true });
    expect(off.note).toMatch(/Provisioning Status is Off/);
    expect(step(entra(), 'entra-provisioning-on')).toMatchObject({ state: 'todo', canTick: true });
    expect(step(entra({ ticked: ['entra-provisioning-on'] }), 'entra-provisioning-on').state).toBe('done');
  });

  it("is done on Entra's own on-demand success, warns on its failure, and offers the rehearsal first", () => {
    const text = 'Perform action Success';
    const ok = entra({}, { outcomes: { 'provision-on-demand': { result: 'success', text, at: AT } } });
    expect(step(ok, 'entra-on-demand')).toMatchObject({ state: 'done' });
    expect(step(ok, 'entra-on-demand').note).toMatch(/Provision on demand succeeded/);
    const bad = entra({}, { outcomes: { 'provision-on-demand': { result: 'failure', text: 'Failed', at: AT } } });
    expect(step(bad, 'entra-on-demand')).toMatchObject({ state: 'warning', canTick: true });
    expect(step(bad, 'entra-on-demand').note).toMatch(/View details/);

    const tested = { ...CAPTURED, testEmail: TEST_EMAIL, lastConnectionTest: connectionTest('ok', ON_ENTRA) };
    expect(step(entra(tested), 'entra-on-demand').note).toMatch(/Rehearse provisioning/);
    const passed = entra({ ...tested, lastRehearsal: rehearsal('ok', REHEARSED_ON_ENTRA) });
    expect(step(passed, 'entra-on-demand')).toMatchObject({ state: 'todo', diagnosis: 'ok' });
    const failed = entra({ ...tested, lastRehearsal: rehearsal('user-exists', REHEARSED_ON_ENTRA) });
    expect(step(failed, 'entra-on-demand')).toMatchObject({ state: 'warning', diagnosis: 'user-exists' });
    expect(step(entra(), 'entra-on-demand').state).toBe('blocked');
    expect(step(entra({ ticked: ['entra-on-demand'] }), 'entra-on-demand').state).toBe('done');
  });

  it('names Entra ID in the default role', () => {
    expect(step(entra(), 'default-role').note).toMatch(/^Microsoft Entra ID creates users with Trelica's default role/);
  });
});

describe("Entra's facts as reports change them", () => {
  const at = { origin: PORTAL, at: 1 };

  it('keeps what the group mapping showed last while it is off screen', () => {
    const off = onEntraObservation(EMPTY_PROGRESS, { ...at, groups: 'off' });
    expect(onEntraObservation(off, { ...at, groups: 'absent' }).entra.groups).toBe('off');
    expect(onEntraObservation(EMPTY_PROGRESS, { ...at, groups: 'absent' }).entra.groups).toBe('absent');
    expect(onEntraObservation(off, { ...at, groups: 'on' }).entra.groups).toBe('on');
  });

  it('merges the fields of either UI, and keeps what a report leaves out', () => {
    const classic = onEntraObservation(EMPTY_PROGRESS, {
      ...at,
      ui: 'classic',
      fields: { mode: 'filled' },
      app: 'non-gallery',
    });
    const both = onEntraObservation(classic, { ...at, at: 2, fields: { token: 'filled' }, status: 'on' });
    expect(both.entra).toEqual({
      ...EMPTY_ENTRA_FACTS,
      origin: PORTAL,
      ui: 'classic',
      app: 'non-gallery',
      fields: { mode: 'filled', token: 'filled' },
      status: 'on',
      observedAt: 2,
    });
  });

  it('keeps the latest outcome of each button, and nothing of Okta changes', () => {
    const outcome = { result: 'success' as const, text: PASSED_TEXT, at: 5 };
    const p = onEntraOutcome(EMPTY_PROGRESS, { action: 'test-connection', outcome, origin: PORTAL });
    const q = onEntraOutcome(p, {
      action: 'provision-on-demand',
      outcome: { result: 'failure', text: 'Failed', at: 6 },
      origin: PORTAL,
    });
    expect(q.entra.outcomes['test-connection']).toEqual(outcome);
    expect(q.entra.outcomes['provision-on-demand']?.result).toBe('failure');
    expect(q.entra).toMatchObject({ origin: PORTAL, observedAt: 6 });
    expect(q.okta).toEqual(EMPTY_PROGRESS.okta);
  });
});
