import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkTestEmail,
  describeEmailProblem,
  normalizeDomains,
  suggestTestEmail,
  type EmailProblem,
} from '../../../src/core/email';

const DOMAINS = ['example.com', 'Acme.CO.uk'];

describe('checkTestEmail: valid addresses', () => {
  it.each<[string, string, string, EmailProblem[]]>([
    ['scim-test@example.com', 'scim-test@example.com', 'example.com', []],
    ['  scim-test@example.com\n', 'scim-test@example.com', 'example.com', []],
    ['Ann.Lee@EXAMPLE.COM', 'Ann.Lee@example.com', 'example.com', []],
    ['a@acme.co.uk', 'a@acme.co.uk', 'acme.co.uk', []],
    ['first.last+scim@example.com', 'first.last+scim@example.com', 'example.com', []],
    ["o'brien@example.com", "o'brien@example.com", 'example.com', []],
    ['x@my-company.example.com', 'x@my-company.example.com', 'my-company.example.com', ['domain-not-registered']],
    // Subdomains do not count: Trelica registers exact domains.
    ['x@mail.example.com', 'x@mail.example.com', 'mail.example.com', ['domain-not-registered']],
    // Nor does a parent domain, or a look-alike that merely ends the same.
    ['x@co.uk', 'x@co.uk', 'co.uk', ['domain-not-registered']],
    ['x@notexample.com', 'x@notexample.com', 'notexample.com', ['domain-not-registered']],
    ['x@example.org', 'x@example.org', 'example.org', ['domain-not-registered']],
  ])('%j', (input, email, domain, problems) => {
    expect(checkTestEmail(input, DOMAINS)).toEqual({ email, domain, problems, domainsKnown: true });
  });
});

describe('checkTestEmail: invalid addresses', () => {
  it.each([
    ['', 'empty'],
    ['   \t\n', 'empty'],
    ['\u200B', 'empty'],
    ['scim-test', 'invalid'],
    ['scim-test@', 'invalid'],
    ['@example.com', 'invalid'],
    ['a@b@example.com', 'invalid'],
    ['a@localhost', 'invalid'],
    ['a@example', 'invalid'],
    ['a@.example.com', 'invalid'],
    ['a@example.com.', 'invalid'],
    ['a@example..com', 'invalid'],
    ['a@-example.com', 'invalid'],
    ['a@example-.com', 'invalid'],
    ['a@exa_mple.com', 'invalid'],
    ['a@exa mple.com', 'invalid'],
    ['a b@example.com', 'invalid'],
    ['a\n@example.com', 'invalid'],
    ['a\u200B@example.com', 'invalid'],
    ['.a@example.com', 'invalid'],
    ['a.@example.com', 'invalid'],
    ['a..b@example.com', 'invalid'],
    ['Ann <ann@example.com>', 'invalid'],
    ['ann@example.com; bob@example.com', 'invalid'],
    ['"ann"@example.com', 'invalid'],
    [`${'a'.repeat(65)}@example.com`, 'invalid'],
    [`a@${'b'.repeat(64)}.com`, 'invalid'],
  ])('%j -> %s', (input, problem) => {
    const check = checkTestEmail(input, DOMAINS);
    expect(check).toEqual({ email: null, domain: null, problems: [problem], domainsKnown: true });
  });
});

describe('checkTestEmail: registered domains', () => {
  it('does not check the domain when the registered domains are unknown', () => {
    expect(checkTestEmail('x@anything.example', null)).toEqual({
      email: 'x@anything.example',
      domain: 'anything.example',
      problems: [],
      domainsKnown: false,
    });
    expect(checkTestEmail('bad', null)).toMatchObject({ problems: ['invalid'], domainsKnown: false });
  });

  it('refuses every domain when none is registered', () => {
    expect(checkTestEmail('x@example.com', []).problems).toEqual(['domain-not-registered']);
  });

  it('compares the registered list case-insensitively and ignores its junk', () => {
    expect(checkTestEmail('x@example.com', ['  EXAMPLE.com ', 'not a domain']).problems).toEqual([]);
    expect(checkTestEmail('x@example.com', ['@example.com']).problems).toEqual([]);
  });
});

describe('describeEmailProblem', () => {
  it('names the registered domains for an unregistered one', () => {
    const sentence = describeEmailProblem('domain-not-registered', DOMAINS);
    expect(sentence).toContain('example.com');
    expect(sentence).toContain('acme.co.uk');
    expect(sentence).toContain('User requests');
  });

  it('names at most five domains and counts the rest', () => {
    const many = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((x) => `${x}.example`);
    const sentence = describeEmailProblem('domain-not-registered', many);
    expect(sentence).toContain('e.example and 2 more');
    expect(sentence).not.toContain('f.example');
  });

  it('says so when no domain is registered, and still helps when the list is unknown', () => {
    expect(describeEmailProblem('domain-not-registered', [])).toMatch(/No domain is ticked/);
    expect(describeEmailProblem('domain-not-registered', null)).toContain('Settings > Organization > Domains');
  });

  it('has distinct words for each problem', () => {
    const words = (['empty', 'invalid', 'domain-not-registered'] as const).map((p) => describeEmailProblem(p, DOMAINS));
    expect(new Set(words).size).toBe(3);
    expect(describeEmailProblem('invalid', null)).toContain('@');
  });
});

describe('normalizeDomains', () => {
  it.each([
    [[], []],
    [['Example.COM', ' example.com ', 'example.com\n'], ['example.com']],
    [
      ['b.example', 'a.example', 'B.EXAMPLE'],
      ['b.example', 'a.example'],
    ],
    [['@acme.io'], ['acme.io']],
    [['', '   ', 'localhost', 'not a domain', 'x..y', '-a.com', 'a_b.com', 'ok.example'], ['ok.example']],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeDomains(input)).toEqual(expected);
  });
});

describe('suggestTestEmail', () => {
  it('makes a new address on the first valid registered domain from the injected randomness', () => {
    expect(suggestTestEmail(['  ', 'Example.COM', 'acme.io'], () => '1a2b3c')).toBe('scim-test-1a2b3c@example.com');
    expect(suggestTestEmail(['example.com'], () => 'ffff0000')).toBe('scim-test-ffff0000@example.com');
  });

  it('keeps the address valid whatever the generator returns', () => {
    expect(suggestTestEmail(['example.com'], () => 'AB-12 zz')).toBe('scim-test-ab12@example.com');
    expect(suggestTestEmail(['example.com'], () => 'f'.repeat(40))).toBe(`scim-test-${'f'.repeat(16)}@example.com`);
    expect(() => suggestTestEmail(['example.com'], () => 'xyz')).toThrow(/randomHex/);
  });

  it('returns null without a usable domain, and does not draw randomness then', () => {
    let draws = 0;
    const randomHex = () => {
      draws += 1;
      return 'abc';
    };
    expect(suggestTestEmail([], randomHex)).toBeNull();
    expect(suggestTestEmail(['not a domain'], randomHex)).toBeNull();
    expect(draws).toBe(0);
  });
});

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
const domain = fc.array(label, { minLength: 2, maxLength: 4 }).map((labels) => labels.join('.'));

describe('email properties', () => {
  it('a suggested address always passes the check against the same domains', () => {
    fc.assert(
      fc.property(
        fc.array(domain, { minLength: 1, maxLength: 5 }),
        fc.stringMatching(/^[0-9a-f]{1,32}$/),
        (domains, hex) => {
          const email = suggestTestEmail(domains, () => hex);
          expect(email).not.toBeNull();
          const check = checkTestEmail(email as string, domains);
          expect(check.problems).toEqual([]);
          expect(check.domain).toBe(domains[0]);
        },
      ),
    );
  });

  it('matches domains case-insensitively and exactly, never subdomains', () => {
    fc.assert(
      fc.property(domain, label, fc.boolean(), (registered, sub, upper) => {
        const typed = upper ? registered.toUpperCase() : registered;
        expect(checkTestEmail(`a@${typed}`, [registered]).problems).toEqual([]);
        expect(checkTestEmail(`a@${sub}.${typed}`, [registered]).problems).toEqual(['domain-not-registered']);
      }),
    );
  });

  it('is stable: checking the returned email again gives the same result', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          domain.map((d) => ` Scim.Test@${d.toUpperCase()} `),
        ),
        (input) => {
          const first = checkTestEmail(input, DOMAINS);
          if (first.email === null) return;
          expect(checkTestEmail(first.email, DOMAINS)).toEqual(first);
        },
      ),
    );
  });
});
