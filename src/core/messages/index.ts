// Every runtime message, as a zod schema shared by its sender and its receiver: one module, a
// file per sender (trelica.ts, jumpcloud.ts, okta.ts, entra.ts, popup.ts) and one for the replies. The
// background parses each request with `RequestSchema`; content scripts and the popup parse each
// reply with the reply schema of the request they sent. Nothing here carries the token except
// the reply to a console's fill request, which the background sends only to the frame that asked
// (a console's top frame; for Entra ID, the blade's frame under its shell).
import type { z } from '../zod';
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

/**
 * Every request's schema under its `type`. The background looks a request up by its type and
 * parses it with that one schema: no z.union, whose machinery (tried option by option) cost the
 * background about 400 bytes gzip of its budget, for the same answer (each schema accepts only
 * its own `type` literal, so at most one option could ever match).
 */
const REQUESTS = keyedByType({
  'trelica/capture': CaptureRequest,
  'trelica/page': TrelicaPageRequest,
  'trelica/domains': DomainsRequest,
  'jumpcloud/fill': FillRequest,
  'jumpcloud/observation': ObservationRequest,
  'jumpcloud/outcome': OutcomeRequest,
  'jumpcloud/about-to': AboutToRequest,
  'jumpcloud/find-out-why': FindOutWhyRequest,
  'jumpcloud/filled': FilledRequest,
  'trelica/remember-field': TrelicaRememberRequest,
  'jumpcloud/remember-field': JumpCloudRememberRequest,
  'trelica/remembered': TrelicaRememberedRequest,
  'trelica/start': TrelicaStartRequest,
  'jumpcloud/start': JumpCloudStartRequest,
  'okta/fill': OktaFillRequest,
  'okta/observation': OktaObservationRequest,
  'okta/outcome': OktaOutcomeRequest,
  'okta/filled': OktaFilledRequest,
  'okta/about-to': OktaAboutToRequest,
  'okta/find-out-why': OktaFindOutWhyRequest,
  'okta/remember-field': OktaRememberRequest,
  'okta/start': OktaStartRequest,
  'entra/fill': EntraFillRequest,
  'entra/observation': EntraObservationRequest,
  'entra/outcome': EntraOutcomeRequest,
  'entra/filled': EntraFilledRequest,
  'entra/about-to': EntraAboutToRequest,
  'entra/find-out-why': EntraFindOutWhyRequest,
  'entra/remember-field': EntraRememberRequest,
  'entra/start': EntraStartRequest,
  'popup/get-state': GetStateRequest,
  'popup/set-credentials': SetCredentialsRequest,
  'popup/forget-token': ForgetTokenRequest,
  'popup/dismiss-reset-note': DismissResetNoteRequest,
  'popup/forget-field': ForgetFieldRequest,
  'popup/check-provisioning': CheckProvisioningRequest,
  'popup/test-connection': TestConnectionRequest,
  'popup/rehearse': RehearseRequest,
  'popup/remove-test-users': RemoveTestUsersRequest,
  'popup/dismiss-notes': DismissNotesRequest,
  'popup/tick': TickRequest,
  'popup/choose-idp': ChooseIdpRequest,
});

/** Each schema under the `type` it accepts: a schema filed under another type fails to compile. */
function keyedByType<R extends { [T in keyof R]: z.ZodMiniType<{ type: T }> }>(requests: R): R {
  return requests;
}

type Requests = typeof REQUESTS;
export type RequestType = keyof Requests;
export type Request = { [T in RequestType]: z.infer<Requests[T]> }[RequestType];

/** Every request type. */
export const REQUEST_TYPES = Object.keys(REQUESTS) as RequestType[];

/** Any runtime message, parsed against the schema of the type it names; refused when it names none. */
export const RequestSchema = {
  safeParse(raw: unknown): { success: true; data: Request } | { success: false } {
    const type = (raw as { type?: unknown } | null | undefined)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(REQUESTS, type)) return { success: false };
    return (REQUESTS[type as RequestType] as z.ZodMiniType<Request>).safeParse(raw);
  },
};

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
