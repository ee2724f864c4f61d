// Which IdP the admin sets up, as the whole background handles it (router, policy gate,
// handlers, progress store): "popup/choose-idp" from the popup, the organization's list of IdPs
// and its default, and an Okta console the list leaves out, refused like a left-out region.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Sender } from '../../src/background/router';
import { readPolicy } from '../../src/core/policy';
import { OWN as own, POPUP as popup, routerOverFakes } from '../helpers/router-over-fakes';
import { VALID_REQUESTS } from '../helpers/stored';

const tab = (url: string, id = 1): Sender => ({ id: own.id, url, frameId: 0, tab: { id } });
const okta = tab('https://acme-admin.okta.com/admin/app/trelica/instance/0oa1/#tab-provisioning', 4);
const jumpcloud = tab('https://console.jumpcloud.com/#/sso/1', 2);

let managed: unknown;
let started: string[];
let route: ReturnType<typeof routerOverFakes>;

beforeEach(() => {
  managed = {};
  started = [];
  route = routerOverFakes({
    policy: async () => readPolicy(managed),
    startScript: async (site) => void started.push(site),
  });
});

const send = (message: unknown, sender: Sender = popup) => route(message, sender);
const choose = (idp: string) => send({ type: 'popup/choose-idp', idp });
const tick = (step: string) => send({ type: 'popup/tick', step, done: true });

describe('popup/choose-idp', () => {
  it("records the pick as the admin's, in the State it answers", async () => {
    expect((await send({ type: 'popup/get-state' })).state.idp).toEqual({ chosen: 'jumpcloud', by: 'default' });
    const reply = await choose('okta');
    expect(reply.ok).toBe(true);
    expect(reply.state.idp).toEqual({ chosen: 'okta', by: 'admin' });
    // A console seen later does not override a pick by hand.
    await send(VALID_REQUESTS['jumpcloud/observation'], jumpcloud);
    expect((await send({ type: 'popup/get-state' })).state.idp).toEqual({ chosen: 'okta', by: 'admin' });
  });

  it("drops the old IdP's ticks on a switch (a JumpCloud save is no Okta save), keeping Trelica's", async () => {
    await tick('save');
    await tick('activate');
    await tick('default-role');
    expect((await choose('okta')).state.ticked).toEqual(['default-role']);
  });

  it('keeps every tick when the same IdP is picked again', async () => {
    await tick('save');
    expect((await choose('jumpcloud')).state.ticked).toEqual(['save']);
  });

  it('refuses an IdP it does not know, and from anyone but the popup, changing nothing', async () => {
    expect((await choose('onelogin')).ok).toBe(false);
    expect((await send({ type: 'popup/choose-idp', idp: 'okta' }, jumpcloud)).ok).toBe(false);
    expect((await send({ type: 'popup/get-state' })).state.idp.chosen).toBe('jumpcloud');
  });
});

describe("the organization's identity providers", () => {
  it('refuses an Okta console the list leaves out, and starts no script there', async () => {
    managed = { identityProviders: ['jumpcloud'] };
    const reply = await send(VALID_REQUESTS['okta/observation'], okta);
    expect(reply).toMatchObject({
      ok: false,
      message: 'Your organization sets up provisioning from JumpCloud only, not Okta.',
    });
    expect(await send({ type: 'okta/start' }, okta)).toEqual({ ok: true, started: false });
    expect(await send({ type: 'jumpcloud/start' }, jumpcloud)).toEqual({ ok: true, started: true });
    expect(started).toEqual(['jumpcloud']);
    expect((await send({ type: 'popup/get-state' })).state.okta.observedAt).toBeNull();
  });

  it('refuses a JumpCloud console too when only Okta is listed', async () => {
    managed = { identityProviders: ['okta'] };
    expect((await send(VALID_REQUESTS['jumpcloud/observation'], jumpcloud)).ok).toBe(false);
    expect(await send({ type: 'jumpcloud/start' }, jumpcloud)).toEqual({ ok: true, started: false });
  });

  it('refuses a pick the list leaves out, and walks an allowed IdP whatever was stored', async () => {
    await choose('jumpcloud');
    managed = { identityProviders: ['okta'] };
    const refused = await choose('jumpcloud');
    expect(refused).toMatchObject({
      ok: false,
      message: 'Your organization sets up provisioning from Okta only, not JumpCloud.',
    });
    const { state } = await send({ type: 'popup/get-state' });
    expect(state.idp).toEqual({ chosen: 'okta', by: 'default' });
    expect(state.policy).toMatchObject({ idps: ['okta'], applied: ['identityProviders'] });
  });

  it('pre-selects the default until the admin picks another', async () => {
    managed = { defaultIdentityProvider: 'okta' };
    expect((await send({ type: 'popup/get-state' })).state.idp).toEqual({ chosen: 'okta', by: 'default' });
    expect((await choose('jumpcloud')).state.idp).toEqual({ chosen: 'jumpcloud', by: 'admin' });
  });
});
