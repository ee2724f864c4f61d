// The Okta admin host in the sandbox: the Odyssey app page on its Admin Console path, and Okta's
// connector test, which calls the sandbox's own Trelica host over HTTPS (certificate checked).
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { OKTA_SCRIPT_MATCHES, isOktaAdminUrl } from '../../../../src/core/hosts';
import { FIXTURES, renderFixture } from '../../../fixtures';
import { OKTA_ADMIN_HOST, OKTA_USER_HOST } from '../../../fixtures/libraries/index';
import { startSandbox, type Sandbox } from '../../../sandbox/server/sandbox';
import { sendTo } from './send';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ domains: ['example.com'] });
}, 120_000);
afterAll(() => sandbox?.close());
beforeEach(() => sandbox.scim.reset());

const send = sendTo(() => sandbox);

it('serves the app page at its Admin Console path on the Okta admin host only', async () => {
  const url = new URL(sandbox.oktaUrl());
  expect(url.host).toBe(OKTA_ADMIN_HOST);
  // Where the extension serves Okta: an admin console origin, a path its script matches.
  expect(isOktaAdminUrl(url.href)).toBe(true);
  expect(OKTA_SCRIPT_MATCHES).toContain('https://*.okta.com/admin/*');
  expect(`${url.pathname}${url.hash}`).toBe(
    '/admin/app/acme_trelica_1/instance/0oa1b2c3d4/#tab-user-management/api-credentials',
  );
  const page = await send(OKTA_ADMIN_HOST, 'GET', url.pathname);
  expect(page.status).toBe(200);
  expect(page.text).toContain('data-fixture-page="odyssey"');
  expect((await send(OKTA_ADMIN_HOST, 'GET', '/admin/app/other_app_1/instance/0oa9/')).status).toBe(404);
  expect((await send('console.jumpcloud.com', 'GET', url.pathname)).status).toBe(404);
});

it('serves each classic Okta page as an app instance of its name, at Provisioning > Integration', async () => {
  for (const name of FIXTURES.okta) {
    const url = new URL(sandbox.url('okta', name));
    expect(url.host).toBe(OKTA_ADMIN_HOST);
    expect(isOktaAdminUrl(url.href)).toBe(true);
    expect(`${url.pathname}${url.hash}`).toBe(
      `/admin/app/acme_trelica_1/instance/${name}/#tab-user-management/api-credentials`,
    );
    const page = await send(OKTA_ADMIN_HOST, 'GET', url.pathname);
    expect(page.status).toBe(200);
    // The whole page in one file: its shared kit and back end inlined.
    expect(page.text).toBe(renderFixture('okta', name));
    expect(page.text).toContain('window.fixtureState = function');
    expect(page.text).toContain('window.oktaBackend = {');
    expect((await send('app.trelica.com', 'GET', url.pathname)).status).toBe(404);
  }
  expect((await send(OKTA_ADMIN_HOST, 'GET', '/admin/app/acme_trelica_1/instance/no-such-page/')).status).toBe(404);
  expect((await send(OKTA_ADMIN_HOST, 'GET', '/admin/app/acme_trelica_1/instance/_to-app/')).status).toBe(404);
});

it('serves an Admin Console dashboard, and the end-user dashboard on the org host outside the console', async () => {
  const admin = new URL(sandbox.oktaAdminDashboardUrl());
  expect(admin.host).toBe(OKTA_ADMIN_HOST);
  expect(isOktaAdminUrl(admin.href)).toBe(true);
  const dashboard = await send(OKTA_ADMIN_HOST, 'GET', admin.pathname);
  expect(dashboard.status).toBe(200);
  expect(dashboard.text).toContain('<h1>Dashboard</h1>');

  // The bench's page where nothing of ours may run: not an admin origin, no script match.
  const user = new URL(sandbox.oktaUserHomeUrl());
  expect(user.host).toBe(OKTA_USER_HOST);
  expect(sandbox.hosts).toContain(OKTA_USER_HOST);
  expect(isOktaAdminUrl(user.href)).toBe(false);
  const home = await send(OKTA_USER_HOST, 'GET', user.pathname);
  expect(home.status).toBe(200);
  expect(home.text).toContain('<h1>My Apps</h1>');
  // Each page on its own host only.
  expect((await send(OKTA_USER_HOST, 'GET', admin.pathname)).status).toBe(404);
  expect((await send(OKTA_ADMIN_HOST, 'GET', user.pathname)).status).toBe(404);
});

it("answers Okta's connector test by listing users on the Trelica host", async () => {
  const values = { baseUrl: 'https://eu.trelica.com/api/scim/v2', authMode: 'HTTP Header', importGroups: false };
  const ok = await send(OKTA_ADMIN_HOST, 'POST', '/__okta/test-connector', { ...values, token: sandbox.scim.token });
  expect(JSON.parse(ok.text)).toEqual({ ok: true, message: 'connected' });
  const wrong = await send(OKTA_ADMIN_HOST, 'POST', '/__okta/test-connector', { ...values, token: 'wrong-token' });
  expect(JSON.parse(wrong.text)).toMatchObject({ ok: false });
  expect(sandbox.scim.requests().map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
    'GET /Users?startIndex=1&count=2 200',
    'GET /Users?startIndex=1&count=2 401',
  ]);
});
