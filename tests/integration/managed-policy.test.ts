// The organization's managed policy, as the whole background enforces it (router, policy gate,
// handlers, vault, progress store) over real HTTP against the Trelica-like SCIM server: each
// key changes what it says, a refused request changes nothing and sends nothing, and every
// State says what the policy fixes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { createProgressStore } from '../../src/background/progress-store';
import { createJournalStore } from '../../src/background/journal-store';
import { createRunGate } from '../../src/core/run-gate';
import { createRouter, type Sender } from '../../src/background/router';
import { createVault } from '../../src/background/vault';
import { readPolicy, REHEARSAL_OFF, TYPED_TOKEN_OFF } from '../../src/core/policy';
import { startTrelicaLikeServer, type RunningTrelicaLikeScim } from '../sandbox/scim-server';
import { fakeStorageArea, type FakeStorageArea } from '../helpers/fake-storage';

const own = { id: 'ownid', baseUrl: 'chrome-extension://ownid/' };
const popup: Sender = { id: own.id, url: `${own.baseUrl}src/popup/index.html` };
const tab = (url: string, id = 1): Sender => ({ id: own.id, url, frameId: 0, tab: { id } });
const trelicaUs = tab('https://app.trelica.com/settings/users');
const trelicaEu = tab('https://eu.trelica.com/settings/users');
const jumpcloudUs = tab('https://console.jumpcloud.com/#/sso/1', 2);
const jumpcloudIn = tab('https://console.in.jumpcloud.com/#/sso/1', 3);
const US_BASE = 'https://app.trelica.com/api/scim/v2';
const EU_BASE = 'https://eu.trelica.com/api/scim/v2';

let server: RunningTrelicaLikeScim;
let session: FakeStorageArea;
let local: FakeStorageArea;
let managed: unknown;
let clock: number;
let requests: string[];
/** Each site script the background injected, and where. */
let started: Array<{ site: string; tabId: number | undefined; documentId: string | undefined }>;
let route: ReturnType<typeof createRouter>;

beforeAll(async () => {
  server = await startTrelicaLikeServer({ domains: ['example.com', 'corp.example'] });
});
afterAll(() => server.close());

beforeEach(() => {
  server.reset();
  session = fakeStorageArea();
  local = fakeStorageArea();
  managed = {};
  clock = 1_000_000;
  requests = [];
  started = [];
  const policy = async () => readPolicy(managed);
  route = createRouter(
    createHandlers({
      vault: createVault(
        session,
        () => clock,
        async () => (await policy()).policy.tokenMinutes * 60_000,
      ),
      progress: createProgressStore(local),
      journal: createJournalStore(local),
      gate: createRunGate(),
      instance: 'this-background',
      fetch: (url, init) => {
        requests.push(String(url));
        return fetch(String(url).replace(/^https:\/\/(app|eu)\.trelica\.com/, server.origin), init);
      },
      now: () => clock,
      hasHostAccess: async () => true,
      policy,
      startScript: async (site, { tabId, documentId }) => void started.push({ site, tabId, documentId }),
    }),
    own,
  );
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const send = (message: unknown, sender: Sender) => route(message, sender) as Promise<any>;
const capture = (sender = trelicaUs, baseUrl = US_BASE) =>
  send({ type: 'trelica/capture', baseUrl, token: server.token, scimState: 'enabled' }, sender);
const vaultHolds = async () => JSON.stringify(await session.get(null)).includes(server.token);

describe('without a policy', () => {
  it("starts every console's script in the asking document, and the State says nothing is managed", async () => {
    expect(await send({ type: 'trelica/start' }, { ...trelicaEu, documentId: 'doc-eu' })).toEqual({
      ok: true,
      started: true,
    });
    expect(await send({ type: 'jumpcloud/start' }, jumpcloudIn)).toEqual({ ok: true, started: true });
    expect(started).toEqual([
      { site: 'trelica', tabId: 1, documentId: 'doc-eu' },
      { site: 'jumpcloud', tabId: 3, documentId: undefined },
    ]);
    const { state } = await send({ type: 'popup/get-state' }, popup);
    expect(state.policy).toMatchObject({
      applied: [],
      ignored: [],
      allowRehearsal: true,
      allowTypedToken: true,
      tokenMinutes: 30,
    });
  });
});

describe('allowed regions', () => {
  beforeEach(() => {
    managed = { allowedTrelicaRegions: ['app'], allowedJumpCloudRegions: ['us'] };
  });

  it("starts the site's script only on an allowed console, so a left-out one gets no panel", async () => {
    expect(await send({ type: 'trelica/start' }, trelicaUs)).toEqual({ ok: true, started: true });
    expect(await send({ type: 'trelica/start' }, trelicaEu)).toEqual({ ok: true, started: false });
    expect(await send({ type: 'jumpcloud/start' }, jumpcloudUs)).toEqual({ ok: true, started: true });
    expect(await send({ type: 'jumpcloud/start' }, jumpcloudIn)).toEqual({ ok: true, started: false });
    expect(started.map((s) => [s.site, s.tabId])).toEqual([
      ['trelica', 1],
      ['jumpcloud', 2],
    ]);
  });

  it('starts no script for a page on another site, port or frame: the sender is refused first', async () => {
    const refused = [
      await send({ type: 'trelica/start' }, jumpcloudUs),
      await send({ type: 'jumpcloud/start' }, tab('https://console.jumpcloud.com:8443/#/sso/1')),
      await send({ type: 'trelica/start' }, { ...trelicaUs, frameId: 3 }),
      await send({ type: 'trelica/start', file: 'content/jumpcloud.js' }, trelicaUs),
    ];
    expect(refused.map((r) => r.ok)).toEqual([false, false, false, true]);
    // A file named in the message is not read: the sender's site picks the script.
    expect(started).toEqual([{ site: 'trelica', tabId: 1, documentId: undefined }]);
  });

  it('refuses a capture on a left-out Trelica, and a fill on a left-out JumpCloud, changing nothing', async () => {
    expect(await capture(trelicaEu, EU_BASE)).toEqual({
      ok: false,
      message: 'Your organization allows only app.trelica.com for Trelica.',
    });
    expect(await vaultHolds()).toBe(false);
    expect((await capture()).ok).toBe(true);
    expect(await send({ type: 'jumpcloud/fill' }, jumpcloudIn)).toEqual({
      ok: false,
      message: 'Your organization allows only console.jumpcloud.com for JumpCloud.',
    });
    expect((await send({ type: 'jumpcloud/fill' }, jumpcloudUs)).ok).toBe(true);
  });

  it('never tests a Base URL on a left-out region, and no request leaves', async () => {
    await capture();
    const reply = await send({ type: 'popup/test-connection', baseUrl: EU_BASE }, popup);
    expect(reply).toEqual({
      ok: false,
      code: 'url-invalid',
      message: 'Your organization allows only app.trelica.com for Trelica.',
    });
    expect(requests).toEqual([]);
    expect((await send({ type: 'popup/test-connection', baseUrl: US_BASE }, popup)).result.verdict).toBe('ok');
  });

  it('says so in the State', async () => {
    const { state } = await send({ type: 'popup/get-state' }, popup);
    expect(state.policy).toMatchObject({
      applied: ['allowedTrelicaRegions', 'allowedJumpCloudRegions'],
      trelicaRegions: ['us'],
      jumpcloudRegions: ['us'],
    });
  });
});

describe('the rehearsal turned off', () => {
  beforeEach(async () => {
    managed = { allowRehearsal: false };
    await capture();
  });

  it('refuses it from the popup; no user is created', async () => {
    const reply = await send({ type: 'popup/rehearse', baseUrl: US_BASE, testEmail: 'scim-policy@example.com' }, popup);
    expect(reply).toEqual({ ok: false, message: REHEARSAL_OFF });
    expect(requests).toEqual([]);
  });

  it('"Find out why" after a failed Activate runs the connection test instead, and says so', async () => {
    const reply = await send(
      {
        type: 'jumpcloud/find-out-why',
        action: 'activate',
        baseUrl: US_BASE,
        token: server.token,
        testEmail: 'scim-policy@example.com',
      },
      jumpcloudUs,
    );
    expect(reply.ok).toBe(true);
    expect(reply.lines[0]).toBe(REHEARSAL_OFF);
    expect(requests.length).toBeGreaterThan(0); // the connection test's reads
    expect(server.requests().filter((r) => r.method !== 'GET')).toEqual([]);
  });
});

describe('only a captured token', () => {
  beforeEach(() => {
    managed = { allowTypedToken: false };
  });

  it('drops a token typed into the popup, keeping the other fields', async () => {
    const { state } = await send(
      { type: 'popup/set-credentials', token: server.token, testEmail: 'scim-policy@example.com' },
      popup,
    );
    expect(await vaultHolds()).toBe(false);
    expect(state.testEmail).toBe('scim-policy@example.com');
    expect(state.policy.allowTypedToken).toBe(false);
  });

  it('refuses a run with a typed token, and runs with the captured one', async () => {
    expect(await send({ type: 'popup/test-connection', baseUrl: US_BASE, token: server.token }, popup)).toEqual({
      ok: false,
      message: TYPED_TOKEN_OFF,
    });
    expect(requests).toEqual([]);
    await capture();
    expect((await send({ type: 'popup/test-connection', baseUrl: US_BASE }, popup)).result.verdict).toBe('ok');
  });
});

describe('the token time limit', () => {
  it("forgets the token after the policy's minutes, not 30", async () => {
    managed = { tokenTimeLimitMinutes: 5 };
    await capture();
    clock += 5 * 60_000 - 1;
    expect(await vaultHolds()).toBe(true);
    expect((await send({ type: 'popup/get-state' }, popup)).state.token.present).toBe(true);
    clock += 1;
    expect((await send({ type: 'popup/get-state' }, popup)).state.token.present).toBe(false);
    expect(await vaultHolds()).toBe(false);
  });

  it('never keeps it longer than 30 minutes, whatever the policy says', async () => {
    managed = { tokenTimeLimitMinutes: 600 };
    await capture();
    clock += 30 * 60_000;
    expect((await send({ type: 'popup/get-state' }, popup)).state.token.present).toBe(false);
    expect((await send({ type: 'popup/get-state' }, popup)).state.policy.ignored).toEqual([
      { key: 'tokenTimeLimitMinutes', known: true },
    ]);
  });
});

describe('the test-email domain and the support contact', () => {
  it("suggests the test email on the organization's domain, and the State carries the contact", async () => {
    managed = { testEmailDomain: 'corp.example', supportContact: 'it-help@corp.example' };
    await capture();
    const fill = await send({ type: 'jumpcloud/fill' }, jumpcloudUs);
    expect(fill).toMatchObject({ ok: true, suggested: true });
    expect(fill.testEmail).toMatch(/@corp\.example$/);
    const { state } = await send({ type: 'popup/get-state' }, popup);
    expect(state.policy).toMatchObject({ testEmailDomain: 'corp.example', supportContact: 'it-help@corp.example' });
  });
});
