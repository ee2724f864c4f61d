// A scripted background for the popup component tests: the platform adapter's mock and send()
// answered per request type, and what was sent. Each test file must itself declare
//   vi.mock('../../../src/popup/send', () => ({ send: vi.fn() }));
//   vi.mock('../../../src/popup/platform', () => platformMock());
// (vi.mock is hoisted per file), then use these helpers to script the background.
import { vi } from 'vitest';
import { send } from '../../../src/popup/send';
import type { ReplyOf, RequestOf, RequestType } from '../../../src/core/messages';

export function platformMock() {
  return {
    hasHostAccess: vi.fn(async () => true),
    requestHostAccess: vi.fn(async () => true),
    hasIdpAccess: vi.fn(async () => true),
    requestIdpAccess: vi.fn(async () => true),
    openTab: vi.fn(),
    copyText: vi.fn(async () => {}),
    extensionVersion: () => '9.9.9',
    privacyPolicyUrl: () => 'https://github.example/project/blob/main/PRIVACY.md',
  };
}

export type Handlers = { [T in RequestType]?: (request: RequestOf<T>) => ReplyOf<T> | Promise<ReplyOf<T>> };

/** Answers send() like the background would, one handler per request type; anything else throws. */
export function scriptBackground(handlers: Handlers) {
  const mocked = vi.mocked(send);
  mocked.mockImplementation((async (request: { type: RequestType }) => {
    const handler = handlers[request.type] as ((r: unknown) => unknown) | undefined;
    if (!handler) throw new Error(`unexpected message ${request.type}`);
    return handler(request);
  }) as typeof send);
  return mocked;
}

/** The types of the messages sent so far, in order. */
export function sentTypes(): string[] {
  return vi.mocked(send).mock.calls.map(([request]) => request.type);
}

/** A promise and its resolver, to hold a reply while asserting the busy state. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** The messages of one type sent so far, in order. */
export function sentOf<T extends RequestType>(type: T): RequestOf<T>[] {
  return vi
    .mocked(send)
    .mock.calls.map(([request]) => request)
    .filter((request): request is RequestOf<T> => request.type === type);
}
