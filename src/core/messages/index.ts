// Every runtime message, as a zod schema shared by its sender and its receiver: one module, a
// file per sender (trelica.ts, jumpcloud.ts, okta.ts, entra.ts, popup.ts) and one for the replies. The
// background parses each request with `RequestSchema`; content scripts and the popup parse each
// reply with the reply schema of the request they sent. Nothing here carries the token except
// the reply to a console's fill request, which the background sends only to the frame that asked
// (a console's top frame; for Entra ID, the blade's frame under its shell).
import { z } from '../zod';
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
  EntraAboutToRequest,
  EntraFilledRequest,
  EntraFillRequest,
  EntraFindOutWhyRequest,
  EntraObservationRequest,
  EntraOutcomeRequest,
  EntraRememberRequest,
  EntraStartRequest,
} from './entra';
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

export * from '../facts';
export * from './trelica';
export * from './jumpcloud';
export * from './okta';
export * from './entra';
export * from './popup';
export * from './replies';
export { REPLY_OF } from './reply-of';
import type { REPLY_OF } from './reply-of';

// A plain union: each request's `type` literal already lets only one option match, and
// z.discriminatedUnion's lookup machinery costs about 500 bytes gzip of the background's budget
// to save microseconds (a request is tried against each option in turn).
export const RequestSchema = z.union([
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
  EntraFillRequest,
  EntraObservationRequest,
  EntraOutcomeRequest,
  EntraFilledRequest,
  EntraAboutToRequest,
  EntraFindOutWhyRequest,
  EntraRememberRequest,
  EntraStartRequest,
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

/** Every request type. */
export const REQUEST_TYPES = RequestSchema.def.options.map((o) => o.shape.type.def.values[0]!) as RequestType[];

/** A request's family: the part of its type before the "/". */
type Family = RequestType extends `${infer F}/${string}` ? F : never;

/** A request's family says who may send it: each console's page its own, the popup the extension's. */
const SENDER_OF_FAMILY: Readonly<Record<Family, SenderKind>> = {
  trelica: 'trelica',
  jumpcloud: 'jumpcloud',
  okta: 'okta',
  entra: 'entra',
  popup: 'extension',
};

/** Which kind of sender may send each request. */
export const SENDER_OF = Object.fromEntries(
  REQUEST_TYPES.map((type) => [type, SENDER_OF_FAMILY[type.slice(0, type.indexOf('/')) as Family]]),
) as Readonly<Record<RequestType, SenderKind>>;

export type ReplyOf<T extends RequestType> = z.infer<(typeof REPLY_OF)[T]>;
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;
