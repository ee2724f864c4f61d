// The facts the extension keeps and shows, as zod schemas: what a page reported (SCIM state,
// fields filled, Group Management, what JumpCloud said), and the whole State the popup sees.
// Messages (core/messages.ts) carry these; progress (core/progress.ts) stores them.
import { z } from './zod';
import { JUMPCLOUD_REGIONS, TRELICA_REGIONS } from './hosts';
import { STEP_IDS } from './steps';
import { ConnectionTestResultSchema, RehearsalResultSchema } from './scim/results';
import { RememberedSchema } from './locators';
import { OUTCOME_ACTIONS, OUTCOME_TEXT_MAX } from './outcome';
import { NO_POLICY } from './policy';
import { EMPTY_JOURNAL_VIEW, JournalViewSchema } from './journal';

export const Text = z.string().check(z.maxLength(4096));
export const Email = z.string().check(z.maxLength(320));
export const DomainList = z.array(z.string().check(z.maxLength(253))).check(z.maxLength(500));

/** What the Trelica page shows about SCIM. */
export const SCIM_STATES = ['no-token', 'not-enabled', 'enabled', 'unknown'] as const;
export const ScimStateSchema = z.enum(SCIM_STATES);
export type ScimState = z.infer<typeof ScimStateSchema>;

/** The fields the JumpCloud script fills, and what happened to each. */
export const JUMPCLOUD_FIELDS = ['api-type', 'scim-version', 'base-url', 'token', 'test-email'] as const;
export type JumpCloudField = (typeof JUMPCLOUD_FIELDS)[number];
export const FIELD_OUTCOMES = ['filled', 'already-set', 'kept', 'unavailable', 'not-found'] as const;
export const FieldOutcomeSchema = z.enum(FIELD_OUTCOMES);
export type FieldOutcome = z.infer<typeof FieldOutcomeSchema>;
export const FieldReportSchema = z.partialRecord(z.enum(JUMPCLOUD_FIELDS), FieldOutcomeSchema);
export type FieldReport = z.infer<typeof FieldReportSchema>;

/** Why a field was left as it was (content/dom/fill.ts and choose.ts say which). */
export const FILL_REASONS = [
  'hidden',
  'disabled',
  'readonly',
  'rejected',
  'no-value',
  'no-option',
  'other-value',
  'no-listbox',
] as const;
export type FillReason = (typeof FILL_REASONS)[number];

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

/** What JumpCloud showed after its own Test Connection or Activate (core/outcome.ts). */
export const OutcomeSchema = z.object({
  result: z.enum(['success', 'failure', 'unknown']),
  /** JumpCloud's words, verbatim and short ("" when it showed nothing). */
  text: z.string().check(z.maxLength(OUTCOME_TEXT_MAX)),
  at: z.number(),
});
export type Outcome = z.infer<typeof OutcomeSchema>;
export const OutcomeActionSchema = z.enum(OUTCOME_ACTIONS);

/** Everything the popup shows. Never the token: only whether it is present, and masked. */
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
});

/** What the popup shows without a policy: core/policy.ts's defaults, nothing applied. */
export const NO_POLICY_VIEW = {
  ...NO_POLICY,
  // null as in NO_POLICY, typed as the schema's (mutable) lists.
  trelicaRegions: null,
  jumpcloudRegions: null,
  applied: [],
  ignored: [],
} satisfies z.infer<typeof PolicyViewSchema>;

export const StateSchema = z.object({
  baseUrl: z.nullable(Text),
  token: z.object({
    present: z.boolean(),
    masked: z.nullable(Text),
    /** core/tested.ts tokenFingerprint(): says which token a verdict tested, not the token. */
    fingerprint: z.nullable(Text),
    /** When the vault forgets it (ms since epoch). */
    expiresAt: z.nullable(z.number()),
  }),
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
  lastConnectionTest: z.nullable(ConnectionTestResultSchema),
  lastRehearsal: z.nullable(RehearsalResultSchema),
  ticked: z.array(z.enum(STEP_IDS)),
  /** Fields picked by hand, by console origin (core/locators.ts). */
  remembered: z._default(RememberedSchema, {}),
  /** What the organization's managed policy fixes (core/policy.ts), as the popup shows it. */
  policy: z._default(PolicyViewSchema, NO_POLICY_VIEW),
  /** Test users the extension created and has not seen gone, a run cut short, what was removed. */
  journal: z._default(JournalViewSchema, EMPTY_JOURNAL_VIEW),
  /** Stored state found unreadable and reset, in words (core/stored/read.ts), until dismissed. */
  resetNote: z._default(z.array(Text), []),
});
export type State = z.infer<typeof StateSchema>;
export type PolicyView = z.infer<typeof PolicyViewSchema>;
