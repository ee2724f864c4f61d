// `npm start -- --idp entra` walks the whole Microsoft Entra ID setup
// (tests/sandbox/flows/entra-walkthrough.ts): this runs that walkthrough in both browsers on the
// suite's build, as a newcomer would (the popup's "Identity provider", "Allow access to Microsoft
// Entra ID" where the browser asks, the panel's buttons inside the blade's cross-origin frame),
// then holds the requests the built extension sent Trelica to Entra's own sequence, in order and
// shape, from the SCIM server's log: Entra's default style, and the standard one that
// "?aadOptscim062020" on the Tenant URL selects.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SCIM_URN } from '../../src/core/scim/schemas';
import {
  allowEntraAccess,
  chooseEntra,
  ENTRA_STEPS,
  ENTRA_TEST_EMAIL,
  fillOnEntra,
  openPopup,
  rehearse,
  runWalkthrough,
  testConnection,
  typeCredentials,
  waitForExtensionState,
  type DetailedRequest,
} from '../sandbox';
import { describeInBrowsers } from './suite';

const SCIM_JSON = 'application/scim+json';
const FLAG = 'aadOptscim062020';

/**
 * The rehearsal's requests in the log: from its lookup of the test email to the read that
 * confirms the test user gone. Entra's own calls (its Test Connection, Provision on demand) and
 * the popup's connection test are around it, never inside.
 */
function rehearsalOf(log: DetailedRequest[], email: string): { requests: DetailedRequest[]; id: string } {
  const posted = log.findIndex(
    (r) => r.method === 'POST' && (r.body as { userName?: string } | undefined)?.userName === email,
  );
  expect(posted, `no POST /Users for ${email} in ${JSON.stringify(log.map((r) => r.path))}`).toBeGreaterThan(0);
  const id = (log.slice(posted + 1).find((r) => r.method === 'PATCH')?.pathname ?? '').split('/').pop() ?? '';
  const gone = log.findIndex((r, i) => i > posted && r.method === 'GET' && r.pathname === `/Users/${id}`);
  return { requests: log.slice(posted - 1, gone + 1), id };
}

/** Entra's sequence: filter by userName, create, PATCH the update, PATCH the disable; then our delete. */
function expectEntraSequence(requests: DetailedRequest[], id: string, email: string): void {
  const user = `/Users/${id}`;
  expect(requests.map((r) => `${r.method} ${r.pathname} ${r.status}`)).toEqual([
    'GET /Users 200',
    'POST /Users 201',
    `PATCH ${user} 200`,
    `PATCH ${user} 200`,
    `DELETE ${user} 204`,
    `GET ${user} 404`,
  ]);
  const [lookup, create] = requests;
  // Entra's lookup: the filter alone, no paging.
  expect(lookup!.query).toEqual({ filter: `userName eq "${email}"` });
  expect(create!.body).toMatchObject({
    schemas: [SCIM_URN.user, SCIM_URN.enterpriseUser],
    externalId: email.split('@')[0],
    userName: email,
    active: true,
    emails: [{ primary: true, type: 'work', value: email }],
    roles: [],
  });
  for (const request of requests.slice(1, 4)) expect(request.headers?.contentType).toBe(SCIM_JSON);
  for (const request of requests) expect(request.path).not.toContain(FLAG);
}

describeInBrowsers(
  'npm start -- --idp entra',
  (e2e) => {
    let outDir = '';
    beforeAll(async () => (outDir = await mkdtemp(join(tmpdir(), 'entra-walkthrough-'))));
    afterAll(() => rm(outDir, { recursive: true, force: true }));

    it("passes every step, and the rehearsal sent Trelica Entra's calls in Entra's order", async () => {
      e2e.sandbox.scim.reset();
      const shots = await runWalkthrough(e2e, { outDir, steps: ENTRA_STEPS });
      expect(shots.map((s) => s.slug)).toEqual(ENTRA_STEPS.map((s) => s.slug));

      const log = e2e.sandbox.scim.detailedRequests({ headers: true });
      const { requests, id } = rehearsalOf(log, ENTRA_TEST_EMAIL);
      expectEntraSequence(requests, id, ENTRA_TEST_EMAIL);
      const [, , update, disable] = requests;
      // Entra's default style: capitalised ops, one per attribute with its path, "False" a string.
      expect(update!.body).toEqual({
        schemas: [SCIM_URN.patchOp],
        Operations: [
          { op: 'Replace', path: 'name.familyName', value: expect.any(String) },
          { op: 'Replace', path: 'emails[type eq "work"].value', value: ENTRA_TEST_EMAIL },
          { op: 'Add', path: 'displayName', value: expect.any(String) },
        ],
      });
      expect(disable!.body).toEqual({
        schemas: [SCIM_URN.patchOp],
        Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
      });
      // The popup's "Test connection" replays Entra's test: the GUID no one has, the groups probe.
      const guid = /^userName eq "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"$/;
      const tests = log.filter((r) => r.method === 'GET' && r.pathname === '/Users' && guid.test(r.query.filter ?? ''));
      // Entra's own Test Connection (through its servers: the sandbox's back end), twice, and ours.
      expect(tests.length).toBeGreaterThanOrEqual(3);
      expect(tests.every((r) => r.status === 200)).toBe(true);
      expect(log.some((r) => r.pathname === '/Groups' && r.query.excludedAttributes === 'members')).toBe(true);
      // Provision on demand created its first user (and nothing else is left).
      expect(e2e.sandbox.scim.users().map((u) => u.userName)).toEqual(['adele.vance@example.com']);
    });

    it(`with "?${FLAG}" on the Tenant URL: Entra's standard style, flag kept in the fill`, async () => {
      e2e.sandbox.scim.reset();
      const tenantUrl = `${e2e.sandbox.shownBaseUrl().replace(/\/$/, '')}?${FLAG}`;
      const popup = await openPopup(e2e);
      try {
        await chooseEntra(e2e, popup);
        await allowEntraAccess(popup);
        await typeCredentials(popup, {
          baseUrl: tenantUrl,
          token: e2e.sandbox.scim.token,
          testEmail: ENTRA_TEST_EMAIL,
        });
        await waitForExtensionState(e2e, 'the flagged Base URL to be kept', (s) => s.baseUrl?.includes(FLAG) ?? false);

        // "Fill from Trelica" keeps the flag in Entra's Tenant URL: it selects the dialect there.
        const { shell, state } = await fillOnEntra(e2e, 'classic');
        expect(state.tenantUrl).toBe(tenantUrl);
        await shell.close();

        expect((await testConnection(popup)).diagnosis).toBe('ok');
        const result = await rehearse(popup, 'Rehearse provisioning');
        expect(result.diagnosis, result.text).toBe('ok');
      } finally {
        await popup.close();
      }
      const { requests, id } = rehearsalOf(e2e.sandbox.scim.detailedRequests({ headers: true }), ENTRA_TEST_EMAIL);
      expectEntraSequence(requests, id, ENTRA_TEST_EMAIL);
      const [, , update, disable] = requests;
      // Lower-case ops, the update one no-path replace with dotted keys, the disable a boolean.
      expect(update!.body).toEqual({
        schemas: [SCIM_URN.patchOp],
        Operations: [
          { op: 'replace', value: { 'name.familyName': expect.any(String), displayName: expect.any(String) } },
        ],
      });
      expect(disable!.body).toEqual({
        schemas: [SCIM_URN.patchOp],
        Operations: [{ op: 'replace', path: 'active', value: false }],
      });
      expect(e2e.sandbox.scim.users()).toEqual([]);
    });
  },
  { grantOptionalHosts: true },
);
