// @vitest-environment happy-dom
// The fixtures themselves: the page models must behave like the frameworks they stand for,
// or the filler tests that rely on them prove nothing.
import { describe, expect, it } from 'vitest';
import { FIXTURES, renderFixture, DEFAULT_VARS } from '../../fixtures/index';
import { fixtureState, loadFixture, waitFor } from '../../helpers/content/load-console-page';

const nativeSet = (el: HTMLInputElement, value: string) =>
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, value);

describe('renderFixture', () => {
  const all = (['trelica', 'jumpcloud', 'okta'] as const).flatMap((site) =>
    FIXTURES[site].map((name) => [site, name] as const),
  );
  it.each(all)('leaves no placeholder in %s/%s', (site, name) => {
    expect(renderFixture(site, name)).not.toMatch(/\{\{|<script src=/);
  });

  it.each(FIXTURES.jumpcloud)('inlines the back end client before the kit in jumpcloud/%s', (name) => {
    const html = renderFixture('jumpcloud', name);
    const backend = html.indexOf('window.jumpCloudBackend = {');
    expect(backend).toBeGreaterThan(0);
    expect(html.indexOf('window.fixtureState = function')).toBeGreaterThan(backend);
  });

  it('escapes the values it inserts', () => {
    const html = renderFixture('trelica', 'labelled', { SCIM_BASE_URL: 'https://x/"><b>' });
    expect(html).toContain('value="https://x/&#34;&#62;&#60;b&#62;"');
  });

  it('rejects unknown variants', () => {
    expect(() => renderFixture('jumpcloud', 'nope')).toThrow(/No jumpcloud fixture/);
  });
});

describe('JumpCloud page models', () => {
  it('registers values that arrive with an input event (vue mode)', () => {
    loadFixture('jumpcloud', 'labelled');
    const url = document.getElementById('base-url') as HTMLInputElement;
    url.value = 'https://a.example';
    expect(fixtureState().baseUrl).toBe('');
    url.dispatchEvent(new Event('input', { bubbles: true }));
    expect(fixtureState().baseUrl).toBe('https://a.example');
  });

  it('ignores a plain .value assignment and restores its own value (react mode)', () => {
    loadFixture('jumpcloud', 'react-controlled');
    const url = document.getElementById('base-url') as HTMLInputElement;
    url.value = 'https://plain.example';
    url.dispatchEvent(new Event('input', { bubbles: true }));
    expect(fixtureState().baseUrl).toBe('');
    expect(url.value).toBe('');
    nativeSet(url, 'https://native.example');
    url.dispatchEvent(new Event('input', { bubbles: true }));
    expect(fixtureState().baseUrl).toBe('https://native.example');
    expect(url.value).toBe('https://native.example');
  });

  it('shows Group Management, ticked, only after Test Connection', async () => {
    loadFixture('jumpcloud', 'labelled');
    expect(fixtureState().groupManagement).toBeNull();
    (document.querySelector('[data-action="test-connection"]') as HTMLElement).click();
    const box = await waitFor(() => document.querySelector<HTMLInputElement>('.group-management input'));
    expect(box.checked).toBe(true);
    expect(fixtureState().groupManagement).toBe(true);
    box.click();
    expect(fixtureState().groupManagement).toBe(false);
  });

  it('opens its custom dropdown on mousedown only, with options portalled to <body>', () => {
    loadFixture('jumpcloud', 'custom-dropdowns');
    const button = document.querySelector('[data-dropdown="apiType"] button') as HTMLElement;
    button.click();
    expect(document.querySelector('[role="listbox"]')).toBeNull();
    button.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    const option = [...document.querySelectorAll('[role="option"]')].find(
      (o) => o.textContent === 'SCIM API',
    ) as HTMLElement;
    expect(option.closest('[role="listbox"]')!.parentElement).toBe(document.body);
    option.click();
    expect(fixtureState().apiType).toBe('SCIM API');
    expect(document.querySelector('[role="listbox"]')).toBeNull();
  });

  it('reads its initial model from prefilled values', () => {
    loadFixture('jumpcloud', 'prefilled');
    expect(fixtureState()).toMatchObject({
      apiType: 'SCIM API',
      scimVersion: 'SCIM 1.1',
      baseUrl: 'https://old.example.com/scim/v2',
      token: DEFAULT_VARS.SCIM_TOKEN,
    });
  });
});

describe('Trelica pages', () => {
  it('keeps the token out of the page text until "Show" is clicked', () => {
    loadFixture('trelica', 'code-block');
    expect(document.body.textContent).not.toContain(DEFAULT_VARS.SCIM_TOKEN);
    (document.getElementById('token-toggle') as HTMLElement).click();
    expect(document.getElementById('token-view')!.textContent).toBe(DEFAULT_VARS.SCIM_TOKEN);
  });
});
