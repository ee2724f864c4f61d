// The store listings (store/<store>/listing.md): each store's required fields, within its
// limits, naming every identity provider the extension serves (src/core/idps.ts), Trelica, and
// who the extension is not affiliated with.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOST_PERMISSION_PATTERNS } from '../../../src/core/hosts';
import { SERVED_IDPS, unattributedHostPatterns } from '../../../src/core/idps';
import pkg from '../../../package.json' with { type: 'json' };
import { sections, storeFile, STORES } from '../../helpers/store';

const messages = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'),
) as Record<string, { message: string }>;

const listing = (store: string) => sections(storeFile(`${store}/listing.md`));
const NOT_AFFILIATED = ['JumpCloud', 'Okta', 'Microsoft', '1Password'];
const privacyUrl = `${pkg.homepage}/blob/main/PRIVACY.md`;

describe('the served identity providers', () => {
  it('account for every host the extension asks for, besides Trelica', () => {
    expect(unattributedHostPatterns()).toEqual([]);
    expect(unattributedHostPatterns([...HOST_PERMISSION_PATTERNS, 'https://example.okta.com/*'])).toEqual([
      'https://example.okta.com/*',
    ]);
  });
});

describe.each(STORES)('the %s listing', (store) => {
  const s = listing(store);
  const texts = ['Description', 'Not affiliated'].map((h) => s.get(h) ?? '');

  it('has a name within 75 characters, and a description', () => {
    expect(s.get('Name')).toBe(messages.extName!.message);
    expect(s.get('Name')!.length).toBeLessThanOrEqual(75);
    expect(s.get('Description')!.length).toBeGreaterThan(250);
  });

  it.each(SERVED_IDPS.map((idp) => idp.name))('names %s, and Trelica, in its description', (name) => {
    expect(s.get('Description')).toContain(name);
    expect(s.get('Description')).toContain('Trelica');
  });

  it('says whom it is not affiliated with, in the description too', () => {
    for (const text of texts)
      for (const name of NOT_AFFILIATED) expect(text).toMatch(new RegExp(`not affiliated.*${name}`, 'is'));
  });

  it('has a category, a support link and the privacy policy', () => {
    expect(s.get('Category') ?? s.get('Categories')).toBeTruthy();
    expect(s.get('Support')).toBe(`${pkg.homepage}/issues`);
    expect(s.get('Privacy policy')).toMatch(store === 'firefox' ? /PRIVACY\.md/ : new RegExp(`^${privacyUrl}$`));
  });
});

describe('per-store limits', () => {
  it("Chrome and Edge's short description is the manifest's, at most 132 characters", () => {
    for (const store of ['chrome', 'edge'])
      expect(listing(store).get('Short description')).toBe(messages.extDescription!.message);
  });

  it('Chrome states a single purpose that names every served IdP', () => {
    const purpose = listing('chrome').get('Single purpose')!;
    for (const idp of SERVED_IDPS) expect(purpose).toContain(idp.name);
  });

  it("AMO's summary is at most 250 characters and names every served IdP", () => {
    const summary = listing('firefox').get('Summary')!;
    expect(summary.length).toBeLessThanOrEqual(250);
    for (const idp of SERVED_IDPS) expect(summary).toContain(idp.name);
  });

  it("Edge's description is 250 to 10,000 characters", () => {
    const length = listing('edge').get('Description')!.length;
    expect(length).toBeGreaterThanOrEqual(250);
    expect(length).toBeLessThanOrEqual(10_000);
  });

  it('the Chrome data-use answers tick authentication and personal information, with the privacy policy', () => {
    const dataUse = storeFile('chrome/data-use.md');
    for (const category of ['Personally identifiable information', 'Authentication information'])
      expect(dataUse).toMatch(new RegExp(`^\\| ${category} \\| yes \\|`, 'm'));
    expect(dataUse).toContain(privacyUrl);
  });
});

describe('the reviewer notes', () => {
  it('say how to see the extension work with no accounts', () => {
    const notes = storeFile('reviewer-notes.md');
    expect(notes).toContain('npm start -- --headless');
    expect(notes).toMatch(/no account/i);
    expect(notes).toContain('docs/screenshots/');
  });
});
