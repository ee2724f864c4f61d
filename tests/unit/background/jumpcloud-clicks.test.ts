// JumpCloud's clicks as the whole background serves them (router, sender rules, the click
// handlers): what its Test Connection and Activate showed, kept by its console's region; what
// changed in its form, said at the click; and "Find out why" on the form's values. None of them
// makes JumpCloud the IdP the popup walks (its observations and fill do that).
import { beforeEach, describe, expect, it } from 'vitest';
import type { Sender } from '../../../src/background/router';
import { OWN as own, POPUP as popup, refusingTrelica, routerOverFakes } from '../../helpers/router-over-fakes';

const BASE = 'https://app.trelica.com/api/scim/v2';
const TOKEN = 'tk_live_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
/** JumpCloud's EU console, as Chrome describes its sender. */
const jumpcloud: Sender = {
  id: own.id,
  url: 'https://console.eu.jumpcloud.com/#/sso/app/1',
  origin: 'https://console.eu.jumpcloud.com',
  frameId: 0,
  tab: { id: 2 },
};

let fetched: string[];
let send: ReturnType<typeof routerOverFakes>;

beforeEach(() => {
  fetched = [];
  send = routerOverFakes({
    fetch: refusingTrelica(fetched),
    now: () => 1000,
  });
});

const capture = () =>
  send(
    { type: 'trelica/capture', baseUrl: BASE, token: TOKEN, scimState: 'enabled' },
    { id: own.id, url: 'https://app.trelica.com/settings', frameId: 0, tab: { id: 1 } },
  );
const state = async () => (await send({ type: 'popup/get-state' }, popup)).state;
const DEFAULT_IDP = { chosen: 'jumpcloud', by: 'default' };

describe("JumpCloud's clicks in the background", () => {
  it("keeps what JumpCloud showed, judged on its first 200 characters, by the console's region", async () => {
    const said = `  Connection\n  failed: ${'x'.repeat(300)}`;
    expect(
      await send({ type: 'jumpcloud/outcome', action: 'test-connection', text: said.slice(0, 300) }, jumpcloud),
    ).toEqual({
      ok: true,
    });
    expect(
      await send(
        { type: 'jumpcloud/outcome', action: 'activate', text: ' ', groupManagementAppeared: true },
        jumpcloud,
      ),
    ).toEqual({ ok: true });
    const s = await state();
    expect(s.jumpcloud.region).toBe('eu');
    expect(s.jumpcloud.observedAt).toBe(1000);
    const test = s.jumpcloud.outcomes['test-connection'];
    expect(test.result).toBe('failure');
    expect(test.text).toHaveLength(200);
    expect(test.text.startsWith('Connection failed: xxx')).toBe(true);
    // Group Management appearing counts as success after a test only, never after Activate.
    expect(s.jumpcloud.outcomes.activate).toEqual({ result: 'unknown', text: '', at: 1000 });
    expect(s.idp).toEqual(DEFAULT_IDP);
  });

  it('counts Group Management appearing after a test as success, unless the words say it failed', async () => {
    await send(
      { type: 'jumpcloud/outcome', action: 'test-connection', text: '', groupManagementAppeared: true },
      jumpcloud,
    );
    expect((await state()).jumpcloud.outcomes['test-connection'].result).toBe('success');
    await send(
      { type: 'jumpcloud/outcome', action: 'test-connection', text: 'Error', groupManagementAppeared: true },
      jumpcloud,
    );
    expect((await state()).jumpcloud.outcomes['test-connection'].result).toBe('failure');
  });

  it('says at the click what changed in the form, in JumpCloud\'s words, and never warns of "Bearer"', async () => {
    await capture();
    const aboutTo = (form: Record<string, string>) =>
      send(
        { type: 'jumpcloud/about-to', action: 'test-connection', baseUrl: BASE, token: TOKEN, testEmail: '', ...form },
        jumpcloud,
      );
    expect(await aboutTo({})).toEqual({ ok: true, lines: [] });
    expect(await aboutTo({ token: `Bearer ${TOKEN}` })).toEqual({ ok: true, lines: [] });
    expect((await aboutTo({ baseUrl: `${BASE}/`, token: '  ' })).lines).toEqual([
      'Base URL ends with "/" again: JumpCloud fails on it. Remove the slash.',
      'Token Key is empty.',
    ]);
    expect((await aboutTo({ token: 'tk_live_another_token_0000000000' })).lines).toEqual([
      'Token Key is not the token captured from Trelica.',
    ]);
    expect((await aboutTo({ action: 'activate' })).lines).toEqual([
      'Test User Email is empty: Activate creates a user with it.',
    ]);
    expect((await state()).idp).toEqual(DEFAULT_IDP);
  });

  it("finds out why with the calls of the IdP the admin is setting up, and links to the console's Directory Insights", async () => {
    await send({ type: 'popup/choose-idp', idp: 'okta' }, popup);
    const reply = await send(
      { type: 'jumpcloud/find-out-why', action: 'test-connection', baseUrl: BASE, token: TOKEN, testEmail: '' },
      jumpcloud,
    );
    expect(reply).toMatchObject({
      ok: true,
      code: 'unauthorized',
      title: 'Trelica refused the token (401)',
      link: {
        label: 'Open JumpCloud: Directory Insights',
        href: 'https://console.eu.jumpcloud.com/#/insights/directory',
      },
    });
    expect(reply.lines.at(-1)).toMatch(/^JumpCloud's own record: Directory Insights/);
    expect(fetched.length).toBeGreaterThan(0);
    const s = await state();
    expect(s.lastConnectionTest.tested.dialect).toBe('okta');
    expect(s.idp).toEqual({ chosen: 'okta', by: 'admin' });
  });

  it('finds out why Activate failed with a rehearsal on the test email', async () => {
    const reply = await send(
      {
        type: 'jumpcloud/find-out-why',
        action: 'activate',
        baseUrl: BASE,
        token: TOKEN,
        testEmail: 'scim-test@example.com',
      },
      jumpcloud,
    );
    expect(reply).toMatchObject({ ok: true, code: 'unauthorized' });
    const s = await state();
    expect(s.lastRehearsal).toMatchObject({ kind: 'rehearsal', testEmail: 'scim-test@example.com' });
    expect(s.lastRehearsal.tested.dialect).toBe('jumpcloud');
    expect(s.idp).toEqual(DEFAULT_IDP);
  });
});
