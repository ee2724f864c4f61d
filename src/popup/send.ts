// How the popup talks to the background: the request is checked against its schema before it
// leaves, and the reply against the reply schema of that request. (The content scripts have
// their own, lighter send: src/content/send.ts.)
import browser from 'webextension-polyfill';
// From their own files, not core/messages/index.ts: that would load every console's request schemas.
import { PopupRequestSchema } from '../core/messages/popup';
import { REPLY_OF } from '../core/messages/reply-of';
import type { ReplyOf, RequestOf, RequestType } from '../core/messages';

/** The popup sends only popup/* requests: anything else fails its schema before it leaves. */
export async function send<T extends RequestType>(request: RequestOf<T>): Promise<ReplyOf<T>> {
  PopupRequestSchema.parse(request);
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(request);
  } catch (error) {
    // "Extension context invalidated" after a reload lands here; say so instead of throwing.
    return { ok: false, message: `The extension did not answer: ${(error as Error).message}` } as ReplyOf<T>;
  }
  const parsed = REPLY_OF[request.type].safeParse(raw);
  if (!parsed.success) return { ok: false, message: 'The extension sent an answer it could not read.' } as ReplyOf<T>;
  return parsed.data as ReplyOf<T>;
}
