// The organization's managed policy in real browsers, applied as IT applies it before the
// browser starts (tests/sandbox/browsers/managed-policy.ts: Chromium's
// /etc/chromium/policies/managed/, Firefox's distribution/policies.json): the popup says what
// is managed and turns off what the policy fixes; a console region left out gets no panel;
// the token is kept for the policy's minutes; the fill suggests the organization's domain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allPanels,
  applyManagedPolicy,
  cannotApply,
  captureOnTrelica,
  clickPanelButton,
  extensionState,
  FILL_FROM_TRELICA,
  openPopup,
  selectedBrowsers,
  testConnection,
  unpackedExtensionId,
  type E2EPage,
} from '../sandbox';
import { DIST } from '../sandbox/paths';
import { describeInBrowsers } from './suite';

const POLICY = {
  allowedTrelicaRegions: ['app'],
  allowedJumpCloudRegions: ['us'],
  testEmailDomain: 'corp.example',
  allowRehearsal: false,
  tokenTimeLimitMinutes: 2,
  allowTypedToken: false,
  supportContact: 'it-help@corp.example',
  notASetting: true,
};

const unavailable = selectedBrowsers()
  .map(cannotApply)
  .find((problem) => problem !== null);
const removers: Array<() => void> = [];
// Before any browser of this file starts (the suite launches in a nested beforeAll).
beforeAll(() => {
  if (!unavailable) for (const browser of selectedBrowsers()) removers.push(applyManagedPolicy(browser, POLICY));
});
afterAll(() => removers.splice(0).forEach((remove) => remove()));

/** Two animation frames after load: a script that was going to show its panel has (see security-page). */
const settled = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))));

describe.skipIf(unavailable !== undefined)(`managed policy${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  describeInBrowsers('managed policy', (e2e) => {
    const pages: E2EPage[] = [];
    afterAll(async () => {
      await Promise.all(pages.splice(0).map((p) => p.close()));
    });

    it('is applied to the extension the browser loaded (Chromium: the id the policy names)', () => {
      if (e2e.name === 'chromium')
        expect(e2e.browser.extension.origin).toBe(`chrome-extension://${unpackedExtensionId(DIST.chromium)}`);
    });

    it('the popup says what is managed, and what was ignored', async () => {
      const popup = await openPopup(e2e);
      pages.push(popup);
      const section = await popup.evaluate(() => document.querySelector('section.managed')?.textContent ?? '');
      expect(section).toContain('Managed by your organization');
      for (const line of [
        'Trelica: only app.trelica.com.',
        'JumpCloud: only console.jumpcloud.com.',
        'Test emails are suggested on corp.example.',
        'The activation rehearsal is turned off.',
        'The token is forgotten after 2 minutes.',
        'Only a token captured from Trelica is used; none can be typed here.',
        'Support: it-help@corp.example.',
      ]) {
        expect(section).toContain(line);
      }
      // Chrome checks the policy against public/managed-schema.json and drops an unknown key
      // before the extension sees it; Firefox hands it over, and the popup names it ignored.
      const ignored = 'notASetting: not a setting of this extension; ignored.';
      if (e2e.name === 'firefox') expect(section).toContain(ignored);
      else expect(section).not.toContain(ignored);
      const controls = await popup.evaluate(() => ({
        token: (document.getElementById('token') as HTMLInputElement).disabled,
        rehearse: [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Rehearse activation')
          ?.disabled,
      }));
      expect(controls).toEqual({ token: true, rehearse: true });
    });

    it('a console region left out gets no panel; an allowed one does', async () => {
      for (const [site, host] of [
        ['trelica', 'eu.trelica.com'],
        ['jumpcloud', 'console.eu.jumpcloud.com'],
      ] as const) {
        const leftOut = await e2e.browser.openPage(e2e.sandbox.url(site, 'labelled', host));
        pages.push(leftOut);
        // The allowed page, opened after: once its panel is up, the left-out page has had as long.
        const allowed = await e2e.browser.openPage(e2e.sandbox.url(site, 'labelled'));
        pages.push(allowed);
        await allowed.waitUntil(() =>
          [...document.querySelectorAll('*')].some((h) => h.shadowRoot?.querySelector('.box > p.title')),
        );
        await leftOut.evaluate(settled);
        expect(await allPanels(leftOut), host).toEqual([]);
      }
    });

    it("keeps the captured token for the policy's 2 minutes, and fills a test email on the organization's domain", async () => {
      const { page } = await captureOnTrelica(e2e);
      pages.push(page);
      const state = await extensionState(e2e);
      expect(state.token.present).toBe(true);
      const left = (state.token.expiresAt ?? 0) - Date.now();
      expect(left).toBeGreaterThan(60_000);
      expect(left).toBeLessThanOrEqual(2 * 60_000);

      const jumpcloud = await e2e.browser.openPage(e2e.sandbox.url('jumpcloud', 'labelled'));
      pages.push(jumpcloud);
      await clickPanelButton(jumpcloud, FILL_FROM_TRELICA);
      const filled = await jumpcloud.evaluate(
        () => (window as unknown as { fixtureState(): { testEmail: string } }).fixtureState().testEmail,
      );
      expect(filled).toMatch(/@corp\.example$/);
    });

    it('names the support contact beside the report of a connection test', async () => {
      const popup = await openPopup(e2e);
      pages.push(popup);
      await testConnection(popup);
      const beside = await popup.evaluate(() => document.querySelector('.copy-report')?.textContent ?? '');
      expect(beside).toContain("Your organization's support: it-help@corp.example");
    });
  });
});
