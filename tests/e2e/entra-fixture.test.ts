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
  GALLERY_NOTICE,
  GROUPS_MAPPING,
  ON_DEMAND_STEPS,
  TEST_ERROR_CODE,
  TEST_FAIL,
  TEST_OK,
  TEST_TITLE,
  type EntraFixtureState,
} from '../fixtures/libraries/entra/state';
import { describeInBrowsers, type E2E } from './suite';

const TENANT_URL = 'https://app.trelica.com/api/scim/v2';

const state = (frame: E2EFrame) =>
  frame.evaluate(() => (window as unknown as { fixtureState(): EntraFixtureState }).fixtureState());

/** The text of the shell's toast that is no longer in progress (role alert), once there is one. */
const toastText = (shell: E2EPage) =>
  shell.waitUntil(() => {
    const toast = document.querySelector('#toasts [role=alert]');
    return toast ? (toast as HTMLElement).innerText : '';
  });

/** The newer blade's Connectivity, as an admin fills it: Bearer authentication, Tenant URL, a token, Test connection. */
async function testNewConnectivity(e2e: E2E, token: string): Promise<{ shell: E2EPage; frame: E2EFrame }> {
  e2e.sandbox.scim.reset();
  const shell = await e2e.browser.openPage(e2e.sandbox.entraUrl('new'));
  const frame = await shell.frame(ENTRA_FRAME_HOST);
  await frame.click('combobox', 'Select authentication method:');
  await frame.click('option', 'Bearer authentication');
  await frame.type('Tenant URL', TENANT_URL);
  await frame.type('Secret token', token);
  await frame.click('button', 'Test connection');
  return { shell, frame };
}

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
    const { shell, frame } = await testNewConnectivity(e2e, 'not-the-token');
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

  it('classic: the groups mapping switched off and saved, Provisioning Status On', async () => {
    const shell = await e2e.browser.openPage(e2e.sandbox.entraUrl('classic', 'portal.azure.com'));
    const frame = await shell.frame(ENTRA_FRAME_HOST);
    await frame.click('combobox', 'Provisioning Mode Manual');
    await frame.click('option', 'Automatic');
    // Mappings is collapsed at load: its rows exist only once it is opened.
    // A Fluent Link without an href is a <button>.
    expect(await frame.count('button', GROUPS_MAPPING)).toBe(0);
    await frame.click('button', 'Mappings');
    await frame.click('button', GROUPS_MAPPING);
    await frame.waitFor('heading', 'Attribute Mapping');
    expect((await state(frame)).view).toBe('mapping/groups');
    // Fluent v8's ChoiceGroup hides its radio under the label: a person clicks the label.
    await frame.clickLabel('No');
    expect((await state(frame)).groupsEnabled).toBe(true); // not before Save
    await frame.click('menuitem', 'Save');
    expect(await state(frame)).toMatchObject({ groupsEnabled: false, usersEnabled: true });
    await frame.click('link', 'Provisioning');
    await frame.click('button', 'Settings');
    await frame.click('switch', 'Provisioning Status');
    await frame.click('menuitem', 'Save');
    expect(await state(frame)).toMatchObject({
      provisioningStatus: 'On',
      saved: { mode: 'Automatic', provisioningStatus: 'On' },
    });
    await shell.close();
  });

  it('new: a button in the blade moves the shell menu', async () => {
    const shell = await e2e.browser.openPage(e2e.sandbox.entraUrl('new', 'portal.azure.com'));
    await shell.click('link', 'Overview');
    const frame = await shell.frame(ENTRA_FRAME_HOST);
    await frame.click('button', 'Connect your application');
    await frame.waitFor('heading', 'Connectivity');
    await shell.waitUntil(() => document.querySelector('#menu a[aria-current=page]')?.textContent === 'Connectivity');
    expect(await shell.url()).toContain('/ManagedAppMenuBlade/~/Connectivity/');
    await shell.close();
  });

  it('gallery: only Manual, and the page says automatic provisioning is not supported', async () => {
    const shell = await e2e.browser.openPage(e2e.sandbox.entraUrl('gallery'));
    const frame = await shell.frame(ENTRA_FRAME_HOST);
    await frame.waitUntil((notice) => document.body.innerText.includes(notice), GALLERY_NOTICE);
    await frame.click('combobox', 'Provisioning Mode Select a mode');
    expect(await frame.count('option')).toBe(1);
    await frame.click('option', 'Manual');
    expect((await state(frame)).mode).toBe('Manual');
    expect(await frame.count('textbox', 'Tenant URL *')).toBe(0);
    await shell.close();
  });

  it('new: Create after a good test, the shell menu, Start provisioning, Provision on demand', async () => {
    const { shell, frame } = await testNewConnectivity(e2e, e2e.sandbox.scim.token);
    expect(await toastText(shell)).toContain(TEST_OK);
    await frame.click('button', 'Create');
    expect((await state(frame)).saved).toMatchObject({ tenantUrl: TENANT_URL, secretToken: e2e.sandbox.scim.token });

    // The left menu is the shell's: a click there routes the frame, and the frame's own moves
    // (Overview's "Connect your application") move the shell's menu and address.
    await shell.click('link', 'Overview');
    await frame.waitFor('heading', 'Trelica | Overview');
    expect(await shell.url()).toContain('/ManagedAppMenuBlade/~/Overview/');
    await frame.click('button', 'Start provisioning');
    expect((await state(frame)).provisioningStatus).toBe('On');
    await shell.click('link', 'Provision on demand');
    await frame.waitFor('heading', 'Provision on demand');
    await frame.click('combobox', 'Select a user or group');
    await frame.click('option', 'Adele Vance (adele.vance@example.com)');
    await frame.click('button', 'Provision');
    await frame.waitFor('list', 'Provisioning steps');
    const { onDemand } = await state(frame);
    expect(onDemand.steps.map((step) => [step.name, step.ok])).toEqual(ON_DEMAND_STEPS.map((name) => [name, true]));
    expect(
      e2e.sandbox.scim
        .requests()
        .map((r) => `${r.method} ${r.status}`)
        .slice(-2),
    ).toEqual(['GET 200', 'POST 201']);
    await e2e.screenshot(shell, 'entra-new-on-demand');
    await shell.close();
  });
});
