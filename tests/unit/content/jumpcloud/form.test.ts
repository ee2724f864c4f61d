// @vitest-environment happy-dom
// The finders and fillers over every JumpCloud fixture: each field is found (or reported not
// found), and what we put in lands in the PAGE'S OWN model (fixtureState), not just the DOM.
import { describe, expect, it } from 'vitest';
import type { FieldOutcome, JumpCloudField } from '../../../../src/core/messages';
import { fillForm } from '../../../../src/content/jumpcloud/form';
import { findIdentityManagement } from '../../../../src/content/jumpcloud/page';
import { DEFAULT_VARS } from '../../../fixtures/index';
import { fixtureState, loadFixture, setUrl } from '../../../helpers/content/load-console-page';

const VALUES = {
  baseUrl: 'https://app.trelica.com/api/scim/v2',
  token: 'tok_9f8e7d6c5b4a39281706f5e4',
  testEmail: 'scim-test-1a2b@example.com',
};
const ALL_FILLED = {
  'api-type': 'filled',
  'scim-version': 'filled',
  'base-url': 'filled',
  token: 'filled',
  'test-email': 'filled',
} as const;
const FULL_STATE = {
  apiType: 'SCIM API',
  scimVersion: 'SCIM 2.0',
  baseUrl: VALUES.baseUrl,
  token: VALUES.token,
  testEmail: VALUES.testEmail,
};

type Outcomes = Record<JumpCloudField, FieldOutcome>;

async function fill(name: string, values = VALUES) {
  loadFixture('jumpcloud', name);
  const page = findIdentityManagement(document);
  expect(page, `${name}: Identity Management tab not recognised`).not.toBeNull();
  const results = await fillForm(page!, values, { signal: new AbortController().signal, stillHere: () => true });
  if (results === 'moved') throw new Error('unexpected move');
  return { results, outcomes: Object.fromEntries(results.map((r) => [r.field, r.outcome])) as Outcomes };
}

describe('filling each JumpCloud variant', () => {
  it.each(['labelled', 'test-ids', 'custom-dropdowns', 'radios', 'collapsed', 'react-controlled', 'provisioning'])(
    '%s: every field filled, and the page registered every value',
    async (name) => {
      const { outcomes } = await fill(name);
      expect(outcomes).toEqual(ALL_FILLED);
      expect(fixtureState()).toMatchObject(FULL_STATE);
    },
  );

  it('collapsed: opens "Configuration Settings" first', async () => {
    await fill('collapsed');
    expect(document.querySelector('[data-collapsible]')!.getAttribute('aria-expanded')).toBe('true');
  });

  it('missing-token: reports Token Key not found and fills the rest', async () => {
    const { outcomes } = await fill('missing-token');
    expect(outcomes).toEqual({ ...ALL_FILLED, token: 'not-found' });
    expect(fixtureState()).toMatchObject({ ...FULL_STATE, token: '' });
  });

  it('locked: never touches readonly, disabled or hidden fields', async () => {
    const { results, outcomes } = await fill('locked');
    expect(outcomes).toEqual({
      ...ALL_FILLED,
      'base-url': 'unavailable',
      token: 'unavailable',
      'test-email': 'unavailable',
    });
    expect(results.find((r) => r.field === 'base-url')?.reason).toBe('readonly');
    expect(results.find((r) => r.field === 'token')?.reason).toBe('disabled');
    expect(results.find((r) => r.field === 'test-email')?.reason).toBe('disabled');
    expect(fixtureState()).toMatchObject({ baseUrl: '', token: '', testEmail: '' });
    // The hidden decoys (same labels, earlier in the DOM) stay empty too.
    expect((document.getElementById('decoy-url') as HTMLInputElement).value).toBe('');
    expect((document.getElementById('decoy-token') as HTMLInputElement).value).toBe('');
  });

  it('prefilled: keeps different values, recognises equal ones', async () => {
    const { results, outcomes } = await fill('prefilled', { ...VALUES, token: DEFAULT_VARS.SCIM_TOKEN });
    expect(outcomes).toEqual({
      'api-type': 'already-set',
      'scim-version': 'kept',
      'base-url': 'kept',
      token: 'already-set',
      'test-email': 'kept',
    });
    expect(results.find((r) => r.field === 'scim-version')?.current).toBe('SCIM 1.1');
    expect(fixtureState()).toMatchObject({
      scimVersion: 'SCIM 1.1',
      baseUrl: 'https://old.example.com/scim/v2',
      testEmail: 'admin-test@example.com',
    });
  });

  it('custom dropdown: keeps another version already chosen, and closes the list it opened', async () => {
    loadFixture('jumpcloud', 'custom-dropdowns');
    const version = document.querySelector('[data-dropdown="scimVersion"] button')!;
    version.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    [...document.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => o.textContent === 'SCIM 1.1')!.click();
    const results = await fillForm(findIdentityManagement(document)!, VALUES, {
      signal: new AbortController().signal,
      stillHere: () => true,
    });
    expect(results !== 'moved' && results.find((r) => r.field === 'scim-version')).toMatchObject({
      outcome: 'kept',
      current: 'SCIM 1.1',
    });
    expect(fixtureState()).toMatchObject({ apiType: 'SCIM API', scimVersion: 'SCIM 1.1' });
    expect(document.querySelector('[role="listbox"]')).toBeNull();
  });

  it('leaves Test User Email alone when no address is known', async () => {
    const { results } = await fill('labelled', { ...VALUES, testEmail: null as unknown as string });
    expect(results.find((r) => r.field === 'test-email')).toMatchObject({ outcome: 'unavailable', reason: 'no-value' });
    expect(fixtureState().testEmail).toBe('');
  });

  it('stops when the page moved on after the click', async () => {
    loadFixture('jumpcloud', 'collapsed');
    const page = findIdentityManagement(document)!;
    let here = true;
    const promise = fillForm(page, VALUES, { signal: new AbortController().signal, stillHere: () => here });
    setUrl('https://console.jumpcloud.com/collapsed.html#/users');
    here = false;
    await expect(promise).resolves.toBe('moved');
    expect(fixtureState()).toMatchObject({ apiType: null, baseUrl: '' });
  });
});

describe('recognising the Identity Management tab', () => {
  it.each(['sso-tab', 'users'])('%s: not served', (name) => {
    loadFixture('jumpcloud', name);
    expect(findIdentityManagement(document)).toBeNull();
  });

  it('sso-tab: served once the admin switches to Identity Management', () => {
    loadFixture('jumpcloud', 'sso-tab');
    (document.getElementById('tab-im') as HTMLElement).click();
    expect(findIdentityManagement(document)?.root.id).toBe('panel-im');
  });
});
