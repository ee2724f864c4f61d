// A run cut short, over real HTTP against the Trelica-like SCIM server: the background dies (it
// is dropped, as a stopped service worker or a killed browser drops it) after Trelica created
// the test user and before its answer came back. A new background on the same storage.local
// (and, for a stopped background, the same storage.session) must name the user or remove it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBackground } from '../../src/background/handlers';
import { createJournalStore } from '../../src/background/journal-store';
import { createProgressStore } from '../../src/background/progress-store';
import { createRouter, type Sender } from '../../src/background/router';
import { createVault } from '../../src/background/vault';
import { createRunGate } from '../../src/core/run-gate';
import { startTrelicaLikeServer, type RunningTrelicaLikeScim } from '../sandbox/scim-server';
import { fakeStorageArea, type FakeStorageArea } from '../helpers/fake-storage';

const own = { id: 'ownid', baseUrl: 'chrome-extension://ownid/' };
const popup: Sender = { id: own.id, url: `${own.baseUrl}src/popup/index.html` };
const trelicaTab: Sender = { id: own.id, url: 'https://app.trelica.com/settings/users', frameId: 0, tab: { id: 1 } };
const jumpcloudTab: Sender = { id: own.id, url: 'https://console.jumpcloud.com/#/sso/1', frameId: 0, tab: { id: 2 } };
const BASE = 'https://app.trelica.com/api/scim/v2';
const EMAIL = 'scim-rehearsal-1@example.com';

let server: RunningTrelicaLikeScim;
let local: FakeStorageArea;
let session: FakeStorageArea;
/** While set, a request with this method reaches the server (which acts on it) but its answer never comes back. */
let hold: 'POST' | 'PUT' | 'PATCH' | null;

beforeAll(async () => {
  server = await startTrelicaLikeServer({ domains: ['example.com'] });
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  local = fakeStorageArea();
  session = fakeStorageArea();
  hold = null;
});

async function toServer(url: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const answer = fetch(String(url).replace('https://app.trelica.com', server.origin), init);
  if (!hold || init?.method !== hold) return answer;
  await answer; // created, or changed
  return new Promise<Response>(() => undefined);
}

/** A background as the browser starts one: its own instance, over the storage areas given. */
function startBackground(instance: string, areas = { local, session }) {
  const background = createBackground({
    vault: createVault(areas.session),
    progress: createProgressStore(areas.local),
    journal: createJournalStore(areas.local),
    gate: createRunGate(),
    instance,
    fetch: toServer,
    now: Date.now,
    hasHostAccess: async () => true,
    startScript: () => Promise.reject(new Error('no script injection here')),
  });
  const route = createRouter(background.handlers, own);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const send = (message: unknown, sender: Sender = popup) => route(message, sender) as Promise<any>;
  return { send, start: () => background.start() };
}

async function until<T>(what: string, check: () => T | undefined | false): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * The first background captures, then dies mid-rehearsal with the test user created: while
 * Trelica's answer to the create is on its way (`POST`, the default), or later, while a change
 * the IdP's dialect sends after the create is answered (Okta `PUT`s the whole user, Entra `PATCH`es).
 */
async function crashMidRehearsal(
  idp: 'jumpcloud' | 'okta' | 'entra' = 'jumpcloud',
  at: 'POST' | 'PUT' | 'PATCH' = 'POST',
) {
  const first = startBackground('first');
  await first.start();
  await first.send({ type: 'trelica/capture', baseUrl: BASE, token: server.token, scimState: 'enabled' }, trelicaTab);
  if (idp !== 'jumpcloud') expect((await first.send({ type: 'popup/choose-idp', idp })).ok).toBe(true);
  hold = at;
  void first.send({ type: 'popup/rehearse', baseUrl: BASE, testEmail: EMAIL });
  await until(`the rehearsal's ${at} to reach Trelica`, () => server.requests().some((r) => r.method === at));
  hold = null;
  expect(server.users()).toHaveLength(1);
  const journal = (local.dump() as { journal: { testUsers: unknown[] } }).journal;
  expect(journal.testUsers).toEqual([expect.objectContaining({ userName: EMAIL, baseUrl: BASE, absentBefore: true })]);
  expect(JSON.stringify(local.dump())).not.toContain(server.token);
}

const posts = () => server.requests().filter((r) => r.method === 'POST');

describe('a rehearsal cut short', () => {
  it.each([
    ['jumpcloud', 'POST'],
    ['entra', 'PATCH'],
  ] as const)(
    'replaying %s, cut at its %s, after a browser restart (no token in memory): named in the popup, removed once a token is typed',
    async (idp, at) => {
      await crashMidRehearsal(idp, at);
      const next = startBackground('after-restart', { local, session: fakeStorageArea() });
      await next.start();
      expect(server.users()).toHaveLength(1);

      const { state } = await next.send({ type: 'popup/get-state' });
      expect(state.token.present).toBe(false);
      expect(state.journal.testUsers).toEqual([expect.objectContaining({ userName: EMAIL })]);
      expect(state.journal.interrupted).toMatchObject({ kind: 'rehearsal', baseUrl: BASE, testEmail: EMAIL });

      // Without a token nothing can be done, and nothing is closed.
      const without = await next.send({ type: 'popup/remove-test-users' });
      expect(without.results).toEqual([]);
      expect(without.state.journal.testUsers).toHaveLength(1);

      const removed = await next.send({ type: 'popup/remove-test-users', token: server.token });
      expect(removed.results).toEqual([expect.objectContaining({ userName: EMAIL, outcome: 'removed', code: 'ok' })]);
      expect(removed.state.journal.testUsers).toEqual([]);
      expect(removed.state.journal.cleaned).toEqual([expect.objectContaining({ outcome: 'removed' })]);
      expect(server.users()).toEqual([]);
      expect(posts()).toHaveLength(1);

      const dismissed = await next.send({ type: 'popup/dismiss-notes' });
      expect(dismissed.state.journal).toEqual({ testUsers: [], interrupted: null, cleaned: [] });
    },
  );

  it('after the background alone was stopped (the token still in memory): removed as the next one starts', async () => {
    await crashMidRehearsal();
    const next = startBackground('after-stop');
    await next.start();
    expect(server.users()).toEqual([]);
    const { state } = await next.send({ type: 'popup/get-state' });
    expect(state.journal.testUsers).toEqual([]);
    expect(state.journal.cleaned).toEqual([expect.objectContaining({ userName: EMAIL, outcome: 'removed' })]);
    expect(state.journal.interrupted).toMatchObject({ kind: 'rehearsal' });
  });

  // The journal does not depend on whose calls the rehearsal replays; each IdP's dialect is
  // cut at the create and, where the dialect sends one, at a change after it.
  it.each([
    ['okta', 'POST'],
    ['okta', 'PUT'],
    ['entra', 'POST'],
    ['entra', 'PATCH'],
  ] as const)('replaying %s, cut at its %s: the next background removes the user', async (idp, at) => {
    await crashMidRehearsal(idp, at);
    const next = startBackground('after-stop');
    await next.start();
    expect(server.users()).toEqual([]);
    const { state } = await next.send({ type: 'popup/get-state' });
    expect(state.journal.testUsers).toEqual([]);
    expect(state.journal.cleaned).toEqual([expect.objectContaining({ userName: EMAIL, outcome: 'removed' })]);
    expect(posts()).toHaveLength(1);
  });

  it('after a restart, capturing the token on Trelica is enough: the user goes at once', async () => {
    await crashMidRehearsal();
    const next = startBackground('after-restart', { local, session: fakeStorageArea() });
    await next.start();
    await next.send({ type: 'trelica/capture', baseUrl: BASE, token: server.token, scimState: 'enabled' }, trelicaTab);
    await until('the leftover test user to be removed', () => server.users().length === 0);
    // And confirmed gone: the journal closes only after the last request of the removal.
    await until('the journal entry to close', () => {
      const journal = (local.dump() as { journal?: { testUsers: unknown[] } }).journal;
      return journal?.testUsers.length === 0;
    });
  });

  it('never uses, on its own, a token other than the one that created the user', async () => {
    await crashMidRehearsal();
    const next = startBackground('after-restart', { local, session: fakeStorageArea() });
    await next.start();
    await next.send({ type: 'popup/set-credentials', token: 'OtherOrg0123456789abcdef0123456789abcdef' });
    expect((await next.send({ type: 'popup/remove-test-users' })).results).toEqual([]);
    expect(server.requests().filter((r) => r.method === 'GET')).toHaveLength(1); // the rehearsal's lookup only
  });
});

describe('one run at a time', () => {
  it('a rehearsal asked for while a leftover test user is being removed waits for it, then runs', async () => {
    await crashMidRehearsal();
    const next = startBackground('after-stop');
    const starting = next.start(); // removes the leftover user with the token still in memory
    const rehearsal = await next.send({ type: 'popup/rehearse', baseUrl: BASE, testEmail: 'another@example.com' });
    await starting;
    expect(rehearsal.result.verdict).toBe('ok');
    expect(server.users()).toEqual([]);
  });

  it('a double click on "Rehearse activation" makes one create, and both get its result', async () => {
    const bg = startBackground('one');
    await bg.send({ type: 'trelica/capture', baseUrl: BASE, token: server.token, scimState: 'enabled' }, trelicaTab);
    const rehearse = { type: 'popup/rehearse', baseUrl: BASE, testEmail: EMAIL };
    const [a, b] = await Promise.all([bg.send(rehearse), bg.send(rehearse)]);
    expect(a.result.verdict).toBe('ok');
    expect(b).toEqual(a);
    expect(posts()).toHaveLength(1);
  });

  it('the popup and JumpCloud’s "Find out why" at once: one create; the other is told a run is under way', async () => {
    const bg = startBackground('one');
    await bg.send({ type: 'trelica/capture', baseUrl: BASE, token: server.token, scimState: 'enabled' }, trelicaTab);
    const fromPopup = bg.send({ type: 'popup/rehearse', baseUrl: BASE, testEmail: EMAIL });
    const fromPage = bg.send(
      {
        type: 'jumpcloud/find-out-why',
        action: 'activate',
        baseUrl: `${BASE}/`,
        token: server.token,
        testEmail: 'other@example.com',
      },
      jumpcloudTab,
    );
    const test = bg.send({ type: 'popup/test-connection', baseUrl: BASE });
    const [rehearsal, page, connection] = await Promise.all([fromPopup, fromPage, test]);
    // Whichever came first ran; the other was refused, whatever order the messages took.
    const refused = {
      ok: false,
      message: expect.stringMatching(/^An activation rehearsal is already running for this Base URL/),
    };
    const [ran, other] = rehearsal.ok ? [rehearsal.result, page] : [page, rehearsal];
    expect(ran.code ?? ran.verdict).toBe('ok');
    expect(other).toMatchObject(refused);
    expect(connection).toMatchObject(refused);
    expect(posts()).toHaveLength(1);
    // Once it ends, the Base URL is free again.
    expect((await bg.send({ type: 'popup/test-connection', baseUrl: BASE })).result.verdict).toBe('ok');
  });
});
