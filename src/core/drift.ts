// What changed in JumpCloud's form since the fill, said as the admin clicks Test Connection or
// Activate, before JumpCloud fails without a reason. Pure: the background compares what the
// page reports (the token only as its fingerprint) with what the extension holds.
import { normalizeBaseUrl } from './base-url';
import { checkTestEmail } from './email';
import type { OutcomeAction } from './outcome';

export interface FormNow {
  baseUrl: string;
  /** core/fingerprint.ts of the Token Key field; null when it is empty. */
  tokenFingerprint: string | null;
  testEmail: string;
}

export interface Held {
  /** The captured (or typed) Base URL, normalized; null when none. */
  baseUrl: string | null;
  tokenFingerprint: string | null;
  registeredDomains: readonly string[] | null;
  /** The address the last rehearsal created and deleted a user with, if any. */
  rehearsedEmail: string | null;
}

/** What the console calls the two fields, and itself. */
export interface FormWords {
  baseUrl: string;
  token: string;
  console: string;
}

export const JUMPCLOUD_WORDS: FormWords = { baseUrl: 'Base URL', token: 'Token Key', console: 'JumpCloud' };

export function driftWarnings(
  action: OutcomeAction,
  form: FormNow & { bearerPrefixed?: boolean },
  held: Held,
  words: FormWords = JUMPCLOUD_WORDS,
): string[] {
  const out: string[] = [];
  const typed = form.baseUrl.trim();
  const url = normalizeBaseUrl(typed);
  if (typed === '') out.push(`${words.baseUrl} is empty.`);
  else if (typed.endsWith('/'))
    out.push(`${words.baseUrl} ends with "/" again: ${words.console} fails on it. Remove the slash.`);
  else if (held.baseUrl && url.url !== held.baseUrl)
    out.push(`${words.baseUrl} is not the one captured from Trelica (${held.baseUrl}).`);
  if (form.tokenFingerprint === null) out.push(`${words.token} is empty.`);
  else if (form.bearerPrefixed)
    out.push(`${words.token} starts with "Bearer": ${words.console} adds the word itself. Remove it.`);
  else if (held.tokenFingerprint && form.tokenFingerprint !== held.tokenFingerprint)
    out.push(`${words.token} is not the token captured from Trelica.`);
  if (action === 'activate') {
    const email = checkTestEmail(form.testEmail, held.registeredDomains);
    if (email.problems.includes('empty')) out.push('Test User Email is empty: Activate creates a user with it.');
    else if (email.problems.includes('invalid')) out.push('Test User Email is not a valid address.');
    else if (email.problems.includes('domain-not-registered'))
      out.push(`Test User Email is on ${email.domain}, a domain Trelica does not accept for new users.`);
    else if (held.rehearsedEmail && email.email?.toLowerCase() === held.rehearsedEmail.toLowerCase()) {
      out.push('Test User Email is the address the rehearsal already used: if Activate fails, try a new one.');
    }
  }
  return out;
}
