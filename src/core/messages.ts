// Every runtime message, as a zod schema shared by its sender and its receiver. The background
// parses each request with `RequestSchema`; content scripts and the popup parse each reply with
// the reply schema of the request they sent. Nothing here carries the token except the reply
// to a JumpCloud fill request, which the background sends only to a JumpCloud top frame.
import { z } from './zod';
import { STEP_IDS } from './steps';
import {
  CleanupResultSchema,
  ConnectionTestResultSchema,
  DiagnosisCodeSchema,
  ProvisioningCheckSchema,
  RehearsalResultSchema,
} from './scim/results';
import { LocatorSchema, LocatorsSchema, PickableFieldSchema } from './locators';
import {
  DomainList,
  Email,
  FieldReportSchema,
  FieldResultSchema,
  GroupManagementSchema,
  JUMPCLOUD_FIELDS,
  OutcomeActionSchema,
  ScimStateSchema,
  StateSchema,
  Text,
} from './facts';

export * from './facts';

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
export const FillRequest = z.object({
  type: z.literal('jumpcloud/fill'),
  /** The page shows the application's provisioning as already active: JumpCloud asks for a
   *  test email again, and one used before may fail, so a fresh one is suggested. */
  activeConfiguration: z.optional(z.boolean()),
});

/** JumpCloud tab: the Group Management control's state, and the groups bound, as they change. */
export const ObservationRequest = z.object({
  type: z.literal('jumpcloud/observation'),
  fields: z.optional(FieldReportSchema),
  groupManagement: z.optional(GroupManagementSchema),
  /** Ticked on the application's User Groups tab. */
  boundGroups: z.optional(z.number().check(z.int(), z.nonnegative(), z.lte(10_000))),
});

/** JumpCloud tab, after a trusted click on its Test Connection or Activate: what it showed. */
export const OutcomeRequest = z.object({
  type: z.literal('jumpcloud/outcome'),
  action: OutcomeActionSchema,
  /** What JumpCloud said, verbatim (classified again by the background), or "" for nothing. */
  text: z.string().check(z.maxLength(300)),
  /** Group Management appeared right after a Test Connection: JumpCloud shows it on success. */
  groupManagementAppeared: z.optional(z.boolean()),
});

/** The button JumpCloud's admin clicked, and what its form holds (content/jumpcloud/form.ts). */
const FORM_NOW = {
  action: OutcomeActionSchema,
  baseUrl: Text,
  /** The Token Key field's value: for "about-to", the background compares its fingerprint with
   *  the captured token's, so the captured token is never sent to the page to compare. */
  token: Text,
  testEmail: Text,
};

/** JumpCloud tab, as the admin clicks Test Connection or Activate: what the form holds now. */
export const AboutToRequest = z.object({ type: z.literal('jumpcloud/about-to'), ...FORM_NOW });

/** JumpCloud tab, "Find out why" after a failure: our own test (or rehearsal) on the form's values. */
export const FindOutWhyRequest = z.object({ type: z.literal('jumpcloud/find-out-why'), ...FORM_NOW });

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
  /** The fill was on an already active configuration (see FillRequest). */
  activeConfiguration: z.optional(z.boolean()),
});

/** A tab, after the admin picked a field by hand: where to find it next time (no value). */
export const TrelicaRememberRequest = z.object({
  type: z.literal('trelica/remember-field'),
  field: PickableFieldSchema,
  locator: LocatorSchema,
});
export const JumpCloudRememberRequest = z.object({
  type: z.literal('jumpcloud/remember-field'),
  field: PickableFieldSchema,
  locator: LocatorSchema,
});
/** Trelica tab, before it reads the SCIM section: the fields picked there before. */
export const TrelicaRememberedRequest = z.object({ type: z.literal('trelica/remembered') });

/** A console tab's early script, once per document, when the page shows a sign of one we serve:
 *  the background injects the site's script into that document when the organization's policy
 *  allows this console region (a disallowed one gets no script, so no panel). No file name in
 *  it: the background picks the script from the sender's checked site. */
export const TrelicaStartRequest = z.object({ type: z.literal('trelica/start') });
export const JumpCloudStartRequest = z.object({ type: z.literal('jumpcloud/start') });

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

/** The admin has read the note saying what stored state was reset: it goes. */
export const DismissResetNoteRequest = z.object({ type: z.literal('popup/dismiss-reset-note') });

/** Read-only: how many users Trelica holds over SCIM, and the newest (the setup saved). */
export const CheckProvisioningRequest = z.object({
  type: z.literal('popup/check-provisioning'),
  baseUrl: Text,
  token: z.optional(Text),
});
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

/** "Remove test user": the journal's open test users (or one), with the token typed, if any. */
export const RemoveTestUsersRequest = z.object({
  type: z.literal('popup/remove-test-users'),
  runId: z.optional(z.string().check(z.maxLength(64))),
  /** Absent or empty: the stored token, and then only for users it created. */
  token: z.optional(Text),
});

/** The admin has read what was interrupted and what was removed. */
export const DismissNotesRequest = z.object({ type: z.literal('popup/dismiss-notes') });

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
  OutcomeRequest,
  AboutToRequest,
  FindOutWhyRequest,
  FilledRequest,
  TrelicaRememberRequest,
  JumpCloudRememberRequest,
  TrelicaRememberedRequest,
  TrelicaStartRequest,
  JumpCloudStartRequest,
  GetStateRequest,
  SetCredentialsRequest,
  ForgetTokenRequest,
  DismissResetNoteRequest,
  ForgetFieldRequest,
  CheckProvisioningRequest,
  TestConnectionRequest,
  RehearseRequest,
  RemoveTestUsersRequest,
  DismissNotesRequest,
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
  'jumpcloud/outcome': 'jumpcloud',
  'jumpcloud/about-to': 'jumpcloud',
  'jumpcloud/find-out-why': 'jumpcloud',
  'trelica/remember-field': 'trelica',
  'jumpcloud/remember-field': 'jumpcloud',
  'trelica/remembered': 'trelica',
  'trelica/start': 'trelica',
  'jumpcloud/start': 'jumpcloud',
  'popup/get-state': 'extension',
  'popup/set-credentials': 'extension',
  'popup/forget-token': 'extension',
  'popup/dismiss-reset-note': 'extension',
  'popup/forget-field': 'extension',
  'popup/check-provisioning': 'extension',
  'popup/test-connection': 'extension',
  'popup/rehearse': 'extension',
  'popup/remove-test-users': 'extension',
  'popup/dismiss-notes': 'extension',
  'popup/tick': 'extension',
};

/** Every request type. */
export const REQUEST_TYPES = Object.keys(SENDER_OF) as RequestType[];

// ---- replies --------------------------------------------------------------------------------

/** A refusal: the request changed nothing. `code` is a diagnosis code when one fits. */
export const ErrorReply = z.object({
  ok: z.literal(false),
  code: z.optional(DiagnosisCodeSchema),
  message: Text,
});
export type ErrorReply = z.infer<typeof ErrorReply>;

export const OkReply = z.object({ ok: z.literal(true) });
/** Done, or refused: for requests that report and need nothing back. */
const AckReply = z.union([OkReply, ErrorReply]);

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

export const StateReply = z.union([z.object({ ok: z.literal(true), state: StateSchema }), ErrorReply]);
export type StateReply = z.infer<typeof StateReply>;

export const ConnectionTestReply = z.union([
  z.object({ ok: z.literal(true), result: ConnectionTestResultSchema }),
  ErrorReply,
]);
export const RehearsalReply = z.union([z.object({ ok: z.literal(true), result: RehearsalResultSchema }), ErrorReply]);
export const RemoveTestUsersReply = z.union([
  z.object({ ok: z.literal(true), state: StateSchema, results: z.array(CleanupResultSchema) }),
  ErrorReply,
]);
/** A diagnosis in words, for a panel in the page (data-diagnosis carries the code). */
export const DiagnosisReply = z.union([
  z.object({
    ok: z.literal(true),
    code: DiagnosisCodeSchema,
    title: Text,
    lines: z.array(Text),
    /** Where to look next (JumpCloud's Directory Insights). */
    link: z.object({ label: Text, href: Text }),
  }),
  ErrorReply,
]);
export const LinesReply = z.union([z.object({ ok: z.literal(true), lines: z.array(Text) }), ErrorReply]);
export const RememberedReply = z.union([z.object({ ok: z.literal(true), locators: LocatorsSchema }), ErrorReply]);
/** started: false when the policy leaves this console region out. */
export const StartReply = z.union([z.object({ ok: z.literal(true), started: z.boolean() }), ErrorReply]);

/** The reply schema of each request, so a sender can parse what comes back. */
export const REPLY_OF = {
  'trelica/capture': CaptureReply,
  'trelica/page': AckReply,
  'trelica/domains': AckReply,
  'jumpcloud/fill': FillReply,
  'jumpcloud/observation': AckReply,
  'jumpcloud/filled': LinesReply,
  'jumpcloud/outcome': AckReply,
  'jumpcloud/about-to': LinesReply,
  'jumpcloud/find-out-why': DiagnosisReply,
  'trelica/remember-field': AckReply,
  'jumpcloud/remember-field': AckReply,
  'trelica/remembered': RememberedReply,
  'trelica/start': StartReply,
  'jumpcloud/start': StartReply,
  'popup/get-state': StateReply,
  'popup/set-credentials': StateReply,
  'popup/forget-token': StateReply,
  'popup/dismiss-reset-note': StateReply,
  'popup/forget-field': StateReply,
  'popup/check-provisioning': z.union([z.object({ ok: z.literal(true), result: ProvisioningCheckSchema }), ErrorReply]),
  'popup/test-connection': ConnectionTestReply,
  'popup/rehearse': RehearsalReply,
  'popup/remove-test-users': RemoveTestUsersReply,
  'popup/dismiss-notes': StateReply,
  'popup/tick': StateReply,
} as const satisfies Record<RequestType, z.ZodMiniType>;

export type ReplyOf<T extends RequestType> = z.infer<(typeof REPLY_OF)[T]>;
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;
