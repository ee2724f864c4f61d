// The Trelica-like SCIM server's side of the IdP dialects: it takes Entra ID's "True"/"False"
// strings for `active` (unless made strict), has no /Groups, and logs content headers and the
// body as the client sent it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTrelicaLikeServer, type RunningTrelicaLikeScim } from '../sandbox/scim-server';
import { PATCH_URN, expectScimError, useTrelicaLikeServer } from '../helpers/scim/server-client';

const { server, scim, postUser, patch } = useTrelicaLikeServer();

async function newUserId(): Promise<string> {
  const created = await postUser({ userName: 'dialect@example.com' });
  return ((await created.json()) as { id: string }).id;
}

describe("Entra ID's boolean strings", () => {
  it('takes "False" and "True" (any case) for active with a path', async () => {
    const id = await newUserId();
    const seen: boolean[] = [];
    for (const value of ['False', 'True', 'false', 'TRUE']) {
      expect((await patch(id, [{ op: 'Replace', path: 'active', value }])).status).toBe(200);
      seen.push(server().users()[0]?.active ?? true);
    }
    expect(seen).toEqual([false, true, false, true]);
  });

  it('takes them in a no-path replace too, and logs the body as sent', async () => {
    const id = await newUserId();
    const response = await patch(id, [{ op: 'replace', value: { active: 'False' } }]);
    expect(response.status).toBe(200);
    expect(server().users()[0]?.active).toBe(false);
    const logged = server().detailedRequests().at(-1);
    expect(logged?.body).toEqual({ schemas: [PATCH_URN], Operations: [{ op: 'replace', value: { active: 'False' } }] });
  });

  it('leaves other strings for scimmy to refuse', async () => {
    const id = await newUserId();
    await expectScimError(await patch(id, [{ op: 'Replace', path: 'active', value: 'no' }]), 400);
  });
});

describe('a strict server (acceptEntraBooleanStrings: false)', () => {
  let strict: RunningTrelicaLikeScim;
  beforeAll(async () => {
    strict = await startTrelicaLikeServer({ acceptEntraBooleanStrings: false });
  });
  afterAll(() => strict.close());

  it('refuses "False" with 400 invalidValue', async () => {
    const headers = { authorization: `Bearer ${strict.token}`, 'content-type': 'application/scim+json' };
    const created = await fetch(`${strict.baseUrl}/Users`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: 's@example.com' }),
    });
    const { id } = (await created.json()) as { id: string };
    const refused = await fetch(`${strict.baseUrl}/Users/${id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ schemas: [PATCH_URN], Operations: [{ op: 'Replace', path: 'active', value: 'False' }] }),
    });
    await expectScimError(refused, 400, 'invalidValue');
  });
});

describe('what the log keeps', () => {
  it('has no /Groups (Trelica has none): 404', async () => {
    await expectScimError(await scim('/Groups?excludedAttributes=members'), 404);
  });

  it('records Accept and Content-Type as sent, and never the Authorization value', async () => {
    await scim('/Users', { headers: { accept: 'application/scim+json' } });
    await postUser({ userName: 'headers@example.com' });
    const [read, create] = server().detailedRequests({ headers: true });
    expect(read?.headers).toEqual({ accept: 'application/scim+json', contentType: null });
    expect(create?.headers?.contentType).toBe('application/scim+json');
    expect(JSON.stringify(server().detailedRequests({ headers: true }))).not.toContain(server().token);
    expect(server().detailedRequests()[0]).not.toHaveProperty('headers');
  });
});
