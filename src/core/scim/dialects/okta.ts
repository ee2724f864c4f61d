// Okta's calls from a custom (App Integration Wizard) SCIM 2.0 app, as Okta documents them
// (notes: /work/shared/reference/okta.md). "Test Connector Configuration" reads two users; an
// assignment looks the user up with paging parameters, creates it with Okta's full body and
// reads it back; a profile update and a deactivation each read the user and PUT it whole.
// Okta never deletes: the rehearsal's DELETE is the extension cleaning up after itself.
import { absentUserName } from '../paths';
import { SCIM_URN, userNameEq } from '../schemas';
import type { Dialect, NewUser } from './types';

export const OKTA_LIST_PATH = '/Users?startIndex=1&count=2';

/**
 * Okta sends a password with every create, even with "Sync Password" off. This one is fixed and
 * means nothing anywhere: it goes in the POST body only, and results never quote it.
 */
export const OKTA_PLACEHOLDER_PASSWORD = 'Rehearsal-Placeholder-0kta!';

/** Okta's lookup: the userName filter with the paging of its assignment. */
export function oktaLookupPath(userName: string): string {
  return `/Users?filter=${encodeURIComponent(userNameEq(userName))}&startIndex=1&count=100`;
}

/** Okta user ids are 20 characters starting "00u"; its externalId is that id. */
export function oktaUserId(random: string): string {
  return `00u${random.slice(0, 17)}`;
}

export function oktaCreateBody({ email, names, random }: NewUser) {
  return {
    schemas: [SCIM_URN.user],
    userName: email,
    name: { givenName: names.givenName, familyName: names.familyName },
    emails: [{ primary: true, value: email, type: 'work' }],
    displayName: `${names.givenName} ${names.familyName}`,
    locale: 'en-US',
    externalId: oktaUserId(random),
    groups: [],
    password: OKTA_PLACEHOLDER_PASSWORD,
    active: true,
  };
}

function withFamilyName(current: Record<string, unknown>, familyName: string, givenName: string) {
  const name = typeof current['name'] === 'object' && current['name'] !== null ? current['name'] : {};
  return {
    ...current,
    name: { ...name, familyName },
    displayName: `${givenName} ${familyName}`,
  };
}

export const OKTA: Dialect = {
  variant: 'okta',
  action: "Okta's provisioning",
  test: "Okta's Test Connector Configuration",
  onExisting: 'Okta would take it over with a PUT.',
  // Okta also sends "User-Agent: Okta SCIM Client 1.0.0", which a browser's fetch cannot set.
  headers: { accept: 'application/scim+json', contentType: 'application/scim+json; charset=utf-8' },
  // Okta's own test is the list read alone. The filter probe is kept: Okta's first assignment
  // sends exactly this filter, and a server that 404s it or ignores it passes Okta's test, then
  // fails every assignment. Better to learn that here than from Okta's error queue.
  testRandomBytes: 8,
  connectionTest: (hex) => [
    { role: 'list', path: OKTA_LIST_PATH },
    { role: 'absent-user', path: oktaLookupPath(absentUserName(hex)) },
  ],
  lookupPath: oktaLookupPath,
  createBody: oktaCreateBody,
  readBack: true,
  // The whole object as read, id and meta included, as Okta sends it.
  update: ({ names }) => ({
    kind: 'put',
    change: (current) => withFamilyName(current, names.updatedFamilyName, names.givenName),
    done: 'GET, then PUT of the whole user with a new family name.',
  }),
  deactivate: {
    kind: 'put',
    change: (current) => ({ ...current, active: false }),
    done: 'GET, then PUT of the whole user with active false.',
  },
  refusedCode: 'put-refused',
  secrets: [OKTA_PLACEHOLDER_PASSWORD],
};
