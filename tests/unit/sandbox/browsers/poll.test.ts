// A wait on a page that times out says what the page read, so a rare CI failure can be read
// from its log; the wait that succeeds returns the condition's value as before.
import { describe, expect, it } from 'vitest';
import { waitUntilTruthy } from '../../../sandbox/browsers/poll';

/** A page whose condition is `ready` and whose text is `text` (or whose reads fail). */
function page(ready: () => unknown, text: string | Error) {
  return async <R, A>(fn: (arg: A) => R | Promise<R>): Promise<R> => {
    if (fn === (condition as unknown)) return ready() as R;
    if (text instanceof Error) throw text;
    // The page's own document, for the function the wait sends to read it.
    const g = globalThis as { document?: unknown };
    g.document = { body: { innerText: text } };
    try {
      return await fn(undefined as A);
    } finally {
      delete g.document;
    }
  };
}
const condition = () => document.body.innerText.includes('Removed the test user');

describe('waitUntilTruthy', () => {
  it('returns the first truthy value', async () => {
    let calls = 0;
    const evaluate = page(() => (++calls >= 2 ? 'yes' : false), 'unused');
    await expect(waitUntilTruthy(evaluate, condition, undefined, 1_000)).resolves.toBe('yes');
  });

  it("times out with the page's text, spaces folded", async () => {
    const evaluate = page(() => false, 'An activation   rehearsal\nwas cut short');
    await expect(waitUntilTruthy(evaluate, condition, undefined, 100)).rejects.toThrow(
      /^Timed out after 100 ms waiting for page condition .*; the page read: "An activation rehearsal was cut short"$/,
    );
  });

  it('still times out, saying so, when the text cannot be read', async () => {
    const evaluate = page(() => false, new Error('Target closed'));
    await expect(waitUntilTruthy(evaluate, condition, undefined, 100)).rejects.toThrow(
      /the page read: "\(unreadable: Error: Target closed\)"/,
    );
  });
});
