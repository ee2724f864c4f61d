// The privacy policy and the vulnerability-report channel: what the stores and reporters are
// pointed at must exist, say what the policy must say, and use the project's one address.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../../package.json' with { type: 'json' };
import { SERVED_IDPS } from '../../../src/core/idps';
import { sections } from '../../helpers/store';

const read = (file: string) => readFileSync(resolve(import.meta.dirname, '../../..', file), 'utf8');

describe('PRIVACY.md', () => {
  const policy = sections(read('PRIVACY.md'));

  it.each([
    'What it reads',
    'Where it keeps it, and for how long',
    'Where it sends it',
    'What is never sent',
    'Contact',
  ])('says %s', (heading) => {
    expect(policy.get(heading)?.length).toBeGreaterThan(80);
  });

  it('names the token, the test email, every served IdP and the only destination', () => {
    const text = read('PRIVACY.md');
    for (const words of ['bearer token', 'test user email', 'storage.session', '30 minutes', 'https://app.trelica.com'])
      expect(text).toContain(words);
    for (const idp of SERVED_IDPS) expect(text).toContain(idp.name);
  });

  it('is linked from the README', () => {
    expect(read('README.md')).toContain('[PRIVACY.md](PRIVACY.md)');
  });
});

describe('SECURITY.md', () => {
  it("sends reports to the repository's private vulnerability reporting", () => {
    const reporting = sections(read('SECURITY.md')).get('Reporting a vulnerability')!;
    expect(reporting).toContain(`${pkg.homepage}/security/advisories/new`);
    expect(reporting).toMatch(/Report a vulnerability/);
    // No made-up address, and not the old store-support link that never existed.
    expect(reporting).not.toMatch(/[\w.+-]+@[\w-]+\.\w+|"Support" link/);
  });
});
