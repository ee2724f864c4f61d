// `npm start -- --idp okta` walks the whole Okta setup (tests/sandbox/flows/okta-walkthrough.ts):
// this runs that walkthrough in both browsers on the suite's build, as a newcomer would (the
// popup's "Identity provider", "Allow access to Okta" where the browser asks, the panel's
// buttons on Okta's page), and then holds the requests the built extension sent Trelica to
// Okta's own sequence, in order and shape, from the SCIM server's log.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OKTA_STEPS, runWalkthrough } from '../sandbox';
import { describeInBrowsers } from './suite';

const SCIM_JSON = 'application/scim+json';

describeInBrowsers(
  'npm start -- --idp okta',
  (e2e) => {
    let outDir = '';
    beforeAll(async () => (outDir = await mkdtemp(join(tmpdir(), 'okta-walkthrough-'))));
    afterAll(() => rm(outDir, { recursive: true, force: true }));

    it("passes every step, and the rehearsal sent Trelica Okta's calls in Okta's order", async () => {
      e2e.sandbox.scim.reset();
      const shots = await runWalkthrough(e2e, { outDir, steps: OKTA_STEPS });
      expect(shots.map((s) => s.slug)).toEqual(OKTA_STEPS.map((s) => s.slug));

      const log = e2e.sandbox.scim.detailedRequests({ headers: true });
      // Okta assigns: lookup by userName, create, read back, then GET + full PUT for an update
      // and for a deactivation; never a PATCH, never Okta's DELETE: the last two are ours.
      const posted = log.findIndex((r) => r.method === 'POST');
      expect(posted).toBeGreaterThan(0);
      const lookup = log[posted - 1]!;
      expect(lookup.method).toBe('GET');
      expect(lookup.query).toMatchObject({ startIndex: '1', count: '100' });
      expect(lookup.query?.filter).toMatch(/^userName eq ".+"$/);
      const id = (log.slice(posted + 1).find((r) => r.method === 'PUT')?.path ?? '').split('/').pop();
      const user = `/Users/${id}`;
      expect(log.slice(posted).map((r) => `${r.method} ${r.path.split('?')[0]} ${r.status}`)).toEqual([
        'POST /Users 201',
        `GET ${user} 200`,
        `GET ${user} 200`,
        `PUT ${user} 200`,
        `GET ${user} 200`,
        `PUT ${user} 200`,
        `DELETE ${user} 204`,
        `GET ${user} 404`,
      ]);
      const [create, , , update, , deactivate] = log.slice(posted);
      expect(create?.body).toMatchObject({ locale: 'en-US', groups: [], active: true, emails: [{ type: 'work' }] });
      expect(update?.body).toMatchObject({ id, active: true, meta: { resourceType: 'User' } });
      expect(deactivate?.body).toMatchObject({ id, active: false });
      for (const request of log.slice(posted - 1, posted + 6)) expect(request.headers?.accept).toBe(SCIM_JSON);
      expect(log.some((r) => r.method === 'PATCH')).toBe(false);
      // Okta's own connector test reached Trelica too (through Okta's servers: the sandbox).
      expect(log.some((r) => r.path === '/Users?startIndex=1&count=2' && r.status === 200)).toBe(true);
      expect(e2e.sandbox.scim.users()).toEqual([]);
    });
  },
  { grantOptionalHosts: true },
);
