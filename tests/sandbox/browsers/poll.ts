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

/** Waits until `evaluate(fn, arg)` is truthy in the page, and returns that value. */
export function waitUntilTruthy<R, A>(
  evaluate: (fn: (arg: A) => R | Promise<R>, arg?: A) => Promise<R>,
  fn: (arg: A) => R | Promise<R>,
  arg: A | undefined,
  timeoutMs: number,
): Promise<R> {
  return poll(`page condition ${fn.toString().slice(0, 80)}`, timeoutMs, async () => {
    const value = await evaluate(fn, arg);
    return value ? value : undefined;
  });
}
