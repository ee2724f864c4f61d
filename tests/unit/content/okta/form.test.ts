// @vitest-environment happy-dom
// The Okta form's finders and fillers over every classic fixture: each field is found (or
// reported not found), and what goes in lands in the PAGE'S OWN model (oktaState), not just
// the DOM: Okta's forms register values on `change`, as a person's typing fires it.
import { describe, expect, it } from 'vitest';
import { bareToken } from '../../../../src/content/dom/fill';
import { fillForm, oktaBaseUrl } from '../../../../src/content/okta/form';
import type { OktaField } from '../../../../src/core/idp/okta/facts';
import { findIntegration } from '../../../../src/content/okta/page';
import type { FieldOutcome } from '../../../../src/core/messages';
import { loadFixture, oktaState } from '../../../helpers/content/load-console-page';

const TOKEN = 'tok_9f8e7d6c5b4a39281706f5e4';
const BASE_URL = 'https://app.trelica.com/api/scim/v2';
// As a person might paste them: a trailing slash, the "Bearer " Okta adds itself.
const PASTED = { baseUrl: `${BASE_URL}/`, token: `Bearer ${TOKEN}` };

async function fill(name: string, values = PASTED) {
  loadFixture('okta', name);
  if (name === 'general-tab')
    (document.querySelector('[role="tab"][aria-controls="tab-user-management"]') as HTMLElement).click();
  const section = findIntegration(document);
  expect(section, `${name}: SCIM Connection not recognised`).not.toBeNull();
  const results = await fillForm(section!, values, { signal: new AbortController().signal, stillHere: () => true });
  if (results === 'moved') throw new Error('unexpected move');
  return Object.fromEntries(results.map((r) => [r.field, r.outcome])) as Record<OktaField, FieldOutcome>;
}

const TRELICA_READY = {
  baseUrl: BASE_URL,
  uniqueId: 'userName',
  authMode: 'HTTP Header',
  token: TOKEN,
  importUsers: true,
  pushNewUsers: true,
  pushProfileUpdates: true,
  pushGroups: false,
  importGroups: false,
};

describe('the values as Okta takes them', () => {
  it.each([
    ['https://app.trelica.com/api/scim/v2/', BASE_URL],
    ['  https://app.trelica.com/api/scim/v2// ', BASE_URL],
    [BASE_URL, BASE_URL],
  ])('base URL %j → %j', (pasted, want) => expect(oktaBaseUrl(pasted)).toBe(want));
  it.each([
    [`Bearer ${TOKEN}`, TOKEN],
    [`bearer   ${TOKEN}`, TOKEN],
    [TOKEN, TOKEN],
    ['Bearerish', 'Bearerish'],
  ])('token %j → %j', (pasted, want) => expect(bareToken(pasted)).toBe(want));
});

describe('filling each classic Okta variant', () => {
  it.each(['integration', 'general-tab'])(
    '%s: every field filled, Bearer and the trailing slash dropped, and the page registered each',
    async (name) => {
      expect(await fill(name)).toEqual({
        'base-url': 'filled',
        'unique-id': 'filled',
        actions: 'filled',
        'auth-mode': 'filled',
        token: 'filled',
      });
      expect(oktaState()).toMatchObject(TRELICA_READY);
    },
  );

  it('view-mode: clicks "Edit" first, keeps what was saved right, and leaves Push Groups to the admin', async () => {
    const outcomes = await fill('view-mode');
    expect(oktaState()).toMatchObject({ editClicks: 1, modes: { integration: 'edit' } });
    expect(outcomes).toEqual({
      'base-url': 'filled',
      'unique-id': 'already-set',
      actions: 'kept',
      'auth-mode': 'already-set',
      token: 'filled',
    });
    // Ticked by a person's click on the label (the inputs are display:none); never unticked.
    expect(oktaState()).toMatchObject({ ...TRELICA_READY, pushGroups: true });
  });

  it('unknown-labels: says which fields it could not find, and fills the rest', async () => {
    expect(await fill('unknown-labels')).toEqual({
      'base-url': 'filled',
      'unique-id': 'not-found',
      actions: 'filled',
      'auth-mode': 'not-found',
      token: 'not-found',
    });
    expect(oktaState()).toMatchObject({ baseUrl: BASE_URL, token: '', importUsers: true, pushGroups: false });
  });

  it('does not overwrite a value already there', async () => {
    loadFixture('okta', 'integration');
    const url = document.querySelector<HTMLInputElement>('input[name="scim_base_url"]')!;
    url.value = 'https://other.example/scim';
    url.dispatchEvent(new Event('change', { bubbles: true }));
    const results = await fillForm(findIntegration(document)!, PASTED, {
      signal: new AbortController().signal,
      stillHere: () => true,
    });
    expect(results).toContainEqual({
      field: 'base-url',
      outcome: 'kept',
      reason: 'other-value',
      current: 'https://other.example/scim',
    });
    expect(oktaState().baseUrl).toBe('https://other.example/scim');
  });

  it('stops when the page moved on', async () => {
    loadFixture('okta', 'view-mode');
    const results = await fillForm(findIntegration(document)!, PASTED, {
      signal: new AbortController().signal,
      stillHere: () => false,
    });
    expect(results).toBe('moved');
    expect(oktaState().baseUrl).toBe('');
  });
});
