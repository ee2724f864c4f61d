// The background as a whole (router + handlers + vault + progress store, on in-memory storage
// areas) driving the real core over real HTTP against the Trelica-like SCIM server. Requests
// for https://app.trelica.com are sent to the local server, as host-resolver-rules do in e2e.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/background/handlers';
import { createProgressStore } from '../../src/background/progress-store';
import { createJournalStore } from '../../src/background/journal-store';
import { createRunGate } from '../../src/core/run-gate';
import { createRouter, type Sender } from '../../src/background/router';
import { createVault } from '../../src/background/vault';
import { startTrelicaLikeServer, type RunningTrelicaLikeScim } from '../sandbox/scim-server';
import { fakeStorageArea, type FakeStorageArea } from '../helpers/fake-storage';

const own = { id: 'ownid', baseUrl: 'chrome-extension://ownid/' };
const popup: Sender = { id: own.id, url: `${own.baseUrl}src/popup/index.html` };
const trelicaTab: Sender = { id: own.id, url: 'https://app.trelica.com/settings/users', frameId: 0, tab: { id: 1 } };
const jumpcloudTab: Sender = {
  id: own.id,
  url: 'https://console.eu.jumpcloud.com/#/sso/1',
  frameId: 0,
  tab: { id: 2 },
};
const BASE = 'https://app.trelica.com/api/scim/v2';

let server: RunningTrelicaLikeScim;
let session: FakeStorageArea;
let local: FakeStorageArea;
let hostAccess: boolean;
let route: ReturnType<typeof createRouter>;

beforeAll(async () => {
  server = await startTrelicaLikeServer({ domains: ['example.com'] });
});
afterAll(() => server.close());

beforeEach(() => {
  server.reset();
  session = fakeStorageArea();
  local = fakeStorageArea();
  hostAccess = true;
  route = createRouter(
    createHandlers({
      vault: createVault(session),
      progress: createProgressStore(local),
      journal: createJournalStore(local),
      gate: createRunGate(),
      instance: 'this-background',
      fetch: (url, init) => fetch(String(url).replace('https://app.trelica.com', server.origin), init),
      now: Date.now,
      hasHostAccess: async () => hostAccess,
      startScript: () => Promise.reject(new Error('no script injection in a flow test')),
    }),
    own,
  );
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const send = (message: unknown, sender: Sender) => route(message, sender) as Promise<any>;
const capture = (baseUrl: string, token: string) =>
  send({ type: 'trelica/capture', baseUrl, token, scimState: 'enabled' }, trelicaTab);

describe('the background, end to end over HTTP', () => {
  it('capture, fill, connection test and rehearsal: all pass, and the token stays in session storage', async () => {
    const captured = await capture(`  ${BASE}//  `, `Bearer ${server.token}`);
    expect(captured).toMatchObject({ ok: true, baseUrl: BASE, scimState: 'enabled' });
    expect(captured.fixes).toEqual(expect.arrayContaining(['trailing slash removed']));
    expect(captured.tokenMasked).not.toContain(server.token);

    expect(await send({ type: 'popup/set-credentials', testEmail: 'New.Person@Example.com' }, popup)).toMatchObject({
      ok: true,
    });
    const fill = await send({ type: 'jumpcloud/fill' }, jumpcloudTab);
    expect(fill).toEqual({
      ok: true,
      baseUrl: BASE,
      token: server.token,
      testEmail: 'New.Person@example.com',
      suggested: false,
      registeredDomains: null,
      remembered: {},
    });

    // The popup sends what its fields show: the Base URL, and no token (the stored one stands in).
    const test = await send({ type: 'popup/test-connection', baseUrl: BASE }, popup);
    expect(test.result.verdict).toBe('ok');
    const rehearsal = await send({ type: 'popup/rehearse', baseUrl: BASE, testEmail: 'New.Person@Example.com' }, popup);
    expect(rehearsal.result.verdict).toBe('ok');
    expect(rehearsal.result.tested).toMatchObject({ baseUrl: BASE, testEmail: 'New.Person@example.com' });
    expect(server.users()).toEqual([]);

    const { state } = await send({ type: 'popup/get-state' }, popup);
    expect(state.lastConnectionTest.verdict).toBe('ok');
    expect(state.lastRehearsal.verdict).toBe('ok');
    expect(state.trelica.region).toBe('us');
    expect(state.token.present).toBe(true);
    expect(JSON.stringify(state)).not.toContain(server.token);
    expect(JSON.stringify(local.dump())).not.toContain(server.token);
    expect(JSON.stringify(session.dump())).toContain(server.token);
  });

  it('a bad capture is refused and changes nothing', async () => {
    const reply = await capture('https://app.trelica.com/Admin/Settings/Users', server.token);
    expect(reply).toMatchObject({ ok: false, code: 'url-wrong-path' });
    expect(session.dump()).toEqual({});
    expect(local.dump()).toEqual({});
    expect(await capture(BASE, 'short')).toMatchObject({ ok: false, code: 'token-malformed' });
    expect(session.dump()).toEqual({});
  });

  it('a token captured before "Enable SCIM" is diagnosed as unauthorized', async () => {
    server.setScimEnabled(false);
    await capture(BASE, server.token);
    expect((await send({ type: 'popup/test-connection', baseUrl: BASE }, popup)).result.verdict).toBe('unauthorized');
  });

  it('without host access nothing is sent and the verdict says so', async () => {
    hostAccess = false;
    await capture(BASE, server.token);
    const test = await send({ type: 'popup/test-connection', baseUrl: BASE }, popup);
    expect(test.result.verdict).toBe('host-permission-missing');
    const rehearsal = await send({ type: 'popup/rehearse', baseUrl: BASE, testEmail: 'a@example.com' }, popup);
    expect(rehearsal.result.verdict).toBe('host-permission-missing');
    expect(server.requests()).toEqual([]);
  });

  it('after "Forget token" a fill is refused with token-missing', async () => {
    await capture(BASE, server.token);
    await send({ type: 'popup/forget-token' }, popup);
    expect(session.dump()).toEqual({});
    expect(await send({ type: 'jumpcloud/fill' }, jumpcloudTab)).toMatchObject({ ok: false, code: 'token-missing' });
  });

  it('a rehearsal with an existing user is refused by Trelica as user-exists, and the user is left alone', async () => {
    server.addUser({ userName: 'taken@example.com' });
    await capture(BASE, server.token);
    expect(
      (await send({ type: 'popup/rehearse', baseUrl: BASE, testEmail: 'taken@example.com' }, popup)).result.verdict,
    ).toBe('user-exists');
    expect(server.users().map((u) => u.userName)).toEqual(['taken@example.com']);
  });

  it("suggests a test email on a registered domain when none is set; once filled in JumpCloud it becomes the popup's, never replacing the admin's", async () => {
    await capture(BASE, server.token);
    await send({ type: 'trelica/domains', domains: ['Example.com'] }, trelicaTab);
    const fill = await send({ type: 'jumpcloud/fill' }, jumpcloudTab);
    expect(fill).toMatchObject({
      ok: true,
      suggested: true,
      testEmail: expect.stringMatching(/^scim-test-[0-9a-f]{8}@example\.com$/),
    });
    const filled = (suggestedTestEmail: string) =>
      send(
        { type: 'jumpcloud/filled', results: [{ field: 'test-email', outcome: 'filled' }], suggestedTestEmail },
        jumpcloudTab,
      );
    const words = await filled(fill.testEmail);
    expect(words.lines.join(' ')).toContain('The test email is a new address on example.com');
    let { state } = await send({ type: 'popup/get-state' }, popup);
    expect(state.testEmail).toBe(fill.testEmail);
    expect(state.jumpcloud.region).toBe('eu');
    await send({ type: 'popup/set-credentials', testEmail: 'chosen@example.com' }, popup);
    expect((await send({ type: 'jumpcloud/fill' }, jumpcloudTab)).suggested).toBe(false);
    await filled('scim-test-99999999@example.com');
    ({ state } = await send({ type: 'popup/get-state' }, popup));
    expect(state.testEmail).toBe('chosen@example.com');
  });

  it('words a fill from its outcomes, the token only masked', async () => {
    await capture(BASE, server.token);
    const results = [
      { field: 'api-type', outcome: 'filled' },
      { field: 'token', outcome: 'filled' },
      { field: 'base-url', outcome: 'kept', reason: 'other-value', current: 'https://old.example' },
    ];
    const { lines } = await send({ type: 'jumpcloud/filled', results, groupManagement: 'absent' }, jumpcloudTab);
    expect(lines[0]).toMatch(/^Filled: API Type \(SCIM API\), Token Key \(.+….+\)\.$/);
    expect(lines.join(' ')).toContain('Base URL holds "https://old.example"');
    expect(lines.join(' ')).not.toContain(server.token);
    const { state } = await send({ type: 'popup/get-state' }, popup);
    expect(state.jumpcloud.fields).toEqual({ 'api-type': 'filled', token: 'filled', 'base-url': 'kept' });
  });

  it('refuses a fill requested from a Trelica tab, handing out nothing', async () => {
    await capture(BASE, server.token);
    const reply = await send({ type: 'jumpcloud/fill' }, trelicaTab);
    expect(reply.ok).toBe(false);
    expect(JSON.stringify(reply)).not.toContain(server.token);
  });

  it('typed values and a click, no other step: the test runs on them and they are kept', async () => {
    const reply = await send(
      { type: 'popup/test-connection', baseUrl: `${BASE}/`, token: `Bearer ${server.token}` },
      popup,
    );
    expect(reply.result.verdict).toBe('ok');
    expect(reply.result.tested.baseUrl).toBe(BASE);
    const { state } = await send({ type: 'popup/get-state' }, popup);
    expect(state.baseUrl).toBe(BASE);
    expect(state.token.present).toBe(true);
    expect(state.token.fingerprint).toBe(reply.result.tested.tokenFingerprint);
  });

  it.each([
    ['http://', 'http://app.trelica.com/api/scim/v2'],
    ['a look-alike host', 'https://app.trelica.com.evil.test/api/scim/v2'],
    ['user info before the host', 'https://app.trelica.com@evil.test/api/scim/v2'],
  ])('a Base URL typed with %s answers url-invalid at once, never the good one stored before', async (_, typed) => {
    await capture(BASE, server.token);
    const reply = await send({ type: 'popup/test-connection', baseUrl: typed }, popup);
    expect(reply.result.verdict).toBe('url-invalid');
    expect(reply.result.evidence).toEqual([]);
    expect(server.requests()).toEqual([]);
    // The field is the truth: the good URL is no longer stored, the typed text is its draft.
    const { state } = await send({ type: 'popup/get-state' }, popup);
    expect(state.baseUrl).toBeNull();
    expect(state.drafts.baseUrl).toBe(typed);
    expect(await send({ type: 'jumpcloud/fill' }, jumpcloudTab)).toMatchObject({ ok: false, code: 'url-invalid' });
  });

  it('a malformed typed token answers token-malformed at once and leaves the captured one alone', async () => {
    await capture(BASE, server.token);
    const reply = await send({ type: 'popup/test-connection', baseUrl: BASE, token: 'abc def ghi jkl mno' }, popup);
    expect(reply.result.verdict).toBe('token-malformed');
    expect(server.requests()).toEqual([]);
    expect(JSON.stringify(session.dump())).toContain(server.token);
  });

  it('a rehearsal with an unusable test email answers email-invalid at once', async () => {
    await capture(BASE, server.token);
    const reply = await send({ type: 'popup/rehearse', baseUrl: BASE, testEmail: 'not an email' }, popup);
    expect(reply.result.verdict).toBe('email-invalid');
    expect(server.requests()).toEqual([]);
  });

  it('popup edits: an unusable email or URL replaces the stored one with a draft, never the other way round', async () => {
    await send({ type: 'popup/set-credentials', baseUrl: BASE, testEmail: 'a@example.com' }, popup);
    await send(
      { type: 'popup/set-credentials', testEmail: 'not an email', baseUrl: 'http://app.trelica.com/api/scim/v2' },
      popup,
    );
    const { state } = await send({ type: 'popup/get-state' }, popup);
    expect(state).toMatchObject({
      baseUrl: null,
      testEmail: null,
      drafts: { baseUrl: 'http://app.trelica.com/api/scim/v2', testEmail: 'not an email' },
    });
    await send({ type: 'popup/set-credentials', baseUrl: `${BASE}/` }, popup);
    const after = (await send({ type: 'popup/get-state' }, popup)).state;
    expect(after.baseUrl).toBe(BASE);
    expect(after.drafts.baseUrl).toBeNull();
  });
});

describe('fields picked by hand', () => {
  const locator = { id: 'secret-7', label: 'Credential' };

  it('are remembered per console origin from the tab that picked them, handed back to that console only, and forgotten', async () => {
    await capture(BASE, server.token);
    expect(await send({ type: 'jumpcloud/remember-field', field: 'token', locator }, jumpcloudTab)).toEqual({
      ok: true,
    });
    expect(
      await send({ type: 'trelica/remember-field', field: 'base-url', locator: { label: 'Endpoint' } }, trelicaTab),
    ).toEqual({ ok: true });
    // jumpcloudTab is the EU console: only that console gets its locators with the fill.
    expect((await send({ type: 'jumpcloud/fill' }, jumpcloudTab)).remembered).toEqual({ token: locator });
    const usConsole = { ...jumpcloudTab, url: 'https://console.jumpcloud.com/#/sso/1' };
    expect((await send({ type: 'jumpcloud/fill' }, usConsole)).remembered).toEqual({});
    expect(await send({ type: 'trelica/remembered' }, trelicaTab)).toEqual({
      ok: true,
      locators: { 'base-url': { label: 'Endpoint' } },
    });

    const { state } = await send(
      { type: 'popup/forget-field', origin: 'https://console.eu.jumpcloud.com', field: 'token' },
      popup,
    );
    expect(state.remembered).toEqual({ 'https://app.trelica.com': { 'base-url': { label: 'Endpoint' } } });
    expect((await send({ type: 'jumpcloud/fill' }, jumpcloudTab)).remembered).toEqual({});
  });

  it('a locator is refused from the wrong site or with a value-sized label, and nothing is stored', async () => {
    expect((await send({ type: 'jumpcloud/remember-field', field: 'token', locator }, trelicaTab)).ok).toBe(false);
    expect(
      (await send({ type: 'trelica/remember-field', field: 'token', locator: { label: 'x'.repeat(201) } }, trelicaTab))
        .ok,
    ).toBe(false);
    expect(local.dump()).toEqual({});
  });
});
