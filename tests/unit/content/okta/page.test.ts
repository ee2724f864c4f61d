// @vitest-environment happy-dom
// Which part of an Okta app page is served: the SCIM Connection (by its heading, or without one
// by its own base URL field) and "Provisioning to App"; never a hidden tab, nor another
// setting that happens to be called "Base URL".
import { describe, expect, it } from 'vitest';
import { findIntegration, findToApp, integrationEditing } from '../../../../src/content/okta/page';
import { loadFixture, replaceDocument } from '../../../helpers/content/load-console-page';

describe('findIntegration', () => {
  it('finds the SCIM Connection form by its heading, in view and in edit mode', () => {
    loadFixture('okta', 'view-mode');
    const section = findIntegration(document)!;
    expect(section.root.getAttribute('data-okta-form')).toBe('integration');
    expect(integrationEditing(section.root)).toBe(false);
    loadFixture('okta', 'integration');
    expect(integrationEditing(findIntegration(document)!.root)).toBe(true);
  });

  it('is not served while the Provisioning tab is hidden', () => {
    loadFixture('okta', 'general-tab');
    expect(findIntegration(document)).toBeNull();
    expect(findToApp(document)).toBeNull();
  });

  it('without a heading, takes the SCIM connector base URL field, never a bare "Base URL"', () => {
    replaceDocument(
      '<section><label for="b">Base URL</label><input id="b"></section>' +
        '<form><div>SCIM connector base URL</div><input name="scim_base_url"><div>Authorization</div><input></form>',
    );
    expect(findIntegration(document)!.root.tagName).toBe('FORM');
    replaceDocument('<section><label for="b">Base URL</label><input id="b"></section>');
    expect(findIntegration(document)).toBeNull();
  });

  it('finds "Provisioning to App" once its sub-page shows', () => {
    loadFixture('okta', 'integration');
    expect(findToApp(document)).toBeNull();
    document.querySelector<HTMLElement>('[data-subnav="create-n-update"]')!.click();
    expect(findToApp(document)!.root.getAttribute('data-okta-form')).toBe('to-app');
  });
});
