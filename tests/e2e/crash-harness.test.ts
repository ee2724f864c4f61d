// The crash harness itself, in both browsers, with the extension as built today: the SCIM
// server holds an answer at an exact moment, the browser is killed mid-request and started
// again on its profile (storage.local survives, storage.session does not), and the background
// is stopped with its own request in flight. The feature's crash tests build on these.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { CLIENT_GONE_STATUS, openPopup, stillRunning } from '../sandbox';
import { describeInBrowsers, type E2E } from './suite';

const BASE_URL = 'https://app.trelica.com/api/scim/v2';
const TEST_EMAIL = 'crash-harness@example.com';

/** The popup's "Rehearse activation" as a message: the BACKGROUND then GETs, POSTs /Users... */
function startRehearsal(e2e: E2E): Promise<unknown> {
  const reply = e2e.browser.extension.send({
    type: 'popup/rehearse',
    baseUrl: BASE_URL,
    token: e2e.sandbox.scim.token,
    testEmail: TEST_EMAIL,
  });
  // Cut short on purpose: the page that sent it dies, or the background does.
  return reply.catch((error: unknown) => error);
}

/** The hold's moment, or the reason it never comes: the rehearsal answered without that request. */
function before<T>(moment: Promise<T>, reply: Promise<unknown>): Promise<T> {
  const answered = reply.then((r) => {
    throw new Error(`The rehearsal answered before the held request: ${JSON.stringify(r)}`);
  });
  return Promise.race([moment, answered]);
}

const posts = (e2e: E2E) => e2e.sandbox.scim.detailedRequests().filter((r) => r.method === 'POST');
const userNames = (e2e: E2E) => e2e.sandbox.scim.users().map((u) => u.userName);

describeInBrowsers('crash harness', (e2e) => {
  // Each test starts with nothing stored: no earlier run's leftovers for the extension to act on.
  beforeEach(async () => {
    e2e.sandbox.scim.reset();
    await e2e.browser.extension.clearStorage('local');
    await e2e.browser.extension.clearStorage('session');
  });
  // A test that failed between crash() and restart() must not take the next ones down with it.
  afterEach(async () => {
    await e2e.browser.restart().catch((error: Error) => {
      if (!/is running/.test(error.message)) throw error;
    });
  });

  it('kills every browser process; a restart on the same profile keeps storage.local and empties storage.session', async () => {
    await e2e.browser.extension.setStorage('local', { harness: 'kept on disk' });
    await e2e.browser.extension.setStorage('session', { harness: 'kept in memory' });
    const origin = e2e.browser.extension.origin;

    const killed = await e2e.browser.crash();
    expect(killed.length).toBeGreaterThan(1); // the browser and its children, not the browser alone
    expect(stillRunning(killed)).toEqual([]);
    await expect(e2e.browser.newPage()).rejects.toThrow(/restart\(\) it after crash\(\)/);

    await e2e.browser.restart();
    expect(e2e.browser.extension.origin).toBe(origin);
    expect(await e2e.browser.extension.getStorage('local')).toMatchObject({ harness: 'kept on disk' });
    expect(await e2e.browser.extension.getStorage('session')).toEqual({});
    // The restarted extension works end to end: its popup opens and its background answers.
    const popup = await openPopup(e2e);
    expect(await popup.count('button', 'Rehearse activation')).toBe(1);
    await popup.close();
    expect(await e2e.browser.extension.send({ type: 'popup/get-state' })).toMatchObject({ ok: true });
  });

  it('holds the 201 of POST /Users after the user exists; a crash then cuts it, and the user stays', async () => {
    const hold = e2e.sandbox.scim.hold({ method: 'POST', path: '/Users' });
    const reply = startRehearsal(e2e);
    expect((await before(hold.acted, reply)).status).toBe(201);
    expect(userNames(e2e)).toEqual([TEST_EMAIL]);

    await e2e.browser.crash();
    expect(await hold.ended).toBe('client-gone');
    await reply;
    // Exactly one create, with what the extension sent, cut before its answer reached it.
    expect(posts(e2e)).toEqual([
      expect.objectContaining({
        pathname: '/Users',
        status: CLIENT_GONE_STATUS,
        body: expect.objectContaining({ userName: TEST_EMAIL }),
      }),
    ]);
    expect(userNames(e2e)).toEqual([TEST_EMAIL]);

    await e2e.browser.restart();
    expect(await e2e.browser.extension.send({ type: 'popup/get-state' })).toMatchObject({ ok: true });
  });

  it.each(['stop', 'kill'] as const)(
    'background.%s() stops the background while its own POST /Users is in flight',
    async (how) => {
      const hold = e2e.sandbox.scim.hold({ method: 'POST', path: '/Users', when: 'before-acting' });
      const reply = startRehearsal(e2e);
      await before(hold.arrived, reply);
      expect(await e2e.browser.background.running()).toBe(true);

      await e2e.browser.background[how]();
      expect(await e2e.browser.background.running()).toBe(false);
      // The background's request died with it: the server saw its client go.
      expect(await hold.ended).toBe('client-gone');
      expect(await reply).toBeInstanceOf(Error);
      hold.release(); // too late: a request whose client left is not acted on
      expect(posts(e2e).map((r) => r.status)).toEqual([CLIENT_GONE_STATUS]);
      expect(userNames(e2e)).toEqual([]);

      // The next message wakes it as usual.
      expect(await e2e.browser.extension.send({ type: 'popup/get-state' })).toMatchObject({ ok: true });
      expect(await e2e.browser.background.running()).toBe(true);
    },
  );
});
