// The dialect a run replays: the IdP the caller names, and for Entra ID the flag its Tenant URL
// may carry (the Base URL the admin gives is the Tenant URL Entra gets).
import { hasEntraFlag, normalizeBaseUrl } from '../../base-url';
import { ENTRA, ENTRA_COMPAT } from './entra';
import { JUMPCLOUD } from './jumpcloud';
import { OKTA } from './okta';
import type { Dialect, DialectId } from './types';

export type { Change, Dialect, DialectId, DialectVariant, NewUser, Probe, ProbeRole } from './types';
export { DIALECT_IDS, stepsOf } from './types';

/** `baseUrl` as the admin gave it; normalized (core/base-url.ts), it ends in "?aadOptscim062020" when Entra's flag is on. */
export function dialectFor(id: DialectId | undefined, baseUrl: string): Dialect {
  switch (id) {
    case undefined:
    case 'jumpcloud':
      return JUMPCLOUD;
    case 'okta':
      return OKTA;
    case 'entra':
      return hasEntraFlag(normalizeBaseUrl(baseUrl).url ?? '') ? ENTRA_COMPAT : ENTRA;
  }
}
