// Okta's checklist: its steps in the order Trelica's article walks them, each derived from what
// the Okta script reported (State.okta), Okta's own connector test, and the rehearsal.
import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../../../src/core/checklist';
import { EMPTY_OKTA_FACTS, type OktaFacts } from '../../../../src/core/idp/okta/facts';
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

const ORIGIN = 'https://acme-admin.okta.com';
/** What a run replaying Okta's calls on the captured values tested. */
const ON_OKTA = testedOn('okta');
const REHEARSED_ON_OKTA = testedOn('okta', true);

const okta = (o: StateOverrides = {}, seen: Partial<OktaFacts> = {}, idpAccess = true): ChecklistItem[] =>
  idpChecklist('okta', { ...EMPTY_OKTA_FACTS, ...seen }, o, idpAccess);
const step = stepOf;

describe("Okta's checklist", () => {
  it("walks Trelica's steps, then Okta's in the article's order, then the default role", () => {
    expect(okta().map((i) => i.id)).toEqual([
      'trelica-enable-scim',
      'copy-credentials',
      'okta-app',
      'base-url',
      'okta-settings',
      'token',
      'test-connection',
      'group-management-off',
      'save',
      'okta-to-app',
      'okta-assign',
      'default-role',
    ]);
  });

  it('asks for access to Okta first while its hosts are not granted', () => {
    const items = okta({}, {}, false);
    expect(items[0]).toMatchObject({ id: 'grant-idp-access', state: 'todo', title: 'Allow access to Okta' });
  });

  it("speaks Okta's words, never JumpCloud's", () => {
    for (const i of okta()) expect(`${i.title} ${i.instruction} ${i.why}`, i.id).not.toMatch(/JumpCloud/);
    expect(step(okta(), 'token').instruction).toMatch(/"Authorization", without the word "Bearer"/);
    expect(step(okta(), 'test-connection').instruction).toMatch(/Test Connector Configuration/);
  });

  it('links its steps to the Okta org last seen, and none before one was', () => {
    expect(step(okta(), 'base-url').link).toBeUndefined();
    const seen = step(okta({}, { origin: ORIGIN }), 'base-url');
    expect(seen).toMatchObject({ link: `${ORIGIN}/admin/apps/active`, linkLabel: 'Okta: Applications' });
    expect(step(okta({}, { origin: ORIGIN }), 'trelica-enable-scim').link).toMatch(/^https:\/\/app\.trelica\.com\//);
  });

  it('ticks the app and the fields from what the Okta script filled', () => {
    const fields = {
      'base-url': 'filled',
      'unique-id': 'already-set',
      actions: 'filled',
      'auth-mode': 'filled',
      token: 'filled',
    } as const;
    const items = okta(CAPTURED, { fields, origin: ORIGIN });
    for (const id of ['okta-app', 'base-url', 'okta-settings', 'token'] as const)
      expect(step(items, id).state, id).toBe('done');
  });

  it('warns on a value Okta already held and the script left alone, and lets a field it could not find be ticked', () => {
    const kept = okta(CAPTURED, { fields: { 'auth-mode': 'kept' } });
    expect(step(kept, 'okta-settings').state).toBe('warning');
    const unseen = okta(CAPTURED, { fields: { token: 'not-found' } });
    expect(step(unseen, 'token')).toMatchObject({ state: 'todo', canTick: true });
  });

  it("takes Okta's own connector test over ours, and quotes Okta when it failed", () => {
    const at = Date.UTC(2030, 0, 1);
    const passed = okta(CAPTURED, {
      outcomes: { 'test-connection': { result: 'success', text: 'Connector configured successfully', at } },
    });
    expect(step(passed, 'test-connection')).toMatchObject({ state: 'done' });
    expect(step(passed, 'test-connection').note).toMatch(/Okta said: “Connector configured successfully”/);
    const text = 'Error authenticating: null.';
    const failed = okta(
      { ...CAPTURED, lastConnectionTest: connectionTest('unauthorized', ON_OKTA) },
      { outcomes: { 'test-connection': { result: 'failure', text, at } } },
    );
    expect(step(failed, 'test-connection')).toMatchObject({ state: 'warning', diagnosis: 'unauthorized' });
    expect(step(failed, 'test-connection').note).toMatch(/Okta said: “Error authenticating: null\.”/);
  });

  it("does not count a test of JumpCloud's calls: it says to run it again", () => {
    const item = step(okta({ ...CAPTURED, lastConnectionTest: connectionTest('ok') }), 'test-connection');
    expect(item.state).toBe('todo');
    expect(item.note).toMatch(/another value of the identity provider: run it again/);
  });

  it('without an Okta outcome, follows our own test, and waits for the credentials', () => {
    expect(step(okta(), 'test-connection').state).toBe('blocked');
    const ok = okta({ ...CAPTURED, lastConnectionTest: connectionTest('ok', ON_OKTA) });
    expect(step(ok, 'test-connection')).toMatchObject({ state: 'done', diagnosis: 'ok' });
  });

  it('warns while Push Groups is ticked, and is done once it is off', () => {
    expect(step(okta({}, { pushGroups: 'on' }), 'group-management-off').state).toBe('warning');
    expect(step(okta({}, { pushGroups: 'off' }), 'group-management-off').state).toBe('done');
    expect(step(okta(), 'group-management-off')).toMatchObject({ state: 'todo', canTick: true });
    expect(step(okta({}, { pushGroups: 'absent' }), 'group-management-off')).toMatchObject({ state: 'todo' });
  });

  it('counts the provisioning actions as set once Push Groups, the box the fill left on, is off', () => {
    const fields = { 'unique-id': 'filled', actions: 'kept', 'auth-mode': 'filled' } as const;
    expect(step(okta(CAPTURED, { fields, pushGroups: 'on' }), 'okta-settings').state).toBe('warning');
    expect(step(okta(CAPTURED, { fields, pushGroups: 'off' }), 'okta-settings').state).toBe('done');
  });

  it('names the To App actions still off', () => {
    const some = step(okta({}, { toApp: { create: true, update: false, deactivate: false } }), 'okta-to-app');
    expect(some.state).toBe('todo');
    expect(some.note).toMatch(/"Update User Attributes" and "Deactivate Users"/);
    expect(step(okta({}, { toApp: { create: true, update: true, deactivate: true } }), 'okta-to-app').state).toBe(
      'done',
    );
  });

  it('says what the rehearsal of assignment found before users are assigned', () => {
    const tested = {
      ...CAPTURED,
      testEmail: TEST_EMAIL,
      lastConnectionTest: connectionTest('ok', ON_OKTA),
    };
    expect(step(okta(tested), 'okta-assign').note).toMatch(/Rehearse assignment/);
    const passed = okta({ ...tested, lastRehearsal: rehearsal('ok', REHEARSED_ON_OKTA) });
    expect(step(passed, 'okta-assign')).toMatchObject({ state: 'todo', diagnosis: 'ok' });
    const failed = okta({ ...tested, lastRehearsal: rehearsal('user-exists', REHEARSED_ON_OKTA) });
    expect(step(failed, 'okta-assign')).toMatchObject({ state: 'warning', diagnosis: 'user-exists' });
    expect(step(okta(), 'okta-assign').state).toBe('blocked');
  });
});

describe("Okta's facts as reports change them", () => {
  it('keeps what Push Groups showed last while the box is off screen', async () => {
    const { onOktaObservation } = await import('../../../../src/core/idp/okta/progress');
    const { EMPTY_PROGRESS } = await import('../../../../src/core/progress');
    const at = { origin: ORIGIN, at: 1 };
    const off = onOktaObservation(EMPTY_PROGRESS, { ...at, pushGroups: 'off' });
    expect(onOktaObservation(off, { ...at, pushGroups: 'absent' }).okta.pushGroups).toBe('off');
    expect(onOktaObservation(EMPTY_PROGRESS, { ...at, pushGroups: 'absent' }).okta.pushGroups).toBe('absent');
    expect(onOktaObservation(off, { ...at, pushGroups: 'on' }).okta.pushGroups).toBe('on');
  });
});
