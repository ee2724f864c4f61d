// Normalizes the SCIM Base URL the admin copied from Trelica, before it is pasted into
// JumpCloud (which fails on a trailing "/") or used for the connection test.
//
// Only harmless paste damage is repaired (see BaseUrlFix); anything that changes meaning is a
// problem the admin must fix by copying again. The output is built from the WHATWG URL
// serialization, so default ports, "." segments and percent-encoding are normalized too;
// those are equivalent spellings, not fixes worth telling the admin about.
import { TRELICA_HOSTS, trelicaRegion } from './hosts';
import { hasInnerJunk, trimPasted } from './pasted-text';

export type BaseUrlFix = 'trimmed-whitespace' | 'removed-trailing-slash' | 'removed-users-suffix' | 'lowercased-host';
export type BaseUrlProblem =
  | 'empty'
  | 'unparseable'
  | 'not-https'
  | 'has-credentials'
  | 'has-query'
  | 'has-fragment'
  | 'not-trelica-host'
  | 'web-app-path';

export interface BaseUrlResult {
  /** The normalized Base URL (no trailing slash), or null when any problem makes it unusable. */
  url: string | null;
  fixes: BaseUrlFix[];
  problems: BaseUrlProblem[];
}

// Without an explicit "scheme://", the URL parser reads "app.trelica.com:443/api" as a URL
// whose scheme is "app.trelica.com": call that unparseable rather than "not https".
const SCHEME_AND_SLASHES = /^[a-z][a-z0-9+.-]*:\/\//i;
// The authority ends at the first of these; special schemes treat "\" like "/".
const AUTHORITY_END = /[/?#\\]/;
const TRAILING_SLASHES = /\/+$/;
// Trelica's page may show the Users endpoint, or the admin copies it from the API reference.
const USERS_SUFFIX = /\/users$/i;
// Trelica's API lives under /api/ (SCIM is likely /api/scim/v2); anything else is the web app.
const API_PATH = /^\/api\//i;

/**
 * Entra ID's switch for its standards-compliant SCIM behaviour: Microsoft documents adding it
 * to the Tenant URL (`https://…/scim?aadOptscim062020`). It is Entra's own setting, not junk
 * from a paste, so a query of exactly this (and nothing else) is kept as it was typed. The
 * SCIM client never sends it to Trelica (see `withoutEntraFlag`).
 */
export const ENTRA_COMPAT_FLAG = 'aadOptscim062020';
const ENTRA_FLAG_QUERY = `?${ENTRA_COMPAT_FLAG}`;

/** The raw pieces of the input as typed, before the URL parser tidies them away. */
function rawParts(text: string): {
  authority: string;
  path: string;
  hasQuery: boolean;
  entraFlag: boolean;
  hasFragment: boolean;
} {
  const afterScheme = text.slice(text.indexOf('://') + 3);
  const authorityEnd = afterScheme.search(AUTHORITY_END);
  const authority = authorityEnd < 0 ? afterScheme : afterScheme.slice(0, authorityEnd);
  const rest = authorityEnd < 0 ? '' : afterScheme.slice(authorityEnd);
  const hashAt = rest.indexOf('#');
  const beforeHash = hashAt < 0 ? rest : rest.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const query = queryAt < 0 ? '' : beforeHash.slice(queryAt);
  return {
    authority,
    path: queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt),
    hasQuery: queryAt >= 0 && query !== ENTRA_FLAG_QUERY,
    entraFlag: query === ENTRA_FLAG_QUERY,
    hasFragment: hashAt >= 0,
  };
}

/** The host as typed: without user info and port. */
function rawHostOf(authority: string): string {
  const hostAndPort = authority.slice(authority.lastIndexOf('@') + 1);
  if (hostAndPort.startsWith('[')) return hostAndPort.slice(0, hostAndPort.indexOf(']') + 1);
  const colonAt = hostAndPort.indexOf(':');
  return colonAt < 0 ? hostAndPort : hostAndPort.slice(0, colonAt);
}

/** Strips trailing slashes and a "/Users" suffix until neither is left ("/v2/Users/" -> "/v2"). */
function stripPathSuffixes(path: string, fixes: Set<BaseUrlFix>): string {
  let current = path;
  for (;;) {
    const withoutSlashes = current.replace(TRAILING_SLASHES, '');
    if (withoutSlashes !== current) fixes.add('removed-trailing-slash');
    const withoutUsers = withoutSlashes.replace(USERS_SUFFIX, '');
    if (withoutUsers === withoutSlashes) return withoutSlashes;
    fixes.add('removed-users-suffix');
    current = withoutUsers;
  }
}

export function normalizeBaseUrl(input: string): BaseUrlResult {
  const fixes = new Set<BaseUrlFix>();
  const problems: BaseUrlProblem[] = [];
  const done = (url: string | null): BaseUrlResult => ({
    url: problems.length === 0 ? url : null,
    fixes: [...fixes],
    problems,
  });

  const text = trimPasted(input);
  if (text !== input) fixes.add('trimmed-whitespace');
  if (text === '') {
    problems.push('empty');
    return done(null);
  }

  let parsed: URL;
  try {
    if (!SCHEME_AND_SLASHES.test(text) || hasInnerJunk(text)) throw new TypeError('unparseable');
    parsed = new URL(text);
  } catch {
    problems.push('unparseable');
    return done(null);
  }

  const raw = rawParts(text);
  const rawHost = rawHostOf(raw.authority);
  if (rawHost !== rawHost.toLowerCase()) fixes.add('lowercased-host');

  if (parsed.protocol !== 'https:') problems.push('not-https');
  if (raw.authority.includes('@') || parsed.username !== '' || parsed.password !== '') problems.push('has-credentials');
  if (raw.hasQuery) problems.push('has-query');
  if (raw.hasFragment) problems.push('has-fragment');

  // Host and path only mean something for web URLs; "ftp://..." is simply not https.
  const isWeb = parsed.protocol === 'https:' || parsed.protocol === 'http:';
  // An empty typed path parses as "/": keep it empty so no slash "fix" is invented.
  const path = stripPathSuffixes(raw.path === '' ? '' : parsed.pathname, fixes);
  if (isWeb) {
    // Judge the host as if it were https, so "http://app.trelica.com" is reported only as not https.
    if (trelicaRegion(`https://${parsed.host}/`) === null) problems.push('not-trelica-host');
    if (!API_PATH.test(path)) problems.push('web-app-path');
  }

  return done(`${parsed.origin}${path}${raw.entraFlag ? ENTRA_FLAG_QUERY : ''}`);
}

/** Whether a normalized Base URL carries Entra ID's compatibility flag. */
export function hasEntraFlag(url: string): boolean {
  return url.endsWith(ENTRA_FLAG_QUERY);
}

/** A normalized Base URL without Entra's flag: where SCIM paths are appended. */
export function withoutEntraFlag(url: string): string {
  return hasEntraFlag(url) ? url.slice(0, -ENTRA_FLAG_QUERY.length) : url;
}

const FIX_WORDS: Readonly<Record<BaseUrlFix, string>> = {
  'trimmed-whitespace': 'spaces or line breaks around it removed',
  'removed-trailing-slash': 'trailing slash removed',
  'removed-users-suffix': 'the "/Users" ending removed (JumpCloud adds it itself)',
  'lowercased-host': 'host name changed to lower case',
};

/** Words for the admin: 'trailing slash removed', ... */
export function describeBaseUrlFix(fix: BaseUrlFix): string {
  return FIX_WORDS[fix];
}

function acceptedHostsText(): string {
  if (TRELICA_HOSTS.length <= 1) return TRELICA_HOSTS.join('');
  return `${TRELICA_HOSTS.slice(0, -1).join(', ')} or ${TRELICA_HOSTS[TRELICA_HOSTS.length - 1]}`;
}

/** A clear sentence for the admin; for 'not-trelica-host' it names the accepted hosts. */
export function describeBaseUrlProblem(problem: BaseUrlProblem): string {
  switch (problem) {
    case 'empty':
      return 'The Base URL is empty. Copy it from Trelica: Settings > Users (or Accounts) > SCIM.';
    case 'unparseable':
      return 'The Base URL cannot be read as a web address. It must start with https:// and contain no spaces or line breaks.';
    case 'not-https':
      return 'The Base URL must start with https://.';
    case 'has-credentials':
      return 'The Base URL contains a user name or password (something before an "@"). Remove it: the token is entered separately.';
    case 'has-query':
      return `The Base URL contains a query (a "?" and what follows). Copy the Base URL again, without it (only Entra ID's "?${ENTRA_COMPAT_FLAG}" may follow it).`;
    case 'has-fragment':
      return 'The Base URL contains a "#" and what follows. Copy the Base URL again, without it.';
    case 'not-trelica-host':
      return `The Base URL is not on a Trelica host. It must be on ${acceptedHostsText()}, without a port number.`;
    case 'web-app-path':
      return 'The Base URL points at the Trelica web app, not its API. Use the Base URL shown in Trelica under Settings > Users (or Accounts) > SCIM (its path starts with /api/).';
  }
}

const INVALID: ReadonlySet<BaseUrlProblem> = new Set([
  'empty',
  'unparseable',
  'not-https',
  'has-credentials',
  'has-query',
  'has-fragment',
  // A look-alike host is no Trelica address at all: never a path mistake on a real one.
  'not-trelica-host',
]);

/** 'url-invalid' (empty/unparseable/not-https/credentials/query/fragment/not a Trelica host), 'url-wrong-path' (the web app's path on a Trelica host), or null. */
export function baseUrlDiagnosis(result: BaseUrlResult): 'url-invalid' | 'url-wrong-path' | null {
  if (result.problems.some((p) => INVALID.has(p))) return 'url-invalid';
  if (result.problems.length > 0) return 'url-wrong-path';
  return null;
}
