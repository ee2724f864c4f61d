// A dialect: the SCIM calls one identity provider really makes against Trelica, as data the
// connection test (connection-test.ts) and the rehearsal (rehearsal.ts) replay. Which IdP the
// admin set up picks the dialect; Entra's also depends on a flag in its Tenant URL (entra.ts).
import type { RequestHeaders } from '../client';
import type { RehearsalStepId } from '../results';

export const DIALECT_IDS = ['jumpcloud', 'okta', 'entra'] as const;
/** What a caller asks for: the IdP being set up. */
export type DialectId = (typeof DIALECT_IDS)[number];
/** What is replayed: Entra's Tenant URL may carry "?aadOptscim062020", which changes its calls. */
export type DialectVariant = DialectId | 'entra-compat';

/** How the connection test judges one of its requests. */
export type ProbeRole =
  /** A list read: must be a SCIM ListResponse. */
  | 'list'
  /** A filter for a user that cannot exist: must be 200 with zero results. */
  | 'absent-user'
  /** Entra's group lookup: reported, never the verdict (see entra.ts). */
  | 'groups';

export interface Probe {
  role: ProbeRole;
  /** Path and query, relative to the Base URL. */
  path: string;
}

/** The test user's names: the rehearsal's fixed ones (rehearsal-steps.ts). */
export interface TestUserNames {
  givenName: string;
  familyName: string;
  updatedFamilyName: string;
}

/** What a dialect's create is made from. */
export interface NewUser {
  email: string;
  names: TestUserNames;
  /** Random hex (at least 17 digits) for ids the IdP makes up, such as Okta's externalId. */
  random: string;
}

/** A change made to the test user after its create, as this IdP sends it. */
export type Change =
  /** One PATCH /Users/{id} with this body. */
  | { kind: 'patch'; body: unknown; done: string }
  /** GET /Users/{id}, then PUT /Users/{id} with the whole user as read, changed by `change`. */
  | { kind: 'put'; change: (current: Record<string, unknown>) => Record<string, unknown>; done: string };

export interface Dialect {
  variant: DialectVariant;
  /** The IdP's action the rehearsal stands for: "JumpCloud's Activate". */
  action: string;
  /** The IdP's own connection test: "Okta's Test Connector Configuration". */
  test: string;
  /** What the IdP does with a user whose userName exists already, as a sentence. */
  onExisting: string;
  headers: RequestHeaders;
  /** Random bytes the connection test's names need (Entra's GUID: 16). */
  testRandomBytes: number;
  /** The connection test's requests, sent together; `hex` is fresh random hex. */
  connectionTest(hex: string): readonly Probe[];
  /** The lookup before the create (and the recheck after a failed one). */
  lookupPath(userName: string): string;
  createBody(user: NewUser): unknown;
  /** Whether the IdP reads the user back (GET /Users/{id}) right after creating it. */
  readBack: boolean;
  /** A profile update: the family name changes to `names.updatedFamilyName`. */
  update(user: NewUser): Change;
  /** Deactivation, when the IdP deactivates rather than deletes (JumpCloud: none rehearsed). */
  deactivate?: Change;
  /**
   * The diagnosis when the server refuses this dialect's change (400, 405, 501), or none: then
   * such an answer is judged like any other (JumpCloud's rehearsal, unchanged).
   */
  refusedCode?: 'put-refused' | 'patch-refused';
  /** Values the dialect sends that no result may quote (Okta's placeholder password). */
  secrets: readonly string[];
}

/** The steps a dialect's rehearsal records, in the order it runs them. */
export function stepsOf(dialect: Dialect): RehearsalStepId[] {
  return [
    'check-absent',
    'create',
    ...(dialect.readBack ? (['read-back'] as const) : []),
    'update',
    ...(dialect.deactivate ? (['deactivate'] as const) : []),
    'delete',
    'confirm-gone',
  ];
}
