// How the content scripts talk to the background: the same contract as the popup's send
// (src/popup/send.ts: same requests, same replies, same "did not answer" refusal) without its
// runtime cost. That one parses with zod and loads webextension-polyfill; in a content script
// even zod/mini with just these reply schemas costs ~6.5 KB gzip, over half a script's 12 KB
// budget. So here requests are typed by the core's schemas at compile time and validated with
// zod by their receiver, the background (which trusts no sender); replies, which come only from
// our own background, get a structural check that tests/unit/content/send.test.ts holds to the
// zod reply schemas.
import type { ReplyOf, RequestOf, RequestType } from '../core/messages';
import { extensionRuntime } from './extension-api';

export type ContentRequestType = Exclude<RequestType, `popup/${string}`>;

// Taken once, when the script starts, from where the early script kept it: no page element
// can stand in for it (content/extension-api.ts).
const runtime = extensionRuntime();

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringList = (v: unknown): boolean => Array.isArray(v) && v.every(isString);
const isObject = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);

export function replyLooksRight(type: ContentRequestType, raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const r = raw as Record<string, unknown>;
  if (r.ok === false) return isString(r.message);
  if (r.ok !== true) return false;
  // By what is asked, whoever asks: an IdP's requests share their replies' shapes
  // (jumpcloud/fill, okta/fill...).
  const asked = type.split('/')[1];
  if (asked === 'capture')
    return isString(r.baseUrl) && isString(r.tokenMasked) && isStringList(r.fixes) && isString(r.scimState);
  if (asked === 'fill') {
    return (
      isString(r.baseUrl) &&
      isString(r.token) &&
      (r.testEmail === null || isString(r.testEmail)) &&
      typeof r.suggested === 'boolean' &&
      (r.registeredDomains === null || isStringList(r.registeredDomains)) &&
      (r.remembered === undefined || isObject(r.remembered))
    );
  }
  if (asked === 'remembered') return isObject(r.locators);
  if (asked === 'start') return typeof r.started === 'boolean';
  if (asked === 'filled' || asked === 'about-to') return isStringList(r.lines);
  if (asked === 'find-out-why') {
    const link = (r.link ?? 0) as Record<string, unknown>;
    return (
      isString(r.code) && isString(r.title) && isStringList(r.lines) && isString(link.label) && isString(link.href)
    );
  }
  return true;
}

export async function send<T extends ContentRequestType>(request: RequestOf<T>): Promise<ReplyOf<T>> {
  let raw: unknown;
  try {
    if (!runtime) throw new Error('Extension context invalidated.');
    raw = await runtime.sendMessage(request);
  } catch (error) {
    // "Extension context invalidated" after a reload lands here; say so instead of throwing.
    return { ok: false, message: `The extension did not answer: ${(error as Error).message}` } as ReplyOf<T>;
  }
  if (!replyLooksRight((request as { type: ContentRequestType }).type, raw)) {
    return { ok: false, message: 'The extension sent an answer it could not read.' } as ReplyOf<T>;
  }
  return raw as ReplyOf<T>;
}
