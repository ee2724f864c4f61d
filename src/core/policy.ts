// The organization's policy: what IT fixed for every admin through device management (Chrome's
// managed storage, described by public/managed-schema.json; Firefox's enterprise policies.json,
// "3rdparty" > "Extensions"). Every key is optional. Each is validated on its own: a key that
// is wrong is ignored and listed, the others still apply, and nothing here throws, whatever
// managed storage holds. Validated by hand rather than with zod: the background is held to
// 30 KB gzip, and these seven checks are simpler than the schema combinators they would pull
// in. The words for the popup are in policy-text.ts (the popup's bundle, not the background's).
import { JUMPCLOUD_ORIGINS, TRELICA_ORIGINS, type JumpCloudRegion, type TrelicaRegion } from './hosts';
import { normalizeDomains } from './email';
import { IDP_IDS, IDP_NAMES, type IdpId } from './idp/ids';
import type { IdpChoice } from './facts';

/** Trelica regions as IT names them: by host (app.trelica.com, eu.trelica.com). */
const TRELICA_REGION_NAMES: Readonly<Record<string, TrelicaRegion>> = { app: 'us', eu: 'eu' };
/** JumpCloud console regions as IT names them: by where the console is. */
const JUMPCLOUD_REGION_NAMES: Readonly<Record<string, JumpCloudRegion>> = { us: 'us', eu: 'eu', in: 'in' };

export const MAX_TOKEN_MINUTES = 30;

export interface Policy {
  /** Allowed Trelica regions; null: all. */
  trelicaRegions: readonly TrelicaRegion[] | null;
  /** Allowed JumpCloud console regions; null: all. */
  jumpcloudRegions: readonly JumpCloudRegion[] | null;
  /** Suggested test emails are on this domain; null: a registered domain. */
  testEmailDomain: string | null;
  allowRehearsal: boolean;
  /** How long the token is kept, in minutes (never above MAX_TOKEN_MINUTES). */
  tokenMinutes: number;
  /** Whether a token typed or pasted into the popup is accepted (else only a captured one). */
  allowTypedToken: boolean;
  /** Shown with the copied reports, for the admin's own IT support. */
  supportContact: string | null;
  /** The identity providers the popup offers and whose consoles are served; null: all. */
  idps: readonly IdpId[] | null;
  /** The one chosen until the admin picks another or uses another's console; null: none. */
  defaultIdp: IdpId | null;
}

export const NO_POLICY: Policy = {
  trelicaRegions: null,
  jumpcloudRegions: null,
  testEmailDomain: null,
  allowRehearsal: true,
  tokenMinutes: MAX_TOKEN_MINUTES,
  allowTypedToken: true,
  supportContact: null,
  idps: null,
  defaultIdp: null,
};

/** A list of region names, mapped to the extension's regions; null when it is not one. */
const regions =
  <R extends string>(names: Readonly<Record<string, R>>) =>
  (value: unknown): R[] | null =>
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((name) => typeof name === 'string' && Object.hasOwn(names, name))
      ? [...new Set(value.map((name: string) => names[name]!))]
      : null;

const isIdp = (v: unknown): v is IdpId => typeof v === 'string' && (IDP_IDS as readonly string[]).includes(v);

const KEYS: Readonly<Record<string, { to: keyof Policy; read: (value: unknown) => unknown }>> = {
  allowedTrelicaRegions: { to: 'trelicaRegions', read: regions(TRELICA_REGION_NAMES) },
  allowedJumpCloudRegions: { to: 'jumpcloudRegions', read: regions(JUMPCLOUD_REGION_NAMES) },
  testEmailDomain: {
    to: 'testEmailDomain',
    read: (v) => (typeof v === 'string' && v.length <= 253 ? (normalizeDomains([v])[0] ?? null) : null),
  },
  allowRehearsal: { to: 'allowRehearsal', read: (v) => (typeof v === 'boolean' ? v : null) },
  tokenTimeLimitMinutes: {
    to: 'tokenMinutes',
    read: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_TOKEN_MINUTES ? v : null),
  },
  allowTypedToken: { to: 'allowTypedToken', read: (v) => (typeof v === 'boolean' ? v : null) },
  supportContact: {
    to: 'supportContact',
    read: (v) => (typeof v === 'string' && v.trim() !== '' && v.length <= 200 ? v.trim() : null),
  },
  identityProviders: {
    to: 'idps',
    read: (v) => (Array.isArray(v) && v.length > 0 && v.every(isIdp) ? [...new Set(v)] : null),
  },
  defaultIdentityProvider: { to: 'defaultIdp', read: (v) => (isIdp(v) ? v : null) },
};

export const POLICY_KEYS = Object.keys(KEYS);

export interface ReadPolicy {
  policy: Policy;
  /** The keys that were set and apply, in POLICY_KEYS order. */
  applied: string[];
  /** Keys that were set but ignored: a known key with a wrong value, or an unknown key. */
  ignored: { key: string; known: boolean }[];
}

/** Reads what managed storage holds. Never throws; an empty object (no policy) applies nothing. */
export function readPolicy(raw: unknown): ReadPolicy {
  const none: ReadPolicy = { policy: NO_POLICY, applied: [], ignored: [] };
  if (raw === undefined || raw === null) return none;
  if (typeof raw !== 'object' || Array.isArray(raw)) return { ...none, ignored: [{ key: '', known: false }] };
  const values = raw as Record<string, unknown>;
  const policy: Record<string, unknown> = { ...NO_POLICY };
  const applied: string[] = [];
  const ignored: ReadPolicy['ignored'] = [];
  for (const key of POLICY_KEYS) {
    if (!Object.hasOwn(values, key)) continue;
    const value = KEYS[key]!.read(values[key]);
    if (value === null) ignored.push({ key, known: true });
    else {
      policy[KEYS[key]!.to] = value;
      applied.push(key);
    }
  }
  // A default the organization's own list leaves out is ignored, so the two never disagree.
  const { idps, defaultIdp } = policy as unknown as Policy;
  if (defaultIdp && idps && !idps.includes(defaultIdp)) {
    policy.defaultIdp = null;
    applied.splice(applied.indexOf('defaultIdentityProvider'), 1);
    ignored.push({ key: 'defaultIdentityProvider', known: true });
  }
  for (const key of Object.keys(values).sort())
    if (!Object.hasOwn(KEYS, key)) ignored.push({ key: key.slice(0, 60), known: false });
  return { policy: policy as unknown as Policy, applied, ignored };
}

const hostOf = (origin: string): string => new URL(origin).host;

/** Why a page or Base URL on this Trelica region is refused, or null when it is allowed. */
export function trelicaRegionRefusal(policy: Policy, region: TrelicaRegion | null): string | null {
  if (!policy.trelicaRegions || region === null || policy.trelicaRegions.includes(region)) return null;
  return `Your organization allows only ${policy.trelicaRegions.map((r) => hostOf(TRELICA_ORIGINS[r])).join(' and ')} for Trelica.`;
}

/** Why a JumpCloud console on this region is refused, or null when it is allowed. */
export function jumpCloudRegionRefusal(policy: Policy, region: JumpCloudRegion | null): string | null {
  if (!policy.jumpcloudRegions || region === null || policy.jumpcloudRegions.includes(region)) return null;
  return `Your organization allows only ${policy.jumpcloudRegions.map((r) => hostOf(JUMPCLOUD_ORIGINS[r])).join(' and ')} for JumpCloud.`;
}

/** Why an IdP's console is refused: the organization's list leaves it out; or null. */
export function idpRefusal(policy: Policy, id: IdpId): string | null {
  if (!policy.idps || policy.idps.includes(id)) return null;
  return `Your organization sets up provisioning from ${policy.idps.map((i) => IDP_NAMES[i]).join(' and ')} only, not ${IDP_NAMES[id]}.`;
}

/**
 * The IdP the popup walks, under the policy: the admin's pick or the console seen last while the
 * policy allows it; else the policy's default; else the stored choice if allowed, or the first allowed.
 */
export function effectiveIdp(choice: IdpChoice, policy: Policy): IdpChoice {
  const allowed = policy.idps ?? IDP_IDS;
  if (choice.by !== 'default' && allowed.includes(choice.chosen)) return choice;
  const chosen = policy.defaultIdp ?? (allowed.includes(choice.chosen) ? choice.chosen : allowed[0]!);
  return chosen === choice.chosen && choice.by === 'default' ? choice : { chosen, by: 'default' };
}

export const REHEARSAL_OFF =
  'Your organization has turned off the activation rehearsal. The connection test still runs.';
export const TYPED_TOKEN_OFF =
  'Your organization allows only a token captured from Trelica: click "Send to the extension" on Trelica\'s SCIM page.';
