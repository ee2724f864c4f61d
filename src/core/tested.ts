// What a connection test or rehearsal ran on, and whether its verdict still speaks for the
// values the admin now has. A verdict is never "done" for values it did not test: the popup's
// fields change, a new token is captured, the token is forgotten — and the old verdict turns
// stale instead of vouching for what it never saw.
import { normalizeBaseUrl } from './base-url';
import { checkTestEmail } from './email';
import { fingerprint } from './fingerprint';
import { maskToken, normalizeToken } from './token';
import type { DialectId } from './scim/dialects/types';

/** The inputs as a run compares them: normalized where they can be, else as typed (trimmed). */
export interface RunInputs {
  baseUrl: string;
  /** tokenFingerprint() of the token; null when there is none. */
  tokenFingerprint: string | null;
  /** Only the rehearsal uses it. */
  testEmail?: string;
  /** Whose SCIM calls the run replays; a result without one replayed JumpCloud's. */
  dialect?: DialectId;
}

/** What a result says it tested: RunInputs plus the masked token, for the admin to read. */
export interface Tested extends RunInputs {
  tokenMasked: string | null;
}

export type StaleField = 'base-url' | 'token' | 'test-email' | 'idp';

export const comparableBaseUrl = (raw: string): string => normalizeBaseUrl(raw).url ?? raw.trim();
export const comparableTestEmail = (raw: string): string => checkTestEmail(raw, null).email ?? raw.trim();
/** The token a run would send: normalized, or as typed when it cannot be (it is refused then). */
export const comparableToken = (raw: string): string => normalizeToken(raw).token ?? raw.trim();

/** The fingerprint of the token a run would send (core/fingerprint.ts); null for none. */
export function tokenFingerprint(token: string): Promise<string | null> {
  return fingerprint(comparableToken(token));
}

/** What a run on these raw inputs tested. */
export async function describeTested(raw: {
  baseUrl: string;
  token: string;
  testEmail?: string;
  dialect?: DialectId | undefined;
}): Promise<Tested> {
  const token = comparableToken(raw.token);
  return {
    baseUrl: comparableBaseUrl(raw.baseUrl),
    tokenFingerprint: await tokenFingerprint(raw.token),
    tokenMasked: token === '' ? null : maskToken(token),
    ...(raw.testEmail === undefined ? {} : { testEmail: comparableTestEmail(raw.testEmail) }),
    ...(raw.dialect === undefined ? {} : { dialect: raw.dialect }),
  };
}

/**
 * The inputs that differ between what a result tested and what the admin has now; empty when
 * the verdict is current. A result with no record of what it tested is stale on every count.
 */
export function staleFields(tested: Tested | undefined, now: RunInputs): StaleField[] {
  if (!tested) return now.testEmail === undefined ? ['base-url', 'token'] : ['base-url', 'token', 'test-email'];
  const out: StaleField[] = [];
  if (tested.baseUrl !== now.baseUrl) out.push('base-url');
  if (tested.tokenFingerprint !== now.tokenFingerprint) out.push('token');
  if (now.testEmail !== undefined && tested.testEmail !== now.testEmail) out.push('test-email');
  // A verdict on one IdP's calls says nothing of another's.
  if (now.dialect !== undefined && (tested.dialect ?? 'jumpcloud') !== now.dialect) out.push('idp');
  return out;
}

const FIELD_WORDS: Readonly<Record<StaleField, string>> = {
  'base-url': 'the Base URL',
  token: 'the token',
  'test-email': 'the test email',
  idp: 'the identity provider',
};

/** "the Base URL and the token" */
export function describeStale(fields: readonly StaleField[]): string {
  const words = fields.map((f) => FIELD_WORDS[f]);
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
