// Every runtime message, as a zod schema shared by its sender and its receiver: one module, a
// file per sender (trelica.ts, jumpcloud.ts, okta.ts, popup.ts) and one for the replies. The
// background parses each request with `RequestSchema`; content scripts and the popup parse each
// reply with the reply schema of the request they sent. Nothing here carries the token except
// the reply to a console's fill request, which the background sends only to that console's top
// frame.
import { z } from '../zod';
import { ProvisioningCheckSchema } from '../scim/results';
import type { SenderKind } from '../sender';
import {
  CaptureRequest,
  DomainsRequest,
  TrelicaPageRequest,
  TrelicaRememberedRequest,
  TrelicaRememberRequest,
  TrelicaStartRequest,
} from './trelica';
import {
  AboutToRequest,
  FilledRequest,
  FillRequest,
  FindOutWhyRequest,
  JumpCloudRememberRequest,
  JumpCloudStartRequest,
  ObservationRequest,
  OutcomeRequest,
} from './jumpcloud';
import {
  OktaAboutToRequest,
  OktaFilledRequest,
  OktaFillRequest,
  OktaFindOutWhyRequest,
  OktaObservationRequest,
  OktaOutcomeRequest,
  OktaRememberRequest,
  OktaStartRequest,
} from './okta';
import {
  CheckProvisioningRequest,
  ChooseIdpRequest,
  DismissNotesRequest,
  DismissResetNoteRequest,
  ForgetFieldRequest,
  ForgetTokenRequest,
  GetStateRequest,
  RehearseRequest,
  RemoveTestUsersRequest,
  SetCredentialsRequest,
  TestConnectionRequest,
  TickRequest,
} from './popup';
import {
  AckReply,
  CaptureReply,
  ConnectionTestReply,
  DiagnosisReply,
  ErrorReply,
  FillReply,
  LinesReply,
  RehearsalReply,
  RememberedReply,
  RemoveTestUsersReply,
  StartReply,
  StateReply,
} from './replies';

export * from '../facts';
export * from './trelica';
export * from './jumpcloud';
export * from './okta';
export * from './popup';
export * from './replies';

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
  OktaFillRequest,
  OktaObservationRequest,
  OktaOutcomeRequest,
  OktaFilledRequest,
  OktaAboutToRequest,
  OktaFindOutWhyRequest,
  OktaRememberRequest,
  OktaStartRequest,
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
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];

/** Which kind of sender may send each request. */
export const SENDER_OF: Readonly<Record<RequestType, SenderKind>> = {
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
  'okta/fill': 'okta',
  'okta/observation': 'okta',
  'okta/outcome': 'okta',
  'okta/filled': 'okta',
  'okta/about-to': 'okta',
  'okta/find-out-why': 'okta',
  'okta/remember-field': 'okta',
  'okta/start': 'okta',
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
  'popup/choose-idp': 'extension',
};

/** Every request type. */
export const REQUEST_TYPES = Object.keys(SENDER_OF) as RequestType[];

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
  'okta/fill': FillReply,
  'okta/observation': AckReply,
  'okta/outcome': AckReply,
  'okta/filled': LinesReply,
  'okta/about-to': LinesReply,
  'okta/find-out-why': DiagnosisReply,
  'okta/remember-field': AckReply,
  'okta/start': StartReply,
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
  'popup/choose-idp': StateReply,
} as const satisfies Record<RequestType, z.ZodMiniType>;

export type ReplyOf<T extends RequestType> = z.infer<(typeof REPLY_OF)[T]>;
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;
