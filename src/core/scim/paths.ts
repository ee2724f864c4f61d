// The request paths every dialect shares, relative to the Base URL.
import { userNameEq } from './schemas';

/** JumpCloud's Test Connection: one user is enough to prove a SCIM list. */
export const LIST_PATH = '/Users?startIndex=1&count=1';

/** The address of a user that cannot exist: the .invalid top-level domain is reserved (RFC 2606). */
export function absentUserName(hex: string): string {
  return `scim-check-${hex}@example.invalid`;
}

/** A userName lookup, as JumpCloud and Entra send it (spaces as %20, quotes as %22). */
export function filterPath(userName: string): string {
  return `/Users?filter=${encodeURIComponent(userNameEq(userName))}`;
}

export const userPath = (id: string) => `/Users/${encodeURIComponent(id)}`;
