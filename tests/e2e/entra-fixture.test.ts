// The Entra-like console (tests/fixtures/libraries/entra/) as the real portal frames it: the shell
// on entra.microsoft.com is the top document, the Fluent UI blade a cross-origin iframe on
// sandbox-1.reactblade.portal.azure.net. Driven as an admin does (clicks and keyboard typing
// inside the frame), in both browsers. Proves the frame's React state follows a person, that
// Test Connection really asks the Trelica-like SCIM server through the sandbox's Entra back end
// (entra-backend.ts), and that the shell, another origin, shows Entra's notification words.
// The extension is loaded (the suite's browsers carry it) but was granted no Entra host.
import { expect, it } from 'vitest';
import type { E2EFrame, E2EPage } from '../sandbox';
import {
  ENTRA_FRAME_HOST,
  TEST_ERROR_CODE,
  TEST_FAIL,
  TEST_OK,
  TEST_TITLE,
  type EntraFixtureState,
} from '../fixtures/libraries/entra/state';
import { describeInBrowsers } from './suite';

const TENANT_URL = 'https://app.trelica.com/api/scim/v2';

const state = (frame: E2EFrame) =>
  frame.evaluate(() => (window as unknown as { fixtureState(): EntraFixtureState }).fixtureState());

/** The text of the shell's toast that is no longer in progress (role alert), once there is one. */
const toastText = (shell: E2EPage) =>
  shell.waitUntil(() => {
    const toast = document.querySelector('#toasts [role=alert]');
    return toast ? (toast as HTMLElement).innerText : '';
  });

describeInBrowsers('entra fixture: shell + Fluent blade in a cross-origin frame', (e2e) => {
  it('classic (Fluent v8): typed credentials, Test Connection, the shell shows success', async () => {
    e2e.sandbox.scim.reset();
    const shell = await e2e.browser.openPage(e2e.sandbox.entraUrl('classic'));
    const frame = await shell.frame(ENTRA_FRAME_HOST);
    // Provisioning Mode: a Fluent v8 Dropdown, named by its label AND its chosen option's text.
    await frame.click('combobox', 'Provisioning Mode Manual');
    await frame.click('option', 'Automatic');
    // Fluent v8 puts the required mark in the label's text: the field is named "Tenant URL *".
    await frame.type('Tenant URL *', TENANT_URL);
    await frame.type('Secret Token', e2e.sandbox.scim.token);
    expect(await state(frame)).toMatchObject({
      mode: 'Automatic',
      tenantUrl: TENANT_URL,
      secretToken: e2e.sandbox.scim.token,
    });

    await frame.click('button', 'Test Connection');
    const text = await toastText(shell);
    expect(text).toContain(TEST_TITLE);
    expect(text).toContain(TEST_OK);
    expect((await state(frame)).lastTest.phase).toBe('success');
    // Entra's test: the absent user's filter, with the bare token behind "Bearer ".
    const calls = e2e.sandbox.scim.requests().filter((r) => r.path.startsWith('/Users'));
    expect(calls.at(-1)).toMatchObject({ method: 'GET', status: 200, authorized: true });
    await e2e.screenshot(shell, 'entra-classic-test-ok');
    await shell.close();
  });

  it('new (Fluent v9): a wrong secret token reads as Entra failure in the shell', async () => {
    e2e.sandbox.scim.reset();
    const shell = await e2e.browser.openPage(e2e.sandbox.entraUrl('new'));
    const frame = await shell.frame(ENTRA_FRAME_HOST);
    await frame.click('combobox', 'Select authentication method:');
    await frame.click('option', 'Bearer authentication');
    await frame.type('Tenant URL', TENANT_URL);
    await frame.type('Secret token', 'not-the-token');
    await frame.click('button', 'Test connection');
    const text = await toastText(shell);
    expect(text).toContain(TEST_FAIL);
    expect(text).toContain(`Error code: ${TEST_ERROR_CODE}`);
    expect(text).toContain('Response Status Code: Unauthorized (401)');
    const after = await state(frame);
    expect(after).toMatchObject({ authMethod: 'Bearer authentication', secretToken: 'not-the-token' });
    expect(after.lastTest.phase).toBe('failure');
    await e2e.screenshot(shell, 'entra-new-test-failed');
    await shell.close();
  });
});
