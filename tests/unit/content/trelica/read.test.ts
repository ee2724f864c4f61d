// @vitest-environment happy-dom
// Reading Trelica's SCIM section and Domains table from every fixture variant.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VARS } from '../../../fixtures/index';
import { readUserRequestDomains } from '../../../../src/content/trelica/domains';
import { findScimSection, readLabelled, readScimState, readToken } from '../../../../src/content/trelica/read';
import { readDefaultRole } from '../../../../src/content/trelica/default-role';
import { TRELICA } from '../../../../src/content/trelica/selectors';
import { styleReads } from '../../../helpers/content/panel-probes';
import { loadFixture } from '../../../helpers/content/load-console-page';

const URL_ = DEFAULT_VARS.SCIM_BASE_URL;
const TOKEN = DEFAULT_VARS.SCIM_TOKEN;

describe('the SCIM section', () => {
  it.each([
    // variant, scim state, token as the page shows it, default role
    ['labelled', 'enabled', TOKEN, 'Member'],
    ['code-block', 'enabled', '••••••••••••••••', 'Member'],
    ['not-enabled', 'not-enabled', TOKEN, 'Member'],
    ['no-token', 'no-token', null, null],
    ['saas-manager', 'enabled', `Bearer ${TOKEN}`, 'Member'],
  ] as const)('%s: found, state %s', (name, state, shownToken, role) => {
    loadFixture('trelica', name);
    const section = findScimSection(document);
    expect(section).not.toBeNull();
    expect(readLabelled(section!, TRELICA.baseUrlLabels).value).toBe(URL_);
    expect(readLabelled(section!, TRELICA.tokenLabels).value).toBe(shownToken);
    expect(readScimState(section!)).toBe(state);
    expect(readDefaultRole(document)).toBe(role);
  });

  it.each(['dashboard', 'domains', 'domains-icons', 'domains-accounts'])('is not found on %s', (name) => {
    loadFixture('trelica', name);
    expect(findScimSection(document)).toBeNull();
  });

  it('reveals a masked token with the page\'s "Show" button, then hides it again', async () => {
    loadFixture('trelica', 'code-block');
    const section = findScimSection(document)!;
    await expect(readToken(section, new AbortController().signal)).resolves.toBe(TOKEN);
    expect(document.getElementById('token-view')!.textContent).not.toContain(TOKEN);
    expect(document.getElementById('token-toggle')!.textContent).toBe('Show');
  });

  it('returns no token when it is masked and nothing reveals it', async () => {
    loadFixture('trelica', 'code-block');
    document.getElementById('token-toggle')!.remove();
    await expect(readToken(findScimSection(document)!, new AbortController().signal)).resolves.toBeNull();
  });

  it('follows the page: generating a token, then enabling SCIM, changes the state', () => {
    loadFixture('trelica', 'no-token');
    (document.getElementById('generate') as HTMLElement).click();
    expect(readScimState(findScimSection(document)!)).toBe('not-enabled');
    expect(readLabelled(findScimSection(document)!, TRELICA.tokenLabels).value).toBe(TOKEN);
  });

  it('reads "Enable SCIM" as not enabled, and its absence after the click as enabled', () => {
    loadFixture('trelica', 'not-enabled');
    (document.getElementById('enable-scim') as HTMLElement).click();
    expect(readScimState(findScimSection(document)!)).toBe('enabled');
  });
});

describe('the Domains table', () => {
  it.each([
    ['domains', ['example.com', 'sub.example.org']],
    ['domains-icons', ['acme.io', 'acme.co.uk']],
    ['domains-accounts', ['contoso.com', 'fabrikam.io']],
  ])('%s: only domains with "User requests" ticked', (name, expected) => {
    loadFixture('trelica', name);
    expect(readUserRequestDomains(document)).toEqual(expected);
  });

  it.each(['labelled', 'dashboard'])('is absent on %s', (name) => {
    loadFixture('trelica', name);
    expect(readUserRequestDomains(document)).toBeNull();
  });
});

describe('what reading costs', () => {
  /** The fixture with `n` more visible headings, labels and paragraphs that are not ours. */
  function withNoise(name: string, n: number): void {
    loadFixture('trelica', name);
    const noise = document.createElement('div');
    noise.innerHTML = Array.from(
      { length: n },
      (_, i) =>
        `<div class="card-header"><h4>Report ${i}</h4><label>Owner ${i}</label><p><span>Row ${i}</span></p><table><tr><th>Report</th></tr></table></div>`,
    ).join('');
    document.querySelector('main')!.prepend(noise);
  }

  it.each([
    ['findScimSection', 'labelled', () => findScimSection(document)],
    ['readScimState', 'labelled', () => readScimState(findScimSection(document)!)],
    ['readDefaultRole', 'code-block', () => readDefaultRole(document)],
    ['readUserRequestDomains', 'domains', () => readUserRequestDomains(document)],
  ])(
    '%s on %s matches text first: layout is read only for the matches, however many other elements',
    (_, name, read) => {
      withNoise(name, 0);
      const quiet = styleReads(read);
      withNoise(name, 200);
      expect(styleReads(read)).toBe(quiet);
    },
  );

  it.each(['code-block', 'saas-manager', 'not-enabled'])(
    '%s: finds the same default role among many other elements',
    (name) => {
      withNoise(name, 200);
      expect(readDefaultRole(document)).toBe('Member');
    },
  );
});

describe('the default role, read from text', () => {
  it.each([
    ['a sentence split across elements', '<p>Default <b>role</b>: Admin.</p>', 'Admin'],
    [
      'a label with a badge next to it',
      '<div><span>Default role</span><span class="badge">Read only</span></div>',
      'Read only',
    ],
    ['a hidden sentence, then a shown one', '<p hidden>Default role: Hidden</p><p>Default role: Shown</p>', 'Shown'],
    [
      'a label with a long value',
      '<div><span>Default role</span><span>Every new user gets this role unless a rule says otherwise</span></div>',
      null,
    ],
    ['no mention', '<p>Defaults apply to new users.</p>', null],
  ])('%s', (_, html, expected) => {
    document.body.innerHTML = `<main>${html}</main>`;
    expect(readDefaultRole(document)).toBe(expected);
  });
});
