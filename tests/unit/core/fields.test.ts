import { describe, expect, it } from 'vitest';
import { currentInputs, fieldsOf, staleSince, withFields } from '../../../src/core/fields';
import { tokenFingerprint } from '../../../src/core/tested';
import {
  CAPTURED,
  CAPTURED_URL,
  connectionTest,
  makeState,
  SECRET_TOKEN,
  STORED_FINGERPRINT,
} from '../../helpers/states';

const EMPTY = { baseUrl: '', token: '', testEmail: '' };

describe('fieldsOf', () => {
  it('starts from the stored values, a draft winning over nothing; never a token', () => {
    expect(fieldsOf(makeState({ ...CAPTURED, testEmail: 'a@example.com' }))).toEqual({
      baseUrl: CAPTURED_URL,
      token: '',
      testEmail: 'a@example.com',
    });
    expect(fieldsOf(makeState({ drafts: { baseUrl: 'http://x', testEmail: 'nope' } }))).toEqual({
      baseUrl: 'http://x',
      token: '',
      testEmail: 'nope',
    });
  });
});

describe('withFields: the fields are the truth', () => {
  const stored = makeState({ ...CAPTURED, testEmail: 'a@example.com' });

  it('an empty token field keeps the stored token', () => {
    const facts = withFields(stored, { ...fieldsOf(stored) }, null);
    expect(facts.token).toEqual(stored.token);
    expect(facts.typedTokenInvalid).toBe(false);
  });

  it('a typed token replaces it, masked, with the fingerprint given', async () => {
    const fp = await tokenFingerprint(`Bearer ${SECRET_TOKEN}x`);
    const facts = withFields(stored, { ...fieldsOf(stored), token: `Bearer ${SECRET_TOKEN}x` }, fp);
    expect(facts.token).toMatchObject({ present: true, fingerprint: fp, expiresAt: null });
    expect(JSON.stringify(facts)).not.toContain(SECRET_TOKEN);
  });

  it('an unusable typed token is no token, and says so', () => {
    const facts = withFields(stored, { ...fieldsOf(stored), token: 'abc def' }, 'ffff');
    expect(facts.token.present).toBe(false);
    expect(facts.typedTokenInvalid).toBe(true);
  });

  it('an unusable Base URL or email is never replaced by the stored one: it is a draft', () => {
    const facts = withFields(
      stored,
      { baseUrl: 'http://app.trelica.com/api/scim/v2', token: '', testEmail: 'no' },
      null,
    );
    expect(facts.baseUrl).toBeNull();
    expect(facts.testEmail).toBeNull();
    expect(facts.drafts).toEqual({ baseUrl: 'http://app.trelica.com/api/scim/v2', testEmail: 'no' });
  });

  it('empty fields are empty, not drafts', () => {
    const facts = withFields(stored, EMPTY, null);
    expect(facts).toMatchObject({ baseUrl: null, testEmail: null, drafts: { baseUrl: null, testEmail: null } });
  });
});

describe('currentInputs and staleSince', () => {
  it('a verdict on the captured values is current; another Base URL typed makes it stale', () => {
    const state = makeState({ ...CAPTURED, lastConnectionTest: connectionTest('ok') });
    expect(currentInputs(state, false)).toEqual({
      baseUrl: CAPTURED_URL,
      tokenFingerprint: STORED_FINGERPRINT,
      dialect: 'jumpcloud',
    });
    expect(staleSince(state.lastConnectionTest!, state)).toEqual([]);
    const typed = withFields(state, { ...fieldsOf(state), baseUrl: 'https://eu.trelica.com/api/scim/v2' }, null);
    expect(staleSince(state.lastConnectionTest!, typed)).toEqual(['base-url']);
  });

  it("a verdict on JumpCloud's calls (or from before Okta, with none named) is stale once Okta is chosen", () => {
    const state = makeState({ ...CAPTURED, lastConnectionTest: connectionTest('ok') });
    const okta = { ...state, idp: { chosen: 'okta', by: 'admin' } } as const;
    expect(staleSince(state.lastConnectionTest!, okta)).toEqual(['idp']);
    const onOkta = connectionTest('ok', { tested: { ...state.lastConnectionTest!.tested!, dialect: 'okta' } });
    expect(staleSince(onOkta, okta)).toEqual([]);
    expect(staleSince(onOkta, state)).toEqual(['idp']);
  });

  it('the same URL spelled with a trailing slash is the same URL', () => {
    const state = makeState({ ...CAPTURED, lastConnectionTest: connectionTest('ok') });
    const typed = withFields(state, { ...fieldsOf(state), baseUrl: `${CAPTURED_URL}/` }, null);
    expect(staleSince(state.lastConnectionTest!, typed)).toEqual([]);
  });
});
