// JumpCloud's calls: "Test Connection" reads the user list; "Activate" looks the user up,
// creates it, and later updates it with one PatchOp replace that has a path. The rehearsal
// deletes its test user itself; JumpCloud's own deprovisioning is not rehearsed.
import { filterPath, LIST_PATH, absentUserName } from '../paths';
import { newUserBody, replaceOpBody } from '../schemas';
import { DEFAULT_HEADERS } from '../client';
import type { Dialect } from './types';

export const JUMPCLOUD: Dialect = {
  variant: 'jumpcloud',
  action: "JumpCloud's Activate",
  test: "JumpCloud's Test Connection",
  onExisting: "JumpCloud's Activate would fail.",
  headers: DEFAULT_HEADERS,
  // The list read is JumpCloud's own test; the filter is what its Activate depends on.
  testRandomBytes: 8,
  connectionTest: (hex) => [
    { role: 'list', path: LIST_PATH },
    { role: 'absent-user', path: filterPath(absentUserName(hex)) },
  ],
  lookupPath: filterPath,
  createBody: ({ email, names }) => newUserBody(email, names.givenName, names.familyName),
  readBack: false,
  update: ({ names }) => ({
    kind: 'patch',
    body: replaceOpBody('name.familyName', names.updatedFamilyName),
    done: 'Changed name.familyName with a PatchOp replace.',
  }),
  secrets: [],
};
