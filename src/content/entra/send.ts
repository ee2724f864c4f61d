// Entra's requests, typed by their schemas in core/messages/entra.ts, through the content
// scripts' one send (../send.ts: the same runtime, the same structural check of the replies,
// which it picks by the request's verb: fill, filled, about-to, find-out-why...).
// Typed here rather than by RequestOf<'entra/...'> so this script compiles before the request
// union knows Entra's family; once it does, plain send() types the same requests the same way.
import type { z } from '../../core/zod';
import type * as M from '../../core/messages/entra';
import type { AckReply, DiagnosisReply, FillReply, LinesReply, StartReply } from '../../core/messages/replies';
import { send } from '../send';

type EntraRequest = z.infer<
  | typeof M.EntraFillRequest
  | typeof M.EntraObservationRequest
  | typeof M.EntraOutcomeRequest
  | typeof M.EntraFilledRequest
  | typeof M.EntraAboutToRequest
  | typeof M.EntraFindOutWhyRequest
  | typeof M.EntraRememberRequest
  | typeof M.EntraStartRequest
>;

interface Replies {
  'entra/fill': FillReply;
  'entra/observation': z.infer<typeof AckReply>;
  'entra/outcome': z.infer<typeof AckReply>;
  'entra/filled': z.infer<typeof LinesReply>;
  'entra/about-to': z.infer<typeof LinesReply>;
  'entra/find-out-why': z.infer<typeof DiagnosisReply>;
  'entra/remember-field': z.infer<typeof AckReply>;
  'entra/start': z.infer<typeof StartReply>;
}

export const sendEntra = <T extends EntraRequest['type']>(
  request: Extract<EntraRequest, { type: T }>,
): Promise<Replies[T]> => send(request as never) as Promise<Replies[T]>;
