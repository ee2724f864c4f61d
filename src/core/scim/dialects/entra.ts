// Microsoft Entra ID's calls (notes: /work/shared/reference/entra.md). "Test Connection" filters
// for a random GUID and needs 200 with no one; Entra may also look a group up. Provisioning
// looks the user up by userName, creates it with the enterprise extension, and updates and
// disables it with PATCH in Entra's own style: capitalised ops, one op per attribute, and
// "False" as a string. A Tenant URL ending in "?aadOptscim062020" switches Entra to standard
// SCIM: lower-case ops, simple attributes folded into one no-path replace with dotted keys, and
// a boolean. (Provision on demand ignores the flag and keeps the default style.)
import { filterPath } from '../paths';
import { SCIM_URN } from '../schemas';
import type { Dialect, NewUser } from './types';

/** Entra's test user: a GUID, made from 32 hex digits (the connection test's random). */
export function guidOf(hex: string): string {
  const h = hex.padEnd(32, '0').slice(0, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Entra's group probe, as it sends it: members excluded, a displayName filter. */
export function groupsProbePath(displayName: string): string {
  return `/Groups?excludedAttributes=members&filter=${encodeURIComponent(`displayName eq "${displayName}"`)}`;
}

export function entraCreateBody({ email, names }: NewUser) {
  return {
    schemas: [SCIM_URN.user, SCIM_URN.enterpriseUser],
    // Entra's default mapping sends mailNickname, the address's local part.
    externalId: email.slice(0, email.lastIndexOf('@')),
    userName: email,
    active: true,
    emails: [{ primary: true, type: 'work', value: email }],
    meta: { resourceType: 'User' },
    name: {
      formatted: `${names.givenName} ${names.familyName}`,
      familyName: names.familyName,
      givenName: names.givenName,
    },
    roles: [],
  };
}

const patchOp = (operations: unknown[]) => ({ schemas: [SCIM_URN.patchOp], Operations: operations });

const WORK_EMAIL = 'emails[type eq "work"].value';

const shared = {
  action: "Entra ID's provisioning",
  test: "Entra ID's Test Connection",
  onExisting: 'Entra ID would match it and update it.',
  headers: { contentType: 'application/scim+json' },
  testRandomBytes: 16,
  // The GUID is the userName of a user that cannot exist; the group name, one no one has.
  connectionTest: (hex: string) => [
    { role: 'absent-user', path: filterPath(guidOf(hex)) },
    { role: 'groups', path: groupsProbePath(`scim-check-${hex.slice(0, 16)}`) },
  ],
  lookupPath: filterPath,
  createBody: entraCreateBody,
  readBack: false,
  refusedCode: 'patch-refused',
  secrets: [],
} as const satisfies Partial<Dialect>;

export const ENTRA: Dialect = {
  ...shared,
  variant: 'entra',
  // One op per attribute; "Add" where the user had no value before (the create sends no displayName).
  update: ({ email, names }) => ({
    kind: 'patch',
    body: patchOp([
      { op: 'Replace', path: 'name.familyName', value: names.updatedFamilyName },
      { op: 'Replace', path: WORK_EMAIL, value: email },
      { op: 'Add', path: 'displayName', value: `${names.givenName} ${names.updatedFamilyName}` },
    ]),
    done: 'PATCH with "Replace" and "Add" ops and paths.',
  }),
  deactivate: {
    kind: 'patch',
    body: patchOp([{ op: 'Replace', path: 'active', value: 'False' }]),
    done: 'PATCH of active to the string "False".',
  },
};

export const ENTRA_COMPAT: Dialect = {
  ...shared,
  variant: 'entra-compat',
  action: "Entra ID's provisioning with ?aadOptscim062020",
  update: ({ names }) => ({
    kind: 'patch',
    body: patchOp([
      {
        op: 'replace',
        value: {
          'name.familyName': names.updatedFamilyName,
          displayName: `${names.givenName} ${names.updatedFamilyName}`,
        },
      },
    ]),
    done: 'PATCH with one "replace" without a path.',
  }),
  deactivate: {
    kind: 'patch',
    body: patchOp([{ op: 'replace', path: 'active', value: false }]),
    done: 'PATCH of active to false.',
  },
};
