import { describe, expect, it } from 'vitest';
import type { TestUserEntry } from '../../../../src/core/journal';
import { removeTestUser } from '../../../../src/core/scim/cleanup';
import { CleanupResultSchema } from '../../../../src/core/scim/results';
import { REHEARSAL_NAME } from '../../../../src/core/scim/rehearsal';
import { BASE, TOKEN, json, scimError, steppingClock } from '../../../helpers/scim/fetch-fakes';
import { fakeScim } from '../../../helpers/scim/in-memory-scim';

const EMAIL = 'scim-test-7@example.com';
const entry = (extra: Partial<TestUserEntry> = {}): TestUserEntry => ({
  runId: 'run-1',
  userName: EMAIL,
  baseUrl: BASE,
  at: 1,
  absentBefore: true,
  tokenFingerprint: null,
  ...extra,
});
const REHEARSAL = { givenName: REHEARSAL_NAME.givenName, familyName: REHEARSAL_NAME.updatedFamilyName };

async function remove(server: ReturnType<typeof fakeScim>, e: TestUserEntry, token = TOKEN) {
  const result = await removeTestUser({
    baseUrl: BASE,
    token,
    entry: e,
    fetch: server.fetch,
    now: steppingClock(),
    timeoutMs: 50,
  });
  expect(CleanupResultSchema.safeParse(result).success).toBe(true);
  expect(JSON.stringify(result)).not.toContain(TOKEN);
  return result;
}

describe('removing a journalled test user', () => {
  it('deletes the user with the journalled id, and confirms it gone', async () => {
    const server = fakeScim();
    const id = server.add(EMAIL, REHEARSAL);
    const result = await remove(server, entry({ userId: id }));
    expect(result).toMatchObject({ outcome: 'removed', code: 'ok', runId: 'run-1', userName: EMAIL });
    expect(server.users()).toEqual([]);
    expect(server.calls.map((c) => `${c.method} ${c.path.split('?')[0]}`)).toEqual([
      'GET /Users',
      `DELETE /Users/${id}`,
      `GET /Users/${id}`,
    ]);
  });

  it('without an id (the run died before Trelica answered), deletes the user only if it carries the rehearsal’s name', async () => {
    const server = fakeScim();
    server.add(EMAIL, REHEARSAL);
    expect((await remove(server, entry())).outcome).toBe('removed');
    expect(server.users()).toEqual([]);
  });

  it('leaves alone a user of that name that the extension did not make', async () => {
    const server = fakeScim();
    server.add(EMAIL, { givenName: 'Ada', familyName: 'Lovelace' });
    const result = await remove(server, entry());
    expect(result).toMatchObject({ outcome: 'not-ours', code: 'ok' });
    expect(server.users()).toHaveLength(1);
    expect(server.ops()).toEqual(['lookup']);
  });

  it('leaves alone a user whose id is not the journalled one, whatever its name', async () => {
    const server = fakeScim();
    server.add(EMAIL, REHEARSAL);
    expect((await remove(server, entry({ userId: 'another-id' }))).outcome).toBe('not-ours');
    expect(server.users()).toHaveLength(1);
  });

  it('finds no one: already gone, nothing deleted', async () => {
    const server = fakeScim();
    expect(await remove(server, entry({ userId: 'u' }))).toMatchObject({ outcome: 'already-gone', code: 'ok' });
    expect(server.ops()).toEqual(['lookup']);
  });

  it('says why when the lookup is refused, and deletes nothing', async () => {
    const server = fakeScim();
    server.add(EMAIL, REHEARSAL);
    server.fault('lookup', () => json(401, scimError(401, 'bad token')));
    expect(await remove(server, entry())).toMatchObject({ outcome: 'failed', code: 'unauthorized' });
    expect(server.users()).toHaveLength(1);
  });

  it('reports a delete Trelica refuses as cleanup-failed', async () => {
    const server = fakeScim();
    const id = server.add(EMAIL, REHEARSAL);
    server.fault('delete', () => json(500, scimError(500, 'oops')));
    expect(await remove(server, entry({ userId: id }))).toMatchObject({ outcome: 'failed', code: 'cleanup-failed' });
  });

  it('reports a user still found after its delete as cleanup-failed', async () => {
    const server = fakeScim();
    const id = server.add(EMAIL, REHEARSAL);
    server.fault('delete', () => new Response(null, { status: 204 }));
    expect(await remove(server, entry({ userId: id }))).toMatchObject({ outcome: 'failed', code: 'cleanup-failed' });
  });

  it('sends nothing without a usable token, or to another Base URL than the user was created under', async () => {
    const server = fakeScim();
    expect(await remove(server, entry(), '')).toMatchObject({ outcome: 'failed', code: 'token-missing' });
    const elsewhere = entry({ baseUrl: 'https://eu.trelica.com/api/scim/v2' });
    expect(await remove(server, elsewhere)).toMatchObject({ outcome: 'failed', code: 'url-wrong-path' });
    expect(server.calls).toEqual([]);
  });
});
