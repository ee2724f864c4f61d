// When the live page surprises the finders, the admin points at the field, in each browser:
// "Pick Bearer token" on Trelica and "Pick Token Key" on JumpCloud, then a real click on the
// field; the value lands where it should, the place is remembered for that console (never the
// value), the next fill finds it by itself, and the popup lists it with a "Forget".
import { beforeAll, expect, it } from 'vitest';
import {
  allPanels,
  clickPanelButton,
  extensionState,
  FILL_FROM_TRELICA,
  fixtureState,
  openPopup,
  panelWith,
  SEND_TO_EXTENSION,
} from '../sandbox';
import { describeInBrowsers } from './suite';

describeInBrowsers('pick a field by hand', (e2e) => {
  beforeAll(async () => {
    e2e.sandbox.scim.reset();
    await e2e.browser.extension.clearStorage('local');
    await e2e.browser.extension.clearStorage('session');
  });

  /** Clicks a panel button, then the page's field, and waits for the panel to say it is done. */
  async function pick(
    page: Awaited<ReturnType<typeof e2e.browser.openPage>>,
    button: string,
    field: string,
    done: string,
  ): Promise<string[]> {
    await page.click('button', button);
    await page.waitUntil(
      (b) =>
        [...document.querySelectorAll('*')]
          .filter((h) => h.shadowRoot?.querySelector('.box > p.title'))
          .some((h) => h.shadowRoot?.textContent?.includes(b)),
      'Press Escape to cancel',
    );
    await page.click('textbox', field);
    await page.waitUntil(
      (d) =>
        [...document.querySelectorAll('*')]
          .filter((h) => h.shadowRoot?.querySelector('.box > p.title'))
          .some((h) => h.shadowRoot?.textContent?.includes(d)),
      done,
    );
    return (await allPanels(page)).flatMap((p) => p.status);
  }

  it('Trelica: the token under an unknown label is picked, captured, and its place remembered', async () => {
    const page = await e2e.browser.openPage(e2e.sandbox.url('trelica', 'unknown-token-label'));
    const panel = panelWith(await clickPanelButton(page, SEND_TO_EXTENSION), SEND_TO_EXTENSION);
    expect(panel.status.join(' ')).toContain('Click "Pick Bearer token"');
    const status = await pick(page, 'Pick Bearer token', 'Credential', 'read from there first');
    expect(status.join(' ')).toContain('Sent to the extension');
    const state = await extensionState(e2e);
    expect(state.token.present).toBe(true);
    expect(state.remembered['https://app.trelica.com']).toEqual({ token: { id: 'scim-token', label: 'Credential' } });
    expect(JSON.stringify(await e2e.browser.extension.getStorage('local'))).not.toContain(e2e.sandbox.scim.token);
    await page.close();
  });

  it('JumpCloud: "Pick Token Key" fills the field clicked, in the page\'s model; the next fill finds it alone', async () => {
    const url = e2e.sandbox.url('jumpcloud', 'unknown-token-label');
    const page = await e2e.browser.openPage(url);
    const panel = panelWith(await clickPanelButton(page, FILL_FROM_TRELICA), FILL_FROM_TRELICA);
    expect(panel.status.join(' ')).toContain('Not found on this page: Token Key');
    await pick(page, 'Pick Token Key', 'Credential', 'looked for there first');
    expect((await fixtureState(page)).token).toBe(e2e.sandbox.scim.token);
    await page.close();

    const again = await e2e.browser.openPage(url);
    const second = panelWith(await clickPanelButton(again, FILL_FROM_TRELICA), FILL_FROM_TRELICA);
    expect(second.status.join(' ')).not.toContain('Token Key.');
    expect(second.buttons).not.toContain('Pick Token Key');
    expect((await fixtureState(again)).token).toBe(e2e.sandbox.scim.token);
    await again.close();
  });

  it('the popup lists both fields picked, and "Forget" forgets one', async () => {
    const popup = await openPopup(e2e);
    const rows = () =>
      popup.evaluate(() => [...document.querySelectorAll('.remembered li')].map((li) => li.textContent?.trim()));
    expect(await rows()).toEqual([
      'Bearer token on app.trelica.com (labelled “Credential”) Forget',
      'Token Key on console.jumpcloud.com (labelled “Credential”) Forget',
    ]);
    await popup.evaluate(() => (document.querySelector('.remembered li button') as HTMLButtonElement).focus());
    await popup.press('Enter');
    await popup.waitUntil(() => document.querySelectorAll('.remembered li').length === 1);
    expect((await extensionState(e2e)).remembered).toEqual({
      'https://console.jumpcloud.com': { token: { id: 'credential-7', label: 'Credential' } },
    });
    await popup.close();
  });
});
