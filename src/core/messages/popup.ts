// What the popup sends: the admin's fields, the runs, the journal's notes, ticks.
import { z } from '../zod';
import { STEP_IDS } from '../steps';
import { PickableFieldSchema } from '../locators';
import { Text } from '../facts';
import { IDP_IDS } from '../idp/ids';

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

/** The admin picked the IdP they set up (the popup's "Identity provider" choice). */
export const ChooseIdpRequest = z.object({
  type: z.literal('popup/choose-idp'),
  idp: z.enum(IDP_IDS),
});

/** Every request the popup sends: it checks its own before they leave (popup/send.ts). */
export const PopupRequestSchema = /* @__PURE__ */ z.union([
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
  ChooseIdpRequest,
]);
export type PopupRequest = z.infer<typeof PopupRequestSchema>;
