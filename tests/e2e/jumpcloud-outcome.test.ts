// JumpCloud's own outcome, read, in each browser, against the sandbox's JumpCloud-like back
// end (which calls the Trelica-like SCIM server as JumpCloud's servers would): a success ticks
// the checklist with no hand tick; a failure is quoted in the page with "Find out why", whose
// diagnosis is what the sandbox caused; drift is said at the click; and the User Groups tab
// drives "Bind user groups".
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  allPanels,
  captureOnTrelica,
  checklistStates,
  extensionState,
  fillOnJumpCloud,
  openPopup,
  turnOffGroupManagement,
  typeCredentials,
  waitForExtensionState,
  type E2EPage,
} from '../sandbox';
import { describeInBrowsers } from './suite';

const inPanels = (text: string) =>
  [...document.querySelectorAll('*')]
    .filter((h) => h.shadowRoot?.querySelector('.box > p.title'))
    .some((h) => h.shadowRoot?.textContent?.includes(text));

describeInBrowsers("JumpCloud's own outcome, read and explained", (e2e) => {
  const open: E2EPage[] = [];
  const track = (page: E2EPage) => (open.push(page), page);
  beforeEach(async () => {
    e2e.sandbox.scim.reset();
    await e2e.browser.extension.clearStorage('local');
    await e2e.browser.extension.clearStorage('session');
    track((await captureOnTrelica(e2e)).page);
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((p) => p.close()));
  });

  /** Sets the popup's test email as an admin types it, and waits until it is kept. */
  async function testEmail(email: string): Promise<void> {
    const popup = track(await openPopup(e2e));
    await typeCredentials(popup, { testEmail: email });
    await waitForExtensionState(e2e, 'the test email to be kept', (s) => s.testEmail === email);
  }

  /** With this test email: fill, JumpCloud's Test Connection seen to pass, Group Management off. */
  async function passTestConnection(email: string) {
    await testEmail(email);
    const { page } = await fillOnJumpCloud(e2e);
    track(page);
    await page.click('button', 'Test Connection');
    await waitForExtensionState(
      e2e,
      "JumpCloud's test observed",
      (s) => s.jumpcloud.outcomes['test-connection']?.result === 'success',
    );
    await turnOffGroupManagement(page);
    return page;
  }

  it('Test Connection and Activate succeed in JumpCloud: both steps are done with no hand tick', async () => {
    const page = await passTestConnection(`outcome-ok-${e2e.name}@example.com`);
    await page.click('button', 'Activate');
    const state = await waitForExtensionState(
      e2e,
      "JumpCloud's Activate observed",
      (s) => s.jumpcloud.outcomes.activate?.result === 'success',
    );
    expect(state.jumpcloud.outcomes.activate?.text).toBe('Identity management activated');
    expect(state.ticked).toEqual([]);
    const popup = track(await openPopup(e2e));
    expect(await checklistStates(popup)).toMatchObject({ 'test-connection': 'done', activate: 'done' });
  });

  it('Activate fails on an existing test email: JumpCloud\'s words, "Find out why", and the diagnosis the sandbox caused', async () => {
    const email = `outcome-taken-${e2e.name}@example.com`;
    e2e.sandbox.scim.addUser({ userName: email });
    const page = await passTestConnection(email);
    await page.click('button', 'Activate');
    await page.waitUntil(inPanels, 'JumpCloud says: “There was a problem activating identity management”');
    const alert = (await allPanels(page)).find((p) => p.alert.length > 0);
    expect(alert?.buttons).toContain('Find out why');
    await page.click('button', 'Find out why');
    const diagnosis = await page.waitUntil(() => {
      for (const host of [...document.querySelectorAll('*')].filter((h) =>
        h.shadowRoot?.querySelector('.box > p.title'),
      )) {
        const found = host.shadowRoot?.querySelector('[data-diagnosis]');
        if (found)
          return {
            code: found.getAttribute('data-diagnosis'),
            role: found.getAttribute('role'),
            text: found.textContent ?? '',
          };
      }
      return null;
    });
    expect(diagnosis).toMatchObject({ code: 'user-exists', role: 'status' });
    expect(diagnosis!.text).toContain('user_create_provision');
    expect(e2e.sandbox.scim.users().map((u) => u.userName)).toEqual([email]);
    await e2e.screenshot(page, 'outcome-find-out-why', { fullPage: true });

    const popup = track(await openPopup(e2e));
    expect(await checklistStates(popup)).toMatchObject({ activate: 'warning' });
    const step = await popup.evaluate(() => document.querySelector('li[data-step="activate"]')?.textContent ?? '');
    expect(step).toContain('JumpCloud said: “There was a problem activating identity management”');
    expect(
      await popup.evaluate(() =>
        document.querySelector('[aria-label="Rehearsal verdict"]')?.getAttribute('data-diagnosis'),
      ),
    ).toBe('user-exists');
  });

  it("a trailing slash typed back into JumpCloud's Base URL is said at the click, before JumpCloud fails", async () => {
    const { page } = await fillOnJumpCloud(e2e);
    track(page);
    await page.fill('Base URL', `${e2e.sandbox.shownBaseUrl().replace(/\/$/, '')}/`);
    await page.click('button', 'Test Connection');
    await waitForExtensionState(
      e2e,
      "JumpCloud's failed test observed",
      (s) => s.jumpcloud.outcomes['test-connection']?.result === 'failure',
    );
    // JumpCloud's failure is quoted, with what the extension saw before it answered.
    await page.waitUntil(inPanels, 'Before it answered, the extension saw: Base URL ends with "/" again');
  });

  it('the User Groups tab drives "Bind user groups": a warning with none bound, done once one is', async () => {
    const { page } = await fillOnJumpCloud(e2e);
    track(page);
    await page.click('tab', 'User Groups');
    await waitForExtensionState(e2e, 'no group seen bound', (s) => s.jumpcloud.boundGroups === 0);
    const popup = track(await openPopup(e2e));
    expect(await checklistStates(popup)).toMatchObject({ 'bind-groups': 'warning' });
    await page.click('checkbox', 'Engineering');
    await waitForExtensionState(e2e, 'one group seen bound', (s) => s.jumpcloud.boundGroups === 1);
    expect((await extensionState(e2e)).jumpcloud.boundGroups).toBe(1);
  });
});
