// An admin's first try at the popup, in each browser: nothing captured, values typed into the
// labelled fields, the obvious button clicked, no other step (there is no Save to press). The
// verdict is for what the fields show, says what it tested, and turns stale when they change;
// a look-alike or http:// Base URL is refused at once, whatever was stored before, and no
// request leaves the browser for it.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  captureOnTrelica,
  checklistStates,
  openPopup,
  testConnection,
  typeCredentials,
  type E2EPage,
} from '../sandbox';
import { describeInBrowsers } from './suite';

const BASE_URL = 'https://app.trelica.com/api/scim/v2';

describeInBrowsers("popup: an admin's first try", (e2e) => {
  let popup: E2EPage;

  beforeAll(async () => {
    e2e.sandbox.scim.reset();
    await e2e.browser.extension.clearStorage('local');
    await e2e.browser.extension.clearStorage('session');
  });

  const verdictStale = () =>
    popup.evaluate(
      () =>
        document.querySelector('[role="status"][aria-label="Connection test verdict"]')?.getAttribute('data-stale') ??
        null,
    );

  describe('typed values, then "Test connection"', () => {
    it('passes with nothing captured and no other click, and names what it tested', async () => {
      popup = await openPopup(e2e);
      await typeCredentials(popup, { baseUrl: `${BASE_URL}/`, token: `Bearer ${e2e.sandbox.scim.token}` });
      const verdict = await testConnection(popup);
      expect(verdict.diagnosis).toBe('ok');
      expect(verdict.text).toContain(`Tested: ${BASE_URL}, token`);
      expect(verdict.text).not.toContain(e2e.sandbox.scim.token);
      expect(await checklistStates(popup)).toMatchObject({ 'copy-credentials': 'done', 'test-connection': 'done' });
      expect(await verdictStale()).toBe('false');
      await e2e.screenshot(popup, 'first-try-ok', { fullPage: true });
    });

    it('turns the verdict stale, and the step back to "todo", as soon as a field changes', async () => {
      await typeCredentials(popup, { baseUrl: 'https://eu.trelica.com/api/scim/v2' });
      await popup.waitUntil(
        () => document.querySelector('[aria-label="Connection test verdict"]')?.getAttribute('data-stale') === 'true',
      );
      expect(await checklistStates(popup)).toMatchObject({ 'test-connection': 'todo' });
      await typeCredentials(popup, { baseUrl: BASE_URL });
      await popup.waitUntil(
        () => document.querySelector('[aria-label="Connection test verdict"]')?.getAttribute('data-stale') === 'false',
      );
    });
  });

  describe('a bad Base URL typed over a good stored one', () => {
    beforeAll(async () => {
      await popup.close();
      const { page } = await captureOnTrelica(e2e);
      await page.close();
      popup = await openPopup(e2e);
    });

    it.each([
      ['http://', 'http://app.trelica.com/api/scim/v2'],
      ['a look-alike host', 'https://app.trelica.com.evil.test/api/scim/v2'],
    ])('%s: url-invalid at once, and no request reaches any server', async (_, typed) => {
      expect((await testConnection(popup)).diagnosis).toBe('ok');
      await typeCredentials(popup, { baseUrl: typed });
      const before = e2e.sandbox.requests().length;
      const verdict = await testConnection(popup);
      expect(verdict.diagnosis).toBe('url-invalid');
      expect(verdict.text).toContain(`Tested: ${typed}`);
      expect(e2e.sandbox.requests().length).toBe(before);
      expect(await checklistStates(popup)).toMatchObject({
        'copy-credentials': 'warning',
        'test-connection': 'warning',
      });
      await typeCredentials(popup, { baseUrl: BASE_URL });
    });

    it('reopening the popup shows the last verdict with what it tested', async () => {
      await typeCredentials(popup, { baseUrl: 'http://app.trelica.com/api/scim/v2' });
      expect((await testConnection(popup)).diagnosis).toBe('url-invalid');
      await popup.close();
      popup = await openPopup(e2e);
      const shown = await popup.evaluate(() => {
        const el = document.querySelector<HTMLElement>('[role="status"][aria-label="Connection test verdict"]');
        const field = document.querySelector<HTMLInputElement>('#base-url');
        return {
          diagnosis: el?.getAttribute('data-diagnosis'),
          stale: el?.getAttribute('data-stale'),
          text: el?.innerText ?? '',
          field: field?.value,
        };
      });
      expect(shown).toMatchObject({
        diagnosis: 'url-invalid',
        stale: 'false',
        field: 'http://app.trelica.com/api/scim/v2',
      });
      expect(shown.text).toContain('Tested: http://app.trelica.com/api/scim/v2');
      await popup.close();
    });
  });
});
