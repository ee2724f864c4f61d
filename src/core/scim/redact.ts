// Keeps the bearer token out of everything the SCIM core hands back. A server may echo the
// Authorization header or the token in an error page; proxies love to. Redaction (core/
// redaction.ts, the one redactor) happens on the whole text BEFORE it is shortened, so a token
// cut in half by the excerpt limit cannot leak.
import { redact, REDACTED } from '../redaction';

export { redact, REDACTED };
export const EXCERPT_MAX = 200;

/** A short one-line excerpt, redacted first and then cut to at most `max` characters. */
export function excerpt(text: string, secrets: readonly string[], max = EXCERPT_MAX): string {
  const flat = redact(text, secrets).replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, max - 1)}…`;
}

/**
 * Redacts every string inside plain data (results, evidence). The last line of defence: results
 * are built from server text in several places, and one forgotten call must not leak the token.
 */
export function scrub<T>(value: T, secrets: readonly string[]): T {
  if (typeof value === 'string') return redact(value, secrets) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => scrub(item, secrets)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = scrub(item, secrets);
    return out as T;
  }
  return value;
}
