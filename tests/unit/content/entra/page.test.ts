// @vitest-environment happy-dom
// What an Entra blade's frame shows, read by words: the form in either UI (never another app's
// read-only "Tenant URL"), the gallery app, the provisioning status, the groups' mapping.
import { describe, expect, it } from 'vitest';
import { readGroups } from '../../../../src/content/entra/groups';
import { appKind, findForm, provisioningStatus } from '../../../../src/content/entra/page';
import { replaceDocument } from '../../../helpers/content/load-console-page';
import { loadEntra } from './load';

describe('findForm', () => {
  it('finds the classic form by its Provisioning Mode, before Admin Credentials show', () => {
    loadEntra('classic');
    const form = findForm(document)!;
    expect(form.ui).toBe('classic');
    expect(form.anchor.contains(document.querySelector('[role="combobox"]'))).toBe(true);
  });

  it('finds the newer Connectivity form by its authentication method', () => {
    loadEntra('connectivity');
    expect(findForm(document)!.ui).toBe('new');
  });

  it('takes no read-only Tenant URL of another app for a form', () => {
    replaceDocument('<h2>Contoso HR</h2><label for="u">Tenant URL</label><input id="u" readonly value="https://x">');
    expect(findForm(document)).toBeNull();
  });

  it('is not a form on the Mappings list, the groups mapping or Provision on demand', () => {
    for (const page of ['mappings', 'group-attributes', 'on-demand']) {
      loadEntra(page);
      expect(findForm(document)).toBeNull();
    }
  });
});

describe('appKind', () => {
  it('says "gallery" where the page says it cannot provision automatically', () => {
    loadEntra('gallery');
    expect(appKind(document, findForm(document))).toBe('gallery');
  });

  it('says "gallery" for a Provisioning Mode offering only Manual, without the sentence', () => {
    replaceDocument('<label for="m">Provisioning Mode</label><select id="m"><option>Manual</option></select>');
    expect(appKind(document, findForm(document))).toBe('gallery');
  });

  it('says "non-gallery" once the form can provision, and nothing before', () => {
    loadEntra('connectivity');
    expect(appKind(document, findForm(document))).toBe('non-gallery');
    loadEntra('classic');
    expect(appKind(document, findForm(document))).toBeNull();
  });
});

describe('provisioningStatus', () => {
  it('reads the classic switch, and the newer Start/Stop provisioning buttons', () => {
    loadEntra('classic');
    expect(provisioningStatus(document)).toBeNull(); // Settings hidden until Automatic
    document.querySelectorAll<HTMLElement>('[data-when]').forEach((el) => (el.hidden = false));
    expect(provisioningStatus(document)).toBe('off');
    document.querySelector('[role="switch"]')!.setAttribute('aria-checked', 'true');
    expect(provisioningStatus(document)).toBe('on');
    replaceDocument('<h2>Overview</h2><button>Stop provisioning</button>');
    expect(provisioningStatus(document)).toBe('on');
    replaceDocument('<h2>Overview</h2><button>Start provisioning</button>');
    expect(provisioningStatus(document)).toBe('off');
  });
});

describe('readGroups', () => {
  it('reads the Mappings row of the groups (never the users) by its Enabled cell', () => {
    loadEntra('mappings');
    expect(readGroups(document).state).toBe('on');
    document.querySelector('tbody tr td:last-child')!.textContent = 'No';
    expect(readGroups(document).state).toBe('off');
  });

  it("knows the older name, and says absent where the groups' row is not shown", () => {
    replaceDocument(
      '<table><tr><td>Provision Azure Active Directory Groups</td><td>Yes</td></tr></table>' +
        '<table hidden><tr><td>Provision Microsoft Entra ID Groups</td><td>Yes</td></tr></table>',
    );
    expect(readGroups(document).state).toBe('on');
    replaceDocument('<table><tr><td>Provision Microsoft Entra ID Users</td><td>Yes</td></tr></table>');
    expect(readGroups(document).state).toBe('absent');
  });

  it("reads the groups mapping's own Enabled choice; a users mapping's is none of its business", () => {
    loadEntra('group-attributes');
    expect(readGroups(document)).toMatchObject({ state: 'on', enabled: { kind: 'radio' } });
    document.querySelector<HTMLInputElement>('#enabled-no')!.checked = true;
    expect(readGroups(document).state).toBe('off');
    document.querySelector<HTMLInputElement>('#name')!.value = 'Provision Microsoft Entra ID Users';
    expect(readGroups(document).state).toBe('absent');
  });

  it('puts the warning before the whole Enabled choice, never inside one of its options', () => {
    // Fluent v8's ChoiceGroup: each option's input is spread, transparent, over the option.
    replaceDocument(
      '<h2>Attribute Mapping</h2><label for="name">Name</label><input id="name" value="Provision Microsoft Entra ID Groups">' +
        '<div class="ms-ChoiceFieldGroup"><div role="radiogroup" aria-labelledby="l"><label id="l">Enabled</label>' +
        '<div class="flex"><div class="ms-ChoiceField"><div class="wrapper"><input type="radio" name="e" id="y" checked>' +
        '<label for="y">Yes</label></div></div><div class="ms-ChoiceField"><div class="wrapper">' +
        '<input type="radio" name="e" id="n"><label for="n">No</label></div></div></div></div></div>',
    );
    const seen = readGroups(document);
    expect(seen.state).toBe('on');
    expect(seen.at).toBe(document.querySelector('[role="radiogroup"]'));
  });

  it('takes no Yes/No choice that is not "Enabled" for the mapping\'s own', () => {
    replaceDocument(
      '<h2>Mappings</h2><span>Provision Microsoft Entra ID Groups</span>' +
        '<div role="radiogroup" aria-label="Send an email notification when a failure occurs">' +
        '<input type="radio" name="n" id="y" checked><label for="y">Yes</label>' +
        '<input type="radio" name="n" id="x"><label for="x">No</label></div>',
    );
    expect(readGroups(document).state).toBe('absent');
  });

  it('reads an Enabled switch (Fluent Toggle / Switch)', () => {
    replaceDocument(
      '<h2>Provision Microsoft Entra ID Groups</h2><label id="e">Enabled</label>' +
        '<button role="switch" aria-checked="true" aria-labelledby="e"></button>',
    );
    expect(readGroups(document)).toMatchObject({ state: 'on', enabled: { kind: 'toggle' } });
  });
});

describe('Fluent UI v8 markup', () => {
  it('reads a Dropdown named by its label and its chosen option (aria-labelledby), as Fluent v8 names it', () => {
    replaceDocument(
      '<h2>Provision Microsoft Entra ID Groups</h2>' +
        '<label id="l">Enabled</label>' +
        '<div role="listbox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="l t" tabindex="0">' +
        '<span id="t" role="option" aria-selected="true">Yes</span></div>' +
        '<label id="m">Provisioning Mode</label>' +
        '<div role="listbox" aria-haspopup="listbox" aria-labelledby="m o" tabindex="0" aria-disabled="true">' +
        '<span id="o" role="option" aria-selected="true">Manual</span></div>',
    );
    expect(readGroups(document)).toMatchObject({ state: 'on', enabled: { kind: 'dropdown' } });
    expect(findForm(document)!.ui).toBe('classic');
    expect(appKind(document, findForm(document))).toBe('gallery');
  });
});
