// Every runtime message, as a zod schema shared by its sender and its receiver. The background
// parses each request with `RequestSchema`; content scripts and the popup parse each reply with
// the reply schema of the request they sent. Nothing here carries the token except the reply
// to a JumpCloud fill request, which the background sends only to a JumpCloud top frame.
import { z } from './zod';
import { STEP_IDS } from './steps';
import { ConnectionTestResultSchema, DiagnosisCodeSchema, RehearsalResultSchema } from './scim/results';
import { LocatorSchema, LocatorsSchema, PickableFieldSchema, RememberedSchema } from './locators';

const Text = z.string().check(z.maxLength(4096));
const Email = z.string().check(z.maxLength(320));
const DomainList = z.array(z.string().check(z.maxLength(253))).check(z.maxLength(500));

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
export const FILL_REASONS = ['hidden', 'disabled', 'readonly', 'rejected', 'no-value', 'no-option', 'other-value', 'no-listbox'] as const;
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

// ---- requests -------------------------------------------------------------------------------

/** Trelica tab, after a trusted click on "Send to JumpCloud". */
export const CaptureRequest = z.object({
  type: z.literal('trelica/capture'),
  baseUrl: Text,
  token: Text,
  scimState: ScimStateSchema,
});

/** Trelica tab, whenever the SCIM section is on screen: non-secret page facts. */
export const TrelicaPageRequest = z.object({
  type: z.literal('trelica/page'),
  scimState: ScimStateSchema,
  defaultRole: z.nullable(z.string().check(z.maxLength(200))),
});

/** Trelica tab, on Settings > Organization > Domains: the domains with "User requests" ticked. */
export const DomainsRequest = z.object({
  type: z.literal('trelica/domains'),
  domains: DomainList,
});

/** JumpCloud tab, after a trusted click on "Fill from Trelica". */
export const FillRequest = z.object({ type: z.literal('jumpcloud/fill') });

/** JumpCloud tab: the Group Management control's state, as it changes. */
export const ObservationRequest = z.object({
  type: z.literal('jumpcloud/observation'),
  fields: z.optional(FieldReportSchema),
  groupManagement: z.optional(GroupManagementSchema),
});

/** JumpCloud tab, after a fill (or a field picked by hand): each field's outcome. The reply
 *  words them for the panel (core/fill-report.ts). */
export const FilledRequest = z.object({
  type: z.literal('jumpcloud/filled'),
  results: z.array(FieldResultSchema).check(z.maxLength(JUMPCLOUD_FIELDS.length)),
  groupManagement: z.optional(GroupManagementSchema),
  /** The address the fill reply suggested, when it went into the form. */
  suggestedTestEmail: z.optional(Email),
  /** The one result is for a field the admin picked by hand. */
  picked: z.optional(z.boolean()),
});

/** A tab, after the admin picked a field by hand: where to find it next time (no value). */
export const TrelicaRememberRequest = z.object({ type: z.literal('trelica/remember-field'), field: PickableFieldSchema, locator: LocatorSchema });
export const JumpCloudRememberRequest = z.object({ type: z.literal('jumpcloud/remember-field'), field: PickableFieldSchema, locator: LocatorSchema });
/** Trelica tab, before it reads the SCIM section: the fields picked there before. */
export const TrelicaRememberedRequest = z.object({ type: z.literal('trelica/remembered') });

export const GetStateRequest = z.object({ type: z.literal('popup/get-state') });

/**
 * The popup's fields as the admin typed them, kept as they change (no Save step). A field left
 * out is unchanged. The background normalizes each: a usable value is stored, an unusable one
 * replaces the stored value with nothing (and is kept as a draft, except the token, which is
 * never stored unless it is usable). An empty token means "the stored one".
 */
export const SetCredentialsRequest = z.object({
  type: z.literal('popup/set-credentials'),
  baseUrl: z.optional(Text),
  token: z.optional(Text),
  testEmail: z.optional(Text),
});

export const ForgetTokenRequest = z.object({ type: z.literal('popup/forget-token') });
export const ForgetFieldRequest = z.object({
  type: z.literal('popup/forget-field'),
  origin: z.string().check(z.maxLength(100)),
  field: PickableFieldSchema,
});

/** Runs carry the values the popup's fields show at the click: those are what is tested. */
export const TestConnectionRequest = z.object({
  type: z.literal('popup/test-connection'),
  baseUrl: Text,
  /** Absent or empty: the stored token (captured from Trelica, shown masked). */
  token: z.optional(Text),
});
export const RehearseRequest = z.object({
  type: z.literal('popup/rehearse'),
  baseUrl: Text,
  token: z.optional(Text),
  testEmail: Text,
});

/** Steps the extension cannot observe (for example "save"), ticked by the admin. */
export const TickRequest = z.object({
  type: z.literal('popup/tick'),
  step: z.enum(STEP_IDS),
  done: z.boolean(),
});

export const RequestSchema = z.discriminatedUnion('type', [
  CaptureRequest,
  TrelicaPageRequest,
  DomainsRequest,
  FillRequest,
  ObservationRequest,
  FilledRequest,
  TrelicaRememberRequest,
  JumpCloudRememberRequest,
  TrelicaRememberedRequest,
  GetStateRequest,
  SetCredentialsRequest,
  ForgetTokenRequest,
  ForgetFieldRequest,
  TestConnectionRequest,
  RehearseRequest,
  TickRequest,
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];

/** Which kind of sender may send each request. */
export const SENDER_OF: Readonly<Record<RequestType, 'trelica' | 'jumpcloud' | 'extension'>> = {
  'trelica/capture': 'trelica',
  'trelica/page': 'trelica',
  'trelica/domains': 'trelica',
  'jumpcloud/fill': 'jumpcloud',
  'jumpcloud/observation': 'jumpcloud',
  'jumpcloud/filled': 'jumpcloud',
  'trelica/remember-field': 'trelica',
  'jumpcloud/remember-field': 'jumpcloud',
  'trelica/remembered': 'trelica',
  'popup/get-state': 'extension',
  'popup/set-credentials': 'extension',
  'popup/forget-token': 'extension',
  'popup/forget-field': 'extension',
  'popup/test-connection': 'extension',
  'popup/rehearse': 'extension',
  'popup/tick': 'extension',
};

// ---- replies --------------------------------------------------------------------------------

/** A refusal: the request changed nothing. `code` is a diagnosis code when one fits. */
export const ErrorReply = z.object({
  ok: z.literal(false),
  code: z.optional(DiagnosisCodeSchema),
  message: Text,
});
export type ErrorReply = z.infer<typeof ErrorReply>;

export const OkReply = z.object({ ok: z.literal(true) });

export const CaptureReply = z.union([
  z.object({
    ok: z.literal(true),
    baseUrl: Text,
    tokenMasked: Text,
    /** Fixes applied to what the page showed, in words ("trailing slash removed"). */
    fixes: z.array(Text),
    scimState: ScimStateSchema,
  }),
  ErrorReply,
]);
export type CaptureReply = z.infer<typeof CaptureReply>;

export const FillReply = z.union([
  z.object({
    ok: z.literal(true),
    baseUrl: Text,
    token: Text,
    /** The test email set in the popup, else one suggested on a registered domain, or null. */
    testEmail: z.nullable(Email),
    /** testEmail is a suggestion (a new address on a registered domain), not the admin's. */
    suggested: z.boolean(),
    /** Domains with "User requests" (or "Account requests") ticked in Trelica, or null when unknown. */
    registeredDomains: z.nullable(DomainList),
    /** Fields the admin picked by hand on this console before: tried first. */
    remembered: LocatorsSchema,
  }),
  ErrorReply,
]);
export type FillReply = z.infer<typeof FillReply>;

/** Everything the popup shows. Never the token: only whether it is present, and masked. */
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
  drafts: z._default(z.object({ baseUrl: z.nullable(Text), testEmail: z.nullable(Text) }), { baseUrl: null, testEmail: null }),
  registeredDomains: z.nullable(DomainList),
  trelica: z.object({
    region: z.nullable(z.enum(['us', 'eu'])),
    scimState: z.nullable(ScimStateSchema),
    defaultRole: z.nullable(Text),
    capturedAt: z.nullable(z.number()),
  }),
  jumpcloud: z.object({
    region: z.nullable(z.enum(['us', 'eu', 'in'])),
    fields: z.nullable(FieldReportSchema),
    groupManagement: z.nullable(GroupManagementSchema),
    observedAt: z.nullable(z.number()),
  }),
  lastConnectionTest: z.nullable(ConnectionTestResultSchema),
  lastRehearsal: z.nullable(RehearsalResultSchema),
  ticked: z.array(z.enum(STEP_IDS)),
  /** Fields picked by hand, by console origin (core/locators.ts). */
  remembered: z._default(RememberedSchema, {}),
});
export type State = z.infer<typeof StateSchema>;

export const StateReply = z.union([z.object({ ok: z.literal(true), state: StateSchema }), ErrorReply]);
export type StateReply = z.infer<typeof StateReply>;

export const ConnectionTestReply = z.union([
  z.object({ ok: z.literal(true), result: ConnectionTestResultSchema }),
  ErrorReply,
]);
export const RehearsalReply = z.union([z.object({ ok: z.literal(true), result: RehearsalResultSchema }), ErrorReply]);
export const LinesReply = z.union([z.object({ ok: z.literal(true), lines: z.array(Text) }), ErrorReply]);
export const RememberedReply = z.union([z.object({ ok: z.literal(true), locators: LocatorsSchema }), ErrorReply]);

/** The reply schema of each request, so a sender can parse what comes back. */
export const REPLY_OF = {
  'trelica/capture': CaptureReply,
  'trelica/page': z.union([OkReply, ErrorReply]),
  'trelica/domains': z.union([OkReply, ErrorReply]),
  'jumpcloud/fill': FillReply,
  'jumpcloud/observation': z.union([OkReply, ErrorReply]),
  'jumpcloud/filled': LinesReply,
  'trelica/remember-field': z.union([OkReply, ErrorReply]),
  'jumpcloud/remember-field': z.union([OkReply, ErrorReply]),
  'trelica/remembered': RememberedReply,
  'popup/get-state': StateReply,
  'popup/set-credentials': StateReply,
  'popup/forget-token': StateReply,
  'popup/forget-field': StateReply,
  'popup/test-connection': ConnectionTestReply,
  'popup/rehearse': RehearsalReply,
  'popup/tick': StateReply,
} as const satisfies Record<RequestType, z.ZodMiniType>;

export type ReplyOf<T extends RequestType> = z.infer<(typeof REPLY_OF)[T]>;
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;
