// The replies, one schema per kind; REPLY_OF (./index.ts) says which request gets which.
import { z } from '../zod';
import {
  CleanupResultSchema,
  ConnectionTestResultSchema,
  DiagnosisCodeSchema,
  RehearsalResultSchema,
} from '../scim/results';
import { LocatorsSchema } from '../locators';
import { DomainList, Email, ScimStateSchema, StateSchema, Text } from '../facts';

/** A refusal: the request changed nothing. `code` is a diagnosis code when one fits. */
export const ErrorReply = z.object({
  ok: z.literal(false),
  code: z.optional(DiagnosisCodeSchema),
  message: Text,
});
export type ErrorReply = z.infer<typeof ErrorReply>;

export const OkReply = z.object({ ok: z.literal(true) });
/** Done, or refused: for requests that report and need nothing back. */
export const AckReply = z.union([OkReply, ErrorReply]);

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
