// The identity providers the extension serves, by the names the store listings and docs use:
// the one list that tests/unit/store/listings.test.ts checks every store text against. Adding
// an IdP's hosts to hosts.ts fails that test until the IdP is named here, and naming it here
// fails it until every listing says so.
import {
  ENTRA_HOST_PATTERNS,
  HOST_PERMISSION_PATTERNS,
  JUMPCLOUD_ORIGINS,
  OKTA_HOST_PATTERNS,
  TRELICA_ORIGINS,
} from './hosts';

export interface ServedIdp {
  /** As the vendor writes it, and as the listings must. */
  name: string;
  /** The host patterns its console needs: install-time (HOST_PERMISSION_PATTERNS) or optional (asked at run time). */
  hostPatterns: readonly string[];
}

const patterns = (origins: Readonly<Record<string, string>>) => Object.values(origins).map((o) => `${o}/*`);

export const SERVED_IDPS: readonly ServedIdp[] = [
  { name: 'JumpCloud', hostPatterns: patterns(JUMPCLOUD_ORIGINS) },
  // Optional host permissions: the manifest's optional_host_permissions.
  { name: 'Okta', hostPatterns: OKTA_HOST_PATTERNS },
  // The admin center's shell and the frames it renders its blades in.
  { name: 'Microsoft Entra ID', hostPatterns: ENTRA_HOST_PATTERNS },
];

/** The host patterns that belong to Trelica, the one provisioning target. */
export const TRELICA_HOST_PATTERNS: readonly string[] = patterns(TRELICA_ORIGINS);

/**
 * Host patterns the manifest asks for, at install or at run time, that belong neither to Trelica
 * nor to a served IdP.
 */
export function unattributedHostPatterns(
  all: readonly string[] = [...HOST_PERMISSION_PATTERNS, ...OKTA_HOST_PATTERNS, ...ENTRA_HOST_PATTERNS],
): string[] {
  const known = new Set([...TRELICA_HOST_PATTERNS, ...SERVED_IDPS.flatMap((idp) => idp.hostPatterns)]);
  return all.filter((p) => !known.has(p));
}
