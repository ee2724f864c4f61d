// How the content scripts talk to the background: the same contract as src/platform/send.ts
// (same requests, same replies, same "did not answer" refusal) without its runtime cost.
// send.ts parses with the zod schemas of every message and loads webextension-polyfill; in a
// content script that alone is ~12 KB gzip, the whole budget of a script. Here requests are
// typed by the core's schemas at compile time, the background validates them (it must anyway:
// it trusts no sender), and replies get a small structural check instead of a zod parse.
import type { ReplyOf, RequestOf } from '../core/messages';

export type ContentRequestType = 'trelica/capture' | 'trelica/page' | 'trelica/domains' | 'jumpcloud/fill' | 'jumpcloud/observation';

interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
}

function runtime(): Runtime | null {
  const g = globalThis as unknown as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  return g.browser?.runtime ?? g.chrome?.runtime ?? null;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringList = (v: unknown): boolean => Array.isArray(v) && v.every(isString);

function replyLooksRight(type: ContentRequestType, raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const r = raw as Record<string, unknown>;
  if (r.ok === false) return isString(r.message);
  if (r.ok !== true) return false;
  if (type === 'trelica/capture') return isString(r.baseUrl) && isString(r.tokenMasked) && isStringList(r.fixes) && isString(r.scimState);
  if (type === 'jumpcloud/fill') {
    return isString(r.baseUrl) && isString(r.token) && (r.testEmail === null || isString(r.testEmail)) && (r.registeredDomains === null || isStringList(r.registeredDomains));
  }
  return true;
}

export async function send<T extends ContentRequestType>(request: RequestOf<T>): Promise<ReplyOf<T>> {
  let raw: unknown;
  try {
    const api = runtime();
    if (!api) throw new Error('Extension context invalidated.');
    raw = await api.sendMessage(request);
  } catch (error) {
    // "Extension context invalidated" after a reload lands here; say so instead of throwing.
    return { ok: false, message: `The extension did not answer: ${(error as Error).message}` } as ReplyOf<T>;
  }
  if (!replyLooksRight((request as { type: ContentRequestType }).type, raw)) {
    return { ok: false, message: 'The extension sent an answer it could not read.' } as ReplyOf<T>;
  }
  return raw as ReplyOf<T>;
}
