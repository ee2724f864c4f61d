// Keeps the bearer token out of everything the SCIM core hands back. A server may echo the
// Authorization header or the token in an error page; proxies love to. Redaction happens on the
// whole text BEFORE it is shortened, so a token cut in half by the excerpt limit cannot leak.
import { escapeRegExp, REDACTED } from '../redaction-marks';

export { REDACTED };
export const EXCERPT_MAX = 200;

// RFC 6750's token68, except where "Bearer" starts a WWW-Authenticate challenge ("Bearer realm=").
const BEARER = /\b(bearer)(\s+|%20|\+)(?!(?:realm|scope|error|error_description|error_uri)\s*=)[\w\-.~+/]+=*/gi;

/** Every spelling of a secret a server might echo: as sent, and URL-encoded. */
function spellings(secret: string): string[] {
  const forms = new Set<string>([secret]);
  try {
    forms.add(encodeURIComponent(secret));
  } catch {
    // A lone surrogate cannot be encoded; the plain form is still covered.
  }
  return [...forms].filter((form) => form.length > 0);
}

/** Replaces every secret (case-insensitively) and any "Bearer xxx" with [redacted]. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    for (const form of spellings(secret)) {
      out = out.replace(new RegExp(escapeRegExp(form), 'gi'), REDACTED);
    }
  }
  return out.replace(BEARER, (_match, word: string, gap: string) => `${word}${gap}${REDACTED}`);
}

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
