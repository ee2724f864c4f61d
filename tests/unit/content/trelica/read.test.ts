// @vitest-environment happy-dom
// Reading Trelica's SCIM section and Domains table from every fixture variant.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VARS } from '../../../fixtures/index';
import { readUserRequestDomains } from '../../../../src/content/trelica/domains';
import { findScimSection, readDefaultRole, readLabelled, readScimState, readToken } from '../../../../src/content/trelica/read';
import { TRELICA } from '../../../../src/content/trelica/selectors';
import { loadFixture } from '../load-fixture';

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

  it.each(['dashboard', 'domains', 'domains-icons'])('is not found on %s', (name) => {
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
  ])('%s: only domains with "User requests" ticked', (name, expected) => {
    loadFixture('trelica', name);
    expect(readUserRequestDomains(document)).toEqual(expected);
  });

  it.each(['labelled', 'dashboard'])('is absent on %s', (name) => {
    loadFixture('trelica', name);
    expect(readUserRequestDomains(document)).toBeNull();
  });
});
