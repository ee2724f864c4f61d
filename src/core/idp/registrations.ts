// Which early-script registrations the background should hold, given the host permissions the
// browser has granted: an IdP whose console hosts are asked for at run time (Okta, Entra ID) gets the
// early script registered on its console's pages once they are granted, and loses it when they
// are withdrawn. Pure, so the background adapter (background/idp-access.ts) only reads, applies
// and listens. Imports hosts.ts only: the background is held to 30 KB gzip.
import { ENTRA_HOST_PATTERNS, OKTA_HOST_PATTERNS, OKTA_SCRIPT_MATCHES } from '../hosts';
import { EARLY_SCRIPT } from '../site-scripts';

/** A registration this extension owns: hosts granted ➜ pages the early script runs on, pairwise. */
interface Owned {
  id: string;
  hostPatterns: readonly string[];
  matches: readonly string[];
  /** Entra ID renders its forms in frames under its shell: the early script runs in every frame there. */
  allFrames: boolean;
}

export const OWNED: readonly Owned[] = [
  { id: 'early-okta', hostPatterns: OKTA_HOST_PATTERNS, matches: OKTA_SCRIPT_MATCHES, allFrames: false },
  { id: 'early-entra', hostPatterns: ENTRA_HOST_PATTERNS, matches: ENTRA_HOST_PATTERNS, allFrames: true },
];

/** What scripting.registerContentScripts takes, for one registration. */
export interface Registration {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_start';
  allFrames: boolean;
  persistAcrossSessions: true;
}

export interface Plan {
  /** Ids to unregister first (withdrawn, or registered for other pages than now). */
  unregister: string[];
  register: Registration[];
}

/**
 * The registrations to drop and to make. `granted`: permissions.getAll().origins; `registered`:
 * scripting.getRegisteredContentScripts(). A registration is kept for the hosts granted among
 * its IdP's (a user may withdraw one domain of three); registrations this extension does not
 * own are left alone.
 */
export function planRegistrations(
  granted: readonly string[],
  registered: ReadonlyArray<{ id: string; matches?: readonly string[] }>,
): Plan {
  const plan: Plan = { unregister: [], register: [] };
  for (const owned of OWNED) {
    const matches = owned.matches.filter((_, i) => granted.includes(owned.hostPatterns[i]!));
    const now = registered.find((r) => r.id === owned.id);
    if (now && sameSet(now.matches ?? [], matches)) continue;
    if (now) plan.unregister.push(owned.id);
    if (matches.length > 0)
      plan.register.push({
        id: owned.id,
        matches,
        js: [EARLY_SCRIPT],
        runAt: 'document_start',
        allFrames: owned.allFrames,
        persistAcrossSessions: true,
      });
  }
  return plan;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
