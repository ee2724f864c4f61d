// @vitest-environment happy-dom
// The Okta fixture pages' own model must behave as Okta's jQuery forms do, or the tests that
// assert it prove nothing: a value registers on `change` only, Edit/Save/Cancel keep or drop
// it, and the dialog mirrors the ticked actions.
import { describe, expect, it } from 'vitest';
import { loadFixture, oktaState, waitFor } from '../../../helpers/content/load-console-page';

const input = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
const button = (value: string) => document.querySelector<HTMLElement>(`input[value="${value}"]`)!;

describe('Okta page models', () => {
  it('registers a value only when a change event follows it (a plain assignment is lost)', () => {
    loadFixture('okta', 'integration');
    input('scim_base_url').value = 'https://a.example';
    input('scim_base_url').dispatchEvent(new Event('input', { bubbles: true }));
    expect(oktaState().baseUrl).toBe('');
    input('scim_base_url').dispatchEvent(new Event('change', { bubbles: true }));
    expect(oktaState().baseUrl).toBe('https://a.example');
  });

  it('view-mode: Edit renders the saved values; Cancel drops what was typed; Save keeps it', () => {
    loadFixture('okta', 'view-mode');
    expect(input('scim_base_url')).toBeNull();
    document.getElementById('userMgmtSettings.edit_link')!.click();
    expect(input('pushGroups').checked).toBe(true);
    input('scim_base_url').value = 'https://typed.example';
    input('scim_base_url').dispatchEvent(new Event('change', { bubbles: true }));
    button('Cancel').click();
    expect(oktaState()).toMatchObject({ baseUrl: '', modes: { integration: 'view' } });
    document.getElementById('userMgmtSettings.edit_link')!.click();
    input('scim_base_url').value = 'https://kept.example';
    input('scim_base_url').dispatchEvent(new Event('change', { bubbles: true }));
    button('Save').click();
    expect(oktaState().saved.baseUrl).toBe('https://kept.example');
  });

  it("a hidden box toggles through its label, as a person's click does", () => {
    loadFixture('okta', 'view-mode');
    document.getElementById('userMgmtSettings.edit_link')!.click();
    document.querySelector<HTMLElement>('label[for="act-push-new"]')!.click();
    expect(oktaState().pushNewUsers).toBe(true);
  });

  it('the dialog ticks what the form ticked, and fails without HTTP Header', async () => {
    loadFixture('okta', 'integration');
    button('Test Connector Configuration').click();
    await waitFor(() => oktaState().outcomes.length === 1);
    expect(oktaState().outcomes[0]).toMatch(/^Error authenticating: null\./);
  });
});
