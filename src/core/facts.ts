// The facts the extension keeps and shows, as zod schemas: what a page reported (SCIM state,
// fields filled, Group Management, what JumpCloud said), and the whole State the popup sees.
// Messages (core/messages.ts) carry these; progress (core/progress.ts) stores them.
import { z } from './zod';
import {
  DomainList,
  Email,
  FieldOutcomeSchema,
  FILL_REASONS,
  OutcomeActionSchema,
  OutcomeSchema,
  Text,
} from './fact-parts';
import { OktaFactsSchema, EMPTY_OKTA_FACTS } from './idp/okta/facts';
import { EntraFactsSchema, EMPTY_ENTRA_FACTS } from './idp/entra/facts';
import { IDP_IDS } from './idp/ids';
import { JUMPCLOUD_REGIONS, TRELICA_REGIONS } from './hosts';
import { STEP_IDS } from './steps';
import { ConnectionTestResultSchema, RehearsalResultSchema } from './scim/results';
import { RememberedSchema } from './locators';
import { NO_POLICY } from './policy';
import { EMPTY_JOURNAL_VIEW, JournalViewSchema } from './journal';

export * from './fact-parts';

/** What the Trelica page shows about SCIM. */
export const SCIM_STATES = ['no-token', 'not-enabled', 'enabled', 'unknown'] as const;
export const ScimStateSchema = z.enum(SCIM_STATES);
export type ScimState = z.infer<typeof ScimStateSchema>;

/** The fields the JumpCloud script fills, and what happened to each. */
export const JUMPCLOUD_FIELDS = ['api-type', 'scim-version', 'base-url', 'token', 'test-email'] as const;
export type JumpCloudField = (typeof JUMPCLOUD_FIELDS)[number];
export const FieldReportSchema = z.partialRecord(z.enum(JUMPCLOUD_FIELDS), FieldOutcomeSchema);
export type FieldReport = z.infer<typeof FieldReportSchema>;

/** One field after a fill: what happened, why, and the non-secret value it holds instead. */
export const FieldResultSchema = z.object({
  field: z.enum(JUMPCLOUD_FIELDS),
  outcome: FieldOutcomeSchema,
  reason: z.optional(z.enum(FILL_REASONS)),
  /** Never sent for the token field. */
  current: z.optional(z.string().check(z.maxLength(300))),
});
export type FieldResult = z.infer<typeof FieldResultSchema>;

export const GroupManagementSchema = z.enum(['on', 'off', 'absent']);
export type GroupManagement = z.infer<typeof GroupManagementSchema>;

/**
 * Which IdP's checklist the popup walks: picked by hand ('admin'), else the console the admin
 * used last ('detected'), else JumpCloud ('default').
 */
export const IdpChoiceSchema = z.object({
  chosen: z.enum(IDP_IDS),
  by: z.enum(['default', 'detected', 'admin']),
});
export type IdpChoice = z.infer<typeof IdpChoiceSchema>;
export const DEFAULT_IDP_CHOICE: IdpChoice = Object.freeze({ chosen: 'jumpcloud', by: 'default' });

/** The managed policy, as the popup shows it. */
export const PolicyViewSchema = z.object({
  /** The keys set and applied (core/policy.ts POLICY_KEYS); empty without a policy. */
  applied: z.array(Text),
  /** Keys set but ignored: a known key with a wrong value, or an unknown key. */
  ignored: z.array(z.object({ key: Text, known: z.boolean() })),
  trelicaRegions: z.nullable(z.array(z.enum(TRELICA_REGIONS))),
  jumpcloudRegions: z.nullable(z.array(z.enum(JUMPCLOUD_REGIONS))),
  allowRehearsal: z.boolean(),
  allowTypedToken: z.boolean(),
  tokenMinutes: z.number(),
  testEmailDomain: z.nullable(Text),
  supportContact: z.nullable(Text),
  idps: z.nullable(z.array(z.enum(IDP_IDS))),
  defaultIdp: z.nullable(z.enum(IDP_IDS)),
});

/** What the popup shows without a policy: core/policy.ts's defaults, nothing applied. */
export const NO_POLICY_VIEW = {
  ...NO_POLICY,
  // null as in NO_POLICY, typed as the schema's (mutable) lists.
  trelicaRegions: null,
  jumpcloudRegions: null,
  idps: null,
  applied: [],
  ignored: [],
} satisfies z.infer<typeof PolicyViewSchema>;

/**
 * What the background stores as progress (core/progress.ts): the State but for what the
 * background adds as it answers. The background needs only this; the State, with the policy's
 * and the journal's views in it, is parsed by the popup alone, so it is built on top of this
 * one rather than this cut out of it (which cost the background the views' schemas).
 */
export const ProgressSchema = z.object({
  baseUrl: z.nullable(Text),
  testEmail: z.nullable(Email),
  /** What the popup's fields hold when it could not be stored (an invalid Base URL or email). */
  drafts: z._default(z.object({ baseUrl: z.nullable(Text), testEmail: z.nullable(Text) }), {
    baseUrl: null,
    testEmail: null,
  }),
  registeredDomains: z.nullable(DomainList),
  trelica: z.object({
    region: z.nullable(z.enum(TRELICA_REGIONS)),
    scimState: z.nullable(ScimStateSchema),
    defaultRole: z.nullable(Text),
    capturedAt: z.nullable(z.number()),
  }),
  jumpcloud: z.object({
    region: z.nullable(z.enum(JUMPCLOUD_REGIONS)),
    fields: z.nullable(FieldReportSchema),
    groupManagement: z.nullable(GroupManagementSchema),
    observedAt: z.nullable(z.number()),
    /** The latest outcome JumpCloud showed for each of its buttons. */
    outcomes: z._default(z.partialRecord(OutcomeActionSchema, OutcomeSchema), {}),
    /** User groups bound to the application, as its User Groups tab last showed; null: not seen. */
    boundGroups: z._default(z.nullable(z.number()), null),
  }),
  /** What Okta's app pages showed (core/idp/okta/facts.ts). */
  okta: z._default(OktaFactsSchema, EMPTY_OKTA_FACTS),
  /** What Entra ID's blades and notifications showed (core/idp/entra/facts.ts). */
  entra: z._default(EntraFactsSchema, EMPTY_ENTRA_FACTS),
  /** The IdP the admin is setting up, and how it was chosen. */
  idp: z._default(IdpChoiceSchema, DEFAULT_IDP_CHOICE),
  lastConnectionTest: z.nullable(ConnectionTestResultSchema),
  lastRehearsal: z.nullable(RehearsalResultSchema),
  ticked: z.array(z.enum(STEP_IDS)),
  /** Fields picked by hand, by console origin (core/locators.ts). */
  remembered: z._default(RememberedSchema, {}),
});

/** Everything the popup shows: progress, and never the token: only whether it is present, and masked. */
export const StateSchema = z.extend(ProgressSchema, {
  token: z.object({
    present: z.boolean(),
    masked: z.nullable(Text),
    /** core/tested.ts tokenFingerprint(): says which token a verdict tested, not the token. */
    fingerprint: z.nullable(Text),
    /** When the vault forgets it (ms since epoch). */
    expiresAt: z.nullable(z.number()),
  }),
  /** What the organization's managed policy fixes (core/policy.ts), as the popup shows it. */
  policy: z._default(PolicyViewSchema, NO_POLICY_VIEW),
  /** Test users the extension created and has not seen gone, a run cut short, what was removed. */
  journal: z._default(JournalViewSchema, EMPTY_JOURNAL_VIEW),
  /** Stored state found unreadable and reset, in words (core/stored/read.ts), until dismissed. */
  resetNote: z._default(z.array(Text), []),
});
export type State = z.infer<typeof StateSchema>;
export type PolicyView = z.infer<typeof PolicyViewSchema>;
