import { describe, expect, it } from 'vitest';
import * as P from '../../../src/core/progress';
import { readProgress } from '../../../src/core/stored/progress-key';
import type { ConnectionTestResult, RehearsalResult } from '../../../src/core/scim/results';

const connectionOk: ConnectionTestResult = {
  kind: 'connection-test',
  verdict: 'ok',
  detail: 'fine',
  evidence: [],
  at: 1,
};
const rehearsalOk: RehearsalResult = {
  kind: 'rehearsal',
  verdict: 'ok',
  detail: 'fine',
  testEmail: 'a@example.com',
  steps: [],
  at: 2,
};
const tested = P.onRehearsal(P.onConnectionTest(P.EMPTY_PROGRESS, connectionOk), rehearsalOk);

describe('readProgress', () => {
  it.each([undefined, null, 42, 'x', {}, { baseUrl: 3 }, { ...P.EMPTY_PROGRESS, ticked: ['nope'] }])(
    'falls back to empty progress for %j',
    (raw) => expect(readProgress(raw)).toEqual(P.EMPTY_PROGRESS),
  );

  it('reads progress stored before drafts existed, with no drafts', () => {
    const { drafts: _drafts, ...older } = tested;
    expect(readProgress(older)).toEqual(tested);
  });

  it('keeps valid progress, and drops a token smuggled into it', () => {
    const stored = { ...tested, token: 'secret-token-value' };
    const read = readProgress(stored);
    expect(read).toEqual(tested);
    expect(JSON.stringify(read)).not.toContain('secret-token-value');
  });
});

describe('events', () => {
  it('a capture records the Base URL and region, replaces a draft, and keeps verdicts (they say what they tested)', () => {
    const drafted = P.onFields(tested, { baseUrl: { value: null, draft: 'http://x' } });
    const p = P.onCapture(drafted, {
      baseUrl: 'https://eu.trelica.com/api/scim/v2',
      scimState: 'not-enabled',
      region: 'eu',
      at: 5,
    });
    expect(p.baseUrl).toBe('https://eu.trelica.com/api/scim/v2');
    expect(p.drafts.baseUrl).toBeNull();
    expect(p.trelica).toEqual({ region: 'eu', scimState: 'not-enabled', defaultRole: null, capturedAt: 5 });
    expect(p.lastConnectionTest).toEqual(connectionOk);
    expect(p.lastRehearsal).toEqual(rehearsalOk);
  });

  it('a Trelica page keeps a default role seen before when it shows none', () => {
    const seen = P.onTrelicaPage(P.EMPTY_PROGRESS, { scimState: 'enabled', defaultRole: 'Employee', region: 'us' });
    const later = P.onTrelicaPage(seen, { scimState: 'enabled', defaultRole: null, region: 'us' });
    expect(later.trelica.defaultRole).toBe('Employee');
  });

  it('observations merge field reports and keep the last Group Management state', () => {
    const a = P.onObservation(P.EMPTY_PROGRESS, {
      fields: { 'base-url': 'filled', token: 'not-found' },
      region: 'in',
      at: 1,
    });
    const b = P.onObservation(a, { fields: { token: 'filled' }, groupManagement: 'on', region: 'in', at: 2 });
    const c = P.onObservation(b, { region: 'in', at: 3 });
    expect(c.jumpcloud).toEqual({
      region: 'in',
      fields: { 'base-url': 'filled', token: 'filled' },
      groupManagement: 'on',
      observedAt: 3,
      outcomes: {},
      boundGroups: null,
    });
  });

  it('outcomes: the latest per JumpCloud button counts; bound groups are kept until seen again', () => {
    const at = (n: number) => ({ result: 'failure' as const, text: `said ${n}`, at: n });
    let p = P.onOutcome(P.EMPTY_PROGRESS, { action: 'test-connection', outcome: at(1), region: 'us' });
    p = P.onOutcome(p, { action: 'activate', outcome: at(2), region: 'us' });
    p = P.onOutcome(p, { action: 'test-connection', outcome: { result: 'success', text: 'ok', at: 3 }, region: 'us' });
    expect(p.jumpcloud.outcomes).toEqual({
      'test-connection': { result: 'success', text: 'ok', at: 3 },
      activate: at(2),
    });
    p = P.onObservation(p, { boundGroups: 2, region: 'us', at: 4 });
    expect(P.onObservation(p, { groupManagement: 'off', region: 'us', at: 5 }).jumpcloud.boundGroups).toBe(2);
  });

  it('fields: a usable value replaces the stored one and its draft; an unusable one empties it and is kept as a draft', () => {
    const good = P.onFields(tested, { baseUrl: { value: 'https://app.trelica.com/api/scim/v2', draft: null } });
    expect(good.baseUrl).toBe('https://app.trelica.com/api/scim/v2');
    const bad = P.onFields(good, { baseUrl: { value: null, draft: 'http://app.trelica.com/api/scim/v2' } });
    expect(bad.baseUrl).toBeNull();
    expect(bad.drafts).toEqual({ baseUrl: 'http://app.trelica.com/api/scim/v2', testEmail: null });
    const email = P.onFields(bad, { testEmail: { value: null, draft: 'not an email' } });
    expect(email.drafts).toEqual({ baseUrl: 'http://app.trelica.com/api/scim/v2', testEmail: 'not an email' });
    expect(email.lastConnectionTest).toEqual(connectionOk);
    expect(email.lastRehearsal).toEqual(rehearsalOk);
  });

  it('ticks are a set', () => {
    const a = P.onTick(P.onTick(P.EMPTY_PROGRESS, 'save', true), 'save', true);
    expect(a.ticked).toEqual(['save']);
    expect(P.onTick(a, 'save', false).ticked).toEqual([]);
  });
});

describe('toState', () => {
  it('shows the token only masked', () => {
    const token = '0123456789abcdef0123456789abcdef01234567';
    const s = P.toState(P.EMPTY_PROGRESS, { token, fingerprint: 'f00d', expiresAt: 99 });
    expect(s.token.present).toBe(true);
    expect(s.token.expiresAt).toBe(99);
    expect(s.token.fingerprint).toBe('f00d');
    expect(s.token.masked).not.toBe(token);
    expect(JSON.stringify(s)).not.toContain(token);
    expect(JSON.stringify(s)).not.toContain(token.slice(6, -6));
  });

  it('says when there is no token', () => {
    expect(P.toState(P.EMPTY_PROGRESS, null).token).toEqual({
      present: false,
      masked: null,
      fingerprint: null,
      expiresAt: null,
    });
  });
});
