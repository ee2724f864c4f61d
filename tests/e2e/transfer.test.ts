// The transfer end to end, in each browser, on the real host names: "Send to the extension" on a Trelica
// page captures the Base URL and token into the background's vault; "Fill from Trelica" on a
// JumpCloud page fills every field so that the PAGE'S OWN script registers it; the Group
// Management guard switches JumpCloud's checkbox off; the token never reaches storage.local.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { maskToken } from '../../src/core/token';
import {
  allPanels,
  captureOnTrelica,
  extensionState,
  fillOnJumpCloud,
  groupManagementWarning,
  testConnectionInJumpCloud,
  turnOffGroupManagement,
  waitForExtensionState,
  type E2EPage,
} from '../sandbox';
import { describeInBrowsers, type E2E } from './suite';

const TEST_EMAIL = 'scim-transfer@example.com';
const NORMALIZED = (host: string) => `https://${host}/api/scim/v2`;

/** Closes every page a test opened, pass or fail. */
function pageTracker() {
  const open: E2EPage[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((p) => p.close()));
  });
  return <T extends { page: E2EPage }>(opened: T): T => (open.push(opened.page), opened);
}

async function startClean(e2e: E2E): Promise<void> {
  e2e.sandbox.scim.reset();
  await e2e.browser.extension.clearStorage('local');
  await e2e.browser.extension.clearStorage('session');
}

/**
 * JumpCloud's Test Connection reveals Group Management ticked: the extension warns (role="alert"),
 * warns again on "Activate", and its "Turn off Group Management" unticks it in the page's own
 * model; the background hears both states.
 */
async function groupManagementIsGuarded(e2e: E2E, page: E2EPage): Promise<void> {
  expect((await allPanels(page)).flatMap((p) => p.alert)).toEqual([]);
  expect(await testConnectionInJumpCloud(page)).toMatchObject({ groupManagement: true });
  const warning = await groupManagementWarning(page);
  expect(warning).toContain('Group Management is on');
  expect(warning).toContain('Trelica has no groups');
  await waitForExtensionState(e2e, 'Group Management observed on', (s) => s.jumpcloud.groupManagement === 'on');

  // Clicking JumpCloud's "Activate" while it is on repeats the warning: a fresh alert node, so
  // assistive technology announces it again.
  await page.evaluate(() => {
    const alerts = [...document.querySelectorAll('*')]
      .filter((h) => h.shadowRoot?.querySelector('.box > p.title'))
      .flatMap((h) => [...(h.shadowRoot?.querySelectorAll('[role="alert"]') ?? [])]);
    (window as unknown as { __e2eSeenAlerts: WeakSet<Element> }).__e2eSeenAlerts = new WeakSet(alerts);
  });
  await page.click('button', 'Activate');
  await page.waitUntil(() =>
    [...document.querySelectorAll('*')]
      .filter((h) => h.shadowRoot?.querySelector('.box > p.title'))
      .flatMap((h) => [...(h.shadowRoot?.querySelectorAll('[role="alert"]') ?? [])])
      .some(
        (a) =>
          !(window as unknown as { __e2eSeenAlerts: WeakSet<Element> }).__e2eSeenAlerts.has(a) &&
          (a.textContent ?? '').includes('Group Management is on'),
      ),
  );

  const { state, panels } = await turnOffGroupManagement(page);
  expect(state.groupManagement).toBe(false);
  const guard = panels.filter((p) => p.title.endsWith('Group Management'));
  expect(guard.flatMap((p) => p.alert)).toEqual([]);
  // Activate was clicked with Group Management on: JumpCloud failed, and the main panel says so.
  await page.waitUntil(() =>
    [...document.querySelectorAll('*')]
      .filter((h) => h.shadowRoot?.querySelector('.box > p.title'))
      .some((h) =>
        /^JumpCloud says: “.+”\. It gives no reason\./.test(
          h.shadowRoot?.querySelector('[role="alert"] p')?.textContent ?? '',
        ),
      ),
  );
  expect(panels.flatMap((p) => p.status)).toContain('Group Management is off: click "Activate".');
  await waitForExtensionState(e2e, 'Group Management observed off', (s) => s.jumpcloud.groupManagement === 'off');
}

describeInBrowsers('transfer: Trelica to JumpCloud', (e2e) => {
  const track = pageTracker();
  beforeAll(() => startClean(e2e));

  it('on a page where SCIM is not enabled yet, says the token works only after "Enable SCIM", and still captures', async () => {
    const { panel } = track(await captureOnTrelica(e2e, { fixture: 'not-enabled', host: 'eu.trelica.com' }));
    const status = panel.status.join('\n');
    expect(status).toContain('works only after you click "Enable SCIM"');
    expect(status).toContain(`Base URL ${NORMALIZED('eu.trelica.com')} `);

    const state = await extensionState(e2e);
    expect(state.token.present).toBe(true);
    expect(state.trelica).toMatchObject({ scimState: 'not-enabled', region: 'eu' });
    expect(state.baseUrl).toBe(NORMALIZED('eu.trelica.com'));
  });

  it('captures Base URL and token, names them (token masked) and the fixes, and keeps the token in storage.session only', async () => {
    const token = e2e.sandbox.scim.token;
    const { panel } = track(await captureOnTrelica(e2e));
    const status = panel.status.join('\n');
    // The page shows the Base URL with a trailing slash, as Trelica might.
    expect(e2e.sandbox.shownBaseUrl()).toMatch(/\/$/);
    expect(status).toContain(`Base URL ${NORMALIZED('app.trelica.com')} and token ${maskToken(token)}.`);
    expect(status).toContain('trailing slash removed');
    expect(status).not.toContain(token);
    expect(status).not.toContain('Enable SCIM');

    const state = await extensionState(e2e);
    expect(state).toMatchObject({
      baseUrl: NORMALIZED('app.trelica.com'),
      token: { present: true, masked: maskToken(token) },
    });
    expect(state.trelica).toMatchObject({ scimState: 'enabled', region: 'us' });
    expect(JSON.stringify(await e2e.browser.extension.getStorage('session'))).toContain(token);
    expect(JSON.stringify(await e2e.browser.extension.getStorage('local'))).not.toContain(token);
  });

  describe('after a capture', () => {
    beforeAll(async () => {
      await startClean(e2e);
      track(await captureOnTrelica(e2e));
      const reply = await e2e.browser.extension.send({ type: 'popup/set-credentials', testEmail: TEST_EMAIL });
      expect(reply).toMatchObject({ ok: true, state: { testEmail: TEST_EMAIL } });
    });

    /** Fills the page and checks the page's own model holds every value; returns the page. */
    async function fillsEveryField(fixture: string): Promise<E2EPage> {
      const token = e2e.sandbox.scim.token;
      const { page, panel, state } = track(await fillOnJumpCloud(e2e, { fixture }));
      expect(state).toMatchObject({
        apiType: 'SCIM API',
        scimVersion: 'SCIM 2.0',
        baseUrl: NORMALIZED('app.trelica.com'),
        token,
        testEmail: TEST_EMAIL,
      });
      const status = panel.status.join('\n');
      expect(status).toContain(`Token Key (${maskToken(token)})`);
      expect(status).not.toContain(token);
      expect(status).not.toContain('Not found');
      expect(status).toContain('Next: click "Test Connection".');
      return page;
    }

    it.each(['test-ids', 'radios', 'collapsed'])(
      'fills every field of the "%s" page so that the page itself registers it',
      async (fixture) => {
        await fillsEveryField(fixture);
      },
    );

    // One page per kind of Group Management checkbox: native, role="checkbox", React-controlled.
    it.each(['labelled', 'custom-dropdowns', 'react-controlled'])(
      'fills every field of the "%s" page, then turns off the Group Management its Test Connection ticks',
      async (fixture) => {
        await groupManagementIsGuarded(e2e, await fillsEveryField(fixture));
      },
    );

    it('reports a field the page lacks instead of guessing where the token goes', async () => {
      const token = e2e.sandbox.scim.token;
      const { panel, state } = track(await fillOnJumpCloud(e2e, { fixture: 'missing-token' }));
      expect(panel.status.join('\n')).toContain('Not found on this page: Token Key. Fill it by hand.');
      expect(state).toMatchObject({
        apiType: 'SCIM API',
        scimVersion: 'SCIM 2.0',
        baseUrl: NORMALIZED('app.trelica.com'),
        testEmail: TEST_EMAIL,
      });
      // Not put anywhere else on the page either.
      expect(JSON.stringify(state)).not.toContain(token);
      const seen = await waitForExtensionState(
        e2e,
        'the token field reported not found',
        (s) => s.jumpcloud.fields?.token === 'not-found',
      );
      expect(seen.jumpcloud.fields).toMatchObject({ 'base-url': 'filled', 'test-email': 'filled' });
    });

    it('after all that, the token is still in storage.session only', async () => {
      const token = e2e.sandbox.scim.token;
      expect(JSON.stringify(await e2e.browser.extension.getStorage('local'))).not.toContain(token);
      expect(JSON.stringify(await e2e.browser.extension.getStorage('sync'))).not.toContain(token);
      expect(JSON.stringify(await e2e.browser.extension.getStorage('session'))).toContain(token);
    });
  });
});
