// The one redactor: everything the extension hands out (SCIM evidence excerpts, results, the
// copied report) passes through it, with the same named rules, so the bearer token never leaves
// in text. The rules work on text alone or with the secrets the caller knows; each is held to
// its promise by property tests (tests/unit/core/redaction.test.ts).

export const REDACTED = '[redacted]';

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Shorter "secrets" would blank out ordinary words; real tokens are far longer. */
const MIN_SECRET_LENGTH = 6;
// RFC 6750's token68: what a bearer credential is made of.
const TOKEN68 = '[\\w\\-.~+/]+=*';

/** Every spelling of a secret a server or a paste may carry: as given, without a "Bearer "
 *  prefix pasted with it, and URL-encoded. */
function spellings(secret: string): string[] {
  const forms = new Set<string>();
  for (const form of [secret.trim(), secret.trim().replace(/^(?:authorization\s*:\s*)?bearer\s+/i, '')]) {
    forms.add(form);
    try {
      forms.add(encodeURIComponent(form));
    } catch {
      // A lone surrogate cannot be encoded; the plain form is still covered.
    }
  }
  return [...forms].filter((form) => form.length >= MIN_SECRET_LENGTH);
}

export type RuleName =
  'known-secret' | 'bearer-credential' | 'bearer-token-phrase' | 'authorization-value' | 'token-assignment';

/** The rules, in the order they run. */
export const RULES: Readonly<Record<RuleName, (text: string, secrets: readonly string[]) => string>> = {
  /** A secret the caller knows, in any case and spelling. */
  'known-secret': (text, secrets) =>
    secrets.flatMap(spellings).reduce((out, form) => out.replace(new RegExp(escapeRegExp(form), 'gi'), REDACTED), text),
  /** "Bearer <token>" as an Authorization value carries it (not a WWW-Authenticate challenge's "Bearer realm="). */
  'bearer-credential': (text) =>
    text.replace(
      new RegExp(
        `\\b(bearer)(\\s+|%20|\\+)(?!(?:realm|scope|error|error_description|error_uri)\\s*=|token\\b)${TOKEN68}`,
        'gi',
      ),
      `$1$2${REDACTED}`,
    ),
  /** "bearer token <token>", "API token: <token>", "access token = <token>": a token named in prose. */
  'bearer-token-phrase': (text) =>
    text.replace(
      new RegExp(
        `\\b((?:bearer|api|access|secret|scim)[ _-]?token\\s*[:=]?\\s*["']?)(?=[\\w\\-.~+/]{12,})${TOKEN68}`,
        'gi',
      ),
      `$1${REDACTED}`,
    ),
  /** "Authorization: <scheme> <value>", authorization="<value>" (schemes other than Bearer too). */
  'authorization-value': (text) =>
    text.replace(
      /(authorization["']?\s*[:=]\s*["']?)(?!bearer\s|\[redacted\])(?:[a-z][\w-]*\s+(?=[^\s"',;]))?[^\s"',;]+/gi,
      `$1${REDACTED}`,
    ),
  /** token=..., "token":"...", access_token=..., api-token: ... */
  'token-assignment': (text) =>
    text.replace(
      /((?:access|bearer|api|refresh|id)?[_-]?token["']?\s*[:=]\s*["']?)(?!\[redacted\])[^\s"',;&]+/gi,
      `$1${REDACTED}`,
    ),
};

/** The text with every known secret and every credential-looking value replaced by [redacted]. */
export function redact(text: string, secrets: readonly string[] = []): string {
  return (Object.keys(RULES) as RuleName[]).reduce((out, rule) => RULES[rule](out, secrets), text);
}
