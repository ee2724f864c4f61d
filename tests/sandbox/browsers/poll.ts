// One bounded wait for both drivers: retries `probe` until it returns a value other than
// undefined, treating a throw as "not yet" (a document between navigations throws).
export const DEFAULT_TIMEOUT = 10_000;

export async function poll<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** How much of the page's text a timed-out wait reports. */
const SEEN_CHARS = 600;

/**
 * Waits until `evaluate(fn, arg)` is truthy in the page, and returns that value. A wait that
 * times out says what the page read then: a rare failure in CI is otherwise a condition's
 * source and nothing of what the admin would have seen.
 */
export async function waitUntilTruthy<R, A>(
  evaluate: (fn: (arg: A) => R | Promise<R>, arg?: A) => Promise<R>,
  fn: (arg: A) => R | Promise<R>,
  arg: A | undefined,
  timeoutMs: number,
): Promise<R> {
  try {
    return await poll(`page condition ${fn.toString().slice(0, 80)}`, timeoutMs, async () => {
      const value = await evaluate(fn, arg);
      return value ? value : undefined;
    });
  } catch (error) {
    const read = evaluate as unknown as (f: () => string) => Promise<string>;
    const seen = await read(() => (document.body?.innerText ?? '').replace(/\s+/g, ' ').trim()).catch(
      (e: unknown) => `(unreadable: ${String(e)})`,
    );
    (error as Error).message += `; the page read: "${seen.slice(0, SEEN_CHARS)}"`;
    throw error;
  }
}
