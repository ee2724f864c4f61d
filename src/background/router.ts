// Every runtime message enters here: parsed against the shared schemas, its sender checked,
// then handed to exactly one handler. Anything else is refused without side effects.
import {
  RequestSchema,
  SENDER_OF,
  type ErrorReply,
  type ReplyOf,
  type RequestOf,
  type RequestType,
} from '../core/messages';
import { senderProblem, type OwnExtension, type Sender } from '../core/sender';

export type { Sender };

/** The sender's frame URL; the router has already checked it belongs to the right site. For a
 *  content script, also its tab and (Chrome) document: where the site's script is injected. */
export interface Context {
  url: string;
  tabId?: number | undefined;
  documentId?: string | undefined;
  /** The sending frame (0: the top one): where a site's script goes when no document is named. */
  frameId?: number | undefined;
  /** The tab's URL, when the browser gives it: the Entra shell an Entra blade's frame is under. */
  tabUrl?: string | undefined;
}

/** One handler per request type, each answering with that request's reply type. */
export type Handlers = { [T in RequestType]: (request: RequestOf<T>, context: Context) => Promise<ReplyOf<T>> };

/** A refusal: the request changed nothing; `code` when a diagnosis fits. Every handler's one way to say no. */
export function refuse(message: string, code?: ErrorReply['code']): ErrorReply {
  return code ? { ok: false, code, message } : { ok: false, message };
}

export function createRouter(handlers: Handlers, own: OwnExtension) {
  return async function route(raw: unknown, sender: Sender): Promise<unknown> {
    const parsed = RequestSchema.safeParse(raw);
    if (!parsed.success) return refuse('Refused: unknown or malformed message.');
    const request = parsed.data;
    const problem = senderProblem(SENDER_OF[request.type], sender, own);
    if (problem) return refuse(`Refused: ${problem}.`);
    const handle = handlers[request.type] as (r: typeof request, c: Context) => Promise<unknown>;
    try {
      const { url = '', tab, documentId, frameId } = sender;
      return await handle(request, { url, tabId: tab?.id, documentId, frameId, tabUrl: tab?.url });
    } catch {
      // Never echo the error: it could quote a request body. The popup shows this sentence.
      return { ok: false, message: 'The extension hit an internal error; nothing was changed.' } satisfies ErrorReply;
    }
  };
}
