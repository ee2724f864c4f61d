// Normalizes the Bearer token the admin copied from Trelica, and masks it for display.
// The token itself never appears in a description: messages talk about it, never quote it.
import { hasInnerJunk, trimPasted } from './pasted-text';

export type TokenFix = 'trimmed-whitespace' | 'removed-bearer-prefix';
export type TokenProblem = 'empty' | 'inner-whitespace' | 'invalid-characters' | 'too-short';

export interface TokenResult {
  token: string | null;
  fixes: TokenFix[];
  problems: TokenProblem[];
}

/**
 * Tokens shorter than this are taken as a partial copy. Trelica generates long random
 * secrets (dozens of characters); 16 is far below any plausible generated token, yet catches
 * what admins actually paste by mistake: a word ("Bearer", "Token"), half a selection, or
 * the masked display ("abcd…wxyz" is 9 characters).
 */
export const MIN_TOKEN_LENGTH = 16;

// "Bearer x", "bearer:x", "BEARER   x", a bare "Bearer", and a whole pasted header line
// "Authorization: Bearer x". A token glued to the word ("Bearerabc") is left alone.
const BEARER_PREFIX = /^(?:authorization\s*:\s*)?bearer(?:\s*:\s*|\s+|$)/i;

// An HTTP header carries only bytes; fetch() throws on anything else, which would look like a
// network failure. Trelica's tokens are printable ASCII, so anything else is a bad copy
// (typically a typographic quote or an ellipsis picked up around the token).
const NOT_PRINTABLE_ASCII = /[^\x21-\x7e]/u;

/** Shown instead of the token when it is too short to reveal any of it safely. */
export const MASKED_SHORT_TOKEN = '••••••••';

export function normalizeToken(input: string): TokenResult {
  const fixes = new Set<TokenFix>();
  let token = trimPasted(input);
  if (token !== input) fixes.add('trimmed-whitespace');

  // Repeated, because a double paste gives "Bearer Bearer x".
  let stripped: string;
  while ((stripped = token.replace(BEARER_PREFIX, '')) !== token) {
    fixes.add('removed-bearer-prefix');
    token = trimPasted(stripped);
  }

  const problems: TokenProblem[] = [];
  if (token === '') {
    problems.push('empty');
  } else {
    if (hasInnerJunk(token)) problems.push('inner-whitespace');
    else if (NOT_PRINTABLE_ASCII.test(token)) problems.push('invalid-characters');
    if ([...token].length < MIN_TOKEN_LENGTH) problems.push('too-short');
  }
  return { token: problems.length === 0 ? token : null, fixes: [...fixes], problems };
}

const FIX_WORDS: Readonly<Record<TokenFix, string>> = {
  'trimmed-whitespace': 'spaces or line breaks around it removed',
  'removed-bearer-prefix': 'the word "Bearer" in front removed (JumpCloud adds it itself)',
};

export function describeTokenFix(fix: TokenFix): string {
  return FIX_WORDS[fix];
}

export function describeTokenProblem(problem: TokenProblem): string {
  switch (problem) {
    case 'empty':
      return 'The token is empty. Copy the Bearer token from Trelica: Settings > Users (or Accounts) > SCIM.';
    case 'inner-whitespace':
      return 'The token contains spaces or line breaks. Copy it again from Trelica, in one piece.';
    case 'invalid-characters':
      return 'The token contains characters a Trelica token never has (such as quotes, dots or accented letters). Copy it again from Trelica, exactly.';
    case 'too-short':
      return `The token is too short to be a whole Trelica token (fewer than ${MIN_TOKEN_LENGTH} characters). Copy all of it again.`;
  }
}

/** 'token-missing' for empty, 'token-malformed' for the others, null when fine. */
export function tokenDiagnosis(result: TokenResult): 'token-missing' | 'token-malformed' | null {
  if (result.problems.includes('empty')) return 'token-missing';
  return result.problems.length > 0 ? 'token-malformed' : null;
}

/**
 * For display: a few characters at each end, the rest hidden, never revealing short tokens:
 * "abcd…wxyz". At most a third of the token is ever shown (up to 4 characters at each end),
 * and tokens under 12 characters show only MASKED_SHORT_TOKEN. The length is not revealed.
 */
export function maskToken(token: string): string {
  const chars = [...token]; // code points, so a surrogate pair is never split
  const shownAtEachEnd = Math.min(4, Math.floor(chars.length / 6));
  if (shownAtEachEnd < 2) return MASKED_SHORT_TOKEN;
  return `${chars.slice(0, shownAtEachEnd).join('')}…${chars.slice(-shownAtEachEnd).join('')}`;
}
