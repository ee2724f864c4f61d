// The popup end to end, in each browser: opened as a tab, against the Trelica-like SCIM
// server on the real host name. Every connection-test verdict is produced the way an admin
// meets it: a wrong token or Base URL typed into the popup, or the server misbehaving (login
// redirect, no answer). Every rehearsal leaves Trelica without a leftover user. The report put
// on the clipboard never carries the token. Screenshots land in test-results/e2e/<browser>/.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  captureOnTrelica,
  checklistStates,
  copyReport,
  openPopup,
  recordTrelicaDomains,
  rehearse,
  testConnection,
  typeCredentials,
  type E2EPage,
} from '../sandbox';
import { describeInBrowsers } from './suite';
import pkg from '../../package.json' with { type: 'json' };

/** A well-formed token Trelica never issued. */
const WRONG_TOKEN = 'f'.repeat(40);
const BASE_URL = 'https://app.trelica.com/api/scim/v2';

/** Puts back the right values as an admin would: typed again (a typed token replaced the captured one). */
function restoreCredentials(popup: E2EPage, token: string): Promise<void> {
  return typeCredentials(popup, { baseUrl: BASE_URL, token });
}

describeInBrowsers('popup: connection test and rehearsal', (e2e) => {
  let popup: E2EPage;

  beforeAll(async () => {
    e2e.sandbox.scim.reset();
    await e2e.browser.extension.clearStorage('local');
    await e2e.browser.extension.clearStorage('session');
    const { page } = await captureOnTrelica(e2e);
    await page.close();
    popup = await openPopup(e2e);
  });
  afterAll(async () => {
    await popup.close();
  });
  afterEach(() => {
    e2e.sandbox.scim.setFault(null);
  });

  describe('Test connection', () => {
    it('passes with what was captured, moves the checklist on, and its report has no token', async () => {
      expect(await checklistStates(popup)).toMatchObject({ 'copy-credentials': 'done', 'test-connection': 'todo' });
      const verdict = await testConnection(popup);
      expect(verdict.diagnosis).toBe('ok');
      expect(verdict.text).toContain('Trelica answered like a working SCIM server');
      expect(await checklistStates(popup)).toMatchObject({
        'trelica-enable-scim': 'done',
        'copy-credentials': 'done',
        'test-connection': 'done',
      });
      // The background really asked Trelica, with the token (the log records only that it was there).
      expect(e2e.sandbox.scim.requests()).toContainEqual(
        expect.objectContaining({ method: 'GET', status: 200, authorized: true }),
      );

      const report = await copyReport(popup);
      expect(report).toContain('Verdict: ok');
      expect(report).toContain(`Base URL: ${BASE_URL}`);
      expect(report).not.toContain(e2e.sandbox.scim.token);
      await e2e.screenshot(popup, 'popup-connection-ok', { fullPage: true });
    });

    it('says "unauthorized" for a wrong token typed into the popup, and the report leaves that token out', async () => {
      await typeCredentials(popup, { token: WRONG_TOKEN });
      const verdict = await testConnection(popup);
      expect(verdict.diagnosis).toBe('unauthorized');
      expect(verdict.text).not.toContain(WRONG_TOKEN);
      expect(await checklistStates(popup)).toMatchObject({ 'test-connection': 'warning' });

      const report = await copyReport(popup);
      expect(report).toContain('Verdict: unauthorized');
      expect(report).not.toContain(WRONG_TOKEN);
      expect(report).not.toContain(e2e.sandbox.scim.token);
      await e2e.screenshot(popup, 'popup-connection-unauthorized', { fullPage: true });
      await restoreCredentials(popup, e2e.sandbox.scim.token);
    });

    it('says "not-found" for a Base URL typed with a wrong path', async () => {
      await typeCredentials(popup, { baseUrl: 'https://app.trelica.com/api/scim/V2' });
      expect((await testConnection(popup)).diagnosis).toBe('not-found');
      await restoreCredentials(popup, e2e.sandbox.scim.token);
    });

    it('says "redirected-to-login" when Trelica answers with its login page', async () => {
      e2e.sandbox.scim.setFault({ kind: 'redirect-to-login' });
      expect((await testConnection(popup)).diagnosis).toBe('redirected-to-login');
    });

    it('says "timeout" when Trelica does not answer within the time limit', async () => {
      e2e.sandbox.scim.setFault({ kind: 'slow', ms: 60_000 });
      const verdict = await testConnection(popup, 20_000);
      expect(verdict.diagnosis).toBe('timeout');
    });

    it('passes again once everything is put back', async () => {
      expect((await testConnection(popup)).diagnosis).toBe('ok');
    });
  });

  describe('Rehearse activation', () => {
    const leftovers = () => e2e.sandbox.scim.users().map((u) => u.userName);

    it('passes on a new address of a registered domain, every step passed, and leaves no user behind', async () => {
      const email = `scim-rehearsal-${e2e.name}@example.com`;
      await typeCredentials(popup, { testEmail: email });
      const result = await rehearse(popup);
      expect(result.diagnosis).toBe('ok');
      expect(result.steps).toEqual({
        'check-absent': 'passed',
        create: 'passed',
        update: 'passed',
        delete: 'passed',
        'confirm-gone': 'passed',
      });
      // It really went through Trelica: created, then deleted.
      const calls = e2e.sandbox.scim.requests().map((r) => `${r.method} ${r.status}`);
      expect(calls).toEqual(expect.arrayContaining(['POST 201', 'DELETE 204']));
      expect(leftovers()).toEqual([]);
      await e2e.screenshot(popup, 'popup-rehearsal-ok', { fullPage: true });
    });

    it('says "domain-not-registered" when Trelica refuses the address, and leaves no user behind', async () => {
      await typeCredentials(popup, { testEmail: `scim-rehearsal-${e2e.name}@other.net` });
      const result = await rehearse(popup);
      expect(result.diagnosis).toBe('domain-not-registered');
      expect(result.steps).toMatchObject({ 'check-absent': 'passed', create: 'failed' });
      expect(leftovers()).toEqual([]);
      expect(await checklistStates(popup)).toMatchObject({ 'test-email': 'warning' });
      await e2e.screenshot(popup, 'popup-rehearsal-domain-not-registered', { fullPage: true });
    });

    it('says "user-exists" for an address Trelica already has, and leaves that user alone', async () => {
      const email = `scim-existing-${e2e.name}@example.com`;
      e2e.sandbox.scim.addUser({ userName: email, givenName: 'Ada', familyName: 'Existing' });
      await typeCredentials(popup, { testEmail: email });
      const result = await rehearse(popup);
      expect(result.diagnosis).toBe('user-exists');
      expect(result.steps).toMatchObject({ 'check-absent': 'failed' });
      expect(leftovers()).toEqual([email]);
      e2e.sandbox.scim.reset();
    });

    it("once Trelica's domains are known, warns about an unregistered one and sends nothing", async () => {
      const { page, domains } = await recordTrelicaDomains(e2e);
      await page.close();
      expect(domains).toContain('example.com');
      expect(domains).not.toContain('other.net');
      await typeCredentials(popup, { testEmail: `scim-rehearsal-${e2e.name}@other.net` });
      await popup.waitUntil(() => document.querySelector('[data-diagnosis="domain-not-registered"]') !== null);

      const sent = e2e.sandbox.scim.requests().length;
      const result = await rehearse(popup);
      expect(result.diagnosis).toBe('domain-not-registered');
      expect(e2e.sandbox.scim.requests()).toHaveLength(sent);
      expect(leftovers()).toEqual([]);
    });
  });

  it("links the privacy policy in its footer, from the built manifest's home page", async () => {
    const href = await popup.evaluate(() => document.querySelector('footer a')?.getAttribute('href') ?? null);
    expect(href).toBe(`${pkg.homepage}/blob/main/PRIVACY.md`);
  });
});
