// Checks the "Test User Email" for JumpCloud's Activate: JumpCloud creates a user with it in
// Trelica, which accepts only addresses on a domain registered for user requests
// (Settings > Organization > Domains, "User requests" ticked).
//
// Domains match exactly, case-insensitively: Trelica registers exact domains, so a
// subdomain of a registered domain ("mail.example.com" for "example.com") does NOT count.
import { hasInnerJunk, trimPasted } from './pasted-text';

export type EmailProblem = 'empty' | 'invalid' | 'domain-not-registered';

export interface EmailCheck {
  /** Trimmed, domain lowercased; null when empty or invalid. */
  email: string | null;
  domain: string | null;
  problems: EmailProblem[];
  /** False when the registered domains are unknown (null was passed): the domain was not checked. */
  domainsKnown: boolean;
}

// Pragmatic, not RFC 5322: what a real mailbox a directory would accept looks like.
// Labels of letters (any script), digits and inner hyphens; at least two labels.
// Built on first use: V8 takes about a millisecond to build these Unicode classes, and both
// content scripts load this module on every page, most of which never check a domain.
let domainLabel: RegExp | undefined;
const domainLabelPattern = (): RegExp => (domainLabel ??= /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u);
// Characters that show a pasted display form ("Ann <ann@example.com>", "a@b.com; c@d.com").
const LOCAL_FORBIDDEN = /[<>()[\]\\,;:"]/;
const MAX_LOCAL_LENGTH = 64;
const MAX_DOMAIN_LENGTH = 253;
const DOMAINS_NAMED_IN_MESSAGES = 5;

function isValidDomain(domain: string): boolean {
  if (domain.length > MAX_DOMAIN_LENGTH || hasInnerJunk(domain)) return false;
  const labels = domain.split('.');
  const pattern = domainLabelPattern();
  return labels.length >= 2 && labels.every((label) => pattern.test(label));
}

function isValidLocalPart(local: string): boolean {
  return (
    local !== '' &&
    local.length <= MAX_LOCAL_LENGTH &&
    !hasInnerJunk(local) &&
    !LOCAL_FORBIDDEN.test(local) &&
    !local.startsWith('.') &&
    !local.endsWith('.') &&
    !local.includes('..')
  );
}

/** Normalizes a domain list read from a page: trimmed, lowercased, deduplicated, invalid entries dropped. */
export function normalizeDomains(domains: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const entry of domains) {
    // A page may print a domain as "@example.com".
    const domain = trimPasted(entry).replace(/^@/, '').toLowerCase();
    if (isValidDomain(domain)) seen.add(domain);
  }
  return [...seen];
}

export function checkTestEmail(input: string, registeredDomains: readonly string[] | null): EmailCheck {
  const domainsKnown = registeredDomains !== null;
  const text = trimPasted(input);
  if (text === '') return { email: null, domain: null, problems: ['empty'], domainsKnown };

  const parts = text.split('@');
  const [local, rawDomain] = parts;
  const domain = rawDomain?.toLowerCase();
  if (
    parts.length !== 2 ||
    local === undefined ||
    domain === undefined ||
    !isValidLocalPart(local) ||
    !isValidDomain(domain)
  ) {
    return { email: null, domain: null, problems: ['invalid'], domainsKnown };
  }

  const problems: EmailProblem[] = [];
  if (registeredDomains !== null && !normalizeDomains(registeredDomains).includes(domain)) {
    problems.push('domain-not-registered');
  }
  return { email: `${local}@${domain}`, domain, problems, domainsKnown };
}

function listDomains(domains: readonly string[]): string {
  const named = domains.slice(0, DOMAINS_NAMED_IN_MESSAGES).join(', ');
  const more = domains.length - DOMAINS_NAMED_IN_MESSAGES;
  return more > 0 ? `${named} and ${more} more` : named;
}

export function describeEmailProblem(problem: EmailProblem, registeredDomains: readonly string[] | null): string {
  switch (problem) {
    case 'empty':
      return 'Enter a test email: a new address, on a domain registered in Trelica, that no Trelica user has yet.';
    case 'invalid':
      return 'The test email is not a valid address. It needs a name, one "@" and a domain with a dot (like scim-test@example.com), with no spaces.';
    case 'domain-not-registered': {
      const how =
        'In Trelica, Settings > Organization > Domains, tick "User requests" (or "Account requests") for the domain';
      const known = registeredDomains === null ? null : normalizeDomains(registeredDomains);
      if (known === null) return `Trelica may not accept the test email's domain. ${how}.`;
      if (known.length === 0)
        return `No domain is ticked for "User requests" in Trelica yet, so Trelica will refuse the test user. ${how}.`;
      return `Trelica does not accept the test email's domain. Use an address on ${listDomains(known)}, or: ${how}.`;
    }
  }
}

/** A unique-looking new address on the first registered domain: `scim-test-<random>@<domain>`; null if no domain. */
export function suggestTestEmail(registeredDomains: readonly string[], randomHex: () => string): string | null {
  const domain = normalizeDomains(registeredDomains)[0];
  if (domain === undefined) return null;
  // Keep the address valid whatever the generator returns; an empty result is a caller bug.
  const random = randomHex()
    .toLowerCase()
    .replace(/[^0-9a-f]/g, '')
    .slice(0, 16);
  if (random === '') throw new Error('suggestTestEmail: randomHex returned no hex digits');
  return `scim-test-${random}@${domain}`;
}
