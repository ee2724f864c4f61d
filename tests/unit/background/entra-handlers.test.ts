// Entra ID's pages as the whole background serves them (router, sender rules, policy gate, the
// IdP handlers' factory): the fill's bare token to the blade's frame that asked, what its blades
// and notifications showed kept by the shell's origin, drift at the click, "Find out why" with
// Entra's calls, and its script injected into the frame that asked.
import { beforeEach, describe, expect, it } from 'vitest';
import { scriptTarget } from '../../../src/background/policy-gate';
import type { Context, Sender } from '../../../src/background/router';
import { readPolicy } from '../../../src/core/policy';
import { OWN as own, POPUP as popup, refusingTrelica, routerOverFakes } from '../../helpers/router-over-fakes';
import { VALID_REQUESTS } from '../../helpers/stored';

const BASE = 'https://app.trelica.com/api/scim/v2';
const TOKEN = 'tk_live_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const SHELL = 'https://portal.azure.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning';
/** A blade's frame under the shell, as Chrome describes its sender. */
const frame: Sender = {
  id: own.id,
  url: 'https://sandbox-7.reactblade.portal.azure.net/provisioning?x=1',
  origin: 'https://sandbox-7.reactblade.portal.azure.net',
  frameId: 3,
  documentId: 'doc-frame',
  tab: { id: 9, url: SHELL },
};
const shellTop: Sender = { id: own.id, url: SHELL, frameId: 0, tab: { id: 9, url: SHELL } };

let managed: unknown;
let started: { site: string; context: Context }[];
let fetched: string[];
let send: ReturnType<typeof routerOverFakes>;

beforeEach(() => {
  managed = {};
  started = [];
  fetched = [];
  send = routerOverFakes({
    fetch: refusingTrelica(fetched),
    now: () => 1000,
    policy: async () => readPolicy(managed),
    startScript: async (site, context) => void started.push({ site, context }),
  });
});

const capture = () =>
  send(
    { type: 'trelica/capture', baseUrl: BASE, token: TOKEN, scimState: 'enabled' },
    {
      id: own.id,
      url: 'https://app.trelica.com/settings',
      frameId: 0,
      tab: { id: 1 },
    },
  );
const state = async () => (await send({ type: 'popup/get-state' }, popup)).state;

describe("Entra ID's messages in the background", () => {
  it('gives the fill the Base URL and the bare token, to a blade frame under the shell, and makes Entra the IdP', async () => {
    expect((await send({ type: 'entra/fill' }, frame)).ok).toBe(false);
    await capture();
    expect(await send({ type: 'entra/fill' }, frame)).toMatchObject({ ok: true, baseUrl: BASE, token: TOKEN });
    expect((await state()).idp).toEqual({ chosen: 'entra', by: 'detected' });
  });

  it('refuses a blade frame in a tab that is not the shell, an http frame, and a look-alike host', async () => {
    await capture();
    for (const sender of [
      { ...frame, tab: { id: 9, url: 'https://evil.example/' } },
      { ...frame, url: 'http://sandbox-7.reactblade.portal.azure.net/x', origin: undefined },
      { ...frame, url: 'https://reactblade.portal.azure.net.evil.test/x', origin: undefined },
    ]) {
      const reply = await send({ type: 'entra/fill' }, sender);
      expect(reply.ok).toBe(false);
      expect(reply).not.toHaveProperty('token');
    }
  });

  it("keeps what a blade showed by the shell's origin, never the frame's", async () => {
    await send(VALID_REQUESTS['entra/observation'], frame);
    expect((await state()).entra).toMatchObject({
      origin: 'https://portal.azure.com',
      ui: 'classic',
      app: 'non-gallery',
      groups: 'off',
      status: 'on',
      observedAt: 1000,
    });
  });

  it("judges Entra's notification in the shell's top frame, keeping its words shortened", async () => {
    const failure =
      'You appear to have entered invalid credentials. Please confirm you are using the correct information for an administrative account. Error code: SystemForCrossDomainIdentityManagementCredentialValidationUnavailable Details: We are not able to connect to your application.';
    await send({ type: 'entra/outcome', action: 'test-connection', text: failure }, shellTop);
    const seen = (await state()).entra.outcomes['test-connection'];
    expect(seen.result).toBe('failure');
    expect(seen.text).toBe(failure.slice(0, 200));
    await send(VALID_REQUESTS['entra/outcome'], shellTop);
    expect((await state()).entra.outcomes['test-connection'].result).toBe('success');
  });

  it("words the fill in Entra's terms, the token masked", async () => {
    await capture();
    const reply = await send(
      {
        type: 'entra/filled',
        results: [
          { field: 'mode', outcome: 'filled' },
          { field: 'base-url', outcome: 'filled' },
          { field: 'token', outcome: 'filled' },
        ],
        ui: 'classic',
      },
      frame,
    );
    const lines = reply.lines.join('\n');
    expect(lines).toMatch(/Provisioning Mode/);
    expect(lines).toMatch(/Tenant URL/);
    expect(lines).toMatch(/Secret Token/);
    expect(lines).not.toContain(TOKEN);
    expect((await state()).entra).toMatchObject({ ui: 'classic', fields: { mode: 'filled', token: 'filled' } });
  });

  it("says at the click what drifted, in Entra's words", async () => {
    await capture();
    const reply = await send(
      { type: 'entra/about-to', action: 'test-connection', baseUrl: `${BASE}/`, token: `Bearer ${TOKEN}` },
      frame,
    );
    expect(reply.lines).toEqual([
      'Tenant URL ends with "/" again: Entra ID fails on it. Remove the slash.',
      'Secret Token starts with "Bearer": Entra ID adds the word itself. Remove it.',
    ]);
  });

  it("finds out why with Entra's calls, and links the shell's provisioning logs", async () => {
    const reply = await send(VALID_REQUESTS['entra/find-out-why'], frame);
    expect(reply).toMatchObject({ ok: true, code: 'unauthorized' });
    expect(reply.link.href).toMatch(/^https:\/\/portal\.azure\.com\/#view\//);
    expect(reply.lines.join(' ')).toMatch(/Entra ID's own record/);
    // Entra's test: the users filter on a random userName.
    expect(fetched[0]).toMatch(/\/Users\?filter=userName/);
  });

  it("remembers a field picked in a blade by the shell's origin", async () => {
    await send(VALID_REQUESTS['entra/remember-field'], frame);
    expect(Object.keys((await state()).remembered)).toEqual(['https://portal.azure.com']);
  });

  it('starts its script in the frame that asked, and not when the policy leaves Entra out', async () => {
    expect(await send({ type: 'entra/start' }, frame)).toEqual({ ok: true, started: true });
    expect(started).toEqual([{ site: 'entra', context: expect.objectContaining({ tabId: 9, frameId: 3 }) }]);
    managed = { identityProviders: ['jumpcloud', 'okta'] };
    expect(await send({ type: 'entra/start' }, frame)).toEqual({ ok: true, started: false });
    expect((await send({ type: 'entra/fill' }, frame)).message).toMatch(/not Microsoft Entra ID/);
  });
});

describe('scriptTarget', () => {
  it('names the document that asked when the browser does, else the frame that asked, else the top one', () => {
    expect(scriptTarget(9, { url: '', documentId: 'doc', frameId: 3 })).toEqual({ tabId: 9, documentIds: ['doc'] });
    expect(scriptTarget(9, { url: '', frameId: 3 })).toEqual({ tabId: 9, frameIds: [3] });
    expect(scriptTarget(9, { url: '' })).toEqual({ tabId: 9, frameIds: [0] });
  });
});
