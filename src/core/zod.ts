// The one place zod is configured. zod/mini keeps content scripts inside their size budget,
// and jitless mode is required because the extension CSP forbids `new Function()`.
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
