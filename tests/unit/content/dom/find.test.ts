// @vitest-environment happy-dom
// Which control a label resolves to when the page holds more than one: the one a person would
// type into. Decoys modelled on what consoles show (a read-only summary of an earlier
// configuration, a disabled or hidden copy, an editable field in another form).
import { describe, expect, it } from 'vitest';
import { findChoice, findTextField, findToggle, formScope, isToggleOn } from '../../../../src/content/dom/find';
import { API_TYPE, BASE_URL, SCIM_VERSION, TEST_EMAIL, TOKEN_KEY } from '../../../../src/content/jumpcloud/selectors';

const FORM = { text: [BASE_URL, TOKEN_KEY, TEST_EMAIL], choices: [API_TYPE, SCIM_VERSION] };
const real = (id: string) => document.getElementById(id);

function page(html: string): void {
  document.body.innerHTML = html;
}

const theForm = `
  <form id="form">
    <label for="api">API Type</label><select id="api"><option></option><option>SCIM API</option></select>
    <label for="ver">SCIM Version</label><select id="ver"><option></option><option>SCIM 2.0</option></select>
    <label for="url">Base URL</label><input id="url">
    <label for="tok">Token Key</label><input id="tok" type="password">
    <label for="mail">Test User Email</label><input id="mail" type="email">
  </form>`;

describe('findTextField: an editable field beats one that is not, whatever the order', () => {
  it.each([
    ['read-only', '<input id="decoy" readonly value="prev-token">'],
    ['disabled', '<input id="decoy" disabled>'],
    ['aria-disabled', '<input id="decoy" aria-disabled="true">'],
    ['hidden', '<input id="decoy" style="display:none">'],
    ['inside aria-hidden', '<div aria-hidden="true"><input id="decoy"></div>'],
    ['inside inert', '<div inert><input id="decoy"></div>'],
  ])('a %s "Token Key" before the real one', (_, decoy) => {
    page(`<section><label for="decoy">Token Key</label>${decoy.replace('<input', '<input')}</section>${theForm}`);
    expect(findTextField(document, TOKEN_KEY)).toBe(real('tok'));
  });

  it('a non-editable one is returned only when no editable one exists (so the report can say why)', () => {
    page('<label for="decoy">Token Key</label><input id="decoy" readonly>');
    expect(findTextField(document, TOKEN_KEY)).toBe(real('decoy'));
  });
});

describe('formScope: fields of one form belong together', () => {
  it('is the innermost element holding the editable fields and choices', () => {
    page(`<main><section><label>Token Key <input readonly></label></section>${theForm}</main>`);
    expect(formScope(document, FORM)).toBe(real('form'));
  });

  it('an editable field outside the form is never picked while the form has its own', () => {
    page(`<main><div id="other"><label for="x">Token Key</label><input id="x"></div>${theForm}</main>`);
    const scope = formScope(document, FORM);
    expect(scope).toBe(real('form'));
    expect(findTextField(document, TOKEN_KEY)).toBe(real('x'));
    expect(findTextField(document, TOKEN_KEY, { scope })).toBe(real('tok'));
  });

  it('is null when fewer than two fields are found', () => {
    page('<label for="u">Base URL</label><input id="u">');
    expect(formScope(document, FORM)).toBeNull();
  });
});

describe('shadow roots (web components)', () => {
  it('finds an input inside an open shadow root by its label there, only when asked to look deep', () => {
    page('<x-field id="host"></x-field>');
    const root = real('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<label for="input"><slot name="label">Base URL</slot></label><input id="input">';
    expect(findTextField(document, BASE_URL)).toBeNull();
    expect(findTextField(document, BASE_URL, { deep: true })).toBe(root.getElementById('input'));
  });

  it('reads a slot as what is assigned to it', () => {
    page('<x-switch id="host">Enable management of User Groups and Group Membership in this application</x-switch>');
    const root = real('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<label><input type="checkbox" role="switch" checked><span><slot></slot></span></label>';
    const { GROUP_MANAGEMENT } = {
      GROUP_MANAGEMENT: { labels: [/\bgroup management\b/, /\bmanagement of user groups\b/] },
    };
    expect(findToggle(document, GROUP_MANAGEMENT, { deep: true })).toBe(root.querySelector('input'));
  });
});

describe('findChoice and isToggleOn', () => {
  it('a dropdown drawn as a readonly text box is still a choice to make', () => {
    page('<label for="c">API Type</label><input id="c" role="combobox" readonly aria-controls="lb">');
    expect(findChoice(document, API_TYPE)).toEqual({ kind: 'dropdown', el: real('c') });
  });

  it.each([
    [
      'aria-checked wins over a stale native state',
      '<input type="checkbox" role="switch" aria-checked="false" checked>',
      false,
    ],
    ['a native checkbox', '<input type="checkbox" checked>', true],
    ['a role=switch div', '<div role="switch" aria-checked="true"></div>', true],
  ])('%s', (_, html, on) => {
    page(html);
    expect(isToggleOn(document.body.firstElementChild!)).toBe(on);
  });
});
