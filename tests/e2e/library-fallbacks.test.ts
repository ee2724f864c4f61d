// The fallbacks on consoles made of real component libraries (tests/fixtures/libraries, the
// twisted pages), in each browser, driven as an admin would:
// - a Token Key with no label: "Fill from Trelica" names exactly that field as not found, the
//   two choices as filled (the page's own model holds them), leaves no option list open, and
//   "Pick Token Key" then takes a real click on the field;
// - tabs that are a router's strip (no tab panel): the User Groups tab is recognised, and
//   "Bind user groups" follows what is bound there.
import { beforeEach, expect, it } from 'vitest';
import { LIBRARY_TWISTS } from '../fixtures';
import {
  captureOnTrelica,
  checklistStates,
  clickPanelButton,
  extensionState,
  FILL_FROM_TRELICA,
  fixtureState,
  openPopup,
  panelWith,
  waitForExtensionState,
  type E2EPage,
} from '../sandbox';
import { describeInBrowsers } from './suite';

const TEST_EMAIL = 'scim-fallbacks@example.com';

/** Where to click the first element `find` returns in the page (shadow roots searched), or null. */
function centerOf(page: E2EPage, find: 'token' | { group: string }) {
  return page.evaluate((what) => {
    const all: Element[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        all.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    const named = (el: Element, name: string) =>
      el.getAttribute('aria-label') === name ||
      document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() === name;
    const el =
      what === 'token'
        ? all.find((e) => e.getAttribute('placeholder') === '••••' && e.tagName === 'INPUT')
        : all.find(
            (e) =>
              (e.tagName === 'SL-CHECKBOX' && e.textContent?.trim() === what.group) ||
              (e.tagName === 'LABEL' && named(e, what.group)) ||
              (e.tagName === 'INPUT' && named(e, what.group)),
          );
    if (!el) return null;
    const r = el.getBoundingClientRect();
    // A checkbox's box is drawn at its left; a row may stretch far past its text.
    return { x: what === 'token' ? r.left + r.width / 2 : r.left + Math.min(10, r.width / 2), y: r.top + r.height / 2 };
  }, find);
}

/** Option lists a person can see on the page now. */
const openLists = (page: E2EPage) =>
  page.evaluate(() => {
    const lists: Element[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el.getAttribute('role') === 'listbox') lists.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return lists.filter((l) => {
      const r = l.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(l).visibility !== 'hidden';
    }).length;
  });

const inPanels = (text: string) =>
  [...document.querySelectorAll('*')]
    .filter((h) => h.shadowRoot?.querySelector('.box > p.title'))
    .some((h) => h.shadowRoot?.textContent?.includes(text));

describeInBrowsers('fallbacks on consoles made of real component libraries', (e2e) => {
  beforeEach(async () => {
    e2e.sandbox.scim.reset();
    await e2e.browser.extension.clearStorage('local');
    await e2e.browser.extension.clearStorage('session');
    const { page } = await captureOnTrelica(e2e);
    await page.close();
    const reply = await e2e.browser.extension.send({ type: 'popup/set-credentials', testEmail: TEST_EMAIL });
    expect(reply).toMatchObject({ ok: true });
  });

  it.each(LIBRARY_TWISTS['unlabelled-token'])(
    '%s: the Token Key with no label is named as not found, the choices as filled, no list left open; "Pick Token Key" takes a real click',
    async (name) => {
      const page = await e2e.browser.openPage(e2e.sandbox.url('jumpcloud', name));
      try {
        const panel = panelWith(await clickPanelButton(page, FILL_FROM_TRELICA), FILL_FROM_TRELICA);
        const report = panel.status.join('\n');
        expect(report).toMatch(/^Filled: API Type \(SCIM API\), SCIM Version \(SCIM 2\.0\), Base URL/m);
        expect(report).toContain('Not found on this page: Token Key. Fill it by hand.');
        expect(report).not.toMatch(/did not take|Not filled/);
        expect(panel.buttons).toEqual([FILL_FROM_TRELICA, 'Pick Token Key']);
        expect(await fixtureState(page)).toMatchObject({ apiType: 'SCIM API', scimVersion: 'SCIM 2.0', token: '' });
        expect(await openLists(page)).toBe(0);

        await page.click('button', 'Pick Token Key');
        await page.waitUntil(inPanels, 'Press Escape to cancel');
        // A real click where the field is drawn: nothing (no list) lies over it.
        const at = await centerOf(page, 'token');
        expect(at, 'the unlabelled Token Key').not.toBeNull();
        await page.clickAt(at!.x, at!.y);
        await page.waitUntil(inPanels, 'looked for there first');
        expect((await fixtureState(page)).token).toBe(e2e.sandbox.scim.token);
      } finally {
        await page.close();
      }
    },
  );

  it.each(LIBRARY_TWISTS['route-tabs'])(
    '%s: on a router\'s tab strip, "Bind user groups" follows the groups bound and saved',
    async (name) => {
      const page = await e2e.browser.openPage(e2e.sandbox.url('jumpcloud', name));
      try {
        await page.waitUntil(inPanels, FILL_FROM_TRELICA); // the Provisioning view is recognised
        await page.click('tab', 'User Groups');
        // The provisioning view binds "All Users" at first.
        await waitForExtensionState(e2e, 'All Users seen bound', (s) => s.jumpcloud.boundGroups === 1);
        const untick = await centerOf(page, { group: 'All Users' });
        await page.clickAt(untick!.x, untick!.y);
        await waitForExtensionState(e2e, 'no group seen bound', (s) => s.jumpcloud.boundGroups === 0);
        const popup = await openPopup(e2e);
        expect(await checklistStates(popup)).toMatchObject({ 'bind-groups': 'warning' });
        await popup.close();
        const tick = await centerOf(page, { group: 'Engineering' });
        await page.clickAt(tick!.x, tick!.y);
        await page.click('button', 'Save');
        await waitForExtensionState(e2e, 'Engineering seen bound', (s) => s.jumpcloud.boundGroups === 1);
        expect(await fixtureState(page)).toMatchObject({ boundGroups: ['Engineering'], groupSaveClicks: 1 });
        const again = await openPopup(e2e);
        expect(await checklistStates(again)).toMatchObject({ 'bind-groups': 'done' });
        await again.close();
        expect((await extensionState(e2e)).jumpcloud.boundGroups).toBe(1);
      } finally {
        await page.close();
      }
    },
  );
});
