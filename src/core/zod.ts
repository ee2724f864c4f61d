// The one place zod is configured. zod/mini keeps content scripts inside their size budget,
// and jitless mode is required because the extension CSP forbids `new Function()`.
import * as z from 'zod/mini';

z.config({ jitless: true });

/**
 * A whole number from 0 to `max`. One refine rather than z.int() with bounds: zod's integer
 * formats and comparison checks cost the background about 575 bytes gzip for two fields.
 */
export const count = (max = Number.MAX_SAFE_INTEGER) =>
  z.number().check(z.refine((n) => Number.isSafeInteger(n) && n >= 0 && n <= max, 'Expected a whole number from 0'));

export { z };
