// Microsoft Entra in the sandbox: the shell page on entra.microsoft.com and portal.azure.com,
// whose blade iframe points at the reactblade host; the Fluent UI blades there; and Entra's
// back end on that host, which calls the sandbox's own Trelica host over HTTPS.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { isEntraFrameUrl, isEntraShellUrl } from '../../../../src/core/hosts';
import { ENTRA_FRAME_HOST, ENTRA_PAGES, ENTRA_SHELL_HOSTS } from '../../../fixtures/libraries/index';
import { DIRECTORY_USERS } from '../../../fixtures/libraries/entra/state';
import { startSandbox, type Sandbox } from '../../../sandbox/server/sandbox';
import { sendTo } from './send';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ domains: ['example.com'] });
}, 120_000);
afterAll(() => sandbox?.close());
beforeEach(() => sandbox.scim.reset());
const send = sendTo(() => sandbox);

it('serves the shell on both shell hosts, its blade an iframe on the reactblade host', async () => {
  for (const host of ENTRA_SHELL_HOSTS) {
    expect(sandbox.hosts).toContain(host);
    for (const page of ENTRA_PAGES) {
      const url = new URL(sandbox.entraUrl(page, host));
      expect(isEntraShellUrl(url.href)).toBe(true);
      expect(url.hash).toMatch(
        /^#view\/Microsoft_AAD_IAM\/ManagedAppMenuBlade\/~\/\w+\/objectId\/[0-9a-f-]+\/appId\/[0-9a-f-]+$/,
      );
      const shell = await send(host, 'GET', `${url.pathname}${url.search}`);
      expect(shell.status).toBe(200);
      const src = /<iframe[^>]* src="([^"]+)"/.exec(shell.text)?.[1];
      expect(src).toBeDefined();
      const frame = new URL(src!.replace(/&amp;/g, '&'));
      expect(frame.host).toBe(ENTRA_FRAME_HOST);
      expect(isEntraFrameUrl(frame.href)).toBe(true);
      expect(frame.searchParams.get('trustedAuthority')).toBe(`https://${host}`);
      expect(frame.pathname).toBe(`/${page}`);
    }
  }
  expect((await send(ENTRA_SHELL_HOSTS[0], 'GET', '/?feature.page=nope')).status).toBe(404);
});

it('serves each blade page on the reactblade host only, with its Fluent bundle and the back end', async () => {
  expect(sandbox.hosts).toContain(ENTRA_FRAME_HOST);
  for (const page of ENTRA_PAGES) {
    const url = new URL(sandbox.entraFrameUrl(page));
    const blade = await send(ENTRA_FRAME_HOST, 'GET', `${url.pathname}${url.search}`);
    expect(blade.status).toBe(200);
    expect(blade.text).toContain(`data-fixture-page="${page}"`);
    expect(blade.text).toContain('window.entraBackend = {');
    expect((await send(ENTRA_SHELL_HOSTS[0], 'GET', url.pathname)).status).toBe(404);
  }
  expect((await send(ENTRA_FRAME_HOST, 'GET', '/no-such-page')).status).toBe(404);
});

it("answers Entra's Test Connection and Provision on demand against the Trelica host", async () => {
  const tenantUrl = 'https://eu.trelica.com/api/scim/v2';
  const ok = await send(ENTRA_FRAME_HOST, 'POST', '/__entra/test-connection', {
    tenantUrl,
    secretToken: sandbox.scim.token,
    groupsEnabled: false,
  });
  expect(JSON.parse(ok.text)).toMatchObject({ ok: true });
  const wrong = await send(ENTRA_FRAME_HOST, 'POST', '/__entra/test-connection', { tenantUrl, secretToken: 'wrong' });
  expect(JSON.parse(wrong.text)).toMatchObject({ ok: false, details: expect.stringContaining('(401)') });
  const user = DIRECTORY_USERS[1]!;
  const onDemand = await send(ENTRA_FRAME_HOST, 'POST', '/__entra/provision-on-demand', {
    tenantUrl,
    secretToken: sandbox.scim.token,
    user,
  });
  expect((JSON.parse(onDemand.text) as { steps: { ok: boolean }[] }).steps.map((s) => s.ok)).toEqual([
    true,
    true,
    true,
    true,
  ]);
  expect(sandbox.scim.requests().map((r) => `${r.method} ${r.status}`)).toEqual([
    'GET 200',
    'GET 401',
    'GET 200',
    'POST 201',
  ]);
});
